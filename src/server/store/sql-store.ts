/**
 * The one implementation of `MfaStore`, in plain PostgreSQL over a `SqlExecutor`. Every
 * single-use rule is a conditional UPDATE … RETURNING, so it holds across server instances and
 * needs no in-process lock: the database decides which caller wins.
 */
import type { SqlExecutor, SqlParam, SqlQueryable, SqlRow } from './sql-executor.js';
import {
  CHALLENGE,
  conflictOr,
  iso,
  jsonArray,
  jsonObject,
  PASSKEY,
  SESSION,
  toDate,
  TOKEN,
  toNullableNumber,
  toNumber,
  TOTP_DEVICE,
  USER,
} from './sql-rows.js';
import type {
  AccountRecord,
  CodeAttempt,
  CodeAttemptResult,
  ChallengePurpose,
  ChallengeRecord,
  FactorGate,
  NewChallenge,
  MfaStore,
  NewPasskey,
  NewRecoveryCodeSet,
  NewToken,
  NewTotpDevice,
  PasskeyRecord,
  SessionRecord,
  TokenLookup,
  TokenRecord,
  TokenUse,
  TotpAccountRecord,
  TotpDeviceRecord,
  UserRecord,
} from './types.js';

// The functions of migrations 2–4 (migrations.ts): the rarer paths, one round trip each.
const GET_ACCOUNT = `SELECT user_row, totp_devices, passkeys, unused_recovery_codes, session_row
  FROM mfa_account($1::text, $2::text)`;
const LOOKUP_TOKEN = `SELECT token_row, has_factor, session_verified FROM mfa_lookup_token($1::text, $2::text, $3::text)`;
const ATTEMPT_CODE = `
  SELECT outcome, failure_count, lock_until, hard_lock, codes_left, refusal
    FROM mfa_attempt_code($1::text, $2::timestamptz, $3::text, $4::text, $5::bigint, $6::text, $7::integer,
                          $8::integer, $9::float8, $10::float8, $11::text, $12::text, $13::text, $14::text,
                          $15::jsonb, $16::boolean, $17::timestamptz, $18::text, $19::jsonb, $20::text,
                          $21::timestamptz, $22::text, $23::text, $24::text)`;

// Plain statements for the hot paths: no PL/pgSQL in between.

/** A row shape's columns as `alias.column`, without `user_id` (the statement adds it once). */
function qualified(columns: string, alias: string): string {
  return columns
    .split(', ')
    .filter((column) => column !== 'user_id')
    .map((column) => `${alias}.${column}`)
    .join(', ');
}

/**
 * `getTotpAccount`: one row per TOTP device of the user (one row with null device columns when
 * there is none), each with the user's columns — the two readers share only `user_id`, which is
 * the same value — and whether a passkey exists. Plain columns, no JSON to build or parse.
 */
const GET_TOTP_ACCOUNT = `
  SELECT ${qualified(USER.columns, 'u')}, u.user_id IS NOT NULL AS user_found,
         $1::text AS user_id, ${qualified(TOTP_DEVICE.columns, 'd')},
         EXISTS (SELECT 1 FROM mfa_passkeys p WHERE p.user_id = $1::text) AS has_passkey
    FROM (SELECT 1) AS one
    LEFT JOIN mfa_users u ON u.user_id = $1::text
    LEFT JOIN mfa_totp_devices d ON d.user_id = $1::text
   ORDER BY d.created_at, d.id`;

/**
 * The usual verification in ONE plain statement (issue 14): a TOTP code for the user's verified
 * device, matched against a cached secret (`matchedSecret`, which must still be the device's) or
 * one just read, by a user with no failures counted. It does exactly what `mfa_attempt_code`
 * does on that path when the claim holds — lock the user's row, claim the step, record the
 * session, drop expired tokens, insert the new token — without PL/pgSQL's statement-by-statement
 * execution. Each data-modifying part costs its set-up even when it touches nothing, so the
 * statement has only the four a success needs (`npm run bench:store`).
 *
 * Why one statement is enough under READ COMMITTED (docs/SECURITY.md 3, 8, 12): its snapshot is
 * taken before it waits for the user's row lock, so a plain read could miss what the previous
 * lock holder committed. Nothing here decides on such a read:
 * - `gate` locks the user's row with FOR UPDATE, and PostgreSQL re-checks its WHERE (no failure
 *   counted, no lock, not hard-locked) on the newest committed version once the lock is granted
 *   (EvalPlanQual); no row (failures counted or locked meanwhile, or deleted) leaves `gate`
 *   empty. With no failure counted there is no counter to reset, so a success writes nothing
 *   to the user's row; after a wrong code the function below resets it.
 * - `claim` runs only once `gate` holds the lock (an uncorrelated EXISTS is a one-time filter
 *   evaluated before the scan), and as an UPDATE it re-checks its WHERE on the newest version of
 *   the device row: still verified (a pending enrollment is never claimed here: confirming it
 *   needs the function's commit-time rule, docs/SECURITY.md 27), still sealed as a cached secret
 *   the code was matched with, and `last_step` below this step. Of any number of parallel
 *   attempts, one claims the step.
 * - Every write below is conditioned on `claim` having returned its row, and the session upsert
 *   acts on the newest row version (ON CONFLICT does). The expired-token clean-up reads only
 *   expired entries of the `(user_id, expires_at)` index (migration-5.ts).
 * So the statement either succeeds exactly as the function would, or changes nothing and counts
 * nothing (`claimed` false). Then the store runs `mfa_attempt_code`, which gives the real answer
 * — locked, stale, a failure counted under the lock (a replay), or a success that also clears
 * the failures counted before — as if the request had simply come a moment later. Only the rare
 * paths (wrong codes and the first success after them, replays, locks) pay a second round trip.
 */
const ATTEMPT_VERIFIED_TOTP = `
  WITH gate AS MATERIALIZED (
    SELECT u.user_id FROM mfa_users u
     WHERE u.user_id = $1::text AND NOT u.hard_locked AND u.failures = 0 AND u.locked_until IS NULL
       FOR UPDATE),
  claim AS MATERIALIZED (
    UPDATE mfa_totp_devices d SET last_step = $5::bigint, last_used_at = $2::timestamptz
     WHERE d.id = $3::text AND d.user_id = $1::text AND d.verified_at IS NOT NULL
       AND ($4::text IS NULL OR d.secret_sealed = $4::text)
       AND (d.last_step IS NULL OR d.last_step < $5::bigint)
       AND EXISTS (SELECT 1 FROM gate)
    RETURNING d.id),
  session AS (
    INSERT INTO mfa_sessions (user_id, session_id, verified_at, method)
    SELECT $1::text, $6::text, $2::timestamptz, $7::text WHERE EXISTS (SELECT 1 FROM claim)
    ON CONFLICT (user_id, session_id)
      DO UPDATE SET verified_at = EXCLUDED.verified_at, method = EXCLUDED.method
    RETURNING 1),
  expired AS (
    DELETE FROM mfa_tokens t
     WHERE t.user_id = $1::text AND t.expires_at <= $2::timestamptz AND $8::text IS NOT NULL
       AND EXISTS (SELECT 1 FROM claim)
    RETURNING 1),
  token AS (
    INSERT INTO mfa_tokens (token_hash, user_id, session_id, method, action, scopes, single_use,
                            created_at, expires_at)
    SELECT $8::text, $1::text, $6::text, $7::text, $9::text, $10::jsonb, $11::boolean,
           $2::timestamptz, $12::timestamptz
     WHERE $8::text IS NOT NULL AND EXISTS (SELECT 1 FROM claim)
    RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM claim) AS claimed`;
/**
 * A token's use in ONE plain statement (`useToken`; it replaces migration 4's PL/pgSQL
 * `mfa_use_token`, which stays for instances of the previous release): consume the token when it
 * is certainly acceptable here — single-use, this user's, unused, unexpired, bound to exactly
 * this action, unscoped, of an allowed method, young enough, and the user has a factor — and
 * return it with whether the session is known. The conditions are a subset of what
 * verify-token.ts accepts, so a consumed token is always an accepted one (docs/SECURITY.md 14,
 * 15). As an UPDATE it re-checks its WHERE on the newest committed version of the token row once
 * it holds the row lock, so of any number of parallel uses exactly one consumes it.
 *
 * No row: the store reads the token with `mfa_lookup_token` in a second statement (a new
 * snapshot, so it sees a use that just won) and verify-token.ts refuses with the right reason,
 * or accepts and consumes with the conditional UPDATE of `consumeToken`. Only refusals and the
 * checks this statement cannot decide (scopes, unbound tokens) pay that round trip.
 */
const USE_TOKEN = `
  UPDATE mfa_tokens t SET consumed_at = $4::timestamptz
   WHERE t.token_hash = $1::text AND t.user_id = $2::text AND t.single_use AND t.consumed_at IS NULL
     AND t.expires_at > $4::timestamptz AND t.action = $5::text AND t.scopes = '[]'::jsonb
     AND ($6::jsonb IS NULL OR $6::jsonb ? t.method)
     AND ($7::timestamptz IS NULL OR t.created_at >= $7::timestamptz)
     AND (EXISTS (SELECT 1 FROM mfa_totp_devices x WHERE x.user_id = $2::text AND x.verified_at IS NOT NULL)
          OR EXISTS (SELECT 1 FROM mfa_passkeys x WHERE x.user_id = $2::text))
  RETURNING ${TOKEN.columns},
    EXISTS (SELECT 1 FROM mfa_sessions s WHERE s.user_id = $2::text AND s.session_id = $3::text)
      AS session_verified`;

// A factor change's gate (lockForFactorChange): create the user's row if missing, lock it, then
// read the account in a LATER statement. One statement would not do: under READ COMMITTED its
// snapshot is taken before it waits for the lock, so it could miss a factor that the
// transaction holding the lock just committed. The next statement's snapshot sees it.
const ENSURE_USER =
  'INSERT INTO mfa_users (user_id, created_at) VALUES ($1, $2::timestamptz) ON CONFLICT (user_id) DO NOTHING';
const LOCK_USER = 'SELECT user_id FROM mfa_users WHERE user_id = $1 FOR UPDATE';
const READ_FACTOR_GATE = `
  SELECT EXISTS (SELECT 1 FROM mfa_totp_devices WHERE user_id = $1 AND verified_at IS NOT NULL)
           OR EXISTS (SELECT 1 FROM mfa_passkeys WHERE user_id = $1) AS has_factor,
         (SELECT verified_at FROM mfa_sessions WHERE user_id = $1 AND session_id = $2) AS session_verified_at,
         EXISTS (SELECT 1 FROM mfa_users WHERE user_id = $1 AND recovery_salt IS NOT NULL
                    AND recovery_acknowledged_at IS NULL) AS recovery_pending`;

// The user's row is locked first (as attempts do), so a concurrent attempt and the deletion
// queue on it instead of deadlocking; every table is cleared by the same statement.
const DELETE_USER = `
  WITH gate AS MATERIALIZED (SELECT user_id FROM mfa_users WHERE user_id = $1 FOR UPDATE),
  devices AS (DELETE FROM mfa_totp_devices WHERE user_id = $1 AND (SELECT count(*) FROM gate) >= 0 RETURNING 1),
  passkeys AS (DELETE FROM mfa_passkeys WHERE user_id = $1 AND (SELECT count(*) FROM gate) >= 0 RETURNING 1),
  codes AS (DELETE FROM mfa_recovery_codes WHERE user_id = $1 AND (SELECT count(*) FROM gate) >= 0 RETURNING 1),
  challenges AS (DELETE FROM mfa_webauthn_challenges WHERE user_id = $1 AND (SELECT count(*) FROM gate) >= 0 RETURNING 1),
  tokens AS (DELETE FROM mfa_tokens WHERE user_id = $1 AND (SELECT count(*) FROM gate) >= 0 RETURNING 1),
  sessions AS (DELETE FROM mfa_sessions WHERE user_id = $1 AND (SELECT count(*) FROM gate) >= 0 RETURNING 1),
  users AS (DELETE FROM mfa_users WHERE user_id = $1 RETURNING 1)
  SELECT (SELECT count(*) FROM devices) + (SELECT count(*) FROM passkeys) + (SELECT count(*) FROM codes)
       + (SELECT count(*) FROM challenges) + (SELECT count(*) FROM tokens) + (SELECT count(*) FROM sessions)
       + (SELECT count(*) FROM users) AS removed`;

export interface SqlStoreOptions {
  /** Extra clean-up after the executor closed (e.g. removing a temporary folder). */
  onClose?: () => Promise<void>;
}

/** Build the store over an executor whose schema is already migrated (see `runMigrations`). */
export function createSqlStore(executor: SqlExecutor, options: SqlStoreOptions = {}): MfaStore {
  return new SqlStore(executor, executor, options);
}

/** The five parameters that describe a token to issue, in the order both statements take them. */
function tokenParams(token: NewToken | null): SqlParam[] {
  return [
    token?.tokenHash ?? null,
    token?.action ?? null,
    token ? JSON.stringify(token.scopes) : null,
    token?.singleUse ?? null,
    token ? iso(token.expiresAt) : null,
  ];
}

class SqlStore implements MfaStore {
  constructor(
    private readonly db: SqlQueryable,
    /** Null inside a transaction: nested transactions join the outer one. */
    private readonly executor: SqlExecutor | null,
    private readonly options: SqlStoreOptions,
  ) {}

  private rows<Row extends SqlRow = SqlRow>(
    sql: string,
    params: readonly SqlParam[] = [],
  ): Promise<Row[]> {
    return this.db.query<Row>(sql, params);
  }

  async transaction<T>(fn: (store: MfaStore) => Promise<T>): Promise<T> {
    if (this.executor === null) return fn(this);
    return this.executor.transaction((tx) => fn(new SqlStore(tx, null, this.options)));
  }

  async close(): Promise<void> {
    if (this.executor === null) throw new Error('close() inside a transaction');
    await this.executor.close();
    await this.options.onClose?.();
  }

  // ── whole users ──────────────────────────────────────────────────────────────────────────

  async getAccount(userId: string, sessionId: string): Promise<AccountRecord> {
    const [row] = await this.rows(GET_ACCOUNT, [userId, sessionId]);
    return {
      user: row?.['user_row'] ? USER.read(jsonObject(row['user_row'])) : null,
      totpDevices: jsonArray(row?.['totp_devices']).map(TOTP_DEVICE.read),
      passkeys: jsonArray(row?.['passkeys']).map(PASSKEY.read),
      unusedRecoveryCodes: toNumber(row?.['unused_recovery_codes'] ?? 0),
      session: row?.['session_row'] ? SESSION.read(jsonObject(row['session_row'])) : null,
    };
  }

  async getTotpAccount(userId: string): Promise<TotpAccountRecord> {
    const rows = await this.rows(GET_TOTP_ACCOUNT, [userId]);
    const [first] = rows;
    return {
      user: first?.['user_found'] === true ? USER.read(first) : null,
      totpDevices: rows.filter((row) => row['id'] !== null).map(TOTP_DEVICE.read),
      hasPasskey: first?.['has_passkey'] === true,
    };
  }

  async deleteUser(userId: string): Promise<boolean> {
    const [row] = await this.rows(DELETE_USER, [userId]);
    return toNumber(row?.['removed'] ?? 0) > 0;
  }

  async lockForFactorChange(userId: string, sessionId: string, now: Date): Promise<FactorGate> {
    if (this.executor !== null)
      throw new Error('lockForFactorChange() outside a transaction locks nothing');
    await this.rows(ENSURE_USER, [userId, iso(now)]);
    // Only a deletion of the user racing this transaction leaves nothing to lock; change nothing.
    if ((await this.rows(LOCK_USER, [userId])).length !== 1)
      throw new Error('the user was deleted meanwhile');
    const [row] = await this.rows(READ_FACTOR_GATE, [userId, sessionId]);
    if (!row) throw new Error('the factor gate read nothing');
    return {
      hasFactor: row['has_factor'] === true,
      sessionVerifiedAt: toDate(row['session_verified_at']),
      recoveryPending: row['recovery_pending'] === true,
    };
  }

  async deletePendingEnrollments(userId: string, keepDeviceId?: string): Promise<void> {
    await this.rows(
      'DELETE FROM mfa_totp_devices WHERE user_id = $1 AND verified_at IS NULL AND id <> $2',
      [userId, keepDeviceId ?? ''],
    );
    await this.rows(
      `DELETE FROM mfa_webauthn_challenges WHERE user_id = $1 AND purpose = 'registration' AND consumed_at IS NULL`,
      [userId],
    );
  }

  // ── users and throttling ─────────────────────────────────────────────────────────────────

  async attemptCode(attempt: CodeAttempt): Promise<CodeAttemptResult> {
    const { claim, success, rateLimit, now } = attempt;
    const token = success.token;
    const set = success.recoveryCodes;
    const cached = attempt.matchedSecret;
    if (
      claim.kind === 'totp' &&
      set === null &&
      (cached === undefined || cached.deviceId === claim.deviceId)
    ) {
      const [fast] = await this.rows(ATTEMPT_VERIFIED_TOTP, [
        attempt.userId,
        iso(now),
        claim.deviceId,
        cached?.secretSealed ?? null,
        claim.step,
        success.sessionId,
        success.method,
        ...tokenParams(token),
      ]);
      if (fast?.['claimed'] === true) return { outcome: 'success', recoveryCodesRemaining: null };
      // Nothing was changed or counted: the function below gives the real answer.
    }
    let row: SqlRow | undefined;
    try {
      [row] = await this.rows(ATTEMPT_CODE, [
        attempt.userId,
        iso(now),
        claim.kind,
        claim.kind === 'totp' ? claim.deviceId : null,
        claim.kind === 'totp' ? claim.step : null,
        claim.kind === 'recovery-code' ? claim.codeHash : null,
        rateLimit.maxFailures,
        rateLimit.hardLimit,
        rateLimit.baseDelaySeconds,
        rateLimit.maxDelaySeconds,
        success.sessionId,
        success.method,
        ...tokenParams(token),
        set?.salt ?? null,
        set ? JSON.stringify(set.hashes) : null,
        set?.pendingSealed ?? null,
        attempt.addFactor ? iso(attempt.addFactor.freshSince) : null,
        attempt.addFactor?.tokenHash ?? null,
        attempt.matchedSecret?.deviceId ?? null,
        attempt.matchedSecret?.secretSealed ?? null,
      ]);
    } catch (error) {
      throw conflictOr(error, 'the user already has a verified TOTP device');
    }
    if (!row) throw new Error('mfa_attempt_code returned nothing');
    const lockedUntil = toDate(row['lock_until']);
    const hardLocked = row['hard_lock'] === true;
    switch (row['outcome']) {
      case 'locked':
        return { outcome: 'locked', lockedUntil, hardLocked };
      case 'failure':
        return {
          outcome: 'failure',
          failures: toNumber(row['failure_count']),
          locked: hardLocked || (lockedUntil !== null && lockedUntil.getTime() > now.getTime()),
        };
      case 'refused':
        return {
          outcome: 'refused',
          reason:
            row['refusal'] === 'enrollment-expired' ? 'enrollment-expired' : 'fresh-proof-required',
        };
      case 'success':
        return { outcome: 'success', recoveryCodesRemaining: toNullableNumber(row['codes_left']) };
      case 'stale':
        return { outcome: 'stale' };
      default:
        throw new Error('mfa_attempt_code: unknown outcome');
    }
  }

  private async getUser(userId: string): Promise<UserRecord | null> {
    const [row] = await this.rows(`SELECT ${USER.columns} FROM mfa_users WHERE user_id = $1`, [
      userId,
    ]);
    return row ? USER.read(row) : null;
  }

  /** Create the user row if missing (idempotent) and return it. */
  private async ensureUser(userId: string, now: Date): Promise<UserRecord> {
    await this.rows(ENSURE_USER, [userId, iso(now)]);
    const user = await this.getUser(userId);
    if (!user) throw new Error('user row vanished');
    return user;
  }

  async ensureWebauthnUserId(userId: string, candidate: string, now: Date): Promise<string> {
    await this.ensureUser(userId, now);
    await this.rows(
      'UPDATE mfa_users SET webauthn_user_id = $2 WHERE user_id = $1 AND webauthn_user_id IS NULL',
      [userId, candidate],
    );
    const user = await this.getUser(userId);
    if (!user?.webauthnUserId) throw new Error('webauthn user id not set');
    return user.webauthnUserId;
  }

  async resetFailures(userId: string): Promise<void> {
    await this.rows('UPDATE mfa_users SET failures = 0, locked_until = NULL WHERE user_id = $1', [
      userId,
    ]);
  }

  async resetThrottle(userId: string): Promise<void> {
    await this.rows(
      'UPDATE mfa_users SET failures = 0, locked_until = NULL, hard_locked = false WHERE user_id = $1',
      [userId],
    );
  }

  // ── TOTP devices ─────────────────────────────────────────────────────────────────────────

  async createTotpDevice(device: NewTotpDevice): Promise<TotpDeviceRecord> {
    const [row] = await this.rows(
      `INSERT INTO mfa_totp_devices (id, user_id, alias, secret_sealed, created_at, session_id, expires_at)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $6, $7::timestamptz) RETURNING ${TOTP_DEVICE.columns}`,
      [
        device.id,
        device.userId,
        device.alias,
        device.secretSealed,
        iso(device.createdAt),
        device.sessionId,
        iso(device.expiresAt),
      ],
    );
    return TOTP_DEVICE.read(row);
  }

  async listTotpDevices(userId: string): Promise<TotpDeviceRecord[]> {
    const rows = await this.rows(
      `SELECT ${TOTP_DEVICE.columns} FROM mfa_totp_devices WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    return rows.map(TOTP_DEVICE.read);
  }

  async deleteUnverifiedTotpDevices(
    userId: string,
    scope: { sessionId: string; now: Date },
  ): Promise<number> {
    const rows = await this.rows(
      `DELETE FROM mfa_totp_devices
        WHERE user_id = $1 AND verified_at IS NULL
          AND (session_id IS NULL OR session_id = $2 OR expires_at IS NULL OR expires_at <= $3::timestamptz)
        RETURNING id`,
      [userId, scope.sessionId, iso(scope.now)],
    );
    return rows.length;
  }

  async listPlaintextTotpSecrets(
    limit: number,
  ): Promise<Array<{ id: string; secretSealed: string }>> {
    const rows = await this.rows(
      `SELECT id, secret_sealed FROM mfa_totp_devices WHERE secret_sealed LIKE 'plain:%' ORDER BY id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({
      id: String(row['id']),
      secretSealed: String(row['secret_sealed']),
    }));
  }

  async replaceTotpSecret(
    deviceId: string,
    expected: string,
    secretSealed: string,
  ): Promise<boolean> {
    const rows = await this.rows(
      'UPDATE mfa_totp_devices SET secret_sealed = $3 WHERE id = $1 AND secret_sealed = $2 RETURNING id',
      [deviceId, expected, secretSealed],
    );
    return rows.length === 1;
  }

  // ── passkeys ─────────────────────────────────────────────────────────────────────────────

  async createPasskey(passkey: NewPasskey): Promise<PasskeyRecord> {
    try {
      const [row] = await this.rows(
        `INSERT INTO mfa_passkeys
           (id, user_id, credential_id, public_key, counter, transports, device_type, backed_up, alias, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10::timestamptz) RETURNING ${PASSKEY.columns}`,
        [
          passkey.id,
          passkey.userId,
          passkey.credentialId,
          passkey.publicKey,
          passkey.counter,
          JSON.stringify(passkey.transports),
          passkey.deviceType,
          passkey.backedUp,
          passkey.alias,
          iso(passkey.createdAt),
        ],
      );
      return PASSKEY.read(row);
    } catch (error) {
      throw conflictOr(error, 'this credential is already registered');
    }
  }

  async listPasskeys(userId: string): Promise<PasskeyRecord[]> {
    const rows = await this.rows(
      `SELECT ${PASSKEY.columns} FROM mfa_passkeys WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    return rows.map(PASSKEY.read);
  }

  async findPasskeyByCredentialId(credentialId: string): Promise<PasskeyRecord | null> {
    const [row] = await this.rows(
      `SELECT ${PASSKEY.columns} FROM mfa_passkeys WHERE credential_id = $1`,
      [credentialId],
    );
    return row ? PASSKEY.read(row) : null;
  }

  async recordPasskeyUse(
    passkeyId: string,
    update: { previousCounter: number; counter: number; backedUp: boolean; now: Date },
  ): Promise<boolean> {
    const rows = await this.rows(
      `UPDATE mfa_passkeys SET counter = $3, backed_up = $4, last_used_at = $5::timestamptz
        WHERE id = $1 AND counter = $2 RETURNING id`,
      [passkeyId, update.previousCounter, update.counter, update.backedUp, iso(update.now)],
    );
    return rows.length === 1;
  }

  async deleteDevice(userId: string, deviceId: string): Promise<boolean> {
    const totp = await this.rows(
      'DELETE FROM mfa_totp_devices WHERE id = $1 AND user_id = $2 RETURNING id',
      [deviceId, userId],
    );
    const passkeys = await this.rows(
      'DELETE FROM mfa_passkeys WHERE id = $1 AND user_id = $2 RETURNING id',
      [deviceId, userId],
    );
    return totp.length + passkeys.length > 0;
  }

  // ── recovery codes ───────────────────────────────────────────────────────────────────────

  async replaceRecoveryCodes(set: NewRecoveryCodeSet): Promise<void> {
    await this.transaction(async (tx) => {
      const store = tx as SqlStore;
      await store.ensureUser(set.userId, set.now);
      await store.rows('DELETE FROM mfa_recovery_codes WHERE user_id = $1', [set.userId]);
      // One statement for the whole set; jsonb keeps the parameter a plain string for every driver.
      await store.rows(
        `INSERT INTO mfa_recovery_codes (user_id, code_hash, created_at)
         SELECT $1, hash, $3::timestamptz FROM jsonb_array_elements_text($2::jsonb) AS hash`,
        [set.userId, JSON.stringify(set.hashes), iso(set.now)],
      );
      await store.rows(
        `UPDATE mfa_users SET recovery_salt = $2, recovery_generated_at = $3::timestamptz,
                recovery_acknowledged_at = NULL, recovery_pending_sealed = $4
          WHERE user_id = $1`,
        [set.userId, set.salt, iso(set.now), set.pendingSealed],
      );
    });
  }

  async deleteRecoveryCodes(userId: string): Promise<void> {
    await this.transaction(async (tx) => {
      const store = tx as SqlStore;
      await store.rows('DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
      await store.rows(
        `UPDATE mfa_users SET recovery_salt = NULL, recovery_generated_at = NULL,
                recovery_acknowledged_at = NULL, recovery_pending_sealed = NULL
          WHERE user_id = $1`,
        [userId],
      );
    });
  }

  async acknowledgeRecoveryCodes(userId: string, now: Date): Promise<boolean> {
    const rows = await this.rows(
      `UPDATE mfa_users SET recovery_acknowledged_at = $2::timestamptz, recovery_pending_sealed = NULL
        WHERE user_id = $1 AND recovery_salt IS NOT NULL AND recovery_acknowledged_at IS NULL
        RETURNING user_id`,
      [userId, iso(now)],
    );
    return rows.length === 1;
  }

  // ── WebAuthn challenges ──────────────────────────────────────────────────────────────────

  async createChallenge(challenge: NewChallenge): Promise<void> {
    await this.rows(
      `INSERT INTO mfa_webauthn_challenges (challenge, user_id, session_id, purpose, created_at, expires_at, issued_under)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, $7)`,
      [
        challenge.challenge,
        challenge.userId,
        challenge.sessionId,
        challenge.purpose,
        iso(challenge.createdAt),
        iso(challenge.expiresAt),
        challenge.issuedUnder ?? null,
      ],
    );
  }

  async consumeChallenge(
    challenge: string,
    owner: { userId: string; sessionId: string; purpose: ChallengePurpose },
    now: Date,
  ): Promise<ChallengeRecord | null> {
    const [row] = await this.rows(
      `UPDATE mfa_webauthn_challenges SET consumed_at = $5::timestamptz
        WHERE challenge = $1 AND user_id = $2 AND session_id = $3 AND purpose = $4
          AND consumed_at IS NULL AND expires_at > $5::timestamptz
        RETURNING ${CHALLENGE.columns}`,
      [challenge, owner.userId, owner.sessionId, owner.purpose, iso(now)],
    );
    return row ? CHALLENGE.read(row) : null;
  }

  async deleteStaleChallenges(userId: string, now: Date): Promise<void> {
    await this.rows(
      `DELETE FROM mfa_webauthn_challenges
        WHERE user_id = $1 AND (consumed_at IS NOT NULL OR expires_at <= $2::timestamptz)`,
      [userId, iso(now)],
    );
  }

  // ── MFA tokens ───────────────────────────────────────────────────────────────────────────

  async createToken(token: NewToken): Promise<void> {
    await this.rows(
      `INSERT INTO mfa_tokens
         (token_hash, user_id, session_id, method, action, scopes, single_use, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::timestamptz, $9::timestamptz)`,
      [
        token.tokenHash,
        token.userId,
        token.sessionId,
        token.method,
        token.action,
        JSON.stringify(token.scopes),
        token.singleUse,
        iso(token.createdAt),
        iso(token.expiresAt),
      ],
    );
  }

  async lookupToken(
    tokenHash: string | null,
    userId: string,
    sessionId: string,
  ): Promise<TokenLookup> {
    const [row] = await this.rows(LOOKUP_TOKEN, [tokenHash, userId, sessionId]);
    return {
      token: row?.['token_row'] ? TOKEN.read(jsonObject(row['token_row'])) : null,
      hasFactor: row?.['has_factor'] === true,
      sessionVerified: row?.['session_verified'] === true,
    };
  }

  async useToken(use: TokenUse): Promise<TokenLookup & { consumed: boolean }> {
    const [row] = await this.rows(USE_TOKEN, [
      use.tokenHash,
      use.userId,
      use.sessionId,
      iso(use.now),
      use.action,
      use.methods === null ? null : JSON.stringify(use.methods),
      use.createdAfter === null ? null : iso(use.createdAfter),
    ]);
    if (row === undefined)
      return {
        ...(await this.lookupToken(use.tokenHash, use.userId, use.sessionId)),
        consumed: false,
      };
    return {
      token: TOKEN.read(row),
      hasFactor: true,
      sessionVerified: row['session_verified'] === true,
      consumed: true,
    };
  }

  async consumeToken(tokenHash: string, userId: string, now: Date): Promise<TokenRecord | null> {
    const [row] = await this.rows(
      `UPDATE mfa_tokens SET consumed_at = $3::timestamptz
        WHERE token_hash = $1 AND user_id = $2 AND consumed_at IS NULL AND expires_at > $3::timestamptz
        RETURNING ${TOKEN.columns}`,
      [tokenHash, userId, iso(now)],
    );
    return row ? TOKEN.read(row) : null;
  }

  async deleteExpiredTokens(userId: string, now: Date): Promise<void> {
    await this.rows('DELETE FROM mfa_tokens WHERE user_id = $1 AND expires_at <= $2::timestamptz', [
      userId,
      iso(now),
    ]);
  }

  // ── sessions ─────────────────────────────────────────────────────────────────────────────

  async markSessionVerified(session: SessionRecord): Promise<void> {
    await this.rows(
      `INSERT INTO mfa_sessions (user_id, session_id, verified_at, method) VALUES ($1, $2, $3::timestamptz, $4)
       ON CONFLICT (user_id, session_id) DO UPDATE SET verified_at = EXCLUDED.verified_at, method = EXCLUDED.method`,
      [session.userId, session.sessionId, iso(session.verifiedAt), session.method],
    );
  }

  async endSession(userId: string, sessionId: string): Promise<void> {
    await this.transaction(async (tx) => {
      const store = tx as SqlStore;
      await store.rows('DELETE FROM mfa_sessions WHERE user_id = $1 AND session_id = $2', [
        userId,
        sessionId,
      ]);
      await store.rows('DELETE FROM mfa_tokens WHERE user_id = $1 AND session_id = $2', [
        userId,
        sessionId,
      ]);
      await store.rows(
        'DELETE FROM mfa_webauthn_challenges WHERE user_id = $1 AND session_id = $2',
        [userId, sessionId],
      );
    });
  }
}
