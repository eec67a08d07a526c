/// <reference types="node" />
/**
 * Raw SQL access for tests that must look at what is really stored (hashes, ciphertext).
 * Tests open their own PGlite and build the store over it, so they hold the executor too.
 */
import type { SqlQueryable } from '../../../src/server/store/sql-executor.js';
import type { MfaStore } from '../../../src/server/store/types.js';

/**
 * The store's own connection: a transaction's `tx` store runs raw queries through the same
 * executor. We reach it through `transaction`, which hands out a store over the open
 * transaction — and read its private `db` (a test-only peek, not API).
 */
export async function pgliteExecutorOf(store: MfaStore): Promise<SqlQueryable> {
  return {
    query: (sql, params) =>
      store.transaction(async (tx) =>
        (tx as unknown as { db: SqlQueryable }).db.query(sql, params),
      ),
  };
}
