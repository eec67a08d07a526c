/**
 * MFA tokens (docs/SECURITY.md 14–16): what a verification can yield so the app's own endpoint can
 * check, on the server, that a proof was given. The value is 256 random bits shown once; the
 * store keeps only its SHA-256. A single-use token is bound to the user and (for app actions)
 * the action, expires quickly and is consumed atomically when the action runs. A persistent
 * token or step-up scope is bound to the session and has a maximum age.
 */
import type { MfaMethod, MfaToken, TokenRequest } from '../client/types.js';
import { sha256Base64Url, toBase64Url } from './encoding.js';
import { HttpError, type ErrorReason } from './http.js';
import type { ActionPolicy, MfaUser } from './options.js';
import { pooledRandomBytes } from './random-pool.js';
import type { MfaStore, NewToken, TokenLookup, TokenRecord } from './store/types.js';

/** Header carrying a token to the app's guarded endpoints and to the MFA endpoints that need a fresh proof. */
export const MFA_TOKEN_HEADER = 'x-mfa-token';

/** Token values are easy to spot in a leak report. */
const TOKEN_PREFIX = 'mfa_';
const TOKEN_PATTERN = /^mfa_[A-Za-z0-9_-]{43}$/;

export function hashToken(value: string): Promise<string> {
  return sha256Base64Url(value);
}

/** A header or body value that can be a token; anything else is not looked up at all. */
export function isTokenShaped(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

export interface IssueTokenInput {
  user: MfaUser;
  method: MfaMethod;
  request: TokenRequest;
  action: string | null;
  now: Date;
  singleUseSeconds: number;
  persistentSeconds: number;
}

export interface PreparedToken {
  /** What the store keeps (the hash, never the value). */
  record: NewToken;
  /** What the caller gets: the only copy of the value. */
  token: MfaToken;
}

/**
 * A new token, not stored yet: the caller stores `record` in the same statement or transaction
 * that accepts the proof, and returns `token` only if that committed.
 */
export async function prepareToken(input: IssueTokenInput): Promise<PreparedToken> {
  // 256 bits from the process's random pool (random-pool.ts: no crypto job per token).
  const value = TOKEN_PREFIX + toBase64Url(pooledRandomBytes(32));
  const scopes = 'scopes' in input.request ? [...input.request.scopes] : [];
  const singleUse = input.request.singleUse === true;
  const lifetime = singleUse ? input.singleUseSeconds : input.persistentSeconds;
  const expiresAt = new Date(input.now.getTime() + lifetime * 1000);
  const record: NewToken = {
    tokenHash: await hashToken(value),
    userId: input.user.userId,
    sessionId: input.user.sessionId,
    method: input.method,
    action: input.action,
    scopes,
    singleUse,
    createdAt: input.now,
    expiresAt,
  };
  const token: MfaToken = { value, singleUse, scopes, expiresAt: expiresAt.toISOString() };
  if (input.action !== null) token.action = input.action;
  return { record, token };
}

/** Store a prepared token's record (dropping the user's expired tokens on the way). */
export async function storeToken(store: MfaStore, record: NewToken): Promise<void> {
  await store.deleteExpiredTokens(record.userId, record.createdAt);
  await store.createToken(record);
}

export interface TokenCheck {
  /** The action being authorised. */
  action: string;
  /** A step-up scope the token must carry. */
  scope?: string;
  /** The oldest the token may be. */
  maxAgeSeconds?: number;
  policy: ActionPolicy;
  /**
   * Accept a single-use token that names no action. Only the MFA endpoints' own fresh-proof
   * checks do (the contract's `deleteDevice`/`recoveryCodes` pass a token without an action);
   * an app's guarded action needs a token bound to it.
   */
  allowUnbound?: boolean;
  /** Check a single-use token without consuming it (an early check; the commit consumes). */
  peek?: boolean;
}

function refused(
  reason: ErrorReason,
  message: string,
  code: 'unauthorized' | 'expired' = 'unauthorized',
): HttpError {
  return new HttpError(code, message, { status: 403, reason });
}

/** The check names one of the token's scopes, or its action's policy lists one. */
function scopeMatches(record: TokenRecord, check: TokenCheck): boolean {
  if (check.scope !== undefined && record.scopes.includes(check.scope)) return true;
  return (check.policy.scopes ?? []).some((scope) => record.scopes.includes(scope));
}

/** A presented token's hash, or null when the value cannot be a token (it is then not looked up). */
export async function presentedTokenHash(value: string | null): Promise<string | null> {
  return value !== null && isTokenShaped(value) ? hashToken(value) : null;
}

/**
 * Check a presented token against the user, session, action, scope, age and policy, and consume
 * it if it is single-use. Returns the token record as it was accepted; throws `HttpError` (403).
 * `preloaded`: the value's hash and the store's `lookupToken` for it, when the caller read them already.
 */
export async function acceptToken(
  store: MfaStore,
  user: MfaUser,
  value: string | null,
  check: TokenCheck,
  now: Date,
  preloaded?: { tokenHash: string; lookup: TokenLookup },
): Promise<TokenRecord> {
  if (value === null || value === '')
    throw refused('mfa-token-required', 'This action needs an MFA token.');
  if (!isTokenShaped(value)) throw refused('mfa-token-invalid', 'The MFA token is not valid.');
  const tokenHash = preloaded?.tokenHash ?? (await hashToken(value));
  const found =
    preloaded?.lookup ?? (await store.lookupToken(tokenHash, user.userId, user.sessionId));
  const record = found.token;
  // Unknown and someone else's get the same answer.
  if (record === null || record.userId !== user.userId)
    throw refused('mfa-token-invalid', 'The MFA token is not valid.');
  if (record.consumedAt !== null)
    throw refused('mfa-token-used', 'The MFA token was already used.');
  if (record.expiresAt.getTime() <= now.getTime())
    throw refused('mfa-token-invalid', 'The MFA token has expired.', 'expired');
  if (record.action !== null && record.action !== check.action) {
    throw refused('mfa-token-action', 'The MFA token is for another action.');
  }
  // Scopes narrow, never widen (docs/SECURITY.md 29): a scoped token passes only a check that
  // names one of its scopes or an action whose policy lists one; a named scope must be carried.
  const scopeMatched = scopeMatches(record, check);
  if (check.scope !== undefined && !record.scopes.includes(check.scope)) {
    throw refused('mfa-token-scope', 'The MFA token does not carry the required scope.');
  }
  if (record.scopes.length > 0 && !scopeMatched) {
    throw refused('mfa-token-scope', 'The MFA token is scoped to other operations.');
  }
  if (record.singleUse && record.action === null && !check.allowUnbound && !scopeMatched) {
    throw refused('mfa-token-action', 'A single-use MFA token must be bound to the action.');
  }
  if (!record.singleUse) {
    // Persistent tokens and step-up scopes end with the session that earned them.
    if (record.sessionId !== user.sessionId || !found.sessionVerified) {
      throw refused('mfa-token-session', 'The MFA token belongs to another session.');
    }
    // Naming a scope never lifts an action's single-use rule.
    if ((check.policy.token ?? 'single-use') === 'single-use') {
      throw refused('mfa-token-kind', 'This action needs a single-use MFA token.');
    }
  }
  if (check.policy.methods && !check.policy.methods.includes(record.method)) {
    throw refused('mfa-token-method', 'This action needs a proof by another method.');
  }
  const maxAge = check.maxAgeSeconds ?? check.policy.maxAgeSeconds;
  if (maxAge !== undefined && now.getTime() - record.createdAt.getTime() > maxAge * 1000) {
    throw refused('mfa-token-invalid', 'The MFA token is too old for this action.', 'expired');
  }
  if (record.singleUse && check.peek !== true) {
    // The one atomic step: of any number of parallel uses, exactly one gets the row.
    const consumed = await store.consumeToken(tokenHash, user.userId, now);
    if (consumed === null) throw refused('mfa-token-used', 'The MFA token was already used.');
    return consumed;
  }
  return record;
}
