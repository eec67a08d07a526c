/// <reference types="node" />
// The public entry point imports in plain Node: no DOM, no database loaded until asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('mfa-elements/server imports without a DOM and exposes its API', async () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  const server = await import('../../src/server/index.js');
  for (const name of [
    'createMfaHandler',
    'createPgliteStore',
    'createPostgresStore',
    'createSqlStore',
    'runMigrations',
    'pgliteExecutor',
    'toNodeListener',
    'nodeMiddleware',
    'toWebRequest',
    'StoreConflictError',
  ] as const) {
    assert.equal(typeof server[name], 'function', name);
  }
  assert.equal(server.MFA_TOKEN_HEADER, 'x-mfa-token');
  assert.deepEqual(server.DEFAULT_RATE_LIMIT, {
    maxFailures: 5,
    baseDelaySeconds: 30,
    maxDelaySeconds: 900,
    hardLimit: 100,
  });
  assert.equal(server.ROUTES.length, 16);
});

test('createMfaHandler checks its options', async () => {
  const { createMfaHandler } = await import('../../src/server/index.js');
  const base = {
    issuer: 'X',
    authenticate: () => null,
    rp: { id: 'x.test', name: 'X', origins: ['https://x.test'] },
  };
  assert.throws(
    () => createMfaHandler({ ...base, rp: { id: 'x.test', name: 'X', origins: [] } }),
    /origin/,
  );
  assert.throws(() => createMfaHandler({ ...base, encryptionKey: 'short' }), /32 bytes/);
  const handler = createMfaHandler({ ...base, basePath: '/auth/mfa/' });
  assert.equal(handler.basePath, '/auth/mfa');
  assert.equal(handler.maxBodyBytes, 16 * 1024);
  await handler.close(); // nothing was opened: closing does not open the default store
});
