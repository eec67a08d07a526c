import { MfaError } from '../../client/errors.js';
import type { TokenRequest } from '../../client/types.js';

/**
 * Input checks, as a server would make them: a wrong type is an `invalid-request`, never a crash
 * and never a change of state (docs/SECURITY.md 20). The memory client is called from JavaScript
 * too, so TypeScript's types are not enough.
 */
const MAX_STRING = 512;

function bad(message: string): MfaError {
  return new MfaError('invalid-request', message);
}

export function inputObject(
  value: unknown,
  name: string,
  optional: boolean,
): Record<string, unknown> {
  if (value === undefined && optional) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw bad(`${name}: expected an object`);
  }
  return value as Record<string, unknown>;
}

export function requiredString(input: Record<string, unknown>, key: string): string {
  const value = input[key];
  if (typeof value !== 'string') throw bad(`${key}: expected a string`);
  if (value.length > MAX_STRING) throw bad(`${key}: too long`);
  return value;
}

export function optionalString(input: Record<string, unknown>, key: string): string | undefined {
  if (input[key] === undefined) return undefined;
  return requiredString(input, key);
}

export function optionalBoolean(input: Record<string, unknown>, key: string): boolean | undefined {
  const value = input[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw bad(`${key}: expected a boolean`);
  return value;
}

export function optionalSignal(input: Record<string, unknown>): AbortSignal | undefined {
  const value = input['signal'];
  if (value === undefined) return undefined;
  if (!(value instanceof AbortSignal)) throw bad('signal: expected an AbortSignal');
  return value;
}

/** `{ singleUse: boolean }` or `{ scopes: string[] }` (non-empty, non-empty strings). */
export function optionalTokenRequest(input: Record<string, unknown>): TokenRequest | undefined {
  const value = input['token'];
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw bad('token: expected { singleUse } or { scopes }');
  }
  const request = value as Record<string, unknown>;
  if ('scopes' in request && request['scopes'] !== undefined) {
    const scopes = request['scopes'];
    if (
      !Array.isArray(scopes) ||
      scopes.length === 0 ||
      scopes.length > 32 ||
      !scopes.every((scope) => typeof scope === 'string' && scope !== '' && scope.length <= 128)
    ) {
      throw bad('token.scopes: expected a non-empty array of scope names');
    }
    const singleUse = request['singleUse'];
    if (singleUse !== undefined && typeof singleUse !== 'boolean')
      throw bad('token.singleUse: expected a boolean');
    const unique = [...new Set(scopes as string[])];
    return singleUse === undefined ? { scopes: unique } : { scopes: unique, singleUse };
  }
  if (typeof request['singleUse'] !== 'boolean')
    throw bad('token: expected { singleUse } or { scopes }');
  return { singleUse: request['singleUse'] };
}

/** Pull the signal out of whatever was passed, without throwing: used before validation. */
export function signalOf(value: unknown): AbortSignal | undefined {
  if (value !== null && typeof value === 'object' && 'signal' in value) {
    const signal = (value as { signal?: unknown }).signal;
    if (signal instanceof AbortSignal) return signal;
  }
  return undefined;
}
