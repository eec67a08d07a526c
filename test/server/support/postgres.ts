/// <reference types="node" />
// PostgreSQL for the server tests. DATABASE_URL when it is set (CI starts one server for the whole
// run: see scripts/test-postgres.mjs); otherwise this process starts its own throwaway server
// through that script. Never skipped: with no PostgreSQL installed the script installs it (root)
// or the tests fail saying what to install.
//
// Each test gets its own schema (`search_path`), so tests of one run — and runs sharing one
// DATABASE_URL — never see each other's tables, and no CREATEDB right is needed.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testDatabaseUrl } from '../../../scripts/test-postgres.mjs';

let server: Promise<{ url: string; external: boolean; stop(): Promise<void> }> | undefined;

/** The database URL for this test process (starts a server on first use). */
export function postgresUrl(): Promise<string> {
  server ??= testDatabaseUrl();
  return server.then((s) => s.url);
}

/** Stop the server this process started (no-op for DATABASE_URL). Call from `after()`. */
export async function stopPostgres(): Promise<void> {
  const current = server;
  server = undefined;
  if (current) await (await current).stop();
}

export interface TestSchema {
  url: string;
  schema: string;
  /** Pool settings that put every connection into this schema. */
  poolConfig: { options: string; max?: number };
  /** A plain client on this schema, for reading tables directly. */
  client(): Promise<pg.Client>;
  /** Drop the schema and everything in it. */
  drop(): Promise<void>;
}

/** A new, empty schema on the test database. */
export async function freshSchema(prefix = 'mfa_test'): Promise<TestSchema> {
  const url = await postgresUrl();
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const options = `-c search_path=${schema}`;
  return {
    url,
    schema,
    poolConfig: { options },
    async client() {
      const client = new pg.Client({ connectionString: url, options });
      await client.connect();
      return client;
    },
    async drop() {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}
