/**
 * The default driver: PGlite, a real PostgreSQL compiled to WebAssembly, running in-process.
 * With `dataDir` the data lives in that folder (created if missing) and every commit is flushed
 * to disk before it returns (PGlite's default, not `relaxedDurability`), so what the browser was
 * told survives a kill. Without `dataDir` it runs in memory: fast, for tests.
 *
 * PGlite is one connection: statements and transactions queue behind each other, which is
 * correct but serial. Use the PostgreSQL driver (postgres.ts) when one process is not enough.
 */
import type { PGlite } from '@electric-sql/pglite';
import { runMigrations } from './migrations.js';
import type { SqlExecutor, SqlParam, SqlQueryable, SqlRow } from './sql-executor.js';
import { createSqlStore } from './sql-store.js';
import type { MfaStore } from './types.js';

export interface PgliteStoreOptions {
  /** A folder for the data (e.g. './.data/mfa'); in memory when omitted. */
  dataDir?: string;
}

/** Start PGlite, apply the migrations, and return the store. `store.close()` shuts PGlite down. */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<MfaStore> {
  // Imported on demand so importing the server never loads the WebAssembly build.
  const { PGlite } = await import('@electric-sql/pglite');
  if (options.dataDir !== undefined) await ensureFolder(options.dataDir);
  const db = options.dataDir === undefined ? await PGlite.create() : await PGlite.create({ dataDir: options.dataDir });
  const executor = pgliteExecutor(db);
  await runMigrations(executor);
  return createSqlStore(executor);
}

/** A `SqlExecutor` over an existing PGlite instance (its owner decides when to close it). */
export function pgliteExecutor(db: PGlite): SqlExecutor {
  const over = (target: Pick<PGlite, 'query'>): SqlQueryable => ({
    async query<Row extends SqlRow = SqlRow>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
  });
  return {
    ...over(db),
    transaction: (fn) => db.transaction((tx) => fn(over(tx))),
    close: () => db.close(),
  };
}

async function ensureFolder(path: string): Promise<void> {
  // Node-only, and only when a folder is asked for; kept out of the module graph otherwise.
  const { mkdir } = await import('node:fs/promises');
  await mkdir(path, { recursive: true });
}
