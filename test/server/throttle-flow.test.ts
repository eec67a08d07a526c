/// <reference types="node" />
// docs/SECURITY.md 7–9 over HTTP: one failure budget per user, shared by TOTP and recovery codes,
// surviving new sessions; counted before checking (bursts cannot exceed it); 429 + Retry-After;
// a server error spends nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MfaStore } from '../../src/server/store/types.js';
import { faultyStore } from './support/faulty-store.js';
import {
  burst,
  createTestServer,
  enrollTotp,
  testStore,
  uniqueUser,
  type TestServer,
} from './support/harness.js';
import { inspectStore, sqlOf } from './support/store-inspection.js';

async function recoveryCodes(server: TestServer, user: string): Promise<string[]> {
  // No encryption key here: the unsaved set is shown by issuing it anew (a POST; GET only reads).
  const result = await server.call<{ codes: string[] }>('POST', 'recovery-codes/reissue', { user });
  assert.equal(result.status, 200);
  return result.body.codes;
}

const WRONG_RECOVERY = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ';

describe('lockout', () => {
  test('five failures lock; the right code is then refused with 429 + Retry-After; the lock ends', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    server.clock.advance(60);
    for (let i = 0; i < 5; i += 1) {
      const wrong = await server.call('POST', 'totp/verify', { user, body: { code: '000000' } });
      assert.equal(wrong.body.code, 'invalid-code');
    }
    const locked = await server.call('POST', 'totp/verify', { user, body: { code: code() } });
    assert.equal(locked.status, 429);
    assert.equal(locked.body.code, 'rate-limited');
    assert.equal(locked.body.retryAfter, 30);
    assert.equal(locked.headers.get('retry-after'), '30');
    assert.ok(server.logger.events().includes('mfa.locked'));

    server.clock.advance(10);
    const stillLocked = await server.call('POST', 'totp/verify', { user, body: { code: code() } });
    assert.equal(stillLocked.body.retryAfter, 20);

    server.clock.advance(20);
    const open = await server.call('POST', 'totp/verify', { user, body: { code: code() } });
    assert.equal(open.status, 200, 'the lock ended');
    assert.equal(
      (await inspectStore(server.store).getUser(user))?.failures,
      0,
      'a success resets the counter',
    );
  });

  test('each failure after the lock doubles it', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user);
    for (let i = 0; i < 5; i += 1)
      await server.call('POST', 'totp/verify', { user, body: { code: '000000' } });
    server.clock.advance(30);
    await server.call('POST', 'totp/verify', { user, body: { code: '000000' } });
    const locked = await server.call('POST', 'totp/verify', { user, body: { code: '000000' } });
    assert.equal(locked.body.retryAfter, 60);
  });

  test('the counter is shared by TOTP and recovery codes and survives a new session', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    const codes = await recoveryCodes(server, user);
    server.clock.advance(60);
    for (let i = 0; i < 3; i += 1)
      await server.call('POST', 'totp/verify', { user, session: 'a', body: { code: '000000' } });
    for (let i = 0; i < 2; i += 1) {
      const wrong = await server.call('POST', 'recovery-codes/verify', {
        user,
        session: 'b',
        body: { code: WRONG_RECOVERY },
      });
      assert.equal(wrong.body.code, 'invalid-code');
    }
    const recovery = await server.call('POST', 'recovery-codes/verify', {
      user,
      session: 'c',
      body: { code: codes[0] },
    });
    assert.equal(recovery.status, 429, 'a right recovery code is refused while locked');
    const totp = await server.call('POST', 'totp/verify', {
      user,
      session: 'd',
      body: { code: code() },
    });
    assert.equal(totp.status, 429, 'a right TOTP code from a brand-new session is refused too');
    assert.equal(
      (await inspectStore(server.store).getUser(user))?.failures,
      5,
      'refused attempts are not counted',
    );
  });

  test('a hard lock after hardLimit failures, until resetThrottle', async () => {
    const server = await createTestServer({
      rateLimit: { maxFailures: 2, baseDelaySeconds: 1, maxDelaySeconds: 1, hardLimit: 4 },
    });
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    for (let i = 0; i < 4; i += 1) {
      await server.call('POST', 'totp/verify', { user, body: { code: '000000' } });
      server.clock.advance(2);
    }
    server.clock.advance(365 * 86_400);
    const locked = await server.call('POST', 'totp/verify', { user, body: { code: code() } });
    assert.equal(locked.status, 429);
    assert.equal(locked.body.retryAfter, undefined);
    assert.equal(locked.headers.get('retry-after'), null);
    await server.store.resetThrottle(user);
    assert.equal(
      (await server.call('POST', 'totp/verify', { user, body: { code: code() } })).status,
      200,
    );
  });

  test('50 parallel wrong codes: exactly five are checked, the rest are refused (docs/SECURITY.md 8)', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user);
    const results = await burst(50, (i) =>
      server.call('POST', 'totp/verify', { user, session: `s${i}`, body: { code: '000000' } }),
    );
    assert.equal(results.filter((r) => r.body.code === 'invalid-code').length, 5);
    assert.equal(results.filter((r) => r.status === 429).length, 45);
    assert.equal((await inspectStore(server.store).getUser(user))?.failures, 5);
  });

  test('50 parallel wrong recovery codes: the same budget', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user);
    const results = await burst(50, () =>
      server.call('POST', 'recovery-codes/verify', { user, body: { code: WRONG_RECOVERY } }),
    );
    assert.equal(results.filter((r) => r.body.code === 'invalid-code').length, 5);
    assert.equal(results.filter((r) => r.status === 429).length, 45);
  });
});

/**
 * A real fault in the middle of the attempt's one statement: a trigger that raises when the
 * success is being written (the session row), i.e. after the claim and the counter changed.
 */
async function withFailingSessionInsert<T>(
  store: MfaStore,
  sessionId: string,
  run: () => Promise<T>,
): Promise<T> {
  const db = sqlOf(store);
  await db.query(`CREATE OR REPLACE FUNCTION mfa_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'injected fault'; END $$`);
  await db.query(`CREATE TRIGGER mfa_test_fail BEFORE INSERT ON mfa_sessions FOR EACH ROW
    WHEN (NEW.session_id = '${sessionId}') EXECUTE FUNCTION mfa_test_fail()`);
  try {
    return await run();
  } finally {
    await db.query('DROP TRIGGER mfa_test_fail ON mfa_sessions');
  }
}

describe('a server error spends no attempt (docs/SECURITY.md 9)', () => {
  test('TOTP: the store fails on the attempt → 500; nothing counted, the code still works', async () => {
    const base = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(base, user);
    const store = faultyStore(await testStore(), 'attemptCode');
    const server = await createTestServer({ store });
    server.clock.ms = base.clock.ms + 60_000;
    const failed = await server.call('POST', 'totp/verify', { user, body: { code: code(2) } });
    assert.equal(failed.status, 500);
    assert.deepEqual(failed.body, {
      code: 'unknown',
      message: 'The server failed; nothing was changed. Try again.',
    });
    assert.equal(store.faultsLeft(), 0);
    assert.equal((await inspectStore(store).getUser(user))?.failures, 0);
    assert.equal(
      (await server.call('POST', 'totp/verify', { user, body: { code: code(2) } })).status,
      200,
    );
    assert.deepEqual(server.logger.records.find((r) => r.event === 'mfa.server-fault')?.fields, {
      route: 'POST totp/verify',
      error: 'InjectedFault',
      sqlState: undefined,
    });
  });

  test('TOTP: a fault inside the statement, after the claim, leaves the step unused and the counter as it was', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    server.clock.advance(60);
    // A wrong code first, so the counter has something a success would reset.
    assert.equal(
      (await server.call('POST', 'totp/verify', { user, body: { code: '000000' } })).status,
      400,
    );
    const store = await testStore();
    const failed = await withFailingSessionInsert(store, 'explode', () =>
      server.call('POST', 'totp/verify', { user, session: 'explode', body: { code: code() } }),
    );
    assert.equal(failed.status, 500);
    assert.equal(
      (await inspectStore(store).getUser(user))?.failures,
      1,
      'neither reset nor counted',
    );
    assert.equal(
      (await server.call('POST', 'totp/verify', { user, session: 'calm', body: { code: code() } }))
        .status,
      200,
    );
    assert.equal((await inspectStore(store).getUser(user))?.failures, 0);
  });

  test('recovery code: the store fails before the attempt → 500, nothing counted', async () => {
    const base = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(base, user);
    const [code] = await recoveryCodes(base, user);
    const store = faultyStore(await testStore(), 'getAccount', 1);
    const server = await createTestServer({ store });
    // The first call, while loading the account, fails.
    const first = await server.call('POST', 'recovery-codes/verify', { user, body: { code } });
    assert.equal(first.status, 500);
    assert.equal((await inspectStore(store).getUser(user))?.failures, 0);
    const retry = await server.call('POST', 'recovery-codes/verify', { user, body: { code } });
    assert.equal(retry.status, 200);
    assert.equal(retry.body.recoveryCodesRemaining, 9);
  });

  test('recovery code: a fault inside the statement, after consumption, rolls the consumption back', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user);
    const [code] = await recoveryCodes(server, user);
    const store = await testStore();
    const failed = await withFailingSessionInsert(store, 'explode', () =>
      server.call('POST', 'recovery-codes/verify', { user, session: 'explode', body: { code } }),
    );
    assert.equal(failed.status, 500);
    assert.equal((await inspectStore(store).getUser(user))?.failures, 0);
    assert.equal(
      await inspectStore(store).countUnusedRecoveryCodes(user),
      10,
      'the code was not used up',
    );
    const retry = await server.call('POST', 'recovery-codes/verify', {
      user,
      session: 'x',
      body: { code },
    });
    assert.equal(retry.status, 200);
    assert.equal(retry.body.recoveryCodesRemaining, 9);
  });
});
