/// <reference types="node" />
// docs/SECURITY.md 2, 3, 5, 6 over HTTP: enrollment, confirmation, replays, the window, encryption at
// rest, and 50 parallel uses of one code.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MfaProof, TotpEnrollment } from '../../src/client/types.js';
import { secretFromBase32, totpCode } from '../../src/server/totp.js';
import {
  burst,
  createTestServer,
  enrollTotp,
  status,
  TEST_KEY,
  uniqueUser,
} from './support/harness.js';
import { inspectStore, sqlOf } from './support/store-inspection.js';

describe('TOTP enrollment', () => {
  test('enroll → confirm: pending goes enroll → acknowledge-recovery-codes, and the device is verified', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    assert.equal((await status(server, user)).pending, 'enroll');

    const started = await server.call<TotpEnrollment>('POST', 'totp/enroll', { user });
    assert.equal(started.status, 201);
    assert.equal(started.body.algorithm, 'SHA1');
    assert.equal(started.body.digits, 6);
    assert.equal(started.body.period, 30);
    assert.equal(started.body.issuer, 'Example');
    assert.equal(secretFromBase32(started.body.secret).length, 20);
    assert.ok(started.body.uri.startsWith('otpauth://totp/'));
    assert.equal(started.headers.get('cache-control'), 'no-store');

    const pending = await status(server, user);
    assert.equal(pending.pending, 'enroll', 'an unconfirmed device is not a factor');
    assert.deepEqual(
      pending.devices.map((d) => d.verified),
      [false],
    );

    const secret = secretFromBase32(started.body.secret);
    const confirmed = await server.call<MfaProof>('POST', 'totp/verify', {
      user,
      body: { code: totpCode(secret, server.clock.ms), deviceId: started.body.deviceId },
    });
    assert.equal(confirmed.status, 200);
    assert.deepEqual(confirmed.body, { method: 'totp', deviceId: started.body.deviceId });

    const after = await status(server, user);
    assert.equal(
      after.pending,
      'acknowledge-recovery-codes',
      'the confirming code verified this session',
    );
    assert.deepEqual(after.methods, ['totp', 'recovery-code']);
    assert.equal(after.recoveryCodesRemaining, 10);
    assert.deepEqual(
      after.devices.map((d) => [d.type, d.verified]),
      [['totp', true]],
    );
  });

  test('the code that confirmed enrollment cannot sign in again (docs/SECURITY.md 3)', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    const again = await server.call('POST', 'totp/verify', {
      user,
      session: 'session-2',
      body: { code: code() },
    });
    assert.equal(again.status, 400);
    assert.equal(again.body.code, 'invalid-code');
    assert.ok(server.logger.events().includes('mfa.totp.replay'));
  });

  test('a second enrollment while one is verified fails with already-enrolled (docs/SECURITY.md 6)', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user);
    const second = await server.call('POST', 'totp/enroll', { user });
    assert.equal(second.status, 409);
    assert.equal(second.body.code, 'already-enrolled');
  });

  test('only the newest unconfirmed enrollment survives; an old secret cannot confirm', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const first = await server.call<TotpEnrollment>('POST', 'totp/enroll', { user });
    const second = await server.call<TotpEnrollment>('POST', 'totp/enroll', { user });
    const oldCode = totpCode(secretFromBase32(first.body.secret), server.clock.ms);
    const viaOld = await server.call('POST', 'totp/verify', {
      user,
      body: { code: oldCode, deviceId: first.body.deviceId },
    });
    assert.equal(viaOld.status, 409);
    assert.equal(viaOld.body.code, 'not-enrolled');
    const devices = (await status(server, user)).devices;
    assert.deepEqual(
      devices.map((d) => d.id),
      [second.body.deviceId],
    );
  });

  test('after confirmation the secret is never sent again (docs/SECURITY.md 5)', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { enrollment } = await enrollTotp(server, user);
    const responses = [
      await server.call('GET', 'status', { user }),
      await server.call('GET', 'devices', { user }),
      await server.call('POST', 'totp/enroll', { user }),
    ];
    for (const response of responses)
      assert.ok(!JSON.stringify(response.body).includes(enrollment.secret));
  });

  test('parallel confirmations with one code: one success, the rest refused', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const started = await server.call<TotpEnrollment>('POST', 'totp/enroll', { user });
    const code = totpCode(secretFromBase32(started.body.secret), server.clock.ms);
    const results = await burst(10, () =>
      server.call('POST', 'totp/verify', { user, body: { code, deviceId: started.body.deviceId } }),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    assert.ok(
      results.every(
        (r) => r.status === 200 || ['invalid-code', 'rate-limited'].includes(r.body.code),
      ),
    );
    assert.deepEqual(
      (await status(server, user)).devices.map((d) => d.verified),
      [true],
    );
  });
});

describe('TOTP verification', () => {
  test('±1 step accepted, ±2 refused, with an injected clock (docs/SECURITY.md 2)', async () => {
    const server = await createTestServer({ rateLimit: { maxFailures: 50 } });
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    // Each accepted code uses up its step, so test the later steps in rising order.
    server.clock.advance(30 * 10);
    const verify = (c: string) => server.call('POST', 'totp/verify', { user, body: { code: c } });
    assert.equal((await verify(code(-2))).status, 400, 'two steps behind');
    assert.equal((await verify(code(2))).status, 400, 'two steps ahead');
    assert.equal((await verify(code(-1))).status, 200, 'one step behind');
    assert.equal((await verify(code(0))).status, 200, 'current step');
    assert.equal((await verify(code(1))).status, 200, 'one step ahead');
  });

  test('the same code twice is refused, also from another session; an earlier step after a later one too', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    server.clock.advance(60);
    const first = await server.call('POST', 'totp/verify', {
      user,
      session: 'a',
      body: { code: code() },
    });
    assert.equal(first.status, 200);
    const sameSession = await server.call('POST', 'totp/verify', {
      user,
      session: 'a',
      body: { code: code() },
    });
    const otherSession = await server.call('POST', 'totp/verify', {
      user,
      session: 'b',
      body: { code: code() },
    });
    const earlier = await server.call('POST', 'totp/verify', {
      user,
      session: 'b',
      body: { code: code(-1) },
    });
    for (const replay of [sameSession, otherSession, earlier]) {
      assert.equal(replay.status, 400);
      assert.deepEqual(
        replay.body,
        { code: 'invalid-code', message: 'The code is not valid.' },
        'a replay looks like a wrong code',
      );
    }
    assert.equal(server.logger.events().filter((e) => e === 'mfa.totp.replay').length, 3);
  });

  test('50 parallel requests with one code → exactly one success (docs/SECURITY.md 3)', async () => {
    const server = await createTestServer({ rateLimit: { maxFailures: 100, hardLimit: 200 } });
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    server.clock.advance(60);
    const c = code();
    const results = await burst(50, (i) =>
      server.call('POST', 'totp/verify', { user, session: `s${i}`, body: { code: c } }),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    assert.equal(
      results.filter((r) => r.status === 400 && r.body.code === 'invalid-code').length,
      49,
    );
  });

  test('a verification can carry a token request and action', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    server.clock.advance(60);
    const proof = await server.call<MfaProof>('POST', 'totp/verify', {
      user,
      body: { code: code(), token: { singleUse: true }, action: 'wallet.export' },
    });
    assert.equal(proof.status, 200);
    assert.equal(proof.body.token?.singleUse, true);
    assert.equal(proof.body.token?.action, 'wallet.export');
    assert.match(proof.body.token.value, /^mfa_[A-Za-z0-9_-]{43}$/);
    assert.equal(new Date(proof.body.token.expiresAt).getTime(), server.clock.ms + 300_000);
  });

  test('verify without any device → not-enrolled; codes in wrong shapes count as wrong codes', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const none = await server.call('POST', 'totp/verify', { user, body: { code: '123456' } });
    assert.equal(none.status, 409);
    assert.equal(none.body.code, 'not-enrolled');
    await enrollTotp(server, user);
    for (const code of ['12345', 'abcdef', '1234567']) {
      const wrong = await server.call('POST', 'totp/verify', { user, body: { code } });
      assert.equal(wrong.body.code, 'invalid-code');
    }
    assert.equal((await inspectStore(server.store).getUser(user))?.failures, 3);
  });
});

describe('secrets at rest (docs/SECURITY.md 5)', () => {
  test('with a key, the stored secret column is not the base32 secret and does not contain it', async () => {
    const server = await createTestServer({ encryptionKey: TEST_KEY });
    const user = uniqueUser();
    const { enrollment, code } = await enrollTotp(server, user);
    const db = sqlOf(server.store);
    const rows = await db.query<{ secret_sealed: string }>(
      'SELECT secret_sealed FROM mfa_totp_devices WHERE user_id = $1',
      [user],
    );
    assert.equal(rows.length, 1);
    assert.match(rows[0].secret_sealed, /^v1:/);
    assert.ok(!rows[0].secret_sealed.includes(enrollment.secret));
    // And it still verifies.
    server.clock.advance(60);
    assert.equal(
      (await server.call('POST', 'totp/verify', { user, body: { code: code() } })).status,
      200,
    );
  });

  test('a server without the key cannot use the sealed secret: 500, nothing spent', async () => {
    const withKey = await createTestServer({ encryptionKey: TEST_KEY });
    const user = uniqueUser();
    const { code } = await enrollTotp(withKey, user);
    const withoutKey = await createTestServer();
    withoutKey.clock.ms = withKey.clock.ms + 60_000;
    const result = await withoutKey.call('POST', 'totp/verify', { user, body: { code: code(2) } });
    assert.equal(result.status, 500);
    assert.equal(result.body.code, 'unknown');
    assert.equal((await inspectStore(withoutKey.store).getUser(user))?.failures, 0);
  });
});
