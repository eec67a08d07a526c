/// <reference types="node" />
// The `pg` driver itself (src/server/store/postgres.ts) on a real PostgreSQL: migrations raced by
// several instances, transactions that roll back and never leak a connection, deadlock retry,
// surviving a killed connection, and closing. The domain rules are in the conformance suite
// (test/server/conformance/), which runs on this driver too.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { MIGRATIONS, runMigrations } from '../../src/server/store/migrations.js';
import {
  createPostgresExecutor,
  createPostgresStore,
  pgExecutor,
} from '../../src/server/store/postgres.js';
import { freshSchema, stopPostgres } from './support/postgres.js';
import { inspectStore } from './support/store-inspection.js';

after(stopPostgres);

const NOW = new Date('2030-01-01T00:00:00Z');

describe('createPostgresStore', () => {
  test('eight instances starting at once apply each migration exactly once', async () => {
    const db = await freshSchema();
    try {
      const stores = await Promise.all(
        Array.from({ length: 8 }, () =>
          createPostgresStore({ connectionString: db.url, poolConfig: db.poolConfig }),
        ),
      );
      const client = await db.client();
      try {
        const { rows } = await client.query(
          'SELECT version, count(*)::int AS n FROM mfa_schema_migrations GROUP BY version ORDER BY version',
        );
        assert.deepEqual(
          rows,
          MIGRATIONS.map((m) => ({ version: m.version, n: 1 })),
        );
        const tables = await client.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
          [db.schema],
        );
        assert.ok(tables.rows.map((r) => r.table_name).includes('mfa_tokens'));
      } finally {
        await client.end();
      }
      // Every instance works on the shared schema.
      await Promise.all(stores.map((store, i) => inspectStore(store).ensureUser(`user-${i}`, NOW)));
      assert.equal((await inspectStore(stores[0]!).getUser('user-7'))?.userId, 'user-7');
      await Promise.all(stores.map((store) => store.close()));
    } finally {
      await db.drop();
    }
  });

  test('a restart applies nothing and keeps the data', async () => {
    const db = await freshSchema();
    try {
      const first = await createPostgresStore({
        connectionString: db.url,
        poolConfig: db.poolConfig,
      });
      await inspectStore(first).ensureUser('kept', NOW);
      await first.close();
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: db.poolConfig,
      });
      assert.deepEqual(await runMigrations(executor), []);
      await executor.close();
      const second = await createPostgresStore({
        connectionString: db.url,
        poolConfig: db.poolConfig,
      });
      assert.equal((await inspectStore(second).getUser('kept'))?.userId, 'kept');
      await second.close();
    } finally {
      await db.drop();
    }
  });

  test('a later migration is applied once on top of an existing schema', async () => {
    const db = await freshSchema();
    try {
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: db.poolConfig,
      });
      assert.deepEqual(
        await runMigrations(executor),
        MIGRATIONS.map((m) => m.version),
      );
      const extra = [
        ...MIGRATIONS,
        { version: 9999, name: 'test extra', statements: ['CREATE TABLE mfa_extra (id int)'] },
      ];
      const results = await Promise.all([
        runMigrations(executor, extra),
        runMigrations(executor, extra),
      ]);
      assert.deepEqual(results.flat(), [9999]);
      await executor.close();
    } finally {
      await db.drop();
    }
  });

  test('a failing migration leaves no trace and is retried next start', async () => {
    const db = await freshSchema();
    try {
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: db.poolConfig,
      });
      await runMigrations(executor);
      const broken = [
        ...MIGRATIONS,
        {
          version: 9998,
          name: 'broken',
          statements: ['CREATE TABLE mfa_half (id int)', 'SELECT * FROM no_such_table'],
        },
      ];
      await assert.rejects(runMigrations(executor, broken), /no_such_table/);
      const [half] = await executor.query(`SELECT to_regclass('mfa_half') AS t`);
      assert.equal(half['t'], null, 'the first statement of the failed migration was rolled back');
      const [recorded] = await executor.query(
        'SELECT count(*)::int AS n FROM mfa_schema_migrations WHERE version = 9998',
      );
      assert.equal(recorded['n'], 0);
      await executor.close();
    } finally {
      await db.drop();
    }
  });

  test('an unreachable database fails fast with an error, never hangs', async () => {
    const started = Date.now();
    await assert.rejects(
      createPostgresStore({ connectionString: 'postgres://nobody:x@127.0.0.1:1/none' }),
      (error: Error) =>
        /ECONNREFUSED|connect/i.test(
          String(error.message) + String((error as { code?: string }).code),
        ),
    );
    assert.ok(Date.now() - started < 10_000);
  });

  test('without connectionString, pool or DATABASE_URL it says what is missing', async () => {
    const saved = process.env['DATABASE_URL'];
    delete process.env['DATABASE_URL'];
    try {
      await assert.rejects(createPostgresStore(), /connectionString.*pool.*DATABASE_URL/);
    } finally {
      if (saved !== undefined) process.env['DATABASE_URL'] = saved;
    }
  });

  test('sets a session timeout so a stuck transaction cannot hold locks for ever', async () => {
    const db = await freshSchema();
    try {
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: db.poolConfig,
      });
      const [row] = await executor.query('SHOW idle_in_transaction_session_timeout');
      assert.equal(row['idle_in_transaction_session_timeout'], '30s');
      await executor.close();
    } finally {
      await db.drop();
    }
  });
});

describe('the pg executor', () => {
  test('a throwing transaction rolls back, and its connection goes back clean', async () => {
    const db = await freshSchema();
    try {
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: { ...db.poolConfig, max: 1 },
      });
      await executor.query('CREATE TABLE t (id int PRIMARY KEY)');
      for (let i = 0; i < 20; i += 1) {
        await assert.rejects(
          executor.transaction(async (tx) => {
            await tx.query('INSERT INTO t VALUES ($1)', [i]);
            throw new Error('app failure');
          }),
          /app failure/,
        );
        // A failing statement aborts the transaction; the connection must still be usable.
        await assert.rejects(
          executor.transaction(async (tx) => {
            await tx.query('INSERT INTO t VALUES ($1)', [i]);
            await tx.query('INSERT INTO t VALUES ($1)', [i]); // unique violation
          }),
          (error: { code?: string }) => error.code === '23505',
        );
      }
      const [count] = await executor.query('SELECT count(*)::int AS n FROM t');
      assert.equal(count['n'], 0);
      // The single pooled connection is not stuck in an aborted transaction.
      const [ok] = await executor.transaction((tx) => tx.query('SELECT 1 AS one'));
      assert.equal(ok['one'], 1);
      await executor.close();
    } finally {
      await db.drop();
    }
  });

  test('statements with parameters are prepared once per connection, unless prepare is false', async () => {
    const db = await freshSchema();
    try {
      const prepared = async (prepare: boolean) => {
        const executor = await createPostgresExecutor({
          connectionString: db.url,
          poolConfig: { ...db.poolConfig, max: 1 },
          prepare,
        });
        for (let i = 0; i < 3; i += 1) {
          assert.deepEqual(await executor.query('SELECT $1::int + 1 AS n', [i]), [{ n: i + 1 }]);
          assert.deepEqual(
            await executor.transaction((tx) => tx.query('SELECT $1::int * 2 AS n', [i])),
            [{ n: i * 2 }],
          );
        }
        const rows = await executor.query('SELECT name FROM pg_prepared_statements ORDER BY name');
        await executor.close();
        return rows.map((row) => String(row['name']));
      };
      const names = await prepared(true);
      assert.equal(names.length, 2, `one per statement text: ${names.join(', ')}`);
      for (const name of names) assert.match(name, /^mfa_[0-9a-f]{16}$/);
      assert.deepEqual(await prepared(false), []);
    } finally {
      await db.drop();
    }
  });

  test('many more concurrent transactions than connections all finish', async () => {
    const db = await freshSchema();
    try {
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: { ...db.poolConfig, max: 2 },
      });
      await executor.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
      await executor.query('INSERT INTO counter VALUES (1, 0)');
      await Promise.all(
        Array.from({ length: 100 }, () =>
          executor.transaction(async (tx) => {
            const [row] = await tx.query('SELECT n FROM counter WHERE id = 1 FOR UPDATE');
            await tx.query('UPDATE counter SET n = $1 WHERE id = 1', [Number(row['n']) + 1]);
          }),
        ),
      );
      const [row] = await executor.query('SELECT n FROM counter');
      assert.equal(row['n'], 100);
      await executor.close();
    } finally {
      await db.drop();
    }
  });

  test('a deadlock victim is retried, so both transactions commit', async () => {
    const db = await freshSchema();
    try {
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: { ...db.poolConfig, max: 4 },
      });
      await executor.query('CREATE TABLE locks (id int PRIMARY KEY, n int NOT NULL)');
      await executor.query('INSERT INTO locks VALUES (1, 0), (2, 0)');
      let attempts = 0;
      // Both take their first lock, wait for each other, then cross: PostgreSQL kills one.
      let arrived = 0;
      let release!: () => void;
      const bothHoldFirstLock = new Promise<void>((resolve) => (release = resolve));
      const crossing = (first: number, second: number) =>
        executor.transaction(async (tx) => {
          attempts += 1;
          await tx.query('UPDATE locks SET n = n + 1 WHERE id = $1', [first]);
          arrived += 1;
          if (arrived === 2) release();
          await bothHoldFirstLock;
          await tx.query('UPDATE locks SET n = n + 1 WHERE id = $1', [second]);
        });
      await Promise.all([crossing(1, 2), crossing(2, 1)]);
      // At least one retry. Under load the retried victim can take its first lock again before
      // the survivor's waiting UPDATE is granted and deadlock once more, so 4 or more is right too;
      // what must hold is that each transaction's effect landed exactly once (the rows below).
      assert.ok(attempts >= 3, `one of the two ran again after the deadlock (${attempts} runs)`);
      const rows = await executor.query('SELECT id, n FROM locks ORDER BY id');
      assert.deepEqual(rows, [
        { id: 1, n: 2 },
        { id: 2, n: 2 },
      ]);
      await executor.close();
    } finally {
      await db.drop();
    }
  });

  test('other errors are not retried', async () => {
    const db = await freshSchema();
    try {
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: db.poolConfig,
      });
      let runs = 0;
      await assert.rejects(
        executor.transaction(async (tx) => {
          runs += 1;
          await tx.query('SELECT 1/0');
        }),
        (error: { code?: string }) => error.code === '22012',
      );
      assert.equal(runs, 1);
      await executor.close();
    } finally {
      await db.drop();
    }
  });

  test('a leaked transaction handle cannot run statements after commit', async () => {
    const db = await freshSchema();
    try {
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: db.poolConfig,
      });
      let leaked: { query(sql: string): Promise<unknown> } | undefined;
      await executor.transaction(async (tx) => {
        leaked = tx;
      });
      await assert.rejects(leaked!.query('SELECT 1'), /transaction already finished/);
      await executor.close();
    } finally {
      await db.drop();
    }
  });

  test('a connection killed by the server does not crash the process; the next query works', async () => {
    const db = await freshSchema();
    const errors: Error[] = [];
    try {
      const executor = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: { ...db.poolConfig, max: 1, application_name: `mfa-kill-${db.schema}` },
        onPoolError: (error) => errors.push(error),
      });
      await executor.query('SELECT 1'); // one idle connection in the pool now
      const admin = await db.client();
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
        [`mfa-kill-${db.schema}`],
      );
      await admin.end();
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(errors.length >= 1, 'the idle connection error reached onPoolError');
      const [row] = await executor.query('SELECT 2 AS two');
      assert.equal(row['two'], 2);
      await executor.close();
    } finally {
      await db.drop();
    }
  });

  test('close() ends a pool it created, but never a pool it was given', async () => {
    const db = await freshSchema();
    const pool = new pg.Pool({ connectionString: db.url, ...db.poolConfig });
    try {
      const store = await createPostgresStore({ pool });
      await inspectStore(store).ensureUser('pooled', NOW);
      await store.close();
      const { rows } = await pool.query('SELECT user_id FROM mfa_users');
      assert.deepEqual(rows, [{ user_id: 'pooled' }]);

      const owned = await createPostgresExecutor({
        connectionString: db.url,
        poolConfig: db.poolConfig,
      });
      await owned.close();
      await owned.close(); // twice is harmless
      await assert.rejects(owned.query('SELECT 1'), /Cannot use a pool after calling end/);

      const borrowed = pgExecutor(pool);
      await borrowed.close();
      assert.equal((await pool.query('SELECT 3 AS three')).rows[0].three, 3);
    } finally {
      await pool.end();
      await db.drop();
    }
  });
});
