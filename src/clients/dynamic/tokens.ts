/**
 * Our token requests ↔ Dynamic's: `{ singleUse }` is Dynamic's (deprecated but still used)
 * `createMfaToken`, answered with an opaque `mfaToken`; `{ scopes }` is `requestedScopes`,
 * answered with an elevated access token (a JWT whose payload says its scopes, expiry and
 * whether it is single-use).
 */
import type { CreateMfaToken, TokenScope, VerifyResponse } from '@dynamic-labs-sdk/client';
import { MfaError } from '../../client/errors.js';
import type { MfaToken, TokenRequest } from '../../client/types.js';

/** What the SDK's authenticate functions take for a token request. */
export interface DynamicTokenOptions {
  createMfaToken?: CreateMfaToken;
  requestedScopes?: TokenScope[];
}

export function dynamicTokenOptions(request: TokenRequest | undefined): DynamicTokenOptions {
  if (request === undefined) return {};
  if ('scopes' in request) {
    const scopes = [...request.scopes];
    if (scopes.length === 0 || scopes.some((scope) => typeof scope !== 'string' || scope === '')) {
      throw new MfaError('invalid-request', 'token.scopes: expected non-empty scope names');
    }
    // Dynamic's names (`wallet:export`, `credential:unlink`, …) pass through unchanged.
    return { requestedScopes: scopes as TokenScope[] };
  }
  if (typeof request.singleUse !== 'boolean') {
    throw new MfaError('invalid-request', 'token: expected { singleUse } or { scopes }');
  }
  return { createMfaToken: { singleUse: request.singleUse } };
}

/** Lifetimes Dynamic documents for MFA tokens when the action does not set its own. */
const SINGLE_USE_SECONDS = 300;
const TIME_BOUND_SECONDS = 600;

export interface TokenContext {
  now: number;
  /** `tokenExpirySeconds` of the action in the project settings, if any. */
  actionExpirySeconds?: number;
  /** When the Dynamic session ends (persistent MFA tokens end with it). */
  sessionExpiresAt?: Date | null;
}

/** The payload of a JWT, unverified (only the server can check it; we only read its claims). */
export function jwtPayload(jwt: string): Record<string, unknown> | undefined {
  const part = jwt.split('.')[1];
  if (part === undefined || !/^[A-Za-z0-9_-]+$/.test(part)) return undefined;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null
      ? (payload as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The token a verification yielded, as the kit describes it, or undefined when none was asked
 * for. Asked for but missing is an error: the action would fail later with a vaguer one.
 */
export function proofToken(
  response: Pick<VerifyResponse, 'mfaToken' | 'elevatedAccessToken'>,
  request: TokenRequest | undefined,
  action: string | undefined,
  context: TokenContext,
): MfaToken | undefined {
  if (request === undefined) return undefined;
  const bound = action === undefined ? {} : { action };
  if ('scopes' in request) {
    const jwt = response.elevatedAccessToken;
    const payload = typeof jwt === 'string' ? jwtPayload(jwt) : undefined;
    if (typeof jwt !== 'string' || payload === undefined) {
      throw new MfaError(
        'unknown',
        'Dynamic returned no elevated access token for the requested scopes',
      );
    }
    const scope =
      typeof payload['scope'] === 'string'
        ? payload['scope'].split(/\s+/).filter(Boolean)
        : [...request.scopes];
    const exp =
      typeof payload['exp'] === 'number'
        ? payload['exp'] * 1000
        : context.now + SINGLE_USE_SECONDS * 1000;
    return {
      value: jwt,
      singleUse: payload['singleUse'] === true,
      scopes: scope,
      ...bound,
      expiresAt: new Date(exp).toISOString(),
    };
  }
  const value = response.mfaToken;
  if (typeof value !== 'string' || value === '') {
    throw new MfaError('unknown', 'Dynamic returned no MFA token');
  }
  // Dynamic's MFA token is opaque: its lifetime is the action's setting, or the documented default.
  let expiresAt: number;
  if (request.singleUse) {
    expiresAt = context.now + (context.actionExpirySeconds ?? SINGLE_USE_SECONDS) * 1000;
  } else {
    const sessionEnd = context.sessionExpiresAt?.getTime();
    expiresAt =
      context.actionExpirySeconds !== undefined
        ? context.now + context.actionExpirySeconds * 1000
        : sessionEnd !== undefined && Number.isFinite(sessionEnd)
          ? sessionEnd
          : context.now + TIME_BOUND_SECONDS * 1000;
  }
  return {
    value,
    singleUse: request.singleUse,
    scopes: [],
    ...bound,
    expiresAt: new Date(expiresAt).toISOString(),
  };
}
