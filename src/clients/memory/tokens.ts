import type { MfaToken, TokenRequest } from '../../client/types.js';
import { toBase64Url } from '../../internal/base64url.js';
import { randomBytes } from '../../internal/random-bytes.js';

/**
 * MFA tokens and step-up scopes (docs/SECURITY.md 15–16). A token is 256 random bits, base64url.
 * - `{ singleUse: true }`: bound to the action named with the proof (if any), expires after
 *   `tokenLifetimeSeconds`, accepted exactly once.
 * - `{ singleUse: false }`: persistent, accepted until `persistentTokenLifetimeSeconds` or sign-out.
 * - `{ scopes }`: an elevated token carrying those scopes, accepted until `scopeLifetimeSeconds`
 *   or sign-out.
 */
export interface TokenRecord {
  value: string;
  singleUse: boolean;
  scopes: string[];
  action?: string;
  issuedAt: number;
  expiresAt: number;
}

export interface TokenLifetimes {
  tokenLifetimeSeconds: number;
  persistentTokenLifetimeSeconds: number;
  scopeLifetimeSeconds: number;
}

export interface ConsumeTokenOptions {
  /** The action about to run. A token bound to another action is refused. */
  action?: string;
  /** A scope the action needs; the token must carry it. */
  scope?: string;
}

export function issueToken(
  request: TokenRequest,
  action: string | undefined,
  now: number,
  lifetimes: TokenLifetimes,
): TokenRecord {
  const scopes = 'scopes' in request ? [...request.scopes] : [];
  const singleUse = request.singleUse === true;
  const lifetime = singleUse
    ? lifetimes.tokenLifetimeSeconds
    : scopes.length > 0
      ? lifetimes.scopeLifetimeSeconds
      : lifetimes.persistentTokenLifetimeSeconds;
  const record: TokenRecord = {
    value: toBase64Url(randomBytes(32)),
    singleUse,
    scopes,
    issuedAt: now,
    expiresAt: now + lifetime * 1000,
  };
  if (action !== undefined) record.action = action;
  return record;
}

export function publicToken(record: TokenRecord): MfaToken {
  const token: MfaToken = {
    value: record.value,
    singleUse: record.singleUse,
    scopes: [...record.scopes],
    expiresAt: new Date(record.expiresAt).toISOString(),
  };
  if (record.action !== undefined) token.action = record.action;
  return token;
}

/** Drop expired tokens in place. */
export function pruneTokens(tokens: TokenRecord[], now: number): void {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].expiresAt <= now) tokens.splice(i, 1);
}

/**
 * The server-side check of a token, done synchronously: true when `value` is a live token that
 * fits the action and scope. A single-use token is removed by the same step that accepts it,
 * so it is accepted exactly once.
 */
export function consumeToken(
  tokens: TokenRecord[],
  value: string,
  options: ConsumeTokenOptions,
  now: number,
): boolean {
  pruneTokens(tokens, now);
  if (typeof value !== 'string' || value === '') return false;
  const index = tokens.findIndex((token) => token.value === value);
  if (index < 0) return false;
  const token = tokens[index];
  if (token.action !== undefined && token.action !== options.action) return false;
  if (options.scope !== undefined && !token.scopes.includes(options.scope)) return false;
  if (token.singleUse) tokens.splice(index, 1);
  return true;
}
