/**
 * What tests read and write in the database beyond what the handler asks of its store.
 * `MfaStore` (src/server/store/types.ts) holds only the handler's operations; tests that must look
 * at what is really stored (a user's failure counter, a token's row, hashes, ciphertext) or put a
 * row into a given state do it here, in plain SQL on the store's own connection. So it works on
 * every driver (the conformance suite runs it on PGlite and PostgreSQL) and, given the `tx` of
 * `store.transaction`, inside that transaction.
 */
import type { SqlQueryable } from '../../../src/server/store/sql-executor.js';
import {
  conflictOr,
  iso,
  SESSION,
  TOKEN,
  toNumber,
  TOTP_DEVICE,
  USER,
} from '../../../src/server/store/sql-rows.js';
import type {
  MfaStore,
  SessionRecord,
  TokenRecord,
  TotpDeviceRecord,
  UserRecord,
} from '../../../src/server/store/types.js';

/**
 * The connection a store built by `createSqlStore` runs its statements on (inside a transaction,
 * the transaction's). A test-only peek at a private field, not API: it fails loudly if the field
 * is gone.
 */
export function sqlOf(store: MfaStore): SqlQueryable {
  const db = (store as unknown as { db?: Partial<SqlQueryable> }).db;
  if (typeof db?.query !== 'function') throw new Error('sqlOf: not a store from createSqlStore');
  return db as SqlQueryable;
}

/** What `countAttempt` decided. */
export type AttemptGate =
  | { allowed: true; /** Consecutive failures including this attempt. */ failures: number }
  | { allowed: false; lockedUntil: Date | null; hardLocked: boolean };

export interface StoreInspection {
  getUser(userId: string): Promise<UserRecord | null>;
  /** Create the user row if missing (idempotent) and return it. */
  ensureUser(userId: string, now: Date): Promise<UserRecord>;
  /**
   * Count one code attempt before any code is checked: `failures = failures + 1` in one
   * conditional update that refuses while locked (until `lockedUntil`, or hard-locked).
   */
  countAttempt(userId: string, now: Date): Promise<AttemptGate>;
  /** Lock the user (`hard` locks until `resetThrottle`). */
  lockUser(userId: string, lock: { until: Date } | { hard: true }): Promise<void>;
  /**
   * Accept time step `step` for the device: ONE conditional update
   * `SET last_step = step WHERE last_step IS NULL OR last_step < step`, which also confirms an
   * unverified enrollment. Null when the step (or a later one) was already used: a replay.
   * Throws `StoreConflictError` when confirming would give the user a second verified device.
   */
  claimTotpStep(
    userId: string,
    deviceId: string,
    step: number,
    now: Date,
  ): Promise<TotpDeviceRecord | null>;
  /** `UPDATE … SET used_at = now WHERE user_id AND code_hash AND used_at IS NULL`: one winner. */
  consumeRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean>;
  countUnusedRecoveryCodes(userId: string): Promise<number>;
  findToken(tokenHash: string): Promise<TokenRecord | null>;
  getSession(userId: string, sessionId: string): Promise<SessionRecord | null>;
}

/** Plain SQL over the store's connection (`sqlOf`). */
export function inspectStore(store: MfaStore): StoreInspection {
  const db = sqlOf(store);
  const getUser = async (userId: string): Promise<UserRecord | null> => {
    const [row] = await db.query(`SELECT ${USER.columns} FROM mfa_users WHERE user_id = $1`, [
      userId,
    ]);
    return row ? USER.read(row) : null;
  };
  const ensureUser = async (userId: string, now: Date): Promise<UserRecord> => {
    await db.query(
      'INSERT INTO mfa_users (user_id, created_at) VALUES ($1, $2::timestamptz) ON CONFLICT (user_id) DO NOTHING',
      [userId, iso(now)],
    );
    const user = await getUser(userId);
    if (!user) throw new Error('user row vanished');
    return user;
  };
  return {
    getUser,
    ensureUser,

    async countAttempt(userId, now) {
      await ensureUser(userId, now);
      // The attempt is counted before the code is looked at; a locked user is not counted.
      const [counted] = await db.query(
        `UPDATE mfa_users SET failures = failures + 1
          WHERE user_id = $1 AND NOT hard_locked AND (locked_until IS NULL OR locked_until <= $2::timestamptz)
          RETURNING failures`,
        [userId, iso(now)],
      );
      if (counted) return { allowed: true, failures: toNumber(counted['failures']) };
      const user = await getUser(userId);
      return {
        allowed: false,
        lockedUntil: user?.lockedUntil ?? null,
        hardLocked: user?.hardLocked ?? false,
      };
    },

    async lockUser(userId, lock) {
      if ('hard' in lock) {
        await db.query('UPDATE mfa_users SET hard_locked = true WHERE user_id = $1', [userId]);
      } else {
        await db.query('UPDATE mfa_users SET locked_until = $2::timestamptz WHERE user_id = $1', [
          userId,
          iso(lock.until),
        ]);
      }
    },

    async claimTotpStep(userId, deviceId, step, now) {
      try {
        const [row] = await db.query(
          `UPDATE mfa_totp_devices
              SET last_step = $3, last_used_at = $4::timestamptz, verified_at = COALESCE(verified_at, $4::timestamptz)
            WHERE id = $2 AND user_id = $1 AND (last_step IS NULL OR last_step < $3)
            RETURNING ${TOTP_DEVICE.columns}`,
          [userId, deviceId, step, iso(now)],
        );
        return row ? TOTP_DEVICE.read(row) : null;
      } catch (error) {
        throw conflictOr(error, 'the user already has a verified TOTP device');
      }
    },

    async consumeRecoveryCode(userId, codeHash, now) {
      const rows = await db.query(
        `UPDATE mfa_recovery_codes SET used_at = $3::timestamptz
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING code_hash`,
        [userId, codeHash, iso(now)],
      );
      return rows.length === 1;
    },

    async countUnusedRecoveryCodes(userId) {
      const [row] = await db.query(
        'SELECT count(*) AS unused FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL',
        [userId],
      );
      return toNumber(row?.['unused'] ?? 0);
    },

    async findToken(tokenHash) {
      const [row] = await db.query(
        `SELECT ${TOKEN.columns} FROM mfa_tokens WHERE token_hash = $1`,
        [tokenHash],
      );
      return row ? TOKEN.read(row) : null;
    },

    async getSession(userId, sessionId) {
      const [row] = await db.query(
        `SELECT ${SESSION.columns} FROM mfa_sessions WHERE user_id = $1 AND session_id = $2`,
        [userId, sessionId],
      );
      return row ? SESSION.read(row) : null;
    },
  };
}
