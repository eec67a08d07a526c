/// <reference types="node" />
/**
 * The client contract suite: what every `MfaClient` must do the same way, whatever its backend.
 * It follows the store's conformance suite (test/server/conformance/store-suite.ts): one function
 * that defines the cases on `node:test`, run once per client with a harness:
 *
 *   clientContractSuite('memory client', memoryHarness);
 *
 * The per-client test files keep only what is specific to each client (HTTP statuses and
 * requests, the SDK's session, the memory client's hooks and storage).
 */
import { mfaError as expectMfaError, rejection } from '../support/mfa-rejection.js';
import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import { isAbortError, MfaError, type MfaErrorCode } from '../../src/client/errors.js';
import type { MfaClient, MfaStatus, TotpEnrollment } from '../../src/client/types.js';

/** One signed-in user of the backend under test, with nothing enrolled yet. */
export interface ContractUser {
  client: MfaClient;
  /** The backend's clock, in epoch ms (TOTP codes are computed for it). */
  now(): number;
  /** Move the backend's clock forward. */
  advance(seconds: number): void;
  /** Sign out and in again as the same user: a new session that has not proved a factor. */
  newSession(): Promise<MfaClient>;
}

export interface ClientHarness {
  /** A fresh user; clean-up goes through `t.after`. */
  user(t: TestContext): Promise<ContractUser>;
  /** More checks on an expected `MfaError` (the HTTP client checks the status behind the code). */
  checkError?(error: MfaError, code: MfaErrorCode): void;
  capabilities: {
    /**
     * Passkey ceremonies the harness can play in Node. The memory client's ceremony is the
     * browser's own WebAuthn, so its passkeys are tested in Chromium (test/testing/passkeys.test.ts).
     */
    passkeys: boolean;
    /**
     * Proofs name their device (without one asked for) and a recovery-code proof the codes left; the status counts
     * recovery codes from the moment they are issued. Dynamic's answers say less (its verify
     * response names no device, and its user record counts codes only once acknowledged).
     */
    detailedProofs: boolean;
    /** A lockout says when to retry (`retryAfter`). The Dynamic adapter, through the SDK, gives none. */
    retryAfter: boolean;
  };
}

/** The lockout every harness configures: 5 failures, then 30 s. */
export const CONTRACT_MAX_FAILURES = 5;
export const CONTRACT_LOCK_SECONDS = 30;

const NOTHING_ENROLLED: MfaStatus = {
  pending: 'enroll',
  methods: [],
  devices: [],
  recoveryCodesRemaining: 0,
};
/** Shaped like a token of the reference server (mfa_ + 256 bits), but issued by nobody. */
const FORGED_TOKEN = `mfa_${'A'.repeat(43)}`;
const RECOVERY_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

export function clientContractSuite(name: string, harness: ClientHarness): void {
  async function mfaError(promise: Promise<unknown>, code: MfaErrorCode): Promise<MfaError> {
    const error = await expectMfaError(promise, code);
    harness.checkError?.(error, code);
    return error;
  }

  function totpProof(deviceId: string) {
    return harness.capabilities.detailedProofs ? { method: 'totp', deviceId } : { method: 'totp' };
  }

  /** An authenticator app reading the enrollment's URI, at the backend's clock. */
  function app(user: ContractUser, enrollment: TotpEnrollment) {
    const totp = OTPAuth.URI.parse(enrollment.uri);
    assert.ok(totp instanceof OTPAuth.TOTP);
    return {
      totp,
      code: (offsetSteps = 0) => totp.generate({ timestamp: user.now() + offsetSteps * 30_000 }),
      /** A code that is wrong for every step the backend accepts now. */
      wrongCode() {
        const accepted = new Set([-1, 0, 1].map((offset) => this.code(offset)));
        for (let n = 0; ; n += 1) {
          const candidate = String(n).padStart(6, '0');
          if (!accepted.has(candidate)) return candidate;
        }
      },
    };
  }

  /** A user with a confirmed authenticator app; the clock is moved to an unused step. */
  async function enrolled(t: TestContext, options: { acknowledge?: boolean } = {}) {
    const user = await harness.user(t);
    const enrollment = await user.client.enrollTotp();
    const authenticator = app(user, enrollment);
    await user.client.verifyTotp({ code: authenticator.code(), deviceId: enrollment.deviceId });
    if (options.acknowledge) {
      await user.client.recoveryCodes();
      await user.client.acknowledgeRecoveryCodes();
    }
    user.advance(30);
    return { user, client: user.client, enrollment, app: authenticator };
  }

  describe(`${name}: the MfaClient contract`, () => {
    test('status: a new user has nothing enrolled', async (t) => {
      const { client } = await harness.user(t);
      assert.deepEqual(await client.status(), NOTHING_ENROLLED);
    });

    test('TOTP: enroll, confirm with a code from the URI, then acknowledge recovery codes', async (t) => {
      const user = await harness.user(t);
      const enrollment = await user.client.enrollTotp();
      assert.deepEqual(
        [enrollment.algorithm, enrollment.digits, enrollment.period],
        ['SHA1', 6, 30],
      );
      assert.match(enrollment.uri, /^otpauth:\/\/totp\//);
      const authenticator = app(user, enrollment);
      assert.equal(authenticator.totp.secret.base32, enrollment.secret);
      const unconfirmed = await user.client.status();
      assert.equal(unconfirmed.pending, 'enroll');
      assert.deepEqual(
        unconfirmed.devices.map((device) => [device.id, device.type, device.verified]),
        [[enrollment.deviceId, 'totp', false]],
      );
      assert.ok(!JSON.stringify(unconfirmed).includes(enrollment.secret), 'no secret in status');

      const proof = await user.client.verifyTotp({
        code: authenticator.code(),
        deviceId: enrollment.deviceId,
      });
      assert.deepEqual(proof, { method: 'totp', deviceId: enrollment.deviceId });
      const status = await user.client.status();
      assert.equal(status.pending, 'acknowledge-recovery-codes');
      assert.deepEqual(status.methods, ['totp', 'recovery-code']);
      if (harness.capabilities.detailedProofs) assert.equal(status.recoveryCodesRemaining, 10);
      assert.deepEqual(
        status.devices.map((device) => [device.id, device.verified]),
        [[enrollment.deviceId, true]],
      );
      await user.client.acknowledgeRecoveryCodes();
      assert.equal((await user.client.status()).pending, null);
    });

    test('TOTP: enrolling again replaces an unconfirmed device; once confirmed, already-enrolled', async (t) => {
      const user = await harness.user(t);
      const first = await user.client.enrollTotp();
      const second = await user.client.enrollTotp();
      assert.notEqual(second.secret, first.secret);
      assert.notEqual(second.deviceId, first.deviceId);
      assert.deepEqual(
        (await user.client.status()).devices.map((device) => device.id),
        [second.deviceId],
      );
      await user.client.verifyTotp({
        code: app(user, second).code(),
        deviceId: second.deviceId,
      });
      await mfaError(user.client.enrollTotp(), 'already-enrolled');
    });

    test('TOTP: verifying without an authenticator app is not-enrolled', async (t) => {
      const { client } = await harness.user(t);
      await mfaError(client.verifyTotp({ code: '123456' }), 'not-enrolled');
    });

    test('TOTP: a code works once; the next step works, once', async (t) => {
      const { user, client, app: authenticator, enrollment } = await enrolled(t);
      const code = authenticator.code();
      assert.deepEqual(await client.verifyTotp({ code }), totpProof(enrollment.deviceId));
      await mfaError(client.verifyTotp({ code }), 'invalid-code');
      await mfaError(client.verifyTotp({ code: authenticator.wrongCode() }), 'invalid-code');
      user.advance(30);
      assert.equal((await client.verifyTotp({ code: authenticator.code() })).method, 'totp');
      await mfaError(client.verifyTotp({ code: authenticator.code() }), 'invalid-code');
    });

    test('TOTP: a new session must verify, and passes with a fresh code', async (t) => {
      const { user, client, app: authenticator } = await enrolled(t, { acknowledge: true });
      assert.equal((await client.status()).pending, null);
      const next = await user.newSession();
      assert.equal((await next.status()).pending, 'verify');
      await next.verifyTotp({ code: authenticator.code() });
      assert.equal((await next.status()).pending, null);
    });

    test('lockout: after the failure budget even a right code is rate-limited, until the wait ends', async (t) => {
      const { user, client, app: authenticator } = await enrolled(t);
      for (let attempt = 1; attempt <= CONTRACT_MAX_FAILURES; attempt += 1) {
        const wrong = await mfaError(
          client.verifyTotp({ code: authenticator.wrongCode() }),
          'invalid-code',
        );
        // The failure that starts the lock says so at once; the ones before it carry no wait.
        if (harness.capabilities.retryAfter)
          assert.equal(
            wrong.retryAfter,
            attempt === CONTRACT_MAX_FAILURES ? CONTRACT_LOCK_SECONDS : undefined,
            `failure ${attempt}`,
          );
      }
      const locked = await mfaError(
        client.verifyTotp({ code: authenticator.code() }),
        'rate-limited',
      );
      if (harness.capabilities.retryAfter) assert.equal(locked.retryAfter, CONTRACT_LOCK_SECONDS);
      // Recovery codes share the counter.
      const codes = await client.recoveryCodes();
      await mfaError(client.verifyRecoveryCode({ code: codes[0] }), 'rate-limited');
      user.advance(CONTRACT_LOCK_SECONDS + 1);
      assert.equal((await client.verifyTotp({ code: authenticator.code() })).method, 'totp');
    });

    test('recovery codes: ten distinct grouped codes, shown until acknowledged', async (t) => {
      const { client } = await enrolled(t);
      const codes = await client.recoveryCodes();
      assert.equal(codes.length, 10);
      assert.equal(new Set(codes).size, 10);
      for (const code of codes) assert.match(code, RECOVERY_CODE);
      await client.acknowledgeRecoveryCodes();
      const status = await client.status();
      assert.equal(status.pending, null);
      assert.equal(status.recoveryCodesRemaining, 10);
      assert.ok((await rejection(client.recoveryCodes())) instanceof MfaError);
    });

    test('recovery codes: one signs a new session in, once', async (t) => {
      const { user, client } = await enrolled(t);
      const codes = await client.recoveryCodes();
      await client.acknowledgeRecoveryCodes();
      const next = await user.newSession();
      assert.equal((await next.status()).pending, 'verify');
      assert.deepEqual(
        await next.verifyRecoveryCode({ code: codes[0].toLowerCase() }),
        harness.capabilities.detailedProofs
          ? { method: 'recovery-code', recoveryCodesRemaining: 9 }
          : { method: 'recovery-code' },
      );
      assert.equal((await next.status()).pending, null);
      await mfaError(next.verifyRecoveryCode({ code: codes[0] }), 'invalid-code');
      assert.equal((await next.status()).recoveryCodesRemaining, 9);
    });

    test('tokens: a single-use token bound to the action, only when asked', async (t) => {
      const { user, client, app: authenticator } = await enrolled(t, { acknowledge: true });
      const plain = await client.verifyTotp({
        code: authenticator.code(),
        action: 'wallet.export',
      });
      assert.ok(!('token' in plain), 'no token unless asked');
      user.advance(30);
      const proof = await client.verifyTotp({
        code: authenticator.code(),
        token: { singleUse: true },
        action: 'wallet.export',
      });
      assert.ok(proof.token);
      assert.equal(proof.token.singleUse, true);
      assert.equal(typeof proof.token.value, 'string');
      assert.ok(proof.token.value.length > 0);
      assert.ok(Number.isFinite(Date.parse(proof.token.expiresAt)));
    });

    test('devices: deleting a factor needs a fresh token; then the device is gone', async (t) => {
      const { client, app: authenticator, enrollment } = await enrolled(t, { acknowledge: true });
      await mfaError(
        client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: FORGED_TOKEN }),
        'unauthorized',
      );
      assert.equal((await client.status()).devices.length, 1, 'nothing deleted');
      const proof = await client.verifyTotp({
        code: authenticator.code(),
        token: { singleUse: true },
        action: 'device.delete',
      });
      await client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: proof.token!.value });
      // Only the devices: what follows differs. The memory client keeps the recovery codes, the
      // server drops them and asks to enroll again, and Dynamic's session stays verified.
      assert.deepEqual((await client.status()).devices, []);
    });

    test('aborting: an aborted call rejects with an AbortError DOMException', async (t) => {
      const { client } = await harness.user(t);
      const abortError = (error: unknown) => {
        assert.ok(error instanceof DOMException, String(error));
        assert.equal(error.name, 'AbortError');
        assert.ok(isAbortError(error));
      };
      // Aborted before the call…
      abortError(await rejection(client.status({ signal: AbortSignal.abort() })));
      abortError(await rejection(client.enrollTotp({ signal: AbortSignal.abort() })));
      abortError(
        await rejection(client.verifyTotp({ code: '123456', signal: AbortSignal.abort() })),
      );
      assert.deepEqual((await client.status()).devices, [], 'nothing enrolled');
      // …and while it runs. (What the backend did with a request already sent is its own
      // business: the rejection is what the contract promises.)
      for (const call of [
        (signal: AbortSignal) => client.status({ signal }),
        (signal: AbortSignal) => client.enrollTotp({ signal }),
      ]) {
        const controller = new AbortController();
        const pending = call(controller.signal);
        controller.abort();
        abortError(await rejection(pending));
      }
    });

    // Defined only where the harness can play the ceremony (no skipped tests).
    if (harness.capabilities.passkeys)
      test('passkeys: register, then verify in a new session', async (t) => {
        const user = await harness.user(t);
        const registered = await user.client.enrollPasskey({ alias: 'YubiKey' });
        assert.equal(registered.type, 'passkey');
        assert.equal(registered.verified, true);
        assert.equal((await user.client.status()).pending, 'acknowledge-recovery-codes');
        const next = await user.newSession();
        assert.equal((await next.status()).pending, 'verify');
        const proof = await next.verifyPasskey({ token: { singleUse: true } });
        assert.equal(proof.method, 'passkey');
        if (harness.capabilities.detailedProofs) assert.equal(proof.deviceId, registered.id);
        assert.equal(proof.token?.singleUse, true);
      });
  });
}
