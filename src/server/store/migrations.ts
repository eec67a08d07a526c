/**
 * The schema, as numbered migrations. Each is applied once, in its own transaction, and recorded
 * in `mfa_schema_migrations` (prefixed, so it never collides with an app's own
 * `schema_migrations` in a shared database). A transaction-scoped advisory lock makes several
 * server instances starting at once apply each migration exactly once.
 *
 * Never edit a released migration; add a new one.
 */
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
      const done = await tx.query('SELECT 1 FROM mfa_schema_migrations WHERE version = $1', [migration.version]);
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
