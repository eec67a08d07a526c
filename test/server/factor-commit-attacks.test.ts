/// <reference types="node" />
// Attacks at the moment a factor is added (docs/SECURITY.md 27–29, issue 9). The attacker knows
// only the victim's password: a signed-in session that has proved nothing. Each test starts a step
// under one condition (the account has no factor, the session was fresh) and commits it under
// another, and checks that the commit — not the start — decides.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MfaDevice, MfaProof, TotpEnrollment } from '../../src/client/types.js';
import type { MfaStore } from '../../src/server/store/types.js';
import { hashToken } from '../../src/server/tokens.js';
import { secretFromBase32, totpCode } from '../../src/server/totp.js';
import {
  createTestServer,
  enrollTotp,
  ORIGIN,
  RP,
  status,
  testStore,
  uniqueUser,
  type TestServer,
} from './support/harness.js';
import { SoftAuthenticator } from './support/soft-authenticator.js';
import { inspectStore, sqlOf } from './support/store-inspection.js';

const WEEK = 7 * 24 * 3600;
const authenticator = () => new SoftAuthenticator({ origin: ORIGIN, rpId: RP.id });

async function startTotp(server: TestServer, user: string, session: string) {
  const started = await server.call<TotpEnrollment>('POST', 'totp/enroll', { user, session });
  assert.equal(started.status, 201, JSON.stringify(started.body));
  const secret = secretFromBase32(started.body.secret);
  return { deviceId: started.body.deviceId, code: () => totpCode(secret, server.clock.ms) };
}

async function registerPasskey(
  server: TestServer,
  user: string,
  session: string,
  device = authenticator(),
) {
  const options = await server.call('POST', 'passkeys/register/options', { user, session });
  assert.equal(options.status, 200, JSON.stringify(options.body));
  return server.call<MfaDevice>('POST', 'passkeys/register/verify', {
    user,
    session,
    body: { response: device.register(options.body.challenge) },
  });
}

/** What the attacker's session can do afterwards: it must have gained nothing. */
async function assertAttackerGainedNothing(server: TestServer, user: string, session: string) {
  const seen = await status(server, user, session);
  assert.equal(seen.pending, 'verify', 'the attacker session is still unverified');
  assert.deepEqual(seen.devices, []);
  const token = await server.call('POST', 'recovery-codes/reissue', { user, session });
  assert.equal(token.status, 403, 'cannot read or replace the recovery codes');
  const devices = await server.call('GET', 'devices', { user, session });
  assert.equal(devices.status, 403, 'cannot list devices');
}

/**
 * A store whose next factor-changing commit first lets `interleave` run — another request that
 * commits in the gap between the route's read and its write, as a second instance would.
 */
function interleavedStore(inner: MfaStore): MfaStore & { before(fn: () => Promise<void>): void } {
  let pending: (() => Promise<void>) | null = null;
  const runPending = async () => {
    const fn = pending;
    pending = null;
    if (fn) await fn();
  };
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'transaction') {
        return async (fn: (tx: MfaStore) => Promise<unknown>) => {
          await runPending();
          return target.transaction(fn);
        };
      }
      if (property === 'attemptCode') {
        return async (...args: unknown[]) => {
          await runPending();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
  return Object.assign(store, { before: (fn: () => Promise<void>) => void (pending = fn) });
}

describe('a dormant TOTP enrollment never becomes a way in', () => {
  for (const victimFactor of ['passkey', 'totp'] as const) {
    test(`the attacker enrolls first, the victim's first factor is a ${victimFactor}, the attacker confirms later`, async () => {
      const server = await createTestServer();
      const user = uniqueUser('victim');
      const dormant = await startTotp(server, user, 'attacker');
      if (victimFactor === 'passkey')
        assert.equal((await registerPasskey(server, user, 'victim')).status, 201);
      else await enrollTotp(server, user, 'victim');
      await server.call('POST', 'recovery-codes/reissue', { user, session: 'victim' });
      assert.equal(
        (await server.call('POST', 'recovery-codes/acknowledge', { user, session: 'victim' }))
          .status,
        204,
      );

      for (const wait of [60, WEEK]) {
        server.clock.advance(wait);
        const confirm = await server.call('POST', 'totp/verify', {
          user,
          session: 'attacker',
          body: {
            code: dormant.code(),
            deviceId: dormant.deviceId,
            token: { singleUse: true },
            action: 'device.delete',
          },
        });
        assert.ok(
          confirm.status >= 400 && confirm.status < 500,
          `refused after ${wait} s: ${JSON.stringify(confirm.body)}`,
        );
        assert.equal(confirm.body.token, undefined);
      }
      await assertAttackerGainedNothing(server, user, 'attacker');
      const victim = await status(server, user, 'victim');
      assert.deepEqual(
        victim.methods.filter((m) => m !== 'recovery-code'),
        [victimFactor],
      );
      assert.equal(victim.devices.length, 1, 'only the victim factor exists');
      assert.equal(server.logger.events().includes('mfa.totp.enrolled'), victimFactor === 'totp');
    });
  }

  test("the victim's first factor removes the attacker's pending enrollment at once", async () => {
    const server = await createTestServer();
    const user = uniqueUser('victim');
    const dormant = await startTotp(server, user, 'attacker');
    await registerPasskey(server, user, 'victim');
    const rows = await server.store.listTotpDevices(user);
    assert.ok(!rows.some((row) => row.id === dormant.deviceId));
  });

  test('an enrollment can be confirmed only by its own session, and only before it expires', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const started = await startTotp(server, user, 'a');
    const other = await server.call('POST', 'totp/verify', {
      user,
      session: 'b',
      body: { code: started.code(), deviceId: started.deviceId },
    });
    assert.deepEqual([other.status, other.body.reason], [400, 'enrollment-expired']);
    server.clock.advance(301);
    const late = await server.call('POST', 'totp/verify', {
      user,
      session: 'a',
      body: { code: started.code(), deviceId: started.deviceId },
    });
    assert.deepEqual([late.status, late.body.reason], [400, 'enrollment-expired']);
    assert.equal((await status(server, user, 'a')).pending, 'enroll');
    assert.equal(
      (await inspectStore(server.store).getUser(user))?.failures ?? 0,
      0,
      'a refusal is not a failed code',
    );
  });

  test('the rule holds even when the pending enrollment survives: the statement re-checks the account', async () => {
    const store = interleavedStore(await testStore());
    const server = await createTestServer({ store });
    const user = uniqueUser();
    const started = await startTotp(server, user, 'attacker');
    // The victim's factor is committed between the attacker's read and its confirming statement,
    // by a path that does not clean pending enrollments up (another instance, an older version).
    store.before(async () => {
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
    });
    const confirm = await server.call('POST', 'totp/verify', {
      user,
      session: 'attacker',
      body: { code: started.code(), deviceId: started.deviceId },
    });
    assert.deepEqual(
      [confirm.status, confirm.body.code, confirm.body.reason],
      [403, 'step-up-required', 'fresh-proof-required'],
    );
    assert.equal((await server.store.listTotpDevices(user))[0]?.verifiedAt, null);
    assert.equal(await inspectStore(server.store).getSession(user, 'attacker'), null);
  });
});

describe('a passkey registration is authorised when it is committed, not when its challenge was issued', () => {
  test('options while the account was empty, the victim enrolls, the attacker completes: refused', async () => {
    const server = await createTestServer();
    const user = uniqueUser('victim');
    const attacker = authenticator();
    const options = await server.call('POST', 'passkeys/register/options', {
      user,
      session: 'attacker',
    });
    assert.equal(options.status, 200);
    // The attacker polls status until the victim has enrolled.
    assert.equal((await status(server, user, 'attacker')).pending, 'enroll');
    await enrollTotp(server, user, 'victim');
    assert.equal((await status(server, user, 'attacker')).pending, 'verify');
    const completed = await server.call('POST', 'passkeys/register/verify', {
      user,
      session: 'attacker',
      body: { response: attacker.register(options.body.challenge) },
    });
    assert.ok(completed.status === 400 || completed.status === 403, JSON.stringify(completed.body));
    assert.equal(await server.store.findPasskeyByCredentialId(attacker.credentialId), null);
    await assertAttackerGainedNothing(server, user, 'attacker');
  });

  test('the verify re-checks the account even when the challenge survived', async () => {
    const store = interleavedStore(await testStore());
    const server = await createTestServer({ store });
    const user = uniqueUser('victim');
    const attacker = authenticator();
    const options = await server.call('POST', 'passkeys/register/options', {
      user,
      session: 'attacker',
    });
    const [challenge] = await sqlOf(server.store).query(
      'SELECT issued_under FROM mfa_webauthn_challenges WHERE challenge = $1',
      [options.body.challenge],
    );
    assert.equal(
      challenge?.['issued_under'],
      'first-factor',
      'the challenge records the rule it was issued under',
    );
    store.before(async () => {
      const device = await server.store.createTotpDevice({
        id: `totp-${user}`,
        userId: user,
        alias: null,
        secretSealed: 'plain:x',
        createdAt: server.clock.now(),
        sessionId: 'victim',
        expiresAt: new Date(server.clock.ms + 300_000),
      });
      await inspectStore(server.store).claimTotpStep(user, device.id, 1, server.clock.now());
    });
    const completed = await server.call('POST', 'passkeys/register/verify', {
      user,
      session: 'attacker',
      body: { response: attacker.register(options.body.challenge) },
    });
    assert.deepEqual([completed.status, completed.body.code], [403, 'step-up-required']);
    assert.equal(await server.store.findPasskeyByCredentialId(attacker.credentialId), null);
    assert.equal(await inspectStore(server.store).getSession(user, 'attacker'), null);
  });

  test('a fresh session may add a passkey; a stale one needs a device.add token, spent by the commit', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user, 'owner');
    assert.equal((await registerPasskey(server, user, 'owner')).status, 201, 'fresh proof');
    server.clock.advance(301);
    const stale = await server.call('POST', 'passkeys/register/options', {
      user,
      session: 'owner',
    });
    assert.equal(stale.body.code, 'step-up-required');
    server.clock.advance(30);
    const proof = await server.call<MfaProof>('POST', 'totp/verify', {
      user,
      session: 'elsewhere',
      body: { code: code(), token: { singleUse: true }, action: 'device.add' },
    });
    const headers = { 'x-mfa-token': proof.body.token!.value };
    const options = await server.call('POST', 'passkeys/register/options', {
      user,
      session: 'owner',
      headers,
    });
    assert.equal(options.status, 200);
    const device = authenticator();
    const commit = (challenge: string) =>
      server.call('POST', 'passkeys/register/verify', {
        user,
        session: 'owner',
        headers,
        body: { response: device.register(challenge) },
      });
    const tokenHash = await hashToken(proof.body.token!.value);
    assert.equal(
      (await inspectStore(server.store).findToken(tokenHash))?.consumedAt,
      null,
      'the start only checked it',
    );
    assert.equal((await commit(options.body.challenge)).status, 201);
    assert.ok(
      (await inspectStore(server.store).findToken(tokenHash))?.consumedAt,
      'the commit spent it',
    );
  });
});

describe('every factor-changing endpoint re-checks the account where it commits', () => {
  test('delete: a pending enrollment confirmed in the gap is a factor, so the token is required', async () => {
    const store = interleavedStore(await testStore());
    const server = await createTestServer({ store });
    const user = uniqueUser();
    const started = await startTotp(server, user, 'owner');
    store.before(async () => {
      await inspectStore(server.store).claimTotpStep(user, started.deviceId, 5, server.clock.now());
    });
    const deleted = await server.call('DELETE', `devices/${started.deviceId}`, {
      user,
      session: 'owner',
    });
    assert.deepEqual([deleted.status, deleted.body.reason], [403, 'mfa-token-required']);
    assert.ok((await server.store.listTotpDevices(user)).some((d) => d.id === started.deviceId));
  });

  test('regenerate: the last factor deleted in the gap → no codes without a factor', async () => {
    const store = interleavedStore(await testStore());
    const server = await createTestServer({ store });
    const user = uniqueUser();
    const { code, enrollment } = await enrollTotp(server, user);
    server.clock.advance(30);
    const proof = await server.call<MfaProof>('POST', 'totp/verify', {
      user,
      body: { code: code(), token: { singleUse: true } },
    });
    store.before(async () => {
      await server.store.deleteDevice(user, enrollment.deviceId);
    });
    const regenerated = await server.call('POST', 'recovery-codes/regenerate', {
      user,
      headers: { 'x-mfa-token': proof.body.token!.value },
    });
    assert.equal(regenerated.body.code, 'not-enrolled');
  });

  test('reissue: codes acknowledged in the gap are not replaced', async () => {
    const store = interleavedStore(await testStore());
    const server = await createTestServer({ store });
    const user = uniqueUser();
    await enrollTotp(server, user);
    store.before(async () => {
      await server.store.acknowledgeRecoveryCodes(user, server.clock.now());
    });
    const reissued = await server.call('POST', 'recovery-codes/reissue', { user });
    assert.equal(reissued.status, 409);
    assert.equal((await status(server, user)).pending, null);
  });

  test('TOTP confirm and passkey registration of two sessions at once on an empty account: one factor', async () => {
    for (let round = 0; round < 5; round += 1) {
      const server = await createTestServer();
      const user = uniqueUser();
      const totp = await startTotp(server, user, 'one');
      const options = await server.call('POST', 'passkeys/register/options', {
        user,
        session: 'two',
      });
      const device = authenticator();
      const [confirmed, registered] = await Promise.all([
        server.call('POST', 'totp/verify', {
          user,
          session: 'one',
          body: { code: totp.code(), deviceId: totp.deviceId },
        }),
        server.call('POST', 'passkeys/register/verify', {
          user,
          session: 'two',
          body: { response: device.register(options.body.challenge) },
        }),
      ]);
      const wins = [confirmed.status === 200, registered.status === 201].filter(Boolean).length;
      assert.equal(wins, 1, `round ${round}: ${confirmed.status} ${registered.status}`);
      const factors =
        (await server.store.listTotpDevices(user)).filter((d) => d.verifiedAt !== null).length +
        (await server.store.listPasskeys(user)).length;
      assert.equal(factors, 1);
    }
  });
});
