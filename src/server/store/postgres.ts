/**
 * The scale-out driver: a real PostgreSQL through `pg`'s connection pool. Node-only (TCP sockets).
 *
 * It runs exactly the SQL of sql-store.ts and migrations.ts, so every rule the conformance suite
 * checks on PGlite holds here too. Several server instances may share one database:
 * - single-use rules are conditional UPDATE … RETURNING statements, decided by PostgreSQL's row
 *   locks, never by anything in this process;
 * - migrations take a transaction-scoped advisory lock (`pg_advisory_xact_lock`, see
 *   migrations.ts), so instances starting at the same moment apply each migration exactly once;
 *   a crashed instance's lock ends with its connection.
 *
 * ```ts
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL });
 * // or, sharing the app's pool (the store then never ends it):
 * const store = await createPostgresStore({ pool });
 * ```
 */
import type { Pool, PoolClient, PoolConfig, QueryConfig } from 'pg';
import { importPeer } from '../peers.js';
import { runMigrations } from './migrations.js';
import {
  sqlState,
  type SqlExecutor,
  type SqlParam,
  type SqlQueryable,
  type SqlRow,
} from './sql-executor.js';
import { createSqlStore } from './sql-store.js';
import type { MfaStore } from './types.js';

export interface PostgresStoreOptions {
  /**
   * `postgres://user:password@host:port/database`. Defaults to the `DATABASE_URL` environment
   * variable when neither this nor `pool` is given.
   */
  connectionString?: string;
  /**
   * An existing pool (e.g. the app's own). The store borrows connections from it and does not end
   * it on `close()`; the pool's owner does.
   */
  pool?: Pool;
  /** Extra settings for the pool the store creates (ignored with `pool`). Default size 10. */
  poolConfig?: Omit<PoolConfig, 'connectionString'>;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /**
   * Called with errors of idle pooled connections (the database restarted, the network dropped).
   * The pool replaces such connections by itself; without a listener `pg` would crash the
   * process, so the default only logs them.
   */
  onPoolError?: (error: Error) => void;
  /**
   * Run the store's statements as named prepared statements, parsed and planned once per
   * connection (default true). Set false behind a pooler that cannot keep them (PgBouncer in
   * transaction mode before 1.21).
   */
  prepare?: boolean;
}

/** SQLSTATEs after which the whole transaction can safely run again. */
const RETRYABLE = new Set(['40001' /* serialization_failure */, '40P01' /* deadlock_detected */]);
const TRANSACTION_ATTEMPTS = 3;

/** Connect, apply the migrations, and return the store. `store.close()` ends a pool it created. */
export async function createPostgresStore(options: PostgresStoreOptions = {}): Promise<MfaStore> {
  const executor = await createPostgresExecutor(options);
  try {
    if (options.migrate !== false) await runMigrations(executor);
  } catch (error) {
    await executor.close().catch(() => {});
    throw error;
  }
  return createSqlStore(executor);
}

/** The `SqlExecutor` over a pool; exported for tests and for tools that run their own SQL. */
export async function createPostgresExecutor(
  options: PostgresStoreOptions = {},
): Promise<SqlExecutor> {
  let pool = options.pool;
  const owned = pool === undefined;
  if (pool === undefined) {
    const connectionString = options.connectionString ?? process.env['DATABASE_URL'];
    if (!connectionString) {
      throw new Error(
        'createPostgresStore: give `connectionString` or `pool`, or set DATABASE_URL',
      );
    }
    const { Pool: PgPool } = await importPeer(
      'pg',
      'the PostgreSQL store (createPostgresStore)',
      () => import('pg'),
    );
    pool = new PgPool({
      max: 10,
      // Fail a request instead of hanging when the database cannot be reached.
      connectionTimeoutMillis: 10_000,
      // A process stuck inside a transaction must not hold row locks (a user's counter, a
      // token) for ever: PostgreSQL ends such a session and its transaction rolls back.
      idle_in_transaction_session_timeout: 30_000,
      application_name: 'mfa-elements',
      ...options.poolConfig,
      connectionString,
    });
  }
  const onPoolError =
    options.onPoolError ??
    ((error: Error) =>
      console.error('[mfa-elements] idle PostgreSQL connection failed:', error.message));
  // Without a listener, an idle client's error (server restart) is an uncaught 'error' event.
  if (owned || options.onPoolError) pool.on('error', onPoolError);
  return pgExecutor(pool, { owned, prepare: options.prepare ?? true });
}

/**
 * A statement for `pg`: with parameters and `prepare`, a named prepared statement (pg prepares it
 * on each connection the first time and then only binds and executes). The name is derived from
 * the text, so any executor on the same pool gives the same text the same name.
 */
function statement(
  sql: string,
  params: readonly SqlParam[],
  prepare: boolean,
): QueryConfig<SqlParam[]> {
  if (!prepare || params.length === 0) return { text: sql, values: params as SqlParam[] };
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `mfa_${fnv1a(sql, 0x811c9dc5)}${fnv1a(sql, 0x01000193)}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql, values: params as SqlParam[] };
}

const statementNames = new Map<string, string>();

/** FNV-1a over UTF-16 code units, as 8 hex digits (two seeds make a 64-bit name). */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A `SqlExecutor` over a `pg` pool. With `owned`, `close()` ends the pool. */
export function pgExecutor(
  pool: Pool,
  { owned = false, prepare = true }: { owned?: boolean; prepare?: boolean } = {},
): SqlExecutor {
  let closed = false;
  return {
    async query<Row extends SqlRow = SqlRow>(
      sql: string,
      params: readonly SqlParam[] = [],
    ): Promise<Row[]> {
      const result = await pool.query<Row, SqlParam[]>(statement(sql, params, prepare));
      return result.rows;
    },

    async transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await runTransaction(pool, fn, prepare);
        } catch (error) {
          const state = sqlState(error);
          if (attempt >= TRANSACTION_ATTEMPTS || state === undefined || !RETRYABLE.has(state))
            throw error;
          // Rolled back in full: running it again cannot apply anything twice.
        }
      }
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      if (owned) await pool.end();
    },
  };
}

async function runTransaction<T>(
  pool: Pool,
  fn: (tx: SqlQueryable) => Promise<T>,
  prepare: boolean,
): Promise<T> {
  const client = await pool.connect();
  // A connection whose state we cannot trust (ROLLBACK failed) is destroyed, not reused.
  let discard: Error | undefined;
  let finished = false;
  const tx: SqlQueryable = {
    async query<Row extends SqlRow = SqlRow>(
      sql: string,
      params: readonly SqlParam[] = [],
    ): Promise<Row[]> {
      // A statement issued after COMMIT/ROLLBACK (a leaked `tx`) would run outside the
      // transaction, or on a connection already lent to someone else.
      if (finished)
        throw new Error('transaction already finished: use the store passed to transaction()');
      const result = await client.query<Row, SqlParam[]>(statement(sql, params, prepare));
      return result.rows;
    },
  };
  try {
    await client.query('BEGIN');
    const result = await fn(tx);
    finished = true;
    await client.query('COMMIT');
    return result;
  } catch (error) {
    finished = true;
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      discard = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw error;
  } finally {
    releaseClient(client, discard);
  }
}

function releaseClient(client: PoolClient, discard: Error | undefined): void {
  client.release(discard);
}
