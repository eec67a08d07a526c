/// <reference types="node" />
// Status semantics, docs/SECURITY.md 16 (fresh proof to add or remove factors) and 17 (an unverified
// session reaches only what signing in needs).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MfaProof } from '../../src/client/types.js';
import {
  createTestServer,
  enrollTotp,
  status,
  uniqueUser,
  type TestServer,
} from './support/harness.js';
import { inspectStore, sqlOf } from './support/store-inspection.js';

async function token(
  server: TestServer,
  user: string,
  code: (offset?: number) => string,
  singleUse = true,
) {
  server.clock.advance(30);
  const proof = await server.call<MfaProof>('POST', 'totp/verify', {
    user,
    body: { code: code(), token: { singleUse } },
  });
  assert.equal(proof.status, 200);
  return proof.body.token!.value;
}

describe('status', () => {
  test('enroll → verify (other session) → acknowledge → nothing pending', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    assert.deepEqual(await status(server, user), {
      pending: 'enroll',
      methods: [],
      devices: [],
      recoveryCodesRemaining: 0,
    });
    await enrollTotp(server, user, 'a');

    const other = await status(server, user, 'b');
    assert.equal(other.pending, 'verify');
    assert.deepEqual(other.methods, ['totp', 'recovery-code']);
    assert.deepEqual(other.devices, [], 'an unverified session sees no device details');

    assert.equal((await status(server, user, 'a')).pending, 'acknowledge-recovery-codes');
    await server.call('POST', 'recovery-codes/acknowledge', { user, session: 'a' });
    assert.equal((await status(server, user, 'a')).pending, null);
    assert.equal(
      (await status(server, user, 'b')).pending,
      'verify',
      'acknowledging does not verify other sessions',
    );
  });

  test('sessionState tells the app whether to serve its pages', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const request = (session: string) =>
      new Request('https://app.example.test/', {
        headers: { 'x-test-user': user, 'x-test-session': session },
      });
    assert.deepEqual(await server.mfa.sessionState(new Request('https://app.example.test/')), {
      signedIn: false,
    });
    await enrollTotp(server, user, 'a');
    assert.deepEqual(await server.mfa.sessionState(request('b')), {
      signedIn: true,
      userId: user,
      sessionId: 'b',
      pending: 'verify',
      verified: false,
    });
    const verified = await server.mfa.sessionState(request('a'));
    assert.equal(verified.signedIn && verified.verified, true);
  });
});

describe('an unverified session (docs/SECURITY.md 17)', () => {
  test('cannot list devices, see or acknowledge codes, or add a factor', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user, 'a');
    const session = { user, session: 'password-only' };
    for (const [method, path] of [
      ['GET', 'devices'],
      ['GET', 'recovery-codes'],
      ['POST', 'recovery-codes/acknowledge'],
      ['POST', 'passkeys/register/options'],
    ] as const) {
      const result = await server.call(method, path, session);
      assert.equal(result.status, 403, `${method} ${path}`);
      // Adding a factor asks this session to prove one first (a step the elements show).
      assert.equal(
        result.body.code,
        path === 'passkeys/register/options' ? 'step-up-required' : 'unauthorized',
      );
    }
    assert.equal((await server.call('GET', 'devices', { user, session: 'a' })).status, 200);
  });
});

describe('deleting a device (docs/SECURITY.md 16)', () => {
  test('a session alone is refused; a persistent token is refused; a fresh single-use token works once', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code, enrollment } = await enrollTotp(server, user);
    const path = `devices/${enrollment.deviceId}`;
    const bare = await server.call('DELETE', path, { user });
    assert.equal(bare.status, 403);
    assert.equal(bare.body.reason, 'mfa-token-required');
    const persistent = await token(server, user, code, false);
    const withPersistent = await server.call('DELETE', path, {
      user,
      headers: { 'x-mfa-token': persistent },
    });
    assert.equal(withPersistent.body.reason, 'mfa-token-kind');

    const unknownDevice = await token(server, user, code);
    const missing = await server.call('DELETE', 'devices/nope', {
      user,
      headers: { 'x-mfa-token': unknownDevice },
    });
    assert.equal(missing.status, 404);
    const deleted = await server.call('DELETE', path, {
      user,
      headers: { 'x-mfa-token': unknownDevice },
    });
    assert.equal(deleted.status, 204, 'the 404 did not spend the token');

    const after = await status(server, user);
    assert.equal(after.pending, 'enroll', 'the last factor is gone');
    assert.equal(after.recoveryCodesRemaining, 0, 'and its recovery codes with it');
    assert.equal(await inspectStore(server.store).countUnusedRecoveryCodes(user), 0);
  });

  test('an enrollment that was never confirmed is not a factor: it can be dropped without a proof', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const started = await server.call('POST', 'totp/enroll', { user });
    assert.equal(
      (await server.call('DELETE', `devices/${started.body.deviceId}`, { user })).status,
      204,
    );
    assert.deepEqual((await status(server, user)).devices, []);
  });

  test('someone else’s device is not found', async () => {
    const server = await createTestServer();
    const owner = uniqueUser();
    const { enrollment } = await enrollTotp(server, owner);
    const intruder = uniqueUser();
    const { code } = await enrollTotp(server, intruder);
    const intruderToken = await token(server, intruder, code);
    const attempt = await server.call('DELETE', `devices/${enrollment.deviceId}`, {
      user: intruder,
      headers: { 'x-mfa-token': intruderToken },
    });
    assert.equal(attempt.status, 404);
    assert.equal((await status(server, owner)).methods.includes('totp'), true);
  });
});

describe('adding a factor when one exists (docs/SECURITY.md 16)', () => {
  test('right after a verification it is allowed; later it needs a fresh proof or a token', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user, 'a');
    const options = (session: string, headers: Record<string, string> = {}) =>
      server.call('POST', 'passkeys/register/options', { user, session, headers });
    assert.equal((await options('a')).status, 200, 'just verified');
    server.clock.advance(301);
    const stale = await options('a');
    assert.equal(stale.status, 403);
    assert.equal(stale.body.reason, 'fresh-proof-required');

    // A single-use token earned elsewhere lets the stale session start; the start only checks it
    // (the registration's commit consumes it — see factor-commit-attacks.test.ts).
    const issue = async (action?: string) => {
      server.clock.advance(30);
      const proof = await server.call<MfaProof>('POST', 'totp/verify', {
        user,
        session: 'b',
        body: { code: code(), token: { singleUse: true }, ...(action && { action }) },
      });
      return proof.body.token!.value;
    };
    const wrongAction = await issue('wallet.export');
    assert.equal(
      (await options('a', { 'x-mfa-token': wrongAction })).body.reason,
      'mfa-token-action',
    );
    const fresh = await issue('device.add');
    assert.equal((await options('a', { 'x-mfa-token': fresh })).status, 200);
    assert.equal(
      (await options('a', { 'x-mfa-token': fresh })).status,
      200,
      'not spent by a start',
    );
    const db = sqlOf(server.store);
    const [row] = await db.query(
      'SELECT consumed_at FROM mfa_tokens WHERE action = $1 AND user_id = $2',
      ['device.add', user],
    );
    assert.equal(row?.['consumed_at'], null);
  });

  test('a TOTP enrollment for a passkey user needs the same fresh proof', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await server.store.createPasskey({
      id: `pk-${user}`,
      userId: user,
      credentialId: `cred-${user}`,
      publicKey: 'AA',
      counter: 0,
      transports: [],
      deviceType: 'singleDevice',
      backedUp: false,
      alias: null,
      createdAt: server.clock.now(),
    });
    const refused = await server.call('POST', 'totp/enroll', { user });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.reason, 'fresh-proof-required');
    await server.store.markSessionVerified({
      userId: user,
      sessionId: 'session-1',
      verifiedAt: server.clock.now(),
      method: 'passkey',
    });
    assert.equal((await server.call('POST', 'totp/enroll', { user })).status, 201);
  });
});
