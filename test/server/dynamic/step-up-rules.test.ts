/// <reference types="node" />
// The adapter on Dynamic's 2026-04 step-up rules, over the REAL SDK against the stand-in: enroll
// and delete answer `step-up-required` until the user proves it is them; the proof (an emailed
// code, or a factor the user has) earns the elevated token the retried call needs; guards ask
// `checkStepUpAuth` per scope. The same calls on the older rules need no step-up.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import {
  sendEmailOTP,
  signInWithExternalJwt,
  verifyOTP,
  type TokenScope,
} from '@dynamic-labs-sdk/client';
import { createDynamicMfaClient } from '../../../src/clients/dynamic/index.js';
import { MfaError } from '../../../src/client/errors.js';
import type { TotpEnrollment } from '../../../src/client/types.js';
import { ManualClock } from '../../../src/clients/memory/manual-clock.js';
import { signIn, signOut, StandInServer } from './sdk.js';

let server: StandInServer;
before(async () => {
  server = await StandInServer.start();
});
after(() => server.close());

const codeAt = (enrollment: TotpEnrollment, at: number) =>
  OTPAuth.URI.parse(enrollment.uri).generate({ timestamp: at });

async function rejects(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => assert.fail(`expected ${code}`),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof MfaError, `an MfaError, got ${String(error)}`);
  assert.equal(error.code, code);
}

async function setUp(t: { after(fn: () => unknown): void }, rules: '2026_04_01' | undefined) {
  const clock = new ManualClock(Date.now());
  const { env, dynamic } = await server.environment({
    now: () => clock.now(),
    mfa: {
      enrollment: 'none',
      required: true,
      actions: [{ action: 'wallet.waas.export', required: true }],
    },
    ...(rules ? { minApiVersion: rules } : {}),
  });
  t.after(() => signOut(dynamic));
  await signIn(env, dynamic, 'kim');
  return { clock, env, dynamic, mfa: createDynamicMfaClient(dynamic) };
}

describe('the adapter on 2026-04 step-up rules', () => {
  test('first enrollment: step-up-required, then an emailed code earns credential:link', async (t) => {
    const { clock, env, dynamic, mfa } = await setUp(t, '2026_04_01');
    assert.equal(await mfa.isRequiredForAction('device.add'), true);
    await rejects(mfa.enrollTotp(), 'step-up-required');
    await rejects(mfa.enrollPasskey(), 'step-up-required');
    // Re-authentication through the SDK's own OTP functions (what the kit's method wraps).
    const otp = await sendEmailOTP({ email: 'kim@example.com' }, dynamic);
    await verifyOTP(
      {
        otpVerification: otp,
        verificationToken: env.emailCodes.outbox('kim')!,
        requestedScopes: ['credential:link' as TokenScope],
      },
      dynamic,
    );
    assert.equal(await mfa.isRequiredForAction('device.add'), false, 'the SDK holds the token');
    const enrollment = await mfa.enrollTotp();
    await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()), deviceId: enrollment.deviceId });
    assert.deepEqual((await mfa.status()).methods, ['totp', 'recovery-code']);
    // The single-use token is gone: adding another factor needs a new step-up.
    await rejects(mfa.enrollPasskey(), 'step-up-required');
  });

  test('deleting: refused, then a TOTP proof (no token asked) earns credential:unlink for the retry', async (t) => {
    const { clock, env, dynamic, mfa } = await setUp(t, '2026_04_01');
    const otp = await sendEmailOTP({ email: 'kim@example.com' }, dynamic);
    await verifyOTP(
      {
        otpVerification: otp,
        verificationToken: env.emailCodes.outbox('kim')!,
        requestedScopes: ['credential:link' as TokenScope],
      },
      dynamic,
    );
    const enrollment = await mfa.enrollTotp();
    await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()), deviceId: enrollment.deviceId });
    await rejects(
      mfa.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: '' }),
      'step-up-required',
    );
    clock.advance(30_000);
    const proof = await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()) });
    assert.equal(proof.token, undefined, 'the elevated token stays in the SDK');
    await mfa.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: '' });
    assert.deepEqual((await mfa.status()).devices, []);
  });

  test('a guard for device.delete asks for credential:unlink with its MFA token', async (t) => {
    const { clock, env, dynamic, mfa } = await setUp(t, '2026_04_01');
    const otp = await sendEmailOTP({ email: 'kim@example.com' }, dynamic);
    await verifyOTP(
      {
        otpVerification: otp,
        verificationToken: env.emailCodes.outbox('kim')!,
        requestedScopes: ['credential:link' as TokenScope],
      },
      dynamic,
    );
    const enrollment = await mfa.enrollTotp();
    await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()), deviceId: enrollment.deviceId });
    assert.equal(await mfa.isRequiredForAction('device.delete'), true);
    clock.advance(30_000);
    // What <mfa-devices> does: a single-use token for `device.delete`, then deleteDevice with it.
    const proof = await mfa.verifyTotp({
      code: codeAt(enrollment, clock.now()),
      action: 'device.delete',
      token: { singleUse: true },
    });
    assert.ok(proof.token?.value);
    await mfa.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: proof.token.value });
    assert.deepEqual((await mfa.status()).devices, []);
  });

  test('scoped guards: checkStepUpAuth per scope, fail closed when the check fails', async (t) => {
    const { dynamic, mfa } = await setUp(t, '2026_04_01');
    assert.equal(await mfa.isStepUpRequired!(['wallet:export']), true);
    assert.equal(await mfa.isStepUpRequired!(['wallet:sign']), false);
    assert.equal(await mfa.isStepUpRequired!(['wallet:sign', 'wallet:export']), true, 'any scope');
    assert.equal(await mfa.isStepUpRequired!(['nope:nope']), true, 'a failed check asks');
    await rejects(mfa.isStepUpRequired!([]), 'invalid-request');
    assert.equal(await mfa.isRequiredForAction('wallet:export'), true);
    assert.equal(await mfa.isRequiredForAction('wallet.waas.export'), true);
    assert.equal(await mfa.isRequiredForAction('wallet:sign'), false);
    // An unknown scope is a 400 from stepUp/check: the SDK answers "required".
    assert.equal(await mfa.isRequiredForAction('nope:nope'), true);
    assert.ok(dynamic.user);
  });
});

describe('re-authentication with an emailed code (sendReauthCode / verifyReauthCode)', () => {
  test('a user without MFA: step-up-required, an emailed code, then the enrollment runs', async (t) => {
    const { clock, env, mfa } = await setUp(t, '2026_04_01');
    await rejects(mfa.enrollTotp(), 'step-up-required');
    const sent = await mfa.sendReauthCode!();
    assert.deepEqual(sent, { channel: 'email', destination: 'k…@example.com', resendAfter: 30 });
    const code = env.emailCodes.outbox('kim')!;
    const wrong = code === '000000' ? '000001' : '000000';
    await rejects(mfa.verifyReauthCode!({ code: wrong }), 'invalid-code');
    // The refused call's scope is asked for; no token is handed out since none was asked for.
    assert.deepEqual(await mfa.verifyReauthCode!({ code }), { method: 'email-code' });
    const enrollment = await mfa.enrollTotp();
    await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()), deviceId: enrollment.deviceId });
    await rejects(mfa.verifyReauthCode!({ code }), 'expired');
  });

  test('sending again waits for the cooldown; a scoped request gets the elevated token', async (t) => {
    const { env, mfa } = await setUp(t, '2026_04_01');
    await mfa.sendReauthCode!();
    const early = await mfa.sendReauthCode!().then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(
      early instanceof MfaError && early.code === 'rate-limited' && (early.retryAfter ?? 0) > 0,
    );
    const proof = await mfa.verifyReauthCode!({
      code: env.emailCodes.outbox('kim')!,
      token: { scopes: ['wallet:export'] },
      action: 'wallet.waas.export',
    });
    assert.equal(proof.method, 'email-code');
    assert.deepEqual(proof.token?.scopes, ['wallet:export']);
    assert.equal(await env.authorizeAction('wallet.waas.export', 'kim', proof.token.value), true);
  });
});

describe('re-authentication with a texted code (channel: sms)', () => {
  const phone = { isoCountryCode: 'GB', phoneCountryCode: '44', phoneNumber: '7700900123' };

  async function withPhone(t: { after(fn: () => unknown): void }, userId: string) {
    const set = await setUp(t, '2026_04_01');
    await signOut(set.dynamic);
    const externalJwt = await set.env.externalJwt(userId, `${userId}@example.com`, phone);
    await signInWithExternalJwt({ externalJwt }, set.dynamic);
    return set;
  }

  test('the destinations are masked, email first; a user without a phone has email only', async (t) => {
    const { mfa } = await setUp(t, '2026_04_01');
    assert.deepEqual(await mfa.reauthDestinations!(), [
      { channel: 'email', destination: 'k…@example.com' },
    ]);
    await rejects(mfa.sendReauthCode!({ channel: 'sms' }), 'not-enrolled');
    await rejects(mfa.sendReauthCode!({ channel: 'fax' as unknown as 'sms' }), 'invalid-request');
  });

  test('a texted code earns the scope the refused enrollment waits for', async (t) => {
    const { clock, env, mfa } = await withPhone(t, 'ravi');
    const destinations = await mfa.reauthDestinations!();
    assert.deepEqual(destinations, [
      { channel: 'email', destination: 'r…@example.com' },
      { channel: 'sms', destination: '+44 ••• 23' },
    ]);
    // Nothing of the number but its last two digits reaches the page.
    assert.ok(!JSON.stringify(destinations).includes('7700900'));
    await rejects(mfa.enrollTotp(), 'step-up-required');
    const sent = await mfa.sendReauthCode!({ channel: 'sms' });
    assert.deepEqual(sent, { channel: 'sms', destination: '+44 ••• 23', resendAfter: 30 });
    assert.equal(env.emailCodes.outbox('ravi'), undefined, 'nothing was emailed');
    // One wait for both channels: switching channel does not skip it.
    await rejects(mfa.sendReauthCode!({ channel: 'email' }), 'rate-limited');
    const code = env.smsCodes.outbox('ravi')!;
    await rejects(
      mfa.verifyReauthCode!({ code: code === '000000' ? '000001' : '000000' }),
      'invalid-code',
    );
    assert.deepEqual(await mfa.verifyReauthCode!({ code }), { method: 'sms-code' });
    const enrollment = await mfa.enrollTotp();
    await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()), deviceId: enrollment.deviceId });
    await rejects(mfa.verifyReauthCode!({ code }), 'expired');
  });

  test('a scoped request by SMS gets the elevated token the app server accepts once', async (t) => {
    const { env, mfa } = await withPhone(t, 'noor');
    await mfa.sendReauthCode!({ channel: 'sms' });
    const proof = await mfa.verifyReauthCode!({
      code: env.smsCodes.outbox('noor')!,
      token: { scopes: ['wallet:export'], singleUse: true },
    });
    assert.equal(proof.method, 'sms-code');
    assert.deepEqual(proof.token?.scopes, ['wallet:export']);
    assert.equal(await env.authorizeAction('wallet.waas.export', 'noor', proof.token.value), true);
    assert.equal(await env.authorizeAction('wallet.waas.export', 'noor', proof.token.value), false);
  });
});

describe('the adapter on the older rules', () => {
  test('a scope without an action is still checked with checkStepUpAuth', async (t) => {
    const { mfa } = await setUp(t, undefined);
    assert.equal(await mfa.isStepUpRequired!(['wallet:export']), true);
    assert.equal(await mfa.isStepUpRequired!(['wallet:sign']), false);
    assert.equal(await mfa.isRequiredForAction('wallet.waas.export'), true);
  });

  test('a first factor needs no step-up; deleting takes the MFA token', async (t) => {
    const { clock, mfa } = await setUp(t, undefined);
    const enrollment = await mfa.enrollTotp();
    await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()), deviceId: enrollment.deviceId });
    await rejects(
      mfa.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: 'mfa_wrong' }),
      'unauthorized',
    );
    clock.advance(30_000);
    const proof = await mfa.verifyTotp({
      code: codeAt(enrollment, clock.now()),
      token: { singleUse: true },
    });
    await mfa.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: proof.token!.value });
    assert.deepEqual((await mfa.status()).devices, []);
  });
});
