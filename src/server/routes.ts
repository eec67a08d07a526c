/**
 * The protocol: every endpoint, relative to the base path (default '/mfa'). Bodies and responses
 * are JSON; errors are `{ code, message, retryAfter?, reason? }` (see http.ts).
 *
 * | method | path                              | body                                 | answer |
 * |--------|-----------------------------------|--------------------------------------|--------|
 * | GET    | status                            |                                      | MfaStatus |
 * | GET    | devices                           |                                      | { devices: MfaDevice[] } |
 * | DELETE | devices/{id}                      | (x-mfa-token header)                 | 204 |
 * | POST   | totp/enroll                       | {}                                   | 201 TotpEnrollment |
 * | POST   | totp/verify                       | { code, deviceId?, token?, action? } | MfaProof |
 * | POST   | passkeys/register/options         | { alias? }                           | PublicKeyCredentialCreationOptionsJSON |
 * | POST   | passkeys/register/verify          | { response, alias? }                 | 201 MfaDevice |
 * | POST   | passkeys/authenticate/options     | {}                                   | PublicKeyCredentialRequestOptionsJSON |
 * | POST   | passkeys/authenticate/verify      | { response, token?, action? }        | MfaProof |
 * | GET    | recovery-codes                    |                                      | { codes: string[] } (only before acknowledgement, with a key) |
 * | POST   | recovery-codes/reissue            | {}                                   | { codes: string[] } (a new unacknowledged set) |
 * | POST   | recovery-codes/regenerate         | {} (x-mfa-token header)              | { codes: string[] } |
 * | POST   | recovery-codes/acknowledge        | {}                                   | 204 |
 * | POST   | recovery-codes/verify             | { code, token?, action? }            | MfaProof (+ recoveryCodesRemaining) |
 * | GET    | actions/{action}                  |                                      | { required: boolean } |
 * | POST   | tokens/verify                     | { token, action?, scope? }           | { ok: true, userId, … } |
 *
 * `token` in bodies is the contract's TokenRequest: `{ singleUse: boolean }` or `{ scopes: string[] }`.
 */
import type { RouteHandler } from './context.js';
import { deleteDevice, getDevices } from './routes/devices.js';
import {
  authenticationOptionsRoute,
  authenticationVerifyRoute,
  registrationOptionsRoute,
  registrationVerifyRoute,
} from './routes/passkeys.js';
import {
  acknowledgeRecoveryCodes,
  getRecoveryCodes,
  regenerateRecoveryCodes,
  reissueRecoveryCodes,
  verifyRecoveryCode,
} from './routes/recovery-codes.js';
import { getActionRequirement, getStatus } from './routes/status.js';
import { verifyTokenRoute } from './routes/tokens.js';
import { enrollTotp, verifyTotp } from './routes/totp.js';

export type RouteMethod = 'GET' | 'POST' | 'DELETE';

interface Route {
  method: RouteMethod;
  /** Path segments; `:name` captures one segment. */
  segments: string[];
  /** `METHOD path`, as logs name the route. */
  name: string;
  run: RouteHandler;
}

const route = (method: RouteMethod, path: string, run: RouteHandler): Route => ({
  method,
  segments: path.split('/'),
  name: `${method} ${path}`,
  run,
});

export const ROUTES: readonly Route[] = [
  route('GET', 'status', getStatus),
  route('GET', 'devices', getDevices),
  route('DELETE', 'devices/:id', deleteDevice),
  route('POST', 'totp/enroll', enrollTotp),
  route('POST', 'totp/verify', verifyTotp),
  route('POST', 'passkeys/register/options', registrationOptionsRoute),
  route('POST', 'passkeys/register/verify', registrationVerifyRoute),
  route('POST', 'passkeys/authenticate/options', authenticationOptionsRoute),
  route('POST', 'passkeys/authenticate/verify', authenticationVerifyRoute),
  route('GET', 'recovery-codes', getRecoveryCodes),
  route('POST', 'recovery-codes/reissue', reissueRecoveryCodes),
  route('POST', 'recovery-codes/regenerate', regenerateRecoveryCodes),
  route('POST', 'recovery-codes/acknowledge', acknowledgeRecoveryCodes),
  route('POST', 'recovery-codes/verify', verifyRecoveryCode),
  route('GET', 'actions/:action', getActionRequirement),
  route('POST', 'tokens/verify', verifyTokenRoute),
];

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: RouteMethod[] }
  | { kind: 'not-found' };

const NO_PARAMS: Record<string, string> = Object.freeze({});

/**
 * Paths without parameters, prepared once: path → method → route, and the answer for a method
 * none of them takes. Most requests are one of these and are matched by two lookups.
 */
const FIXED_PATHS = new Map<
  string,
  { byMethod: Map<string, Route>; allowed: RouteMethod[]; segmentCount: number }
>();
for (const candidate of ROUTES) {
  if (candidate.segments.some((segment) => segment.startsWith(':'))) continue;
  const path = candidate.segments.join('/');
  const entry = FIXED_PATHS.get(path) ?? {
    byMethod: new Map<string, Route>(),
    allowed: [] as RouteMethod[],
    segmentCount: candidate.segments.length,
  };
  entry.byMethod.set(candidate.method, candidate);
  entry.allowed.push(candidate.method);
  FIXED_PATHS.set(path, entry);
}
const PARAMETER_ROUTES = ROUTES.filter((candidate) =>
  candidate.segments.some((segment) => segment.startsWith(':')),
);

/** Match decoded path segments (relative to the base path) and a method. */
export function matchRoute(method: string, segments: readonly string[]): RouteMatch {
  const allowed: RouteMethod[] = [];
  const fixed = FIXED_PATHS.get(segments.join('/'));
  // Equal segment counts: a decoded segment holding a '/' (`%2F`) never matches a fixed path.
  if (fixed !== undefined && fixed.segmentCount === segments.length) {
    const found = fixed.byMethod.get(method);
    if (found !== undefined) return { kind: 'found', route: found, params: NO_PARAMS };
    allowed.push(...fixed.allowed);
  }
  for (const candidate of PARAMETER_ROUTES) {
    const params = matchSegments(candidate.segments, segments);
    if (params === null) continue;
    if (candidate.method === method) return { kind: 'found', route: candidate, params };
    allowed.push(candidate.method);
  }
  return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'not-found' };
}

function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const expected = pattern[i];
    const actual = segments[i];
    if (expected.startsWith(':')) {
      if (actual === '') return null;
      params[expected.slice(1)] = actual;
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}
