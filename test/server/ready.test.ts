/// <reference types="node" />
// `mfa.ready()`: the store opens before serving, requests that come earlier wait for it, and a
// store that cannot open is a clear error and a 503 JSON answer — never a hang (issue 14).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMfaHandler, type MfaHandler } from '../../src/server/handler.js';
import { StoreUnavailableError } from '../../src/server/store-opening.js';
import type { MfaStore } from '../../src/server/store/types.js';
import { CapturingLogger, ORIGIN, RP, testStore, uniqueUser } from './support/harness.js';

function handlerWith(
  store: Promise<MfaStore>,
  extra: { storeWaitSeconds?: number; logger?: CapturingLogger } = {},
): MfaHandler {
  return createMfaHandler({
    store,
    rp: RP,
    issuer: 'Ready test',
    authenticate: (request) => {
      const userId = request.headers.get('x-user');
      return userId ? { userId, userName: userId, sessionId: 's1' } : null;
    },
    logger: extra.logger ?? new CapturingLogger(),
    ...(extra.storeWaitSeconds !== undefined && { storeWaitSeconds: extra.storeWaitSeconds }),
  });
}

const status = (mfa: MfaHandler, user: string) =>
  mfa(new Request(`${ORIGIN}/mfa/status`, { headers: { 'x-user': user } }));

/** A promise and the functions that settle it, to open a store exactly when a test says. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('mfa.ready()', () => {
  test('resolves once the store is open; requests are then served from it', async () => {
    const mfa = handlerWith(testStore());
    await mfa.ready();
    const response = await status(mfa, uniqueUser());
    assert.equal(response.status, 200);
    assert.equal((await response.json()).pending, 'enroll');
  });

  test('a request that arrives while the store opens waits for it and is served', async () => {
    const opening = deferred<MfaStore>();
    const mfa = handlerWith(opening.promise);
    const early = status(mfa, uniqueUser());
    const ready = mfa.ready();
    let answered = false;
    void early.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(answered, false, 'nothing is answered before the store is open');
    opening.resolve(await testStore());
    await ready;
    const response = await early;
    assert.equal(response.status, 200);
    assert.equal((await response.json()).pending, 'enroll');
  });

  test('a store that fails to open: ready() rejects with the cause, every request is a 503 JSON answer', async () => {
    const logger = new CapturingLogger();
    const cause = Object.assign(new Error('could not connect to 10.0.0.1'), { code: '08006' });
    const opening = deferred<MfaStore>();
    const mfa = handlerWith(opening.promise, { logger });
    const early = status(mfa, uniqueUser());
    opening.reject(cause);
    await assert.rejects(
      mfa.ready(),
      (error: unknown) => error instanceof StoreUnavailableError && error.cause === cause,
    );
    for (const response of [await early, await status(mfa, uniqueUser())]) {
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
      assert.match(response.headers.get('content-type') ?? '', /application\/json/);
      const body = await response.json();
      assert.equal(body.code, 'unknown');
      assert.match(body.message, /starting|database/);
    }
    const token = await mfa.verifyMfaToken(
      new Request(`${ORIGIN}/app`, { headers: { 'x-user': uniqueUser(), 'x-mfa-token': 'mfa_x' } }),
      { action: 'wallet.export' },
    );
    assert.ok(!token.ok && token.status === 503 && token.code === 'unknown');
    // Logged once, by kind and SQLSTATE only (the message could quote a host or a password).
    const failures = logger.records.filter((record) => record.event === 'mfa.store.unavailable');
    assert.equal(failures.length, 1);
    assert.deepEqual(failures[0]?.fields, { error: 'Error', sqlState: '08006' });
    assert.doesNotMatch(logger.text(), /10\.0\.0\.1/);
  });

  test('a store that never opens: a waiting request is answered 503 after storeWaitSeconds, not left hanging', async () => {
    const never = new Promise<MfaStore>(() => {});
    const mfa = handlerWith(never, { storeWaitSeconds: 0.05 });
    const response = await status(mfa, uniqueUser());
    assert.equal(response.status, 503);
    assert.equal((await response.json()).code, 'unknown');
  });

  test('requests refused before the store is needed do not wait for it', async () => {
    const mfa = handlerWith(new Promise<MfaStore>(() => {}), { storeWaitSeconds: 60 });
    const unauthenticated = await mfa(new Request(`${ORIGIN}/mfa/status`));
    assert.equal(unauthenticated.status, 401);
    const unknownPath = await mfa(
      new Request(`${ORIGIN}/mfa/nothing-here`, { headers: { 'x-user': 'u' } }),
    );
    assert.equal(unknownPath.status, 404);
  });
});
