/** What every route receives: the request already authenticated, origin-checked and parsed. */
import type { MfaUser, ResolvedOptions } from './options.js';
import type { MfaStore } from './store/types.js';

export interface RouteContext {
  request: Request;
  /** Path parameters (`devices/{id}` → `{ id }`), already URI-decoded. */
  params: Record<string, string>;
  user: MfaUser;
  /** The JSON body (`{}` when empty or for GET/DELETE). */
  body: Record<string, unknown>;
  /** One clock reading per request, so every check in it agrees. */
  now: Date;
  store: MfaStore;
  options: ResolvedOptions;
}

export type RouteHandler = (context: RouteContext) => Promise<Response>;
