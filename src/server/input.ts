/**
 * Validating request bodies. Bodies are checked field by field against a small shape; unknown
 * fields are REJECTED (400 `invalid-request`), so a typo never silently drops an option, and
 * every string is length-capped.
 */
import type { TokenRequest } from '../client/types.js';
import { HttpError } from './http.js';

export type Field<T> = (value: unknown, name: string) => T;

type Shape = Record<string, Field<unknown>>;
type Parsed<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

export function invalid(message: string): HttpError {
  return new HttpError('invalid-request', message);
}

/** Check `body` against `shape`; unknown fields are an error. */
export function parseBody<S extends Shape>(body: Record<string, unknown>, shape: S): Parsed<S> {
  for (const key of Object.keys(body)) {
    if (!Object.hasOwn(shape, key)) throw invalid(`Unknown field "${key.slice(0, 40)}".`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) out[key] = field(body[key], key);
  return out as Parsed<S>;
}

export function string(maxLength: number, pattern?: RegExp): Field<string> {
  return (value, name) => {
    if (typeof value !== 'string') throw invalid(`"${name}" must be a string.`);
    if (value.length === 0 || value.length > maxLength)
      throw invalid(`"${name}" must be 1–${maxLength} characters.`);
    if (pattern && !pattern.test(value))
      throw invalid(`"${name}" has characters that are not allowed.`);
    return value;
  };
}

export function optional<T>(field: Field<T>): Field<T | undefined> {
  return (value, name) => (value === undefined ? undefined : field(value, name));
}

/** Any JSON object, passed on for a library to check (WebAuthn responses). */
export function object(): Field<Record<string, unknown>> {
  return (value, name) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw invalid(`"${name}" must be an object.`);
    return value as Record<string, unknown>;
  };
}

/** Action names: the app's own, e.g. `wallet.export` or Dynamic's `wallet.waas.sign`. */
export const ACTION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
export const actionName: Field<string> = string(128, ACTION_PATTERN);

const SCOPE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
const MAX_SCOPES = 16;

/** `{ singleUse: boolean }` or `{ scopes: string[] }` (the contract's `TokenRequest`). */
export const tokenRequest: Field<TokenRequest> = (value, name) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid(`"${name}" must be an object.`);
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  if (keys.length === 1 && keys[0] === 'singleUse') {
    if (typeof record['singleUse'] !== 'boolean')
      throw invalid(`"${name}.singleUse" must be a boolean.`);
    return { singleUse: record['singleUse'] };
  }
  if (keys.includes('scopes') && keys.every((key) => key === 'scopes' || key === 'singleUse')) {
    const scopes = record['scopes'];
    const singleUse = record['singleUse'];
    if (singleUse !== undefined && typeof singleUse !== 'boolean')
      throw invalid(`"${name}.singleUse" must be a boolean.`);
    if (!Array.isArray(scopes) || scopes.length === 0 || scopes.length > MAX_SCOPES) {
      throw invalid(`"${name}.scopes" must be a list of 1–${MAX_SCOPES} scopes.`);
    }
    const field = string(64, SCOPE_PATTERN);
    const unique = [
      ...new Set(scopes.map((scope, index) => field(scope, `${name}.scopes[${index}]`))),
    ];
    return singleUse === undefined ? { scopes: unique } : { scopes: unique, singleUse };
  }
  throw invalid(`"${name}" must be { singleUse } or { scopes, singleUse? }.`);
};

/** Free text a user chose ("Pixel 8"): printable, trimmed, short. */
export const alias: Field<string> = (value, name) => {
  const text = string(64)(value, name).trim();
  // No control characters: aliases are shown in pages and logs of other tools.
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  if (text.length === 0 || /[\u0000-\u001f\u007f]/.test(text))
    throw invalid(`"${name}" must be printable text.`);
  return text;
};
