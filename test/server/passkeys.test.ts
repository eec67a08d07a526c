/// <reference types="node" />
// docs/SECURITY.md 18–19: passkey challenges (≥16 bytes, server-side, single-use, expiring, bound to the
// session and ceremony), origin allow-list, RP ID, user verification, counters and backup flags —
// with full ceremonies signed by a software authenticator, and forged ones.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MfaDevice, MfaProof } from '../../src/client/types.js';
import {
  burst,
  createTestServer,
  ORIGIN,
  RP,
  status,
  uniqueUser,
  type TestServer,
} from './support/harness.js';
import { SoftAuthenticator, type CeremonyOverrides } from './support/soft-authenticator.js';

const authenticator = (backedUp = false) =>
  new SoftAuthenticator({ origin: ORIGIN, rpId: RP.id, backedUp });

async function registrationChallenge(
  server: TestServer,
  user: string,
  session = 'session-1',
): Promise<any> {
  const options = await server.call('POST', 'passkeys/register/options', { user, session });
  assert.equal(options.status, 200, JSON.stringify(options.body));
  return options.body;
}

async function register(
  server: TestServer,
  user: string,
  device: SoftAuthenticator,
  overrides: CeremonyOverrides = {},
  session = 'session-1',
) {
  const options = await registrationChallenge(server, user, session);
  return server.call<MfaDevice>('POST', 'passkeys/register/verify', {
    user,
    session,
    body: { response: device.register(options.challenge, overrides), alias: 'Test key' },
  });
}

async function authenticationChallenge(
  server: TestServer,
  user: string,
  session = 'session-1',
): Promise<any> {
  const options = await server.call('POST', 'passkeys/authenticate/options', { user, session });
  assert.equal(options.status, 200, JSON.stringify(options.body));
  return options.body;
}

describe('registration', () => {
  test('options: a 32-byte challenge, the RP, user verification required, a random user handle', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const options = await registrationChallenge(server, user);
    assert.ok(Buffer.from(options.challenge, 'base64url').length >= 16);
    assert.equal(Buffer.from(options.challenge, 'base64url').length, 32);
    assert.equal(options.rp.id, RP.id);
    assert.equal(options.rp.name, RP.name);
    assert.equal(options.authenticatorSelection.userVerification, 'required');
    assert.equal(options.attestation, 'none');
    assert.equal(options.timeout, 300_000);
    assert.equal(options.user.name, `${user}@example.test`);
    assert.ok(
      !Buffer.from(options.user.id, 'base64url').toString().includes(user),
      'the handle is not the user id',
    );
    const again = await registrationChallenge(server, user);
    assert.notEqual(again.challenge, options.challenge);
    assert.equal(again.user.id, options.user.id, 'one stable handle per user');
  });

  test('a full ceremony: the passkey is the first factor, stored with counter, transports and backup flags', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const device = authenticator(true);
    const registered = await register(server, user, device);
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
    assert.equal(registered.body.type, 'passkey');
    assert.equal(registered.body.verified, true);
    assert.equal(registered.body.alias, 'Test key');

    const stored = await server.store.findPasskeyByCredentialId(device.credentialId);
    assert.equal(stored?.userId, user);
    assert.equal(stored?.counter, 0);
    assert.deepEqual(stored?.transports, ['internal']);
    assert.equal(stored?.backedUp, true);
    assert.equal(stored?.deviceType, 'multiDevice');

    const after = await status(server, user);
    assert.equal(
      after.pending,
      'acknowledge-recovery-codes',
      'registration verified the session and created codes',
    );
    assert.deepEqual(after.methods, ['passkey', 'recovery-code']);
    assert.equal(after.recoveryCodesRemaining, 10);
    assert.ok(server.logger.events().includes('mfa.passkey.registered'));
  });

  test('the same credential twice → already-enrolled, and it is in excludeCredentials', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const device = authenticator();
    assert.equal((await register(server, user, device)).status, 201);
    const options = await registrationChallenge(server, user);
    assert.deepEqual(
      options.excludeCredentials.map((c: { id: string }) => c.id),
      [device.credentialId],
    );
    const twice = await server.call('POST', 'passkeys/register/verify', {
      user,
      body: { response: device.register(options.challenge) },
    });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.code, 'already-enrolled');
  });

  for (const [name, overrides] of [
    ['a wrong origin', { origin: 'https://evil.example' }],
    ['a look-alike origin', { origin: 'https://app.example.test.evil.example' }],
    ['another RP ID', { rpId: 'evil.example' }],
    ['no user verification', { userVerified: false }],
    ['the wrong ceremony type', { type: 'webauthn.get' }],
  ] as const) {
    test(`${name} is refused, and the challenge is used up anyway`, async () => {
      const server = await createTestServer();
      const user = uniqueUser();
      const device = authenticator();
      const options = await registrationChallenge(server, user);
      const forged = await server.call('POST', 'passkeys/register/verify', {
        user,
        body: { response: device.register(options.challenge, overrides) },
      });
      assert.equal(forged.status, 400);
      assert.equal(forged.body.code, 'invalid-code');
      assert.ok(server.logger.events().includes('mfa.passkey.registration-refused'));
      const honest = await server.call('POST', 'passkeys/register/verify', {
        user,
        body: { response: device.register(options.challenge) },
      });
      assert.equal(honest.body.code, 'expired', 'a challenge is single-use whatever the outcome');
      assert.equal(await server.store.findPasskeyByCredentialId(device.credentialId), null);
    });
  }

  test('challenges: reused, expired, from another session, for another ceremony, or made up → expired', async () => {
    const server = await createTestServer();
    const verifyAs = (user: string, response: unknown, session = 'session-1') =>
      server.call('POST', 'passkeys/register/verify', { user, session, body: { response } });

    const reuser = uniqueUser();
    const options = await registrationChallenge(server, reuser);
    const response = authenticator().register(options.challenge);
    assert.equal((await verifyAs(reuser, response)).status, 201);
    const reused = await verifyAs(reuser, response);
    assert.equal(reused.status, 400);
    assert.equal(reused.body.code, 'expired');

    const slow = uniqueUser();
    const late = await registrationChallenge(server, slow);
    server.clock.advance(300);
    assert.equal(
      (await verifyAs(slow, authenticator().register(late.challenge))).body.code,
      'expired',
    );

    const hopper = uniqueUser();
    const elsewhere = await registrationChallenge(server, hopper, 'session-a');
    assert.equal(
      (await verifyAs(hopper, authenticator().register(elsewhere.challenge), 'session-b')).body
        .code,
      'expired',
    );

    const thief = uniqueUser();
    const stolen = await registrationChallenge(server, uniqueUser());
    assert.equal(
      (await verifyAs(thief, authenticator().register(stolen.challenge))).body.code,
      'expired',
      'another user’s challenge',
    );

    const mixer = uniqueUser();
    await server.store.createChallenge({
      challenge: 'authentication-challenge-for-mixer',
      userId: mixer,
      sessionId: 'session-1',
      purpose: 'authentication',
      createdAt: server.clock.now(),
      expiresAt: new Date(server.clock.ms + 60_000),
    });
    const crossCeremony = await verifyAs(
      mixer,
      authenticator().register('authentication-challenge-for-mixer'),
    );
    assert.equal(crossCeremony.body.code, 'expired');

    const inventor = uniqueUser();
    assert.equal(
      (
        await verifyAs(
          inventor,
          authenticator().register(Buffer.alloc(32, 1).toString('base64url')),
        )
      ).body.code,
      'expired',
    );
  });

  test('responses that are not WebAuthn responses → 400 invalid-request', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    for (const response of [
      {},
      { id: 'x' },
      { id: 'x', response: {} },
      { id: 'x', response: { clientDataJSON: 'not base64 !' } },
      { id: 'x', response: { clientDataJSON: Buffer.from('not json').toString('base64url') } },
      {
        id: 'x',
        response: { clientDataJSON: Buffer.from('{"challenge":5}').toString('base64url') },
      },
      {
        id: '../../etc',
        response: { clientDataJSON: Buffer.from('{"challenge":"abc"}').toString('base64url') },
      },
    ]) {
      const result = await server.call('POST', 'passkeys/register/verify', {
        user,
        body: { response },
      });
      assert.equal(result.status, 400, JSON.stringify(response));
      assert.equal(result.body.code, 'invalid-request');
    }
    const notObject = await server.call('POST', 'passkeys/register/verify', {
      user,
      body: { response: 'x' },
    });
    assert.equal(notObject.status, 400);
  });
});

describe('authentication', () => {
  async function enrolled() {
    const server = await createTestServer();
    const user = uniqueUser();
    const device = authenticator();
    assert.equal((await register(server, user, device, {}, 'enroll-session')).status, 201);
    return { server, user, device };
  }

  test('options list the user’s credentials and require user verification', async () => {
    const { server, user, device } = await enrolled();
    const options = await authenticationChallenge(server, user);
    assert.equal(options.rpId, RP.id);
    assert.equal(options.userVerification, 'required');
    assert.equal(Buffer.from(options.challenge, 'base64url').length, 32);
    assert.deepEqual(
      options.allowCredentials.map((c: { id: string }) => c.id),
      [device.credentialId],
    );
  });

  test('a full ceremony verifies the session, updates the counter, and can yield a token', async () => {
    const { server, user, device } = await enrolled();
    assert.equal((await status(server, user)).pending, 'verify');
    const options = await authenticationChallenge(server, user);
    const proof = await server.call<MfaProof>('POST', 'passkeys/authenticate/verify', {
      user,
      body: {
        response: device.authenticate(options.challenge),
        token: { singleUse: true },
        action: 'wallet.export',
      },
    });
    assert.equal(proof.status, 200, JSON.stringify(proof.body));
    assert.equal(proof.body.method, 'passkey');
    assert.equal(proof.body.token?.action, 'wallet.export');
    const stored = await server.store.findPasskeyByCredentialId(device.credentialId);
    assert.equal(stored?.counter, 1);
    assert.ok(stored?.lastUsedAt);
    assert.notEqual((await status(server, user)).pending, 'verify');
  });

  test('a replayed assertion, and a signature counter that went backwards, are refused', async () => {
    const { server, user, device } = await enrolled();
    const first = await authenticationChallenge(server, user);
    const response = device.authenticate(first.challenge);
    assert.equal(
      (await server.call('POST', 'passkeys/authenticate/verify', { user, body: { response } }))
        .status,
      200,
    );
    const replay = await server.call('POST', 'passkeys/authenticate/verify', {
      user,
      body: { response },
    });
    assert.equal(replay.body.code, 'expired');

    const second = await authenticationChallenge(server, user);
    const cloned = await server.call('POST', 'passkeys/authenticate/verify', {
      user,
      body: { response: device.authenticate(second.challenge, { counter: 1 }) },
    });
    assert.equal(cloned.status, 400);
    assert.equal(cloned.body.code, 'invalid-code');
  });

  test('wrong origin, wrong RP, no user verification → refused', async () => {
    const { server, user, device } = await enrolled();
    for (const overrides of [
      { origin: 'https://evil.example' },
      { rpId: 'evil.example' },
      { userVerified: false },
    ]) {
      const options = await authenticationChallenge(server, user);
      const forged = await server.call('POST', 'passkeys/authenticate/verify', {
        user,
        body: { response: device.authenticate(options.challenge, overrides) },
      });
      assert.equal(forged.status, 400, JSON.stringify(overrides));
      assert.equal(forged.body.code, 'invalid-code');
    }
    assert.equal((await status(server, user)).pending, 'verify');
  });

  test('someone else’s passkey does not sign this user in', async () => {
    const { server, device: othersDevice } = await enrolled();
    const victim = uniqueUser();
    assert.equal(
      (await register(server, victim, authenticator(), {}, 'enroll-session')).status,
      201,
    );
    const options = await authenticationChallenge(server, victim);
    const result = await server.call('POST', 'passkeys/authenticate/verify', {
      user: victim,
      body: { response: othersDevice.authenticate(options.challenge) },
    });
    assert.equal(result.body.code, 'invalid-code');
    assert.ok(server.logger.events().includes('mfa.passkey.unknown-credential'));
  });

  test('50 parallel verifications of one assertion → exactly one success', async () => {
    const { server, user, device } = await enrolled();
    const options = await authenticationChallenge(server, user);
    const response = device.authenticate(options.challenge);
    const results = await burst(50, () =>
      server.call('POST', 'passkeys/authenticate/verify', { user, body: { response } }),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    assert.equal(results.filter((r) => r.body.code === 'expired').length, 49);
  });

  test('no passkey → not-enrolled', async () => {
    const server = await createTestServer();
    const result = await server.call('POST', 'passkeys/authenticate/options', {
      user: uniqueUser(),
    });
    assert.equal(result.status, 409);
    assert.equal(result.body.code, 'not-enrolled');
  });
});
