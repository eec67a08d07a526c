/**
 * `verifyMfaToken`: what the app's own sensitive endpoint calls (docs/SECURITY.md 14–15). It applies the
 * action's policy, then checks the token from `x-mfa-token` (or the body of `tokens/verify`)
 * against the signed-in user, the action, scope, age and session, and consumes single-use
 * tokens atomically.
 */
import type { MfaErrorCode } from '../client/errors.js';
import type { MfaMethod } from '../client/types.js';
import { errorBody, errorResponse, HttpError, type ErrorReason } from './http.js';
import { policyFor, type MfaUser, type ResolvedOptions } from './options.js';
import type { MfaStore } from './store/types.js';
import { acceptToken, presentedTokenHash } from './tokens.js';

export interface VerifyMfaTokenOptions {
  /** The action about to run (`wallet.export`); its policy applies. */
  action: string;
  /** A step-up scope the token must carry (`wallet:export`). */
  scope?: string;
  /** The oldest the token may be; overrides the policy's `maxAgeSeconds`. */
  maxAgeSeconds?: number;
}

export interface MfaTokenAccepted {
  ok: true;
  userId: string;
  sessionId: string;
  action: string;
  /** False when the policy let the action run without a proof (`required: false`, or not enrolled under `'if-enrolled'`). */
  mfa: boolean;
  method?: MfaMethod;
  singleUse?: boolean;
  scopes: string[];
  /** ISO 8601: when the proof behind the token was given. */
  issuedAt?: string;
}

export interface MfaTokenRefused {
  ok: false;
  status: number;
  code: MfaErrorCode;
  message: string;
  reason?: ErrorReason;
  retryAfter?: number;
  /** The refusal as a JSON response, ready to return. */
  response(): Response;
}

export type VerifyMfaTokenResult = MfaTokenAccepted | MfaTokenRefused;

export function refusal(error: HttpError): MfaTokenRefused {
  return {
    ok: false,
    status: error.status,
    ...errorBody(error),
    response: () => errorResponse(error),
  };
}

/** The check itself; throws `HttpError` when the action may not run. */
export async function checkActionToken(
  options: ResolvedOptions,
  store: MfaStore,
  user: MfaUser,
  tokenValue: string | null,
  check: VerifyMfaTokenOptions,
  now: Date,
): Promise<MfaTokenAccepted> {
  const policy = policyFor(options, check.action);
  const base = {
    ok: true as const,
    userId: user.userId,
    sessionId: user.sessionId,
    action: check.action,
  };
  // A requested scope always needs a token; otherwise the policy decides whether one is needed.
  if (check.scope === undefined && policy.required === false)
    return { ...base, mfa: false, scopes: [] };
  // One statement: the token (when the value can be one), whether the user has a factor, the
  // session — and, when the token is certainly acceptable here, its consumption (`useToken`).
  // A scope check, or a token it cannot decide on, goes through acceptToken's full checks.
  const tokenHash = await presentedTokenHash(tokenValue);
  const maxAge = check.maxAgeSeconds ?? policy.maxAgeSeconds;
  const lookup =
    tokenHash === null
      ? await store.lookupToken(null, user.userId, user.sessionId)
      : check.scope === undefined
        ? await store.useToken({
            tokenHash,
            userId: user.userId,
            sessionId: user.sessionId,
            now,
            action: check.action,
            methods: policy.methods ?? null,
            createdAfter: maxAge === undefined ? null : new Date(now.getTime() - maxAge * 1000),
          })
        : { ...(await store.lookupToken(tokenHash, user.userId, user.sessionId)), consumed: false };
  if (check.scope === undefined && policy.required === 'if-enrolled') {
    if (!lookup.hasFactor) return { ...base, mfa: false, scopes: [] };
  } else if (policy.required === true && !lookup.hasFactor) {
    throw new HttpError('not-enrolled', 'This action needs a second factor; set one up first.', {
      status: 403,
    });
  }
  const record =
    'consumed' in lookup && lookup.consumed && lookup.token !== null
      ? lookup.token
      : await acceptToken(
          store,
          user,
          tokenValue,
          { ...check, policy },
          now,
          tokenHash === null ? undefined : { tokenHash, lookup },
        );
  options.logger.info('mfa.token.accepted', {
    userId: user.userId,
    action: check.action,
    singleUse: record.singleUse,
    method: record.method,
  });
  return {
    ...base,
    mfa: true,
    method: record.method,
    singleUse: record.singleUse,
    scopes: record.scopes,
    issuedAt: record.createdAt.toISOString(),
  };
}
