/// <reference types="node" />
// createDynamicMfaClient over the REAL @dynamic-labs-sdk/client, in Node, against the stand-in on
// loopback: account-level MFA (enroll a TOTP device, confirm it, acknowledge recovery codes; sign
// in again and verify) with the SDK's session scopes, wrong and replayed codes, the lockout, and
// status updates from the SDK's `userChanged`. What every client shares (the one-device rule,
// aborting…) is in the contract suite (test/clients/contract-suite.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import {
  createDynamicMfaClient,
  type DynamicMfaClient,
} from '../../../src/clients/dynamic/index.js';
import { MfaError } from '../../../src/client/errors.js';
import type { MfaStatus, TotpEnrollment } from '../../../src/client/types.js';
import { ManualClock } from '../../../src/clients/memory/manual-clock.js';
import { signIn, signOut, StandInServer } from './sdk.js';

let server: StandInServer;
before(async () => {
  server = await StandInServer.start();
});
after(() => server.close());

const codeAt = (enrollment: TotpEnrollment, at: number) =>
  OTPAuth.URI.parse(enrollment.uri).generate({ timestamp: at });

async function rejects(promise: Promise<unknown>, code: string): Promise<MfaError> {
  const error = await promise.then(
    () => assert.fail(`expected ${code}`),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof MfaError, `an MfaError, got ${String(error)}`);
  assert.equal(error.code, code);
  return error;
}

describe('account-level MFA through the real SDK', () => {
  test('enroll TOTP, confirm it, acknowledge the recovery codes; then verify on the next sign-in', async (t) => {
    const clock = new ManualClock();
    const { env, dynamic } = await server.environment({ now: () => clock.now(), issuer: 'Acme' });
    t.after(() => signOut(dynamic));
    await signIn(env, dynamic, 'ada');
    const mfa = createDynamicMfaClient(dynamic);

    assert.equal(dynamic.user?.scope, 'requiresAdditionalAuth');
    const start = await mfa.status();
    assert.deepEqual(start, {
      pending: 'enroll',
      methods: [],
      devices: [],
      recoveryCodesRemaining: 0,
    });

    const enrollment = await mfa.enrollTotp();
    assert.equal(enrollment.issuer, 'Acme');
    assert.equal(enrollment.accountName, 'ada@example.com');
    assert.deepEqual([enrollment.algorithm, enrollment.digits, enrollment.period], ['SHA1', 6, 30]);
    assert.match(enrollment.uri, /^otpauth:\/\/totp\//);
    assert.equal(OTPAuth.URI.parse(enrollment.uri).secret.base32, enrollment.secret);
    const unconfirmed = await mfa.status();
    assert.equal(unconfirmed.pending, 'enroll');
    assert.deepEqual(
      unconfirmed.devices.map((d) => [d.id, d.type, d.verified]),
      [[enrollment.deviceId, 'totp', false]],
    );

    const proof = await mfa.verifyTotp({
      code: codeAt(enrollment, clock.now()),
      deviceId: enrollment.deviceId,
    });
    assert.deepEqual(proof, { method: 'totp', deviceId: enrollment.deviceId });
    // The SDK applied Dynamic's VerifyResponse: a full JWT replaced the restricted one.
    assert.equal(dynamic.user?.scope, 'user:basic');
    assert.equal(dynamic.user?.mfaBackupCodeAcknowledgement, 'pending');

    const acknowledging = await mfa.status();
    assert.equal(acknowledging.pending, 'acknowledge-recovery-codes');
    assert.deepEqual(acknowledging.methods, ['totp', 'recovery-code']);

    const codes = await mfa.recoveryCodes();
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    for (const code of codes)
      assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await mfa.acknowledgeRecoveryCodes();
    assert.equal(dynamic.user?.mfaBackupCodeAcknowledgement, 'complete');
    const done = await mfa.status();
    assert.equal(done.pending, null);
    assert.equal(done.recoveryCodesRemaining, 10);
    // Acknowledged codes are gone from the server: only new ones can be had.
    await rejects(mfa.recoveryCodes(), 'invalid-request');

    // A new session starts restricted: the user must verify.
    await signOut(dynamic);
    clock.advance(30_000);
    await signIn(env, dynamic, 'ada');
    assert.equal(dynamic.user?.scope, 'requiresAdditionalAuth');
    assert.equal((await mfa.status()).pending, 'verify');
    await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()) });
    assert.equal(dynamic.user?.scope, 'user:basic');
    assert.equal((await mfa.status()).pending, null);
  });

  test('wrong and replayed codes are invalid-code; the lockout is rate-limited, even for a right code', async (t) => {
    const clock = new ManualClock();
    const { env, dynamic } = await server.environment({
      now: () => clock.now(),
      rateLimit: { maxFailures: 3, baseDelaySeconds: 30 },
    });
    t.after(() => signOut(dynamic));
    await signIn(env, dynamic);
    const mfa = createDynamicMfaClient(dynamic);
    const enrollment = await mfa.enrollTotp();
    const first = codeAt(enrollment, clock.now());
    await mfa.verifyTotp({ code: first, deviceId: enrollment.deviceId });
    // The code that confirmed the device has used up its time step.
    await rejects(mfa.verifyTotp({ code: first }), 'invalid-code');
    const wrong = first === '000000' ? '111111' : '000000';
    await rejects(mfa.verifyTotp({ code: wrong }), 'invalid-code');
    await rejects(mfa.verifyTotp({ code: wrong }), 'invalid-code');
    // The third failure locked the account: now even the right code is refused.
    clock.advance(20_000);
    await rejects(mfa.verifyTotp({ code: codeAt(enrollment, clock.now()) }), 'rate-limited');
    clock.advance(11_000);
    const proof = await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()) });
    assert.equal(proof.method, 'totp');
  });

  test('status follows the SDK: onStatusChange re-reads it when the user changes', async (t) => {
    const clock = new ManualClock();
    const { env, dynamic } = await server.environment({ now: () => clock.now() });
    t.after(() => signOut(dynamic));
    const mfa: DynamicMfaClient = createDynamicMfaClient(dynamic);
    await rejects(mfa.status(), 'unauthorized');
    const seen: MfaStatus[] = [];
    const stop = mfa.onStatusChange((status) => seen.push(status));
    await signIn(env, dynamic);
    await waitFor(() => seen.length >= 1);
    assert.equal(seen.at(-1)?.pending, 'enroll');
    const enrollment = await mfa.enrollTotp();
    await mfa.verifyTotp({ code: codeAt(enrollment, clock.now()), deviceId: enrollment.deviceId });
    await waitFor(() => seen.at(-1)?.pending === 'acknowledge-recovery-codes');
    await mfa.acknowledgeRecoveryCodes();
    await waitFor(() => seen.at(-1)?.pending === null);
    stop();
    const count = seen.length;
    await signOut(dynamic);
    await signIn(env, dynamic);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(seen.length, count, 'no calls after unsubscribing');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) assert.fail('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
