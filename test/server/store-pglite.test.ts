/// <reference types="node" />
// The store conformance suite against PGlite in memory, and the PGlite executor's fast path for
// single statements (named prepared statements over PGlite's wire protocol).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { createPgliteStore, pgliteExecutor } from '../../src/server/store/pglite.js';
import type { SqlExecutor } from '../../src/server/store/sql-executor.js';
import { storeConformanceSuite } from './conformance/store-suite.js';

storeConformanceSuite('pglite (memory)', () => createPgliteStore());

describe('the PGlite executor', () => {
  let db: PGlite;
  let executor: SqlExecutor;
  before(async () => {
    db = await PGlite.create();
    executor = pgliteExecutor(db);
    await executor.query(
      'CREATE TABLE t (id integer PRIMARY KEY, label text, at timestamptz, tags jsonb)',
    );
  });
  after(() => db.close());

  const prepared = async () =>
    (
      await db.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name')
    ).rows.map((r) => r.name);

  test('a statement is prepared once and gives the same rows as db.query', async () => {
    const insert =
      'INSERT INTO t (id, label, at, tags) VALUES ($1, $2, $3::timestamptz, $4::jsonb) RETURNING id, label, at, tags';
    const row = await executor.query(insert, [1, 'one', '2030-01-01T00:00:00.000Z', '["a"]']);
    assert.deepEqual(row, [
      { id: 1, label: 'one', at: new Date('2030-01-01T00:00:00.000Z'), tags: ['a'] },
    ]);
    await executor.query(insert, [2, null, '2030-01-02T00:00:00.000Z', '[]']);
    const select = 'SELECT id, label, at, tags, $2::boolean AS flag FROM t WHERE id = $1';
    assert.deepEqual(
      await executor.query(select, [2, true]),
      (await db.query(select, [2, true])).rows,
    );
    assert.deepEqual(await executor.query('UPDATE t SET label = $2 WHERE id = $1', [2, 'two']), []);
    assert.equal((await prepared()).filter((name) => name.startsWith('mfa_store_')).length, 3);
  });

  test('errors are the database’s (SQLSTATE kept) and leave the session usable', async () => {
    const insert = 'INSERT INTO t (id, label) VALUES ($1, $2)';
    await executor.query(insert, [10, 'x']);
    await assert.rejects(
      executor.query(insert, [10, 'again']),
      (error: { code?: string }) => error.code === '23505',
    );
    await assert.rejects(
      executor.query('SELEC nonsense', []),
      (error: { code?: string }) => error.code === '42601',
    );
    // Prepared, then failed while binding: it can be prepared again and used.
    const typed = 'SELECT $1::integer + 1 AS n';
    await assert.rejects(
      executor.query(typed, ['not a number']),
      (error: { code?: string }) => error.code === '22P02',
    );
    assert.deepEqual(await executor.query(typed, [41]), [{ n: 42 }]);
    assert.deepEqual(
      await executor.transaction((tx) => tx.query('SELECT count(*)::int AS n FROM t')),
      [{ n: 3 }],
    );
  });

  test('DEALLOCATE ALL by someone else: the statements are prepared again', async () => {
    const select = 'SELECT label FROM t WHERE id = $1';
    assert.deepEqual(await executor.query(select, [1]), [{ label: 'one' }]);
    await db.exec('DEALLOCATE ALL');
    assert.deepEqual(await executor.query(select, [1]), [{ label: 'one' }]);
  });

  test('a statement never runs inside a transaction in progress', async () => {
    let release!: () => void;
    let insertedRow!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const rowWritten = new Promise<void>((resolve) => (insertedRow = resolve));
    const inserted = executor.transaction(async (tx) => {
      await tx.query('INSERT INTO t (id, label) VALUES ($1, $2)', [99, 'in flight']);
      insertedRow();
      await held;
      throw new Error('roll back');
    });
    await rowWritten;
    // Asked while the transaction holds an uncommitted row: it must wait, not run inside it (it
    // would see the row). The window lets a statement that ignored the lock finish first.
    const counted = executor.query('SELECT count(*)::int AS n FROM t WHERE id = $1', [99]);
    setTimeout(release, 50);
    await assert.rejects(inserted, /roll back/);
    assert.deepEqual(await counted, [{ n: 0 }]);
  });
});
