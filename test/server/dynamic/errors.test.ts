/// <reference types="node" />
// Error mapping: the SDK's own error classes (constructed from the real package), the shapes the
// generated API client throws, WebAuthn failures, and — end to end — an expired session (401)
// and an unreachable API (network).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MfaInvalidOtpError,
  MfaRateLimitedError,
  NoPasskeyCredentialsFoundError,
  NoWebAuthNSupportError,
  UnauthorizedError,
} from '@dynamic-labs-sdk/client';
import { APIError, ValueMustBeDefinedError } from '@dynamic-labs-sdk/client/core';
import { createDynamicMfaClient, fromDynamicError } from '../../../src/clients/dynamic/index.js';
import { MfaError } from '../../../src/client/errors.js';
import { ManualClock } from '../../../src/clients/memory/manual-clock.js';
import { signIn, signOut, StandInServer } from './sdk.js';

const codeOf = (error: unknown) => fromDynamicError(error).code;

describe('fromDynamicError', () => {
  test('the SDK’s MFA errors', () => {
    const cause = new APIError('Invalid code', 'mfa_invalid_code', 400);
    assert.equal(codeOf(new MfaInvalidOtpError({ cause })), 'invalid-code');
    assert.equal(codeOf(new MfaRateLimitedError({ cause })), 'rate-limited');
    assert.equal(codeOf(new NoWebAuthNSupportError()), 'passkey-unsupported');
    assert.equal(codeOf(new NoPasskeyCredentialsFoundError()), 'not-enrolled');
    assert.equal(codeOf(new UnauthorizedError({ cause: null })), 'unauthorized');
    assert.equal(codeOf(new ValueMustBeDefinedError('User not logged in')), 'unauthorized');
    assert.equal(
      codeOf(new ValueMustBeDefinedError('mfaAuthToken is required')),
      'invalid-request',
    );
  });

  test('APIError by status when no SDK class was mapped', () => {
    assert.equal(codeOf(new APIError('Unauthorized', 'unauthorized', 401)), 'unauthorized');
    assert.equal(codeOf(new APIError('MFA required', 'mfa_required', 403)), 'unauthorized');
    assert.equal(codeOf(new APIError('Too many', 'whatever', 429)), 'rate-limited');
    assert.equal(codeOf(new APIError('Not found', 'not_found', 404)), 'not-enrolled');
    assert.equal(codeOf(new APIError('Bad', 'bad_request', 400)), 'invalid-request');
    assert.equal(codeOf(new APIError('Down', 'internal_error', 500)), 'unknown');
    assert.equal(codeOf(new APIError('Invalid code', 'mfa_invalid_code', 400)), 'invalid-code');
  });

  test('a raw Response (an error body that is not Dynamic’s JSON)', () => {
    const limited = fromDynamicError(
      new Response('slow down', { status: 429, headers: { 'retry-after': '42' } }),
    );
    assert.equal(limited.code, 'rate-limited');
    assert.equal(limited.retryAfter, 42);
    assert.equal(codeOf(new Response('oops', { status: 502 })), 'unknown');
  });

  test('WebAuthn and network failures, and the original kept as cause', () => {
    const cancelled = new DOMException('not allowed', 'NotAllowedError');
    const mapped = fromDynamicError(cancelled);
    assert.equal(mapped.code, 'passkey-cancelled');
    assert.equal(mapped.cause, cancelled);
    assert.equal(codeOf(new DOMException('exists', 'InvalidStateError')), 'already-enrolled');
    assert.equal(codeOf(new DOMException('bad rp', 'SecurityError')), 'passkey-unsupported');
    assert.equal(codeOf(new TypeError('fetch failed')), 'network');
    assert.equal(codeOf(new Error('something else')), 'unknown');
    assert.equal(codeOf('a string'), 'unknown');
    const own = new MfaError('expired');
    assert.equal(fromDynamicError(own), own);
  });
});

describe('end to end', () => {
  let server: StandInServer;
  before(async () => {
    server = await StandInServer.start();
  });
  after(() => server.close());

  test('an expired Dynamic session is unauthorized', async (t) => {
    const clock = new ManualClock();
    const { env, dynamic } = await server.environment({
      now: () => clock.now(),
      sessionSeconds: 60,
    });
    t.after(() => signOut(dynamic));
    await signIn(env, dynamic);
    const mfa = createDynamicMfaClient(dynamic);
    assert.equal((await mfa.status()).pending, 'enroll');
    clock.advance(61_000);
    await assert.rejects(
      mfa.status(),
      (error: unknown) => error instanceof MfaError && error.code === 'unauthorized',
    );
    await assert.rejects(
      mfa.enrollTotp(),
      (error: unknown) => error instanceof MfaError && error.code === 'unauthorized',
    );
  });

  test('bad input is refused before anything is sent', async (t) => {
    const { env, dynamic } = await server.environment();
    t.after(() => signOut(dynamic));
    await signIn(env, dynamic);
    const mfa = createDynamicMfaClient(dynamic);
    const invalid = (error: unknown) =>
      error instanceof MfaError && error.code === 'invalid-request';
    await assert.rejects(mfa.verifyTotp({ code: '' }), invalid);
    await assert.rejects(mfa.verifyTotp({ code: 123456 as unknown as string }), invalid);
    await assert.rejects(mfa.verifyRecoveryCode({ code: '   ' }), invalid);
    await assert.rejects(mfa.verifyTotp({ code: '123456', token: { scopes: [] } }), invalid);
    await assert.rejects(mfa.deleteDevice({ deviceId: 'x', mfaToken: '' }), invalid);
    await assert.rejects(mfa.isRequiredForAction(''), invalid);
    await assert.rejects(
      mfa.verifyTotp({ code: '123456', action: 42 as unknown as string }),
      invalid,
    );
    await assert.rejects(
      mfa.verifyPasskey({ token: { singleUse: 'yes' as unknown as boolean } }),
      invalid,
    );
  });

  test('an unreachable API is a network error', async (t) => {
    const { env, dynamic, network } = await server.environment();
    t.after(() => signOut(dynamic));
    await signIn(env, dynamic);
    const mfa = createDynamicMfaClient(dynamic);
    network.offline = true;
    await assert.rejects(
      mfa.status(),
      (error: unknown) => error instanceof MfaError && error.code === 'network',
    );
    await assert.rejects(
      mfa.verifyTotp({ code: '123456' }),
      (error: unknown) => error instanceof MfaError && error.code === 'network',
    );
    network.offline = false;
    assert.equal((await mfa.status()).pending, 'enroll');
  });
});
