/// <reference types="node" />
// createHttpClient against the REAL handler (in-memory PGlite, authenticate() reading test
// headers), with a fetch that calls the handler directly. Every request the client sends and every
// answer it gets is also checked against openapi.json (support/openapi-conformance.ts). What every
// client shares is in the contract suite (test/clients/contract-suite.ts, run by
// test/server/clients/http-contract.test.ts); this file keeps what is HTTP's own.
import { mfaError as expectMfaError, rejection } from '../support/mfa-rejection.js';
import { afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import { isAbortError, MfaError, type MfaErrorCode } from '../../src/client/errors.js';
import type { MfaClient, TotpEnrollment } from '../../src/client/types.js';
import {
  createHttpClient,
  MfaHttpError,
  parseRetryAfter,
  type HttpClientOptions,
  type WebAuthnCeremonies,
} from '../../src/clients/http/index.js';
import {
  captureConsole,
  createTestServer,
  ORIGIN,
  RP,
  TEST_KEY,
  uniqueUser,
  type TestServer,
} from './support/harness.js';
import { ConformanceRecorder, loadOpenApi } from './support/openapi-conformance.js';
import { SoftAuthenticator } from './support/soft-authenticator.js';

const BASE_URL = `${ORIGIN}/mfa`;
/** Requests a test sends on purpose against the document (the server must refuse them). */
const deliberatelyInvalid = new Set<string>();
const recorder = new ConformanceRecorder(loadOpenApi(), '/mfa', {
  strictRequests: true,
  allowInvalidRequests: (exchange) =>
    deliberatelyInvalid.has(`${exchange.method} ${exchange.path}`) && exchange.status >= 400,
});
let server: TestServer;

before(async () => {
  server = await createTestServer({
    encryptionKey: TEST_KEY,
    actions: {
      'wallet.export': { required: true },
      'profile.view': { required: false },
      'settings.change': { required: 'if-enrolled' },
      'wallet.waas:sign': { required: true },
    },
  });
});

afterEach(() => {
  deliberatelyInvalid.clear();
  assert.deepEqual(recorder.take(), [], 'every exchange matches openapi.json');
});

interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

interface TestClient {
  client: MfaClient;
  sent: SentRequest[];
}

/** A client for `user`, whose fetch calls the handler directly (through the conformance check). */
function clientFor(
  user: string | null,
  session = 'session-1',
  extra: Partial<HttpClientOptions> = {},
): TestClient {
  const sent: SentRequest[] = [];
  const handler = recorder.wrap(server.mfa);
  const headers: Record<string, string> = { origin: ORIGIN, 'x-test-session': session };
  if (user !== null) headers['x-test-user'] = user;
  const client = createHttpClient({
    baseUrl: BASE_URL,
    headers,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push({
        method: request.method,
        url: request.url,
        headers: new Headers(request.headers),
        body: request.body ? await request.clone().text() : '',
      });
      return handler(request);
    },
    ...extra,
  });
  return { client, sent };
}

async function mfaError(promise: Promise<unknown>, code: MfaErrorCode): Promise<MfaHttpError> {
  const error = await expectMfaError(promise, code);
  return error as MfaHttpError;
}

/** A phone's authenticator app: otpauth reading the enrollment's URI, at the server's clock. */
function authenticatorApp(enrollment: TotpEnrollment) {
  const totp = OTPAuth.URI.parse(enrollment.uri);
  assert.ok(totp instanceof OTPAuth.TOTP);
  return {
    totp,
    code: (offsetSteps = 0) => totp.generate({ timestamp: server.clock.ms + offsetSteps * 30_000 }),
    /** A code that is wrong for every step the server accepts now. */
    wrongCode() {
      const accepted = new Set([-1, 0, 1].map((offset) => this.code(offset)));
      for (let n = 0; ; n += 1) {
        const candidate = String(n).padStart(6, '0');
        if (!accepted.has(candidate)) return candidate;
      }
    },
  };
}

/** A user with a confirmed authenticator app (and acknowledged recovery codes when asked). */
async function enrolled(options: { acknowledge?: boolean } = {}) {
  const user = uniqueUser('http');
  const { client, sent } = clientFor(user);
  const enrollment = await client.enrollTotp();
  const app = authenticatorApp(enrollment);
  const proof = await client.verifyTotp({ code: app.code(), deviceId: enrollment.deviceId });
  if (options.acknowledge) {
    await client.recoveryCodes();
    await client.acknowledgeRecoveryCodes();
  }
  return { user, client, sent, enrollment, app, proof };
}

/** A single-use token from a new TOTP verification (a later step, so the code is fresh). */
async function freshToken(
  client: MfaClient,
  app: ReturnType<typeof authenticatorApp>,
  action?: string,
): Promise<string> {
  server.clock.advance(30);
  const proof = await client.verifyTotp({
    code: app.code(),
    token: { singleUse: true },
    ...(action && { action }),
  });
  assert.ok(proof.token);
  return proof.token.value;
}

/** POST tokens/verify the way an app in another language would. */
async function verifyTokenOverHttp(
  user: string,
  body: Record<string, unknown>,
  session = 'session-1',
) {
  const response = await recorder.wrap(server.mfa)(
    server.request('POST', 'tokens/verify', { user, session, body }),
  );
  return { status: response.status, body: await response.json() };
}

describe('status and sessions', () => {
  test('a new user: enrollment pending, nothing to verify with', async () => {
    const { client, sent } = clientFor(uniqueUser('http'));
    assert.deepEqual(await client.status(), {
      pending: 'enroll',
      methods: [],
      devices: [],
      recoveryCodesRemaining: 0,
    });
    assert.equal(sent.length, 1);
    assert.equal(sent[0].method, 'GET');
    assert.equal(sent[0].url, `${BASE_URL}/status`);
    assert.equal(sent[0].headers.get('accept'), 'application/json');
  });

  test('no session: unauthorized, with the status and the server reason', async () => {
    const { client } = clientFor(null);
    const error = await mfaError(client.status(), 'unauthorized');
    assert.ok(error instanceof MfaHttpError);
    assert.equal(error.status, 401);
    assert.equal(error.reason, 'no-session');
  });

  test('a session that has not proved its factor sees no devices and cannot read recovery codes', async () => {
    const { user } = await enrolled({ acknowledge: true });
    const other = clientFor(user, 'session-2').client;
    const status = await other.status();
    assert.equal(status.pending, 'verify');
    assert.deepEqual(status.devices, []);
    const error = await mfaError(other.recoveryCodes(), 'unauthorized');
    assert.equal(error.status, 403);
    assert.equal(error.reason, 'mfa-required');
  });
});

describe('TOTP', () => {
  test('enroll, then verify with a code computed by otpauth from the URI: the device is confirmed', async () => {
    const user = uniqueUser('http');
    const { client, sent } = clientFor(user);
    const enrollment = await client.enrollTotp();
    assert.equal(enrollment.accountName, `${user}@example.test`);
    assert.equal(enrollment.issuer, 'Example');
    assert.deepEqual([enrollment.digits, enrollment.period, enrollment.algorithm], [6, 30, 'SHA1']);
    const app = authenticatorApp(enrollment);
    assert.equal(app.totp.secret.base32, enrollment.secret);
    assert.equal(app.totp.issuer, 'Example');

    const proof = await client.verifyTotp({ code: app.code(), deviceId: enrollment.deviceId });
    assert.deepEqual(proof, { method: 'totp', deviceId: enrollment.deviceId });
    const verifyBody = JSON.parse(sent.at(-1)!.body);
    assert.deepEqual(
      Object.keys(verifyBody).sort(),
      ['code', 'deviceId'],
      'nothing but the protocol fields (no signal)',
    );

    const status = await client.status();
    assert.equal(status.pending, 'acknowledge-recovery-codes');
    assert.deepEqual(status.methods, ['totp', 'recovery-code']);
    assert.equal(status.devices.length, 1);
    assert.equal(status.devices[0].id, enrollment.deviceId);
    assert.equal(status.devices[0].verified, true);
    assert.equal(status.recoveryCodesRemaining, 10);
  });

  test('bad input the server refuses: invalid-request', async () => {
    const { client, app } = await enrolled();
    deliberatelyInvalid.add('POST /totp/verify');
    await mfaError(
      client.verifyTotp({ code: app.code(), action: 'not an action!' }),
      'invalid-request',
    );
  });
});

describe('recovery codes', () => {
  test('get (the same set twice, with a key), acknowledge, then they are no longer shown', async () => {
    const { client } = await enrolled();
    const codes = await client.recoveryCodes();
    assert.equal(codes.length, 10);
    for (const code of codes)
      assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    assert.deepEqual(await client.recoveryCodes(), codes);
    await client.acknowledgeRecoveryCodes();
    assert.equal((await client.status()).pending, null);
    const gone = await mfaError(client.recoveryCodes(), 'expired');
    assert.equal(gone.status, 409);
  });

  test('regenerate: refused without a fresh token; with one the old set stops working', async () => {
    const { client, app } = await enrolled({ acknowledge: true });
    deliberatelyInvalid.add('POST /recovery-codes/regenerate');
    const error = await mfaError(client.recoveryCodes({ regenerate: true }), 'unauthorized');
    assert.equal(error.status, 403);
    assert.equal(error.reason, 'mfa-token-required');

    const token = await freshToken(client, app);
    const fresh = await client.recoveryCodes({ regenerate: true, mfaToken: token });
    assert.equal(fresh.length, 10);
    // The token was single-use: a second regeneration with it is refused.
    const reused = await mfaError(
      client.recoveryCodes({ regenerate: true, mfaToken: token }),
      'unauthorized',
    );
    assert.equal(reused.reason, 'mfa-token-used');
    assert.equal((await client.status()).pending, 'acknowledge-recovery-codes');
  });

  test('the old set stops working after regeneration', async () => {
    const { user, client, app } = await enrolled();
    const old = await client.recoveryCodes();
    await client.acknowledgeRecoveryCodes();
    const fresh = await client.recoveryCodes({
      regenerate: true,
      mfaToken: await freshToken(client, app),
    });
    const other = clientFor(user, 'session-3').client;
    await mfaError(other.verifyRecoveryCode({ code: old[0] }), 'invalid-code');
    assert.equal((await other.verifyRecoveryCode({ code: fresh[0] })).method, 'recovery-code');
  });
});

describe('tokens and actions', () => {
  test('a single-use token bound to an action: the server accepts it once, then it is used', async () => {
    const { user, client, app } = await enrolled({ acknowledge: true });
    server.clock.advance(30);
    const proof = await client.verifyTotp({
      code: app.code(),
      token: { singleUse: true },
      action: 'wallet.export',
    });
    const token = proof.token!;
    assert.equal(token.singleUse, true);
    assert.equal(token.action, 'wallet.export');
    assert.deepEqual(token.scopes, []);
    assert.ok(Date.parse(token.expiresAt) > server.clock.ms);

    const first = await verifyTokenOverHttp(user, { token: token.value, action: 'wallet.export' });
    assert.equal(first.status, 200);
    assert.equal(first.body.ok, true);
    assert.equal(first.body.mfa, true);
    assert.equal(first.body.singleUse, true);
    assert.equal(first.body.method, 'totp');
    const second = await verifyTokenOverHttp(user, { token: token.value, action: 'wallet.export' });
    assert.equal(second.status, 403);
    assert.equal(second.body.reason, 'mfa-token-used');
    const inProcess = await server.mfa.verifyMfaToken(
      server.request('POST', 'wallet/export', { user, headers: { 'x-mfa-token': token.value } }),
      { action: 'wallet.export' },
    );
    assert.equal(inProcess.ok, false);
  });

  test('a step-up scope from a recovery code: a session token that carries the scope', async () => {
    const { user, client } = await enrolled();
    const codes = await client.recoveryCodes();
    await client.acknowledgeRecoveryCodes();
    const proof = await client.verifyRecoveryCode({
      code: codes[0],
      token: { scopes: ['wallet:export'] },
    });
    assert.equal(proof.method, 'recovery-code');
    assert.equal(proof.token!.singleUse, false);
    assert.deepEqual(proof.token!.scopes, ['wallet:export']);
    for (let use = 0; use < 2; use += 1) {
      const check = await verifyTokenOverHttp(user, {
        token: proof.token!.value,
        scope: 'wallet:export',
      });
      assert.equal(check.status, 200, JSON.stringify(check.body));
    }
    const elsewhere = await verifyTokenOverHttp(
      user,
      { token: proof.token!.value, scope: 'wallet:export' },
      'session-9',
    );
    assert.equal(elsewhere.status, 403, 'bound to the session that earned it');
  });

  test('isRequiredForAction follows the policy; action names are encoded in the path', async () => {
    const fresh = clientFor(uniqueUser('http'));
    assert.equal(await fresh.client.isRequiredForAction('wallet.export'), true);
    assert.equal(await fresh.client.isRequiredForAction('profile.view'), false);
    assert.equal(
      await fresh.client.isRequiredForAction('settings.change'),
      false,
      'if-enrolled, not enrolled',
    );
    assert.equal(
      await fresh.client.isRequiredForAction('something.unlisted'),
      true,
      'unknown actions are guarded',
    );
    assert.equal(await fresh.client.isRequiredForAction('wallet.waas:sign'), true);
    assert.equal(fresh.sent.at(-1)!.url, `${BASE_URL}/actions/wallet.waas%3Asign`);
    const { client } = await enrolled();
    assert.equal(
      await client.isRequiredForAction('settings.change'),
      true,
      'if-enrolled, enrolled',
    );
    deliberatelyInvalid.add('GET /actions/no%20spaces%20allowed');
    await mfaError(client.isRequiredForAction('no spaces allowed'), 'invalid-request');
  });
});

describe('devices', () => {
  test('deleting a factor: refused without a token (nothing deleted), done with a fresh one', async () => {
    const { client, app, enrollment } = await enrolled({ acknowledge: true });
    const refused = await mfaError(
      client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: '' }),
      'unauthorized',
    );
    assert.equal(refused.status, 403);
    assert.equal(refused.reason, 'mfa-token-required');
    assert.equal((await client.status()).devices.length, 1);

    const token = await freshToken(client, app, 'device.delete');
    await client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: token });
    const status = await client.status();
    assert.deepEqual(status, {
      pending: 'enroll',
      methods: [],
      devices: [],
      recoveryCodesRemaining: 0,
    });
  });

  test('a token for another action is refused', async () => {
    const { client, app, enrollment } = await enrolled({ acknowledge: true });
    const token = await freshToken(client, app, 'wallet.export');
    const error = await mfaError(
      client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: token }),
      'unauthorized',
    );
    assert.equal(error.reason, 'mfa-token-action');
  });

  test('an enrollment that was never confirmed is dropped without a token', async () => {
    const { client, sent } = clientFor(uniqueUser('http'));
    const enrollment = await client.enrollTotp();
    await client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: '' });
    assert.equal(sent.at(-1)!.method, 'DELETE');
    assert.equal(sent.at(-1)!.headers.has('x-mfa-token'), false, 'an empty token is not sent');
    assert.deepEqual((await client.status()).devices, []);
  });

  test('an unknown device: invalid-request (404), and "." or ".." never reach the server', async () => {
    const { client, sent } = clientFor(uniqueUser('http'));
    const error = await mfaError(
      client.deleteDevice({ deviceId: 'no-such-device', mfaToken: '' }),
      'invalid-request',
    );
    assert.equal(error.status, 404);
    const before = sent.length;
    for (const deviceId of ['.', '..', ''])
      await mfaError(client.deleteDevice({ deviceId, mfaToken: '' }), 'invalid-request');
    assert.equal(sent.length, before);
    await client.deleteDevice({ deviceId: 'a/b', mfaToken: '' }).catch(() => undefined);
    assert.equal(sent.at(-1)!.url, `${BASE_URL}/devices/a%2Fb`);
  });
});

describe('passkeys', () => {
  /** WebAuthn ceremonies by a software authenticator (what the browser would return). */
  function softWebAuthn(
    device: SoftAuthenticator,
    overrides: Partial<WebAuthnCeremonies> = {},
  ): WebAuthnCeremonies {
    return {
      supported: () => true,
      register: async (options) => device.register(options.challenge) as never,
      authenticate: async (options) => device.authenticate(options.challenge) as never,
      ...overrides,
    };
  }

  test('register, then authenticate in another session with a token', async () => {
    const user = uniqueUser('http');
    const device = new SoftAuthenticator({ origin: ORIGIN, rpId: RP.id });
    const { client, sent } = clientFor(user, 'session-1', { webauthn: softWebAuthn(device) });
    const registered = await client.enrollPasskey({ alias: 'YubiKey' });
    assert.equal(registered.type, 'passkey');
    assert.equal(registered.alias, 'YubiKey');
    assert.equal(registered.verified, true);
    assert.deepEqual(
      sent.map((request) => new URL(request.url).pathname),
      ['/mfa/passkeys/register/options', '/mfa/passkeys/register/verify'],
    );
    assert.equal((await client.status()).pending, 'acknowledge-recovery-codes');

    const other = clientFor(user, 'session-2', { webauthn: softWebAuthn(device) }).client;
    assert.equal((await other.status()).pending, 'verify');
    const proof = await other.verifyPasskey({
      token: { singleUse: true },
      action: 'wallet.export',
    });
    assert.equal(proof.method, 'passkey');
    assert.equal(proof.deviceId, registered.id);
    assert.equal(proof.token?.action, 'wallet.export');
    const check = await verifyTokenOverHttp(
      user,
      { token: proof.token.value, action: 'wallet.export' },
      'session-2',
    );
    assert.equal(check.status, 200);
    assert.equal(check.body.method, 'passkey');
  });

  test('a dismissed prompt (NotAllowedError) is passkey-cancelled', async () => {
    const user = uniqueUser('http');
    const dismissed = () =>
      Promise.reject(
        new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'),
      );
    const device = new SoftAuthenticator({ origin: ORIGIN, rpId: RP.id });
    const { client } = clientFor(user, 'session-1', {
      webauthn: softWebAuthn(device, { register: dismissed }),
    });
    await mfaError(client.enrollPasskey(), 'passkey-cancelled');
    const ok = clientFor(user, 'session-1', {
      webauthn: softWebAuthn(device, { authenticate: dismissed }),
    }).client;
    await ok.enrollPasskey();
    await mfaError(ok.verifyPasskey(), 'passkey-cancelled');
  });

  test('an authenticator that already holds a passkey for the user (InvalidStateError) is already-enrolled', async () => {
    const device = new SoftAuthenticator({ origin: ORIGIN, rpId: RP.id });
    const register = () => Promise.reject(new DOMException('excluded', 'InvalidStateError'));
    const { client } = clientFor(uniqueUser('http'), 'session-1', {
      webauthn: softWebAuthn(device, { register }),
    });
    await mfaError(client.enrollPasskey(), 'already-enrolled');
  });

  test('no WebAuthn here (Node has no PublicKeyCredential): passkey-unsupported, before any request', async () => {
    assert.equal(
      typeof (globalThis as { PublicKeyCredential?: unknown }).PublicKeyCredential,
      'undefined',
    );
    const { client, sent } = clientFor(uniqueUser('http'));
    await mfaError(client.enrollPasskey(), 'passkey-unsupported');
    await mfaError(client.verifyPasskey(), 'passkey-unsupported');
    assert.equal(sent.length, 0);
  });

  test('aborting during the ceremony rejects with the abort reason, not as a failure', async () => {
    const controller = new AbortController();
    const device = new SoftAuthenticator({ origin: ORIGIN, rpId: RP.id });
    const register: WebAuthnCeremonies['register'] = (_options, signal) =>
      new Promise((_resolve, reject) => {
        assert.equal(signal, controller.signal, 'the signal reaches the ceremony');
        signal.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'NotAllowedError')),
        );
        controller.abort();
      });
    const { client, sent } = clientFor(uniqueUser('http'), 'session-1', {
      webauthn: softWebAuthn(device, { register }),
    });
    const error = await rejection(client.enrollPasskey({ signal: controller.signal }));
    assert.ok(isAbortError(error), String(error));
    assert.equal(sent.length, 1, 'the verify step is never sent');
  });
});

describe('abort and transport failures', () => {
  test('an already aborted signal rejects without a request', async () => {
    const { client, sent } = clientFor(uniqueUser('http'));
    const controller = new AbortController();
    controller.abort();
    assert.ok(isAbortError(await rejection(client.status({ signal: controller.signal }))));
    assert.ok(
      isAbortError(
        await rejection(client.verifyTotp({ code: '123456', signal: controller.signal })),
      ),
    );
    assert.equal(sent.length, 0);
  });

  test('the signal reaches fetch; aborting mid-request rejects with AbortError even if fetch ignores it', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | null | undefined;
    const client = createHttpClient({
      baseUrl: BASE_URL,
      fetch: (_input, init) => {
        seen = init.signal;
        return new Promise<Response>(() => undefined); // never answers, ignores the signal
      },
    });
    const pending = client.enrollTotp({ signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(seen, controller.signal);
    controller.abort();
    const error = await rejection(pending);
    assert.ok(isAbortError(error));
    assert.ok(!(error instanceof MfaError), 'an abort is not an MfaError');
  });

  test("aborting while fetch rejects with its own AbortError gives the abort, not 'network'", async () => {
    const controller = new AbortController();
    const client = createHttpClient({
      baseUrl: BASE_URL,
      fetch: (_input, init) =>
        new Promise<Response>((_resolve, reject) =>
          init.signal!.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        ),
    });
    const pending = client.status({ signal: controller.signal });
    controller.abort();
    assert.ok(isAbortError(await rejection(pending)));
  });

  test('a fetch that throws TypeError (server unreachable) is network', async () => {
    const cause = new TypeError('fetch failed');
    const client = createHttpClient({ baseUrl: BASE_URL, fetch: () => Promise.reject(cause) });
    const error = await mfaError(client.status(), 'network');
    assert.equal(error.cause, cause);
    const synchronous = createHttpClient({
      baseUrl: BASE_URL,
      fetch: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await mfaError(synchronous.acknowledgeRecoveryCodes(), 'network');
  });

  test('malformed answers are unknown; status-only errors get a code from the status', async () => {
    const cases: Array<{
      name: string;
      response: () => Response;
      code: MfaErrorCode;
      retryAfter?: number;
      status?: number;
    }> = [
      {
        name: '200 not JSON',
        response: () => new Response('<html>ok</html>', { status: 200 }),
        code: 'unknown',
        status: 200,
      },
      {
        name: '200 wrong shape',
        response: () => Response.json({ pending: 'later' }),
        code: 'unknown',
        status: 200,
      },
      { name: '200 JSON array', response: () => Response.json([1, 2]), code: 'unknown' },
      { name: '200 empty', response: () => new Response(null, { status: 200 }), code: 'unknown' },
      {
        name: '500 HTML',
        response: () => new Response('<h1>Internal Server Error</h1>', { status: 500 }),
        code: 'unknown',
        status: 500,
      },
      {
        name: '502 empty',
        response: () => new Response('', { status: 502 }),
        code: 'unknown',
        status: 502,
      },
      {
        name: '503 JSON without code',
        response: () => Response.json({ error: 'down' }, { status: 503 }),
        code: 'unknown',
      },
      {
        name: '418 unknown code',
        response: () =>
          Response.json({ code: 'teapot', message: 'short and stout' }, { status: 418 }),
        code: 'unknown',
      },
      {
        name: '400 code not a string',
        response: () => Response.json({ code: 42 }, { status: 400 }),
        code: 'unknown',
      },
      {
        name: '401 HTML',
        response: () => new Response('login', { status: 401 }),
        code: 'unauthorized',
      },
      {
        name: '403 HTML',
        response: () => new Response('forbidden', { status: 403 }),
        code: 'unauthorized',
      },
      {
        name: '429 text with Retry-After seconds',
        response: () =>
          new Response('slow down', { status: 429, headers: { 'retry-after': '12' } }),
        code: 'rate-limited',
        retryAfter: 12,
      },
      {
        name: '429 JSON, retryAfter only in the header',
        response: () =>
          Response.json(
            { code: 'rate-limited', message: 'wait' },
            { status: 429, headers: { 'retry-after': '7' } },
          ),
        code: 'rate-limited',
        retryAfter: 7,
      },
      {
        name: '429 JSON, retryAfter in the body wins',
        response: () =>
          Response.json(
            { code: 'rate-limited', message: 'wait', retryAfter: 3 },
            { status: 429, headers: { 'retry-after': '9' } },
          ),
        code: 'rate-limited',
        retryAfter: 3,
      },
    ];
    for (const testCase of cases) {
      const client = createHttpClient({
        baseUrl: BASE_URL,
        fetch: async () => testCase.response(),
      });
      const error = await mfaError(client.status(), testCase.code);
      assert.ok(error instanceof MfaHttpError, testCase.name);
      assert.equal(error.retryAfter, testCase.retryAfter, testCase.name);
      if (testCase.status !== undefined) assert.equal(error.status, testCase.status, testCase.name);
    }
    const teapot = await mfaError(
      createHttpClient({
        baseUrl: BASE_URL,
        fetch: async () =>
          Response.json({ code: 'teapot', message: 'short and stout' }, { status: 418 }),
      }).status(),
      'unknown',
    );
    assert.equal(teapot.message, 'short and stout', "the server's message is kept for developers");
    // Each endpoint checks its own shape.
    const wrong = createHttpClient({
      baseUrl: BASE_URL,
      fetch: async () => Response.json({ method: 'sms' }),
    });
    await mfaError(wrong.verifyTotp({ code: '123456' }), 'unknown');
    await mfaError(wrong.recoveryCodes(), 'unknown');
    await mfaError(wrong.isRequiredForAction('x'), 'unknown');
    await mfaError(wrong.enrollTotp(), 'unknown');
  });

  test('Retry-After as an HTTP date', () => {
    const now = Date.parse('2031-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('Wed, 01 Jan 2031 00:01:30 GMT', now), 90);
    assert.equal(parseRetryAfter('Tue, 31 Dec 2030 00:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter(' 45 ', now), 45);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  test('answers are copied field by field: unknown fields are dropped', async () => {
    const client = createHttpClient({
      baseUrl: BASE_URL,
      fetch: async () =>
        Response.json({
          pending: null,
          methods: ['totp'],
          devices: [],
          recoveryCodesRemaining: 3,
          debugSecret: 'x',
        }),
    });
    assert.deepEqual(await client.status(), {
      pending: null,
      methods: ['totp'],
      devices: [],
      recoveryCodesRemaining: 3,
    });
  });
});

describe('requests', () => {
  test('URLs, headers, credentials: a relative base URL, a trailing slash, a headers function per request', async () => {
    const seen: Array<{ input: string; init: RequestInit }> = [];
    let calls = 0;
    const client = createHttpClient({
      baseUrl: '/api/mfa/',
      credentials: 'include',
      headers: async () => ({
        'x-csrf': `token-${++calls}`,
        'content-type': 'text/plain',
        'x-mfa-token': 'spoofed',
      }),
      fetch: async (input, init) => {
        seen.push({ input, init });
        return init.method === 'GET'
          ? Response.json({ required: true })
          : new Response(null, { status: 204 });
      },
    });
    assert.equal(await client.isRequiredForAction('wallet.export'), true);
    await client.acknowledgeRecoveryCodes();
    assert.equal(seen[0].input, '/api/mfa/actions/wallet.export');
    assert.equal(seen[1].input, '/api/mfa/recovery-codes/acknowledge');
    const first = new Headers(seen[0].init.headers);
    const second = new Headers(seen[1].init.headers);
    assert.equal(first.get('x-csrf'), 'token-1');
    assert.equal(second.get('x-csrf'), 'token-2');
    assert.equal(second.get('content-type'), 'application/json', "the client's own headers win");
    assert.equal(
      first.has('x-mfa-token'),
      false,
      "an app's x-mfa-token is never sent (it would be spent)",
    );
    assert.equal(seen[0].init.credentials, 'include');
    assert.equal(seen[0].init.body, undefined, 'GET has no body');
    assert.equal(seen[1].init.body, '{}');
    assert.throws(() => createHttpClient({ baseUrl: '' }), TypeError);
    const failing = createHttpClient({
      baseUrl: '/mfa',
      headers: () => {
        throw new Error('no CSRF token yet');
      },
      fetch: async () => assert.fail('no request without headers'),
    });
    await mfaError(failing.status(), 'unknown');
  });

  test('no secret in any URL: codes only in POST bodies, tokens only in x-mfa-token', async () => {
    const { user, client, sent, enrollment, app } = await enrolled();
    const codes = await client.recoveryCodes();
    await client.acknowledgeRecoveryCodes();
    const token = await freshToken(client, app);
    const regenerated = await client.recoveryCodes({ regenerate: true, mfaToken: token });
    const other = clientFor(user, 'session-2');
    await other.client.verifyRecoveryCode({ code: regenerated[1] });
    const deleteToken = await freshToken(client, app);
    await client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: deleteToken });

    const all = [...sent, ...other.sent];
    const secrets = [
      enrollment.secret,
      token,
      deleteToken,
      ...codes,
      ...regenerated,
      ...all.filter((r) => r.url.endsWith('/totp/verify')).map((r) => JSON.parse(r.body).code),
    ];
    for (const request of all) {
      for (const secret of secrets)
        assert.ok(
          !request.url.includes(secret),
          `${request.method} ${request.url} carries a secret`,
        );
      assert.equal(new URL(request.url).search, '', 'no query string');
      if (request.method !== 'POST') assert.equal(request.body, '');
      const carriesToken = request.headers.has('x-mfa-token');
      const path = new URL(request.url).pathname;
      assert.equal(
        carriesToken,
        path === '/mfa/recovery-codes/regenerate' || path.startsWith('/mfa/devices/'),
        path,
      );
    }
    assert.ok(
      all.some((request) => request.method === 'POST' && request.body.includes(regenerated[1])),
      'the recovery code went in a POST body',
    );
  });

  test('the client never logs, whatever happens', async () => {
    const console = captureConsole();
    try {
      const broken = createHttpClient({
        baseUrl: BASE_URL,
        fetch: async () => new Response('<html>', { status: 500 }),
      });
      await broken.status().catch(() => undefined);
      const down = createHttpClient({
        baseUrl: BASE_URL,
        fetch: () => Promise.reject(new TypeError('fetch failed')),
      });
      await down.verifyTotp({ code: '123456' }).catch(() => undefined);
      await down.enrollPasskey().catch(() => undefined);
      const { client } = clientFor(uniqueUser('http'));
      await client.verifyTotp({ code: '123456' }).catch(() => undefined);
      await client.enrollTotp();
    } finally {
      console.restore();
    }
    assert.equal(console.text(), '');
  });
});
