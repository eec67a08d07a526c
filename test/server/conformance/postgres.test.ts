/// <reference types="node" />
// The store conformance suite on a real PostgreSQL through `pg` (src/server/store/postgres.ts),
// the same suite PGlite passes (test/server/store-pglite.test.ts, and pglite-folder.test.ts here).
// DATABASE_URL when set, otherwise a throwaway server from scripts/test-postgres.mjs; the suite
// runs in a schema of its own that is dropped afterwards.
import { after } from 'node:test';
import { createPostgresStore } from '../../../src/server/store/postgres.js';
import { freshSchema, stopPostgres, type TestSchema } from '../support/postgres.js';
import { storeConformanceSuite } from './store-suite.js';

let schema: TestSchema | undefined;

storeConformanceSuite('postgresql (pg)', async () => {
  schema = await freshSchema('mfa_conformance');
  // A pool big enough that the suite's 50-way races really run in parallel on the server.
  return createPostgresStore({
    connectionString: schema.url,
    poolConfig: { ...schema.poolConfig, max: 20 },
  });
});

after(async () => {
  await schema?.drop();
  await stopPostgres();
});
