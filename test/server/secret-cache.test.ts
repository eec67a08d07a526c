/// <reference types="node" />
// The handler's cache of opened TOTP secrets (src/server/secret-cache.ts): a verification with a
// cached secret is ONE store call, and a device replaced meanwhile — here by another instance on
// the same database — is never checked against the stale secret (issue 14, docs/SECURITY.md 3, 7–9, 27).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSecretCache } from '../../src/server/secret-cache.js';
import { prepareTotpKey } from '../../src/server/totp.js';
import type { MfaStore } from '../../src/server/store/types.js';
import { totpCode } from '../../src/server/totp.js';
import {
  createTestServer,
  enrollTotp,
  testStore,
  uniqueUser,
  type TestServer,
} from './support/harness.js';
import { inspectStore } from './support/store-inspection.js';

/** The store, counting the calls made through it. */
function countingStore(inner: MfaStore): { store: MfaStore; calls: string[] } {
  const calls: string[] = [];
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, calls };
}

async function twoInstances(): Promise<{ a: TestServer; b: TestServer; calls: string[] }> {
  const { store, calls } = countingStore(await testStore());
  const a = await createTestServer({ store });
  const b = await createTestServer();
  b.clock.ms = a.clock.ms;
  return { a, b, calls };
}

const advance = (servers: TestServer[], seconds: number) =>
  servers.forEach((server) => server.clock.advance(seconds));

describe('cached TOTP secrets', () => {
  test('the second verification of a device is one store call; the answer is the same', async () => {
    const { a, calls } = await twoInstances();
    const user = uniqueUser();
    const { code } = await enrollTotp(a, user);
    a.clock.advance(30);
    assert.equal(
      (await a.call('POST', 'totp/verify', { user, body: { code: code() } })).status,
      200,
    );
    a.clock.advance(30);
    calls.length = 0;
    const fast = await a.call('POST', 'totp/verify', {
      user,
      body: { code: code(), token: { singleUse: true }, action: 'x.y' },
    });
    assert.equal(fast.status, 200);
    assert.equal(fast.body.token.singleUse, true);
    assert.deepEqual(calls, ['attemptCode'], 'no account read before the attempt');
    // A replay with the cached secret is still a counted failure (docs/SECURITY.md 3).
    const replay = await a.call('POST', 'totp/verify', { user, body: { code: code() } });
    assert.equal(replay.status, 400);
    assert.equal(replay.body.code, 'invalid-code');
    assert.equal((await inspectStore(a.store).getUser(user))?.failures, 1);
  });

  test('a device replaced on another instance: the stale secret decides nothing, the new one works', async () => {
    const { a, b } = await twoInstances();
    const user = uniqueUser();
    const old = await enrollTotp(a, user);
    advance([a, b], 30);
    assert.equal(
      (await a.call('POST', 'totp/verify', { user, body: { code: old.code() } })).status,
      200,
    ); // cached on a
    // On b: remove the device, then enroll and confirm a new one (a new secret).
    assert.ok(await b.store.deleteDevice(user, old.enrollment.deviceId));
    advance([a, b], 30);
    const replacement = await enrollTotp(b, user);
    assert.notEqual(replacement.enrollment.deviceId, old.enrollment.deviceId);
    advance([a, b], 30);
    // On a, a code of the old secret is a wrong code for the new device: refused, counted once.
    const stale = await a.call('POST', 'totp/verify', {
      user,
      body: { code: totpCode(old.secret, a.clock.ms) },
    });
    assert.equal(stale.status, 400);
    assert.equal(stale.body.code, 'invalid-code');
    assert.equal(
      (await inspectStore(a.store).getUser(user))?.failures,
      1,
      'counted once, against the device as it is',
    );
    // And the new device's code is accepted on a, with its secret read afresh.
    const fresh = await a.call('POST', 'totp/verify', { user, body: { code: replacement.code() } });
    assert.equal(fresh.status, 200);
    assert.equal(fresh.body.deviceId, replacement.enrollment.deviceId);
  });

  test('a deleted device and user: not-enrolled, and nothing is left behind', async () => {
    const { a, b } = await twoInstances();
    const user = uniqueUser();
    const { code } = await enrollTotp(a, user);
    advance([a, b], 30);
    assert.equal(
      (await a.call('POST', 'totp/verify', { user, body: { code: code() } })).status,
      200,
    );
    assert.ok(await b.mfa.deleteUser(user));
    advance([a, b], 30);
    const answer = await a.call('POST', 'totp/verify', { user, body: { code: code() } });
    assert.equal(answer.status, 409);
    assert.equal(answer.body.code, 'not-enrolled');
    assert.equal(await inspectStore(a.store).getUser(user), null, 'no failure counter was created');
  });

  test('a lock set on another instance holds for a cached secret, even for a right code', async () => {
    const { a, b } = await twoInstances();
    const user = uniqueUser();
    const { code } = await enrollTotp(a, user);
    advance([a, b], 30);
    assert.equal(
      (await a.call('POST', 'totp/verify', { user, body: { code: code() } })).status,
      200,
    );
    for (let i = 0; i < 5; i += 1)
      await b.call('POST', 'totp/verify', { user, body: { code: '000000' } });
    // The next step's code (within the window, never used) while the 30 s lock runs.
    const locked = await a.call('POST', 'totp/verify', { user, body: { code: code(1) } });
    assert.equal(locked.status, 429);
    assert.equal(locked.body.code, 'rate-limited');
  });

  test('50 parallel uses of one code with the secret cached: exactly one is accepted', async () => {
    const { a } = await twoInstances();
    const user = uniqueUser();
    const { code } = await enrollTotp(a, user);
    a.clock.advance(30);
    assert.equal(
      (await a.call('POST', 'totp/verify', { user, body: { code: code() } })).status,
      200,
    );
    a.clock.advance(30);
    const value = code();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        a.call('POST', 'totp/verify', { user, body: { code: value } }),
      ),
    );
    assert.equal(answers.filter((answer) => answer.status === 200).length, 1);
    assert.equal(answers.filter((answer) => answer.status === 400).length, 5);
    assert.equal(answers.filter((answer) => answer.status === 429).length, 44);
  });
});

describe('createSecretCache', () => {
  test('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = createSecretCache(2);
    const entry = (deviceId: string) => ({
      deviceId,
      secretSealed: `v1:${deviceId}`,
      key: prepareTotpKey(new Uint8Array(20)),
    });
    cache.set('u1', entry('d1'));
    cache.set('u2', entry('d2'));
    assert.equal(cache.get('u1')?.deviceId, 'd1'); // u1 is now the most recent
    cache.set('u3', entry('d3'));
    assert.equal(cache.get('u2'), undefined);
    assert.equal(cache.get('u1')?.deviceId, 'd1');
    assert.equal(cache.get('u3')?.deviceId, 'd3');
    cache.delete('u1');
    assert.equal(cache.get('u1'), undefined);
  });
});
