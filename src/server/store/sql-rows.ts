/**
 * Rows to records: drivers differ in how they return timestamps, bigints and jsonb (text or
 * parsed, `Date` or string, number or string), so every value is read through one of the readers
 * below. A record's shape lists one reader per field; its column is the field's name in
 * snake_case, so the column list of a SELECT and the mapping of its rows cannot drift apart.
 */
import type { MfaMethod } from '../../client/types.js';
import { sqlState, UNIQUE_VIOLATION, type SqlRow } from './sql-executor.js';
import {
  StoreConflictError,
  type ChallengePurpose,
  type ChallengeRecord,
  type FactorRule,
  type PasskeyRecord,
  type SessionRecord,
  type TokenRecord,
  type TotpDeviceRecord,
  type UserRecord,
} from './types.js';

export function iso(date: Date): string {
  return date.toISOString();
}

/** Reads one column's value. */
type Read<T> = (value: unknown) => T;

/** Drivers give text or numbers. */
const text: Read<string> = (value) => String(value);

export const toText: Read<string | null> = (value) =>
  value === null || value === undefined ? null : text(value);

export const toDate: Read<Date | null> = (value) =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value
      : new Date(text(value));

const requiredDate: Read<Date> = (value) => {
  const date = toDate(value);
  if (date === null) throw new Error('missing timestamp');
  return date;
};

export const toNumber: Read<number> = (value) =>
  typeof value === 'number' ? value : Number(value);

export const toNullableNumber: Read<number | null> = (value) =>
  value === null || value === undefined ? null : toNumber(value);

const flag: Read<boolean> = (value) => value === true;

/** A json column: drivers hand it over parsed, but accept text too. */
function jsonValue(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

export function jsonObject(value: unknown): SqlRow {
  const parsed = jsonValue(value);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('expected a json object');
  return parsed as SqlRow;
}

export function jsonArray(value: unknown): SqlRow[] {
  const parsed = jsonValue(value ?? []);
  if (!Array.isArray(parsed)) throw new Error('expected a json array');
  return parsed.map(jsonObject);
}

const jsonStrings: Read<string[]> = (value) => {
  const parsed = jsonValue(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
};

/** A record type read from a table: its column list (in field order) and its row reader. */
export interface RowShape<R> {
  /** Explicit, never `*`: a column added by a later migration must not change a prepared statement's shape. */
  readonly columns: string;
  read(row: SqlRow): R;
}

function rowShape<R>(fields: { readonly [K in keyof R]-?: Read<R[K]> }): RowShape<R> {
  const entries = Object.entries<Read<unknown>>(fields).map(
    ([field, read]) =>
      [field, field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), read] as const,
  );
  return {
    columns: entries.map(([, column]) => column).join(', '),
    read(row) {
      const record: Record<string, unknown> = {};
      for (const [field, column, read] of entries) record[field] = read(row[column]);
      return record as R;
    },
  };
}

export const USER = rowShape<UserRecord>({
  userId: text,
  webauthnUserId: toText,
  failures: toNumber,
  lockedUntil: toDate,
  hardLocked: flag,
  recoverySalt: toText,
  recoveryGeneratedAt: toDate,
  recoveryAcknowledgedAt: toDate,
  recoveryPendingSealed: toText,
});

export const TOTP_DEVICE = rowShape<TotpDeviceRecord>({
  id: text,
  userId: text,
  alias: toText,
  secretSealed: text,
  createdAt: requiredDate,
  verifiedAt: toDate,
  lastStep: toNullableNumber,
  lastUsedAt: toDate,
  sessionId: toText,
  expiresAt: toDate,
});

export const PASSKEY = rowShape<PasskeyRecord>({
  id: text,
  userId: text,
  credentialId: text,
  publicKey: text,
  counter: toNumber,
  transports: jsonStrings,
  deviceType: text,
  backedUp: flag,
  alias: toText,
  createdAt: requiredDate,
  lastUsedAt: toDate,
});

export const CHALLENGE = rowShape<ChallengeRecord>({
  challenge: text,
  userId: text,
  sessionId: text,
  purpose: text as Read<ChallengePurpose>,
  createdAt: requiredDate,
  expiresAt: requiredDate,
  consumedAt: toDate,
  issuedUnder: toText as Read<FactorRule | null>,
});

export const TOKEN = rowShape<TokenRecord>({
  tokenHash: text,
  userId: text,
  sessionId: text,
  method: text as Read<MfaMethod>,
  action: toText,
  scopes: jsonStrings,
  singleUse: flag,
  createdAt: requiredDate,
  expiresAt: requiredDate,
  consumedAt: toDate,
});

export const SESSION = rowShape<SessionRecord>({
  userId: text,
  sessionId: text,
  verifiedAt: requiredDate,
  method: text as Read<MfaMethod>,
});

/** A unique violation becomes the domain's conflict; anything else is passed on. */
export function conflictOr(error: unknown, message: string): unknown {
  return sqlState(error) === UNIQUE_VIOLATION
    ? new StoreConflictError(message, { cause: error })
    : error;
}
