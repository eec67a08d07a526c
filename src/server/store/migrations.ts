/**
 * The schema, as numbered migrations. Each is applied once, in its own transaction, and recorded
 * in `mfa_schema_migrations` (prefixed, so it never collides with an app's own
 * `schema_migrations` in a shared database). A transaction-scoped advisory lock makes several
 * server instances starting at once apply each migration exactly once.
 *
 * Never edit a released migration; add a new one. Each migration is the frozen text of its
 * release, so migrations 3 and 4 repeat most of the `mfa_attempt_code` before them on purpose:
 * built from shared pieces, an edit to a piece would silently change what old migrations run on a
 * new install. test/server/migrations-frozen.test.ts pins every migration by its SHA-256.
 */
import { MIGRATION_3 } from './migration-3.js';
import { MIGRATION_4 } from './migration-4.js';
import { MIGRATION_5 } from './migration-5.js';
import type { SqlExecutor } from './sql-executor.js';

export interface Migration {
  version: number;
  name: string;
  /** One statement per entry (the extended query protocol runs one statement at a time). */
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    statements: [
      `CREATE TABLE mfa_users (
        user_id text PRIMARY KEY,
        webauthn_user_id text UNIQUE,
        failures integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        hard_locked boolean NOT NULL DEFAULT false,
        recovery_salt text,
        recovery_generated_at timestamptz,
        recovery_acknowledged_at timestamptz,
        recovery_pending_sealed text,
        created_at timestamptz NOT NULL
      )`,
      `CREATE TABLE mfa_totp_devices (
        id text PRIMARY KEY,
        user_id text NOT NULL,
        alias text,
        secret_sealed text NOT NULL,
        created_at timestamptz NOT NULL,
        verified_at timestamptz,
        last_step bigint,
        last_used_at timestamptz
      )`,
      `CREATE INDEX mfa_totp_devices_user ON mfa_totp_devices (user_id)`,
      // One verified TOTP device per user, enforced by the database even under races.
      `CREATE UNIQUE INDEX mfa_totp_devices_one_verified ON mfa_totp_devices (user_id) WHERE verified_at IS NOT NULL`,
      `CREATE TABLE mfa_passkeys (
        id text PRIMARY KEY,
        user_id text NOT NULL,
        credential_id text NOT NULL UNIQUE,
        public_key text NOT NULL,
        counter bigint NOT NULL,
        transports jsonb NOT NULL,
        device_type text NOT NULL,
        backed_up boolean NOT NULL,
        alias text,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz
      )`,
      `CREATE INDEX mfa_passkeys_user ON mfa_passkeys (user_id)`,
      `CREATE TABLE mfa_recovery_codes (
        user_id text NOT NULL,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (user_id, code_hash)
      )`,
      `CREATE TABLE mfa_webauthn_challenges (
        challenge text PRIMARY KEY,
        user_id text NOT NULL,
        session_id text NOT NULL,
        purpose text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz
      )`,
      `CREATE INDEX mfa_webauthn_challenges_user ON mfa_webauthn_challenges (user_id)`,
      `CREATE TABLE mfa_tokens (
        token_hash text PRIMARY KEY,
        user_id text NOT NULL,
        session_id text NOT NULL,
        method text NOT NULL,
        action text,
        scopes jsonb NOT NULL,
        single_use boolean NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz
      )`,
      `CREATE INDEX mfa_tokens_user ON mfa_tokens (user_id)`,
      `CREATE TABLE mfa_sessions (
        user_id text NOT NULL,
        session_id text NOT NULL,
        verified_at timestamptz NOT NULL,
        method text NOT NULL,
        PRIMARY KEY (user_id, session_id)
      )`,
    ],
  },
  {
    version: 2,
    name: 'hot paths as functions',
    statements: [
      // The hot paths as functions: one round trip each, and their statements' plans are cached
      // per connection (planning the same statements again on every request was a large part of
      // its cost). Called from sql-store.ts. Result columns are named so they never clash with
      // table columns inside the functions.
      //
      // Everything the routes read about a user and session (MfaStore.getAccount).
      `CREATE FUNCTION mfa_account(p_user_id text, p_session_id text)
      RETURNS TABLE (user_row json, totp_devices json, passkeys json, unused_recovery_codes bigint, session_row json)
      LANGUAGE plpgsql STABLE AS $fn$
      BEGIN
        RETURN QUERY SELECT
          (SELECT row_to_json(u) FROM (
             SELECT x.user_id, x.webauthn_user_id, x.failures, x.locked_until, x.hard_locked, x.recovery_salt,
                    x.recovery_generated_at, x.recovery_acknowledged_at, x.recovery_pending_sealed
               FROM mfa_users x WHERE x.user_id = p_user_id) u),
          (SELECT coalesce(json_agg(d ORDER BY d.created_at, d.id), '[]'::json) FROM (
             SELECT x.id, x.user_id, x.alias, x.secret_sealed, x.created_at, x.verified_at, x.last_step, x.last_used_at
               FROM mfa_totp_devices x WHERE x.user_id = p_user_id) d),
          (SELECT coalesce(json_agg(p ORDER BY p.created_at, p.id), '[]'::json) FROM (
             SELECT x.id, x.user_id, x.credential_id, x.public_key, x.counter, x.transports, x.device_type,
                    x.backed_up, x.alias, x.created_at, x.last_used_at
               FROM mfa_passkeys x WHERE x.user_id = p_user_id) p),
          (SELECT count(*) FROM mfa_recovery_codes x WHERE x.user_id = p_user_id AND x.used_at IS NULL),
          (SELECT row_to_json(s) FROM (
             SELECT x.user_id, x.session_id, x.verified_at, x.method
               FROM mfa_sessions x WHERE x.user_id = p_user_id AND x.session_id = p_session_id) s);
      END
      $fn$`,
      // A token and what checking it needs to know (MfaStore.lookupToken).
      `CREATE FUNCTION mfa_lookup_token(p_token_hash text, p_user_id text, p_session_id text)
      RETURNS TABLE (token_row json, has_factor boolean, session_verified boolean)
      LANGUAGE plpgsql STABLE AS $fn$
      BEGIN
        RETURN QUERY SELECT
          (SELECT row_to_json(t) FROM (
             SELECT x.token_hash, x.user_id, x.session_id, x.method, x.action, x.scopes, x.single_use,
                    x.created_at, x.expires_at, x.consumed_at
               FROM mfa_tokens x WHERE x.token_hash = p_token_hash) t),
          EXISTS (SELECT 1 FROM mfa_totp_devices x WHERE x.user_id = p_user_id AND x.verified_at IS NOT NULL)
            OR EXISTS (SELECT 1 FROM mfa_passkeys x WHERE x.user_id = p_user_id),
          EXISTS (SELECT 1 FROM mfa_sessions x WHERE x.user_id = p_user_id AND x.session_id = p_session_id);
      END
      $fn$`,
      // A whole code attempt (MfaStore.attemptCode): throttle gate, claim, counter, session, token,
      // first recovery-code set — atomic as the one statement that calls it. Under concurrency:
      // - the user's row is locked first (FOR UPDATE), so attempts of one user queue on it, on
      //   every instance; a VOLATILE function takes a fresh snapshot for each statement, so
      //   everything after the lock sees what the attempts before it committed;
      // - the claim is a conditional UPDATE (`last_step < step`, `used_at IS NULL`): one winner;
      // - the failure is counted and the lock set (the rule of throttle.ts `lockAfterFailure`) in
      //   the same UPDATE, so no attempt can slip in between counting and locking;
      // - any error aborts the calling statement: no attempt spent, no code used up.
      `CREATE FUNCTION mfa_attempt_code(
        p_user_id text, p_now timestamptz, p_claim text, p_device_id text, p_step bigint, p_code_hash text,
        p_max_failures integer, p_hard_limit integer, p_base_delay double precision, p_max_delay double precision,
        p_session_id text, p_method text,
        p_token_hash text, p_action text, p_scopes jsonb, p_single_use boolean, p_expires_at timestamptz,
        p_recovery_salt text, p_recovery_hashes jsonb, p_recovery_pending text
      ) RETURNS TABLE (outcome text, failure_count integer, lock_until timestamptz, hard_lock boolean, codes_left bigint)
      LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        gate record;
        claimed boolean := false;
        counted integer;
      BEGIN
        SELECT u.failures, u.locked_until, u.hard_locked INTO gate
          FROM mfa_users u WHERE u.user_id = p_user_id FOR UPDATE;
        IF NOT FOUND THEN
          INSERT INTO mfa_users (user_id, created_at) VALUES (p_user_id, p_now) ON CONFLICT (user_id) DO NOTHING;
          SELECT u.failures, u.locked_until, u.hard_locked INTO gate
            FROM mfa_users u WHERE u.user_id = p_user_id FOR UPDATE;
          -- Only a deletion of the user racing this attempt gets here: fail, change nothing.
          IF NOT FOUND THEN RAISE EXCEPTION 'mfa_attempt_code: the user was deleted meanwhile'; END IF;
        END IF;
        IF gate.hard_locked OR gate.locked_until > p_now THEN
          RETURN QUERY SELECT 'locked'::text, gate.failures, gate.locked_until, gate.hard_locked, NULL::bigint;
          RETURN;
        END IF;

        IF p_claim = 'totp' THEN
          UPDATE mfa_totp_devices d
             SET last_step = p_step, last_used_at = p_now, verified_at = COALESCE(d.verified_at, p_now)
           WHERE d.id = p_device_id AND d.user_id = p_user_id AND (d.last_step IS NULL OR d.last_step < p_step);
          claimed := FOUND;
        ELSIF p_claim = 'recovery-code' THEN
          UPDATE mfa_recovery_codes r SET used_at = p_now
           WHERE r.user_id = p_user_id AND r.code_hash = p_code_hash AND r.used_at IS NULL;
          claimed := FOUND;
        END IF;

        IF NOT claimed THEN
          counted := gate.failures + 1;
          UPDATE mfa_users u SET
            failures = counted,
            hard_locked = counted >= p_hard_limit,
            locked_until = CASE
              WHEN counted >= p_hard_limit OR counted < p_max_failures THEN u.locked_until
              ELSE p_now + make_interval(secs => LEAST(
                p_base_delay * power(2, LEAST(counted - p_max_failures, 30)), p_max_delay))
            END
           WHERE u.user_id = p_user_id;
          RETURN QUERY SELECT 'failure'::text, u.failures, u.locked_until, u.hard_locked, NULL::bigint
            FROM mfa_users u WHERE u.user_id = p_user_id;
          RETURN;
        END IF;

        -- Usually there is nothing to reset; the row lock is held either way.
        IF gate.failures <> 0 OR gate.locked_until IS NOT NULL THEN
          UPDATE mfa_users u SET failures = 0, locked_until = NULL WHERE u.user_id = p_user_id;
        END IF;
        INSERT INTO mfa_sessions (user_id, session_id, verified_at, method)
             VALUES (p_user_id, p_session_id, p_now, p_method)
        ON CONFLICT (user_id, session_id) DO UPDATE SET verified_at = EXCLUDED.verified_at, method = EXCLUDED.method;
        IF p_token_hash IS NOT NULL THEN
          DELETE FROM mfa_tokens t WHERE t.user_id = p_user_id AND t.expires_at <= p_now;
          INSERT INTO mfa_tokens (token_hash, user_id, session_id, method, action, scopes, single_use, created_at, expires_at)
               VALUES (p_token_hash, p_user_id, p_session_id, p_method, p_action, p_scopes, p_single_use, p_now, p_expires_at);
        END IF;
        IF p_recovery_salt IS NOT NULL THEN
          DELETE FROM mfa_recovery_codes r WHERE r.user_id = p_user_id;
          INSERT INTO mfa_recovery_codes (user_id, code_hash, created_at)
               SELECT p_user_id, hash, p_now FROM jsonb_array_elements_text(p_recovery_hashes) AS hash;
          UPDATE mfa_users u SET recovery_salt = p_recovery_salt, recovery_generated_at = p_now,
                 recovery_acknowledged_at = NULL, recovery_pending_sealed = p_recovery_pending
           WHERE u.user_id = p_user_id;
        END IF;
        RETURN QUERY SELECT 'success'::text, 0, NULL::timestamptz, false,
          CASE WHEN p_claim = 'recovery-code'
               THEN (SELECT count(*) FROM mfa_recovery_codes r WHERE r.user_id = p_user_id AND r.used_at IS NULL) END;
      END
      $fn$`,
    ],
  },
  MIGRATION_3,
  MIGRATION_4,
  MIGRATION_5,
];

/** An arbitrary fixed key for pg_advisory_xact_lock: "mfa-elements migrations". */
const MIGRATION_LOCK_KEY = 727_170_410;

/** Apply every migration not yet recorded. Returns the versions applied by this call. */
export async function runMigrations(
  executor: SqlExecutor,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  // Under the lock too: two instances running CREATE TABLE IF NOT EXISTS at once can collide.
  await executor.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS mfa_schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  });
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const didApply = await executor.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      // Checked under the lock: another instance may have applied it while we waited.
      const done = await tx.query('SELECT 1 FROM mfa_schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (done.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO mfa_schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (didApply) applied.push(migration.version);
  }
  return applied;
}
