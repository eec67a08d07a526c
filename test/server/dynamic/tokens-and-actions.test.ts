/// <reference types="node" />
// Step-up through the real SDK: `{ singleUse }` → Dynamic's MFA token, `{ scopes }` → an elevated
// access token; action-based MFA (`isMfaRequiredForAction` with Dynamic's action names); the
// tokens checked where the app's server would check them; recovery codes; deleting devices with
// a fresh proof; passkeys (the SDK's passkey service played by a software authenticator).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import { getElevatedAccessToken, type DynamicClient } from '@dynamic-labs-sdk/client';
import {
  createDynamicMfaClient,
  type DynamicMfaClient,
} from '../../../src/clients/dynamic/index.js';
import { MfaError } from '../../../src/client/errors.js';
import type { TotpEnrollment } from '../../../src/client/types.js';
import { ManualClock } from '../../../src/clients/memory/manual-clock.js';
import type { EnvironmentOptions, StandInEnvironment } from '../../../stand-ins/dynamic/index.js';
import { signIn, signOut, StandInServer, type SoftPasskeys } from './sdk.js';

let server: StandInServer;
before(async () => {
  server = await StandInServer.start();
});
after(() => server.close());

const EXPORT = 'wallet.waas.export';

async function rejects(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => assert.fail(`expected ${code}`),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof MfaError, `an MfaError, got ${String(error)}`);
  assert.equal(error.code, code);
}

interface Enrolled {
  env: StandInEnvironment;
  dynamic: DynamicClient;
  passkeys: SoftPasskeys;
  mfa: DynamicMfaClient;
  clock: ManualClock;
  enrollment: TotpEnrollment;
  codes: string[];
  /** The code for the next time step (each step is accepted once). */
  nextCode(): string;
}

/** A signed-in user with a confirmed TOTP device and acknowledged codes. */
async function enrolledUser(
  t: { after(fn: () => Promise<void>): void },
  options: EnvironmentOptions = {},
): Promise<Enrolled> {
  const clock = new ManualClock();
  const { env, dynamic, passkeys } = await server.environment({
    now: () => clock.now(),
    ...options,
  });
  t.after(() => signOut(dynamic));
  await signIn(env, dynamic);
  const mfa = createDynamicMfaClient(dynamic);
  const enrollment = await mfa.enrollTotp();
  const totp = OTPAuth.URI.parse(enrollment.uri);
  await mfa.verifyTotp({
    code: totp.generate({ timestamp: clock.now() }),
    deviceId: enrollment.deviceId,
  });
  const codes = await mfa.recoveryCodes();
  await mfa.acknowledgeRecoveryCodes();
  const nextCode = () => totp.generate({ timestamp: clock.advance(30_000) });
  return { env, dynamic, passkeys, mfa, clock, enrollment, codes, nextCode };
}

describe('tokens', () => {
  test('{ singleUse: true } yields Dynamic’s MFA token, good for one guarded action', async (t) => {
    const user = await enrolledUser(t, { mfa: { actions: [{ action: EXPORT, required: true }] } });
    const proof = await user.mfa.verifyTotp({
      code: user.nextCode(),
      token: { singleUse: true },
      action: EXPORT,
    });
    const token = proof.token!;
    assert.ok(token, 'a token');
    assert.match(token.value, /^mfa_/);
    assert.equal(token.singleUse, true);
    assert.deepEqual(token.scopes, []);
    assert.equal(token.action, EXPORT);
    assert.ok(Date.parse(token.expiresAt) > Date.now());
    // The SDK keeps it too (its own WaaS calls would consume it).
    assert.equal(user.dynamic.mfaToken, token.value);
    const userId = user.dynamic.user!.id;
    assert.equal(await user.env.authorizeAction(EXPORT, userId, token.value), true);
    assert.equal(await user.env.authorizeAction(EXPORT, userId, token.value), false, 'single-use');
  });

  test('{ scopes } yields an elevated access token with those scopes', async (t) => {
    const user = await enrolledUser(t, {
      mfa: { actions: [{ action: EXPORT, required: true, tokenBehavior: 'single_use' }] },
    });
    const proof = await user.mfa.verifyRecoveryCode({
      code: user.codes[0],
      token: { scopes: ['wallet:export'] },
      action: EXPORT,
    });
    assert.equal(proof.method, 'recovery-code');
    const token = proof.token!;
    assert.equal(token.value.split('.').length, 3, 'a JWT');
    assert.deepEqual(token.scopes, ['wallet:export']);
    assert.equal(token.singleUse, true);
    // The SDK stored it for its own calls that need `wallet:export`.
    assert.equal(
      getElevatedAccessToken({ scope: 'wallet:export', consume: false }, user.dynamic),
      token.value,
    );
    const userId = user.dynamic.user!.id;
    assert.equal(await user.env.authorizeAction(EXPORT, userId, token.value), true);
    assert.equal(await user.env.authorizeAction(EXPORT, userId, token.value), false, 'single-use');
  });

  test('a persistent MFA token works more than once', async (t) => {
    const user = await enrolledUser(t);
    const proof = await user.mfa.verifyTotp({ code: user.nextCode(), token: { singleUse: false } });
    assert.equal(proof.token?.singleUse, false);
    const userId = user.dynamic.user!.id;
    assert.equal(await user.env.authorizeAction(EXPORT, userId, proof.token.value), true);
    assert.equal(await user.env.authorizeAction(EXPORT, userId, proof.token.value), true);
  });
});

describe('action-based MFA', () => {
  test('isRequiredForAction passes Dynamic’s action names through to isMfaRequiredForAction', async (t) => {
    const optional = { enabled: false, required: false, enrollment: 'action' as const };
    const clock = new ManualClock();
    const { env, dynamic } = await server.environment({
      now: () => clock.now(),
      mfa: {
        ...optional,
        actions: [
          { action: EXPORT, required: true },
          { action: 'wallet.waas.sign', required: false },
        ],
      },
    });
    t.after(() => signOut(dynamic));
    await signIn(env, dynamic);
    const mfa = createDynamicMfaClient(dynamic);
    assert.equal(dynamic.user?.scope, 'user:basic', 'no MFA at sign-in');
    // Required for the action, but MFA is optional and the user has no method yet.
    assert.equal(await mfa.isRequiredForAction(EXPORT), false);
    assert.equal(await mfa.isRequiredForAction('wallet.waas.sign'), false);
    assert.equal(await mfa.isRequiredForAction('wallet.waas.reshare'), false);
    const enrollment = await mfa.enrollTotp();
    await mfa.verifyTotp({
      code: OTPAuth.URI.parse(enrollment.uri).generate({ timestamp: clock.now() }),
      deviceId: enrollment.deviceId,
    });
    assert.equal(await mfa.isRequiredForAction(EXPORT), true);
    assert.equal(await mfa.isRequiredForAction('wallet.waas.sign'), false);
  });

  test('with MFA required by the project, the action always needs it', async (t) => {
    const { env, dynamic } = await server.environment({
      mfa: { enabled: false, required: true, actions: [{ action: EXPORT, required: true }] },
    });
    t.after(() => signOut(dynamic));
    await signIn(env, dynamic);
    assert.equal(await createDynamicMfaClient(dynamic).isRequiredForAction(EXPORT), true);
  });
});

describe('recovery codes', () => {
  test('a code works once; regenerating needs a fresh proof and voids the old set', async (t) => {
    const user = await enrolledUser(t);
    const [first, second] = user.codes as [string, string];
    assert.equal(
      (await user.mfa.verifyRecoveryCode({ code: first.toLowerCase() })).method,
      'recovery-code',
    );
    assert.equal((await user.mfa.status()).recoveryCodesRemaining, 9);
    await rejects(user.mfa.verifyRecoveryCode({ code: first }), 'invalid-code');

    // The proof above is fresh: new codes may be created now, not five minutes later.
    user.clock.advance(301_000);
    await rejects(user.mfa.recoveryCodes({ regenerate: true }), 'unauthorized');
    await user.mfa.verifyTotp({ code: user.nextCode() });
    const fresh = await user.mfa.recoveryCodes({ regenerate: true });
    assert.equal(fresh.length, 10);
    assert.equal((await user.mfa.status()).pending, 'acknowledge-recovery-codes');
    await user.mfa.acknowledgeRecoveryCodes();
    await rejects(user.mfa.verifyRecoveryCode({ code: second }), 'invalid-code');
    assert.equal((await user.mfa.verifyRecoveryCode({ code: fresh[3] })).method, 'recovery-code');
  });
});

describe('devices', () => {
  test('deleting the TOTP device needs a fresh MFA token, which it uses up', async (t) => {
    const user = await enrolledUser(t);
    const stale = await user.mfa.verifyTotp({ code: user.nextCode(), token: { singleUse: true } });
    assert.equal(
      await user.env.authorizeAction(EXPORT, user.dynamic.user!.id, stale.token!.value),
      true,
    );
    await rejects(
      user.mfa.deleteDevice({ deviceId: user.enrollment.deviceId, mfaToken: stale.token!.value }),
      'unauthorized',
    );
    await rejects(
      user.mfa.deleteDevice({ deviceId: 'no-such-device', mfaToken: stale.token!.value }),
      'not-enrolled',
    );
    const proof = await user.mfa.verifyTotp({ code: user.nextCode(), token: { singleUse: true } });
    await user.mfa.deleteDevice({
      deviceId: user.enrollment.deviceId,
      mfaToken: proof.token!.value,
    });
    const status = await user.mfa.status();
    assert.deepEqual(status.devices, []);
    assert.deepEqual(status.methods, []);
  });

  test('passkeys: register, verify with a token, delete', async (t) => {
    const user = await enrolledUser(t);
    // Adding a second factor right after MFA (a fresh session) is allowed.
    const device = await user.mfa.enrollPasskey({ alias: 'Laptop' });
    assert.equal(device.type, 'passkey');
    assert.equal(device.verified, true);
    const status = await user.mfa.status();
    assert.deepEqual(status.methods, ['totp', 'passkey', 'recovery-code']);
    assert.ok(status.devices.some((d) => d.id === device.id && d.type === 'passkey'));

    const proof = await user.mfa.verifyPasskey({ token: { singleUse: true } });
    assert.equal(proof.method, 'passkey');
    assert.equal(proof.token?.singleUse, true);
    assert.equal(user.passkeys.authenticator.counter, 1);
    // deletePasskey sends the MFA token the SDK holds: the one from the verification above.
    await user.mfa.deleteDevice({ deviceId: device.id, mfaToken: proof.token.value });
    assert.deepEqual((await user.mfa.status()).methods, ['totp', 'recovery-code']);
  });

  test('passkey errors: unsupported, cancelled, none registered', async (t) => {
    const user = await enrolledUser(t);
    user.passkeys.supported = false;
    await rejects(user.mfa.enrollPasskey(), 'passkey-unsupported');
    await rejects(user.mfa.verifyPasskey(), 'passkey-unsupported');
    user.passkeys.supported = true;
    await rejects(user.mfa.verifyPasskey(), 'not-enrolled');
    user.passkeys.fail = new DOMException(
      'The operation either timed out or was not allowed.',
      'NotAllowedError',
    );
    await rejects(user.mfa.enrollPasskey(), 'passkey-cancelled');
  });

  test('adding a factor later needs a fresh proof', async (t) => {
    const user = await enrolledUser(t);
    user.clock.advance(301_000);
    await rejects(user.mfa.enrollPasskey(), 'unauthorized');
    await user.mfa.verifyTotp({ code: user.nextCode() });
    assert.equal((await user.mfa.enrollPasskey()).type, 'passkey');
  });
});
