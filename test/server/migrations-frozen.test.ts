/// <reference types="node" />
// Released migrations never change (src/server/store/migrations.ts): a database migrated by an
// older release must equal one migrated by this one, so every statement a released migration runs
// is pinned here by its SHA-256. Migrations 2–4 repeat long parts of each other's
// `mfa_attempt_code` on purpose: each is the frozen text of its release, readable on its own.
// Adding a migration: add its hash below in the same commit. A hash that no longer matches means
// a released migration was edited: put the change in a new migration instead.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { MIGRATIONS } from '../../src/server/store/migrations.js';

const FROZEN: Record<number, string> = {
  1: '035c2906cfb2d6b10b5e4f2d070ec1d13c0aeaf37eb48e69a5209292461608eb',
  2: '15f86c3b8bbc17796fd1040aaab90862483bb926305423ef38f1349bac7d825b',
  3: 'c5fa65d069de22419f10cd698225f40069d48897d2d3d0872c844244df64533e',
  4: '4e7a4b32da3980305f5ca46a8048e7475acd460f20faea5dc1151b2b8e9b9e85',
  5: '5720ca44ba040f534a438baf8e3c0dc1bf6294c7e371835092d9e0a6a4b1ff91',
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

test('every migration is pinned, and runs exactly the text it was released with', () => {
  assert.deepEqual(
    MIGRATIONS.map((migration) => migration.version),
    Object.keys(FROZEN).map(Number),
    'one pinned hash per migration, in order',
  );
  for (const { version, name, statements } of MIGRATIONS) {
    assert.ok(statements.length > 0, `migration ${version} runs something`);
    assert.equal(
      sha256(JSON.stringify([version, name, statements])),
      FROZEN[version],
      `migration ${version} (${name}) was edited`,
    );
  }
});
