/**
 * `createMfaHandler(options)`: the whole server as one Web-standard `(Request) => Promise<Response>`,
 * plus `verifyMfaToken` for the app's own endpoints. Runs unchanged on Node (see node.ts), Bun,
 * Deno or a worker.
 *
 * Every request goes: route → same-origin check (state-changing methods) → the app's
 * `authenticate` → capped JSON body → the route. Refusals are 4xx JSON; anything unexpected is
 * logged (without its message, which could quote data) and answered 500 `unknown` — and, since
 * every change is one statement or one transaction, leaves nothing half-done and spends no attempt.
 */
import type { MfaPendingStep } from '../client/types.js';
import { loadAccount, pendingStep } from './account.js';
import {
  assertAllowedOrigin,
  HttpError,
  plainErrorResponse,
  readJsonObject,
  serverFault,
} from './http.js';
import { describeFault } from './logger.js';
import {
  resolveOptions,
  type MfaHandlerOptions,
  type MfaUser,
  type ResolvedOptions,
} from './options.js';
import { RESPOND_NODE, toWebResponse, type NodeResponder } from './plain-response.js';
import { sealPlaintextSecrets } from './reseal.js';
import { matchRoute } from './routes.js';
import { StoreUnavailableError } from './store-opening.js';
import type { MfaStore } from './store/types.js';
import { MFA_TOKEN_HEADER } from './tokens.js';
import {
  checkActionToken,
  refusal,
  type VerifyMfaTokenOptions,
  type VerifyMfaTokenResult,
} from './verify-token.js';

export type MfaSessionState =
  | { signedIn: false }
  | {
      signedIn: true;
      userId: string;
      sessionId: string;
      pending: MfaPendingStep | null;
      verified: boolean;
    };

export interface MfaHandler {
  /** Answer a request to the MFA endpoints (anything outside the base path gets a 404). */
  (request: Request): Promise<Response>;
  /** The same function, for runtimes that want `{ fetch }` (Bun.serve, Deno.serve, workers). */
  fetch(request: Request): Promise<Response>;
  /**
   * For the app's own sensitive endpoint: may this request run `action`? Reads the token from
   * the `x-mfa-token` header and consumes single-use tokens. Never throws for a refusal.
   *
   *   const check = await mfa.verifyMfaToken(request, { action: 'wallet.export' });
   *   if (!check.ok) return check.response();
   */
  verifyMfaToken(request: Request, options: VerifyMfaTokenOptions): Promise<VerifyMfaTokenResult>;
  /**
   * Where this request's session stands, to keep a signed-in-but-unverified user on the MFA
   * pages (docs/SECURITY.md 17): serve the app only when `verified` is true.
   */
  sessionState(request: Request): Promise<MfaSessionState>;
  /** Call on sign-out: the session's verification and tokens end with it. */
  endSession(user: Pick<MfaUser, 'userId' | 'sessionId'>): Promise<void>;
  /**
   * Forget the user entirely: devices, passkeys, recovery codes, tokens, sessions, passkey
   * challenges and the failure counter (hard locks included), in one atomic step. For the app's
   * own "delete account" or an administrator's MFA reset; it asks for no proof, so call it only
   * where the app has already decided. Resolves true when anything was removed.
   */
  deleteUser(userId: string): Promise<boolean>;
  /**
   * Seal TOTP secrets stored as plaintext before an `encryptionKey` was configured; resolves with
   * how many this call sealed. The handler also does it once, in the background, on its first
   * request.
   */
  sealPlaintextSecrets(): Promise<number>;
  /**
   * Open the store now — start PGlite or connect, apply migrations — and resolve when it is
   * open. Await it before `listen`, so no request waits for start-up:
   *
   *   await mfa.ready();
   *   http.createServer(toNodeListener(mfa)).listen(3000);
   *
   * Rejects with `StoreUnavailableError` (the cause attached) when the store cannot be opened;
   * requests are then answered 503. Requests that arrive before the store is open wait for it.
   */
  ready(): Promise<void>;
  /** The store in use (opened on first use when none was given). */
  store(): Promise<MfaStore>;
  /** Close the store. */
  close(): Promise<void>;
  readonly basePath: string;
  readonly maxBodyBytes: number;
  /** The same request path, for the Node adapter (plain-response.ts). */
  readonly [RESPOND_NODE]: NodeResponder;
}

export function createMfaHandler(input: MfaHandlerOptions): MfaHandler {
  const options = resolveOptions(input);

  // Plaintext secrets from before a key was configured are sealed once, in the background.
  let sealing: Promise<number> | undefined;
  const sealPlaintext = (store: MfaStore) =>
    sealPlaintextSecrets(store, options.secretBox, options.logger);
  const sealOnce = (store: MfaStore): void => {
    sealing ??= sealPlaintext(store).catch((error: unknown) => {
      options.logger.error('mfa.secrets.seal-failed', describeFault(error));
      return 0;
    });
  };

  const routePrefix = `${options.basePath}/`;

  /**
   * The whole request path. `read` is what the Node adapter already has: the path and the body
   * (read under its cap); on other runtimes both come from the Request. Answers are mostly
   * `PlainResponse`s, which `handle` turns into real ones.
   */
  const respond = async (
    request: Request,
    read?: { pathname: string; body: Uint8Array },
  ): Promise<Response> => {
    let routeName = 'unmatched';
    try {
      const pathname = read?.pathname ?? new URL(request.url).pathname;
      const segments = relativeSegments(pathname, routePrefix);
      if (segments === null) throw notFound();
      const match = matchRoute(request.method, segments);
      if (match.kind === 'not-found') throw notFound();
      if (match.kind === 'wrong-method') {
        throw new HttpError('invalid-request', 'Method not allowed.', {
          status: 405,
          reason: 'method-not-allowed',
          headers: { allow: match.allowed.join(', ') },
        });
      }
      routeName = match.route.name;
      if (request.method === 'GET') assertNotCrossSite(request);
      else assertAllowedOrigin(request, options.rp.origins);
      const user = await authenticate(options, request);
      if (user === null)
        throw new HttpError('unauthorized', 'Sign in first.', { reason: 'no-session' });
      const body =
        request.method === 'POST'
          ? await readJsonObject(request, options.maxBodyBytes, read?.body)
          : {};
      const store = await options.getStore();
      sealOnce(store);
      return await match.route.run({
        request,
        params: match.params,
        user,
        body,
        now: options.now(),
        store,
        options,
      });
    } catch (error) {
      if (error instanceof HttpError) return plainErrorResponse(error);
      if (error instanceof StoreUnavailableError) return plainErrorResponse(storeUnavailable());
      options.logger.error('mfa.server-fault', { route: routeName, ...describeFault(error) });
      return serverFault();
    }
  };
  const respondNode: NodeResponder = respond;
  const handle = async (request: Request): Promise<Response> =>
    toWebResponse(await respond(request));

  const verifyMfaToken = async (
    request: Request,
    check: VerifyMfaTokenOptions,
  ): Promise<VerifyMfaTokenResult> => {
    try {
      const user = await authenticate(options, request);
      if (user === null)
        return refusal(new HttpError('unauthorized', 'Sign in first.', { reason: 'no-session' }));
      const store = await options.getStore();
      return await checkActionToken(
        options,
        store,
        user,
        request.headers.get(MFA_TOKEN_HEADER),
        check,
        options.now(),
      );
    } catch (error) {
      if (error instanceof HttpError) return refusal(error);
      if (error instanceof StoreUnavailableError) return refusal(storeUnavailable());
      options.logger.error('mfa.server-fault', {
        route: 'verifyMfaToken',
        ...describeFault(error),
      });
      return refusal(new HttpError('unknown', 'The server failed; try again.'));
    }
  };

  const sessionState = async (request: Request): Promise<MfaSessionState> => {
    const user = await authenticate(options, request);
    if (user === null) return { signedIn: false };
    const account = await loadAccount(await options.getStore(), user);
    return {
      signedIn: true,
      userId: user.userId,
      sessionId: user.sessionId,
      pending: pendingStep(account),
      verified: account.sessionVerified,
    };
  };

  return Object.assign(handle, {
    [RESPOND_NODE]: respondNode,
    fetch: handle,
    verifyMfaToken,
    sessionState,
    endSession: async (user: Pick<MfaUser, 'userId' | 'sessionId'>) =>
      (await options.getStore()).endSession(user.userId, user.sessionId),
    deleteUser: async (userId: string) => {
      if (typeof userId !== 'string' || userId.length === 0 || userId.length > ID_LIMIT) {
        throw new TypeError('deleteUser(userId): a non-empty string (≤ 256)');
      }
      const removed = await (await options.getStore()).deleteUser(userId);
      options.secretCache.delete(userId);
      options.logger.info('mfa.user.deleted', { userId, removed });
      return removed;
    },
    sealPlaintextSecrets: async () => sealPlaintext(await options.getStore()),
    ready: async () => {
      loadFetchClasses();
      await options.openStore();
    },
    store: () => options.getStore(),
    close: () => options.closeStore(),
    basePath: options.basePath,
    maxBodyBytes: options.maxBodyBytes,
  });
}

/**
 * Node loads its fetch implementation (undici) on the first use of `Request`/`Response`: a few
 * hundred milliseconds of the main thread on a busy machine, which `ready()` takes instead of
 * the first request (and every request waiting behind it).
 */
function loadFetchClasses(): void {
  void new Response(
    new Request('http://localhost/', { method: 'POST', body: '{}' }).body,
  ).arrayBuffer();
}

/** The store is not open (still starting, or it failed to): a fault of the server, and temporary. */
function storeUnavailable(): HttpError {
  return new HttpError(
    'unknown',
    'The server is starting or cannot reach its database; try again shortly.',
    {
      status: 503,
      retryAfter: STORE_RETRY_SECONDS,
    },
  );
}

const STORE_RETRY_SECONDS = 5;

function notFound(): HttpError {
  return new HttpError('invalid-request', 'No such endpoint.', {
    status: 404,
    reason: 'not-found',
  });
}

/**
 * The decoded path segments under `prefix` (the base path and '/'), or null when the path is
 * outside it. Only a path with an escape is decoded.
 */
function relativeSegments(pathname: string, prefix: string): string[] | null {
  if (!pathname.startsWith(prefix)) return null;
  const segments = pathname.slice(prefix.length).split('/');
  if (!pathname.includes('%')) return segments;
  try {
    return segments.map(decodeURIComponent);
  } catch {
    throw new HttpError('invalid-request', 'The path is not valid.', {
      reason: 'not-found',
      status: 404,
    });
  }
}

/**
 * No GET changes anything (docs/SECURITY.md 21), but some answer secrets to a verified session
 * (unacknowledged recovery codes); browsers mark cross-site requests with Sec-Fetch-Site, so
 * those are refused outright.
 */
function assertNotCrossSite(request: Request): void {
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    throw new HttpError('unauthorized', 'Cross-site request refused.', {
      status: 403,
      reason: 'origin',
    });
  }
}

const ID_LIMIT = 256;

const validId = (value: unknown) =>
  typeof value === 'string' && value.length > 0 && value.length <= ID_LIMIT;

/** The app's answer, checked: a malformed one is the app's bug, so a server fault (500). */
async function authenticate(options: ResolvedOptions, request: Request): Promise<MfaUser | null> {
  const user = await options.authenticate(request);
  if (user === null || user === undefined) return null;
  if (!validId(user.userId) || !validId(user.sessionId) || !validId(user.userName)) {
    throw new TypeError(
      'authenticate() must return { userId, userName, sessionId } as non-empty strings (≤ 256)',
    );
  }
  return { userId: user.userId, userName: user.userName, sessionId: user.sessionId };
}
