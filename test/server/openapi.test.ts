/// <reference types="node" />
// openapi.json against the real handler: it is what scripts/openapi.mjs writes, every route of
// the handler is documented and every documented operation is a route, wrong methods and unknown
// paths answer as documented, and real answers of a whole flow match the documented statuses and
// schemas (support/openapi-conformance.ts checks each exchange).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as OTPAuth from 'otpauth';
import { MFA_ERROR_CODES } from '../../src/client/errors.js';
import type { TotpEnrollment } from '../../src/client/types.js';
import { ROUTES } from '../../src/server/routes.js';
import { MFA_TOKEN_HEADER } from '../../src/server/tokens.js';
import { ERROR_REASONS, OPENAPI_FILE, renderOpenApi } from '../../scripts/openapi.mjs';
import {
  createTestServer,
  ORIGIN,
  RP,
  TEST_KEY,
  uniqueUser,
  type CallOptions,
  type TestServer,
} from './support/harness.js';
import {
  checkExchange,
  ConformanceRecorder,
  loadOpenApi,
  operations,
  resolveRef,
  validate,
  type Exchange,
} from './support/openapi-conformance.js';
import { SoftAuthenticator } from './support/soft-authenticator.js';

const spec = loadOpenApi();

/** `METHOD /path/{param}` for a route of the handler. */
function routeKey(route: { method: string; segments: readonly string[] }): string {
  return `${route.method} /${route.segments.map((part) => (part.startsWith(':') ? `{${part.slice(1)}}` : part)).join('/')}`;
}

function walk(
  node: unknown,
  visit: (value: Record<string, unknown>, at: string) => void,
  at = '#',
): void {
  if (Array.isArray(node)) node.forEach((item, index) => walk(item, visit, `${at}/${index}`));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Record<string, unknown>, at);
    for (const [key, value] of Object.entries(node)) walk(value, visit, `${at}/${key}`);
  }
}

/** A client of the handler through the conformance check; answers parsed. */
function speaker(server: TestServer, recorder: ConformanceRecorder) {
  const handler = recorder.wrap(server.mfa);
  return async (method: string, path: string, options: CallOptions = {}) => {
    const response = await handler(server.request(method, path, options));
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : null,
    };
  };
}

function codeAt(enrollment: TotpEnrollment, ms: number): string {
  return OTPAuth.URI.parse(enrollment.uri).generate({ timestamp: ms });
}

describe('the document', () => {
  test('openapi.json is exactly what scripts/openapi.mjs writes', () => {
    assert.equal(readFileSync(OPENAPI_FILE, 'utf8'), renderOpenApi(), 'run `npm run openapi`');
  });

  test('OpenAPI 3.1; every $ref resolves; operation ids are unique; every operation has responses', () => {
    assert.equal(spec.openapi, '3.1.0');
    walk(spec, (node, at) => {
      if (typeof node.$ref === 'string')
        assert.doesNotThrow(() => resolveRef(spec, node.$ref as string), at);
    });
    const ids = operations(spec).map((op) => op.operation.operationId);
    assert.equal(new Set(ids).size, ids.length);
    for (const { operation } of operations(spec)) {
      assert.ok(
        Object.keys(operation.responses).some((status) => status.startsWith('2')),
        operation.operationId,
      );
      assert.ok(operation.responses['500'], `${operation.operationId} documents the server fault`);
      assert.ok(operation.responses['401'], `${operation.operationId} documents no session`);
    }
  });

  test('the error schema carries the MfaError code enum and the server reasons', () => {
    assert.deepEqual(spec.components.schemas.ErrorCode.enum, [...MFA_ERROR_CODES]);
    assert.deepEqual(spec.components.schemas.ErrorReason.enum, ERROR_REASONS);
    // ErrorReason is a type only, so read its members from the server's source.
    const source = readFileSync(new URL('../../src/server/http.ts', import.meta.url), 'utf8');
    const union = /export type ErrorReason =([^;]*);/.exec(source)?.[1] ?? '';
    const reasons = [...union.matchAll(/'([^']+)'/g)].map((match) => match[1]);
    assert.ok(reasons.length > 0);
    assert.deepEqual([...ERROR_REASONS].sort(), reasons.sort());
    assert.deepEqual(spec.components.schemas.Error.required, ['code', 'message']);
    const retryAfter = spec.components.responses.RateLimited.headers['Retry-After'];
    assert.equal(retryAfter.schema.type, 'integer');
  });

  test('POST and DELETE declare Origin; fresh-proof operations declare x-mfa-token', () => {
    const headerNames = (operation: any) =>
      (operation.parameters ?? [])
        .map((p: any) => resolveRef(spec, p.$ref))
        .filter((p: any) => p.in === 'header');
    for (const { method, template, operation } of operations(spec)) {
      const headers = headerNames(operation);
      const origin = headers.find((p: any) => p.name === 'Origin');
      if (method === 'GET') assert.equal(origin, undefined, `${method} ${template}`);
      else assert.equal(origin?.required, true, `${method} ${template}`);
    }
    const token = (method: string, template: string) =>
      headerNames(spec.paths[template][method]).find((p: any) => p.name === 'x-mfa-token');
    assert.equal(resolveRef(spec, '#/components/parameters/FreshMfaToken').name, MFA_TOKEN_HEADER);
    assert.equal(token('post', '/recovery-codes/regenerate')?.required, true);
    assert.equal(
      token('delete', '/devices/{id}')?.required,
      false,
      'an unconfirmed enrollment needs none',
    );
    assert.ok(token('post', '/totp/enroll'));
    assert.ok(token('post', '/passkeys/register/options'));
  });

  test('the conformance check is not vacuous: it catches a wrong shape, an undocumented status, a bad Allow', () => {
    const exchange = (override: Partial<Exchange>): Exchange => ({
      method: 'GET',
      path: '/status',
      requestHeaders: new Headers(),
      requestText: '',
      status: 200,
      responseHeaders: new Headers({ 'content-type': 'application/json' }),
      responseText: JSON.stringify({
        pending: null,
        methods: [],
        devices: [],
        recoveryCodesRemaining: 0,
      }),
      ...override,
    });
    assert.deepEqual(checkExchange(spec, exchange({})), []);
    assert.notDeepEqual(
      checkExchange(spec, exchange({ responseText: JSON.stringify({ pending: null }) })),
      [],
    );
    assert.notDeepEqual(
      checkExchange(
        spec,
        exchange({ status: 418, responseText: '{"code":"unknown","message":"x"}' }),
      ),
      [],
    );
    assert.notDeepEqual(
      checkExchange(
        spec,
        exchange({
          method: 'PUT',
          status: 405,
          responseHeaders: new Headers({ allow: 'POST' }),
          responseText: '{"code":"invalid-request","message":"x"}',
        }),
      ),
      [],
    );
    assert.notDeepEqual(
      validate(spec, { $ref: '#/components/schemas/Error' }, { code: 'teapot', message: 'x' }),
      [],
    );
    // A request the document calls invalid that the server accepted.
    assert.notDeepEqual(
      checkExchange(
        spec,
        exchange({
          method: 'POST',
          path: '/totp/verify',
          requestText: '{"code":"1","extra":1}',
          requestHeaders: new Headers({ 'content-type': 'application/json', origin: ORIGIN }),
          responseText: '{"method":"totp"}',
        }),
      ),
      [],
    );
  });
});

describe('the document and the handler', () => {
  test('every route of the handler is documented, and every documented operation is a route', () => {
    const routes = ROUTES.map(routeKey).sort();
    const documented = operations(spec)
      .map((op) => `${op.method} ${op.template}`)
      .sort();
    assert.deepEqual(documented, routes);
  });

  test('every documented operation answers on the real handler as documented (never 404/405)', async () => {
    const server = await createTestServer({ encryptionKey: TEST_KEY });
    const recorder = new ConformanceRecorder(spec);
    const call = speaker(server, recorder);
    for (const { method, template, operation } of operations(spec)) {
      const user = uniqueUser('openapi');
      let path = template.slice(1).replace('{action}', 'wallet.export');
      if (template.includes('{id}')) {
        // A real (unconfirmed) device, so the route's own 404 cannot hide a missing route.
        const enrollment = await call('POST', 'totp/enroll', { user });
        path = path.replace('{id}', enrollment.body.deviceId);
      }
      const answer = await call(method, path, { user });
      assert.notEqual(answer.status, 405, `${method} ${template}`);
      assert.ok(
        !(
          answer.status === 404 &&
          answer.body?.reason === 'not-found' &&
          !template.includes('{id}')
        ),
        `${method} ${template}`,
      );
      assert.ok(
        operation.responses[String(answer.status)],
        `${operation.operationId}: ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    }
    assert.deepEqual(recorder.take(), []);
  });

  test('a wrong method on every documented path is 405 with Allow naming exactly the documented methods', async () => {
    const server = await createTestServer();
    const recorder = new ConformanceRecorder(spec);
    const call = speaker(server, recorder);
    for (const template of Object.keys(spec.paths)) {
      const path = template
        .slice(1)
        .replace('{id}', 'some-device')
        .replace('{action}', 'wallet.export');
      for (const method of ['GET', 'POST', 'DELETE', 'PUT', 'PATCH']) {
        if (spec.paths[template][method.toLowerCase()]) continue;
        const answer = await call(method, path, {
          user: uniqueUser('openapi'),
          ...(method !== 'GET' && { body: {} }),
        });
        assert.equal(answer.status, 405, `${method} ${template}`);
      }
    }
    const unknown = await call('GET', 'no/such/endpoint', { user: uniqueUser('openapi') });
    assert.equal(unknown.status, 404);
    assert.deepEqual(recorder.take(), []);
  });

  test('a whole flow: every answer matches its documented status and schema, and every operation succeeds once', async () => {
    const server = await createTestServer({
      encryptionKey: TEST_KEY,
      actions: { 'wallet.export': { required: true }, 'profile.view': { required: false } },
    });
    const recorder = new ConformanceRecorder(spec, '/mfa', {
      strictRequests: true,
      allowInvalidRequests: (e) => e.status >= 400,
    });
    const call = speaker(server, recorder);
    const user = uniqueUser('openapi');
    const fresh = () => server.clock.advance(30);

    // Status and the refusals every operation shares.
    const initial = await call('GET', 'status', { user });
    assert.deepEqual(initial.body, {
      pending: 'enroll',
      methods: [],
      devices: [],
      recoveryCodesRemaining: 0,
    });
    assert.equal((await call('GET', 'status', { user: null })).status, 401);
    assert.equal(
      (await call('POST', 'totp/enroll', { user, origin: 'https://evil.example' })).status,
      403,
    );
    assert.equal(
      (await call('GET', 'status', { user, headers: { 'sec-fetch-site': 'cross-site' } })).status,
      403,
    );
    assert.equal(
      (
        await call('POST', 'totp/verify', {
          user,
          raw: '{"code":',
          contentType: 'application/json',
        })
      ).status,
      400,
    );
    assert.equal(
      (
        await call('POST', 'totp/verify', {
          user,
          raw: 'code=1',
          contentType: 'application/x-www-form-urlencoded',
        })
      ).status,
      415,
    );
    assert.equal(
      (
        await call('POST', 'totp/verify', {
          user,
          raw: JSON.stringify({ code: 'x'.repeat(20_000) }),
        })
      ).status,
      413,
    );
    assert.equal(
      (await call('POST', 'totp/verify', { user, body: { code: '123456', extra: true } })).status,
      400,
    );

    // TOTP.
    const enrolled = await call('POST', 'totp/enroll', { user });
    assert.equal(enrolled.status, 201);
    for (const key of [
      'deviceId',
      'uri',
      'secret',
      'issuer',
      'accountName',
      'digits',
      'period',
      'algorithm',
    ])
      assert.ok(key in enrolled.body, key);
    const enrollment = enrolled.body as TotpEnrollment;
    const code = () => codeAt(enrollment, server.clock.ms);
    assert.equal(
      (
        await call('POST', 'totp/verify', {
          user,
          body: { code: code(), deviceId: enrollment.deviceId },
        })
      ).status,
      200,
    );
    assert.equal((await call('POST', 'totp/enroll', { user })).status, 409);
    const devices = await call('GET', 'devices', { user });
    assert.equal(devices.body.devices[0].verified, true);
    assert.equal((await call('GET', 'devices', { user, session: 'session-2' })).status, 403);

    // Recovery codes.
    assert.equal((await call('GET', 'recovery-codes', { user })).body.codes.length, 10);
    const codes = await call('POST', 'recovery-codes/reissue', { user });
    assert.equal(codes.body.codes.length, 10);
    assert.equal((await call('POST', 'recovery-codes/acknowledge', { user })).status, 204);
    assert.equal((await call('GET', 'recovery-codes', { user })).status, 409);
    const recovered = await call('POST', 'recovery-codes/verify', {
      user,
      session: 'session-2',
      body: { code: codes.body.codes[0] },
    });
    assert.equal(recovered.status, 200);
    assert.equal(recovered.body.recoveryCodesRemaining, 9);
    assert.equal(
      (await call('POST', 'recovery-codes/verify', { user, body: { code: codes.body.codes[0] } }))
        .body.code,
      'invalid-code',
    );

    // Tokens and actions.
    fresh();
    const proof = await call('POST', 'totp/verify', {
      user,
      body: { code: code(), token: { singleUse: true }, action: 'wallet.export' },
    });
    for (const key of ['value', 'singleUse', 'scopes', 'action', 'expiresAt'])
      assert.ok(key in proof.body.token, key);
    assert.equal((await call('GET', 'actions/wallet.export', { user })).body.required, true);
    assert.equal((await call('GET', 'actions/profile.view', { user })).body.required, false);
    assert.equal((await call('GET', 'actions/bad%20name', { user })).status, 400);
    const accepted = await call('POST', 'tokens/verify', {
      user,
      body: { token: proof.body.token.value, action: 'wallet.export' },
    });
    assert.equal(accepted.status, 200);
    for (const key of ['ok', 'userId', 'sessionId', 'action', 'mfa', 'scopes'])
      assert.ok(key in accepted.body, key);
    const used = await call('POST', 'tokens/verify', {
      user,
      body: { token: proof.body.token.value, action: 'wallet.export' },
    });
    assert.deepEqual(
      [used.status, used.body.code, used.body.reason],
      [403, 'unauthorized', 'mfa-token-used'],
    );
    assert.equal(
      (await call('POST', 'tokens/verify', { user, body: { token: proof.body.token.value } }))
        .status,
      400,
    );
    fresh();
    const scoped = await call('POST', 'totp/verify', {
      user,
      body: { code: code(), token: { scopes: ['wallet:export'] } },
    });
    const scopeOnly = await call('POST', 'tokens/verify', {
      user,
      body: { token: scoped.body.token.value, scope: 'wallet:export' },
    });
    assert.equal(scopeOnly.status, 200);
    assert.equal(scopeOnly.body.action, '', 'a scope-only check names no action');

    // Passkeys: a full ceremony with a software authenticator.
    const device = new SoftAuthenticator({ origin: ORIGIN, rpId: RP.id });
    const creation = await call('POST', 'passkeys/register/options', {
      user,
      body: { alias: 'Key' },
    });
    assert.equal(creation.status, 200);
    const registered = await call('POST', 'passkeys/register/verify', {
      user,
      body: { response: device.register(creation.body.challenge), alias: 'Key' },
    });
    assert.equal(registered.status, 201);
    const replayed = await call('POST', 'passkeys/register/verify', {
      user,
      body: { response: device.register(creation.body.challenge) },
    });
    assert.equal(replayed.body.code, 'expired');
    const request = await call('POST', 'passkeys/authenticate/options', {
      user,
      session: 'session-3',
    });
    assert.equal(request.status, 200);
    const assertion = await call('POST', 'passkeys/authenticate/verify', {
      user,
      session: 'session-3',
      body: { response: device.authenticate(request.body.challenge), token: { singleUse: true } },
    });
    assert.equal(assertion.status, 200);
    assert.equal(assertion.body.method, 'passkey');
    const nobody = uniqueUser('openapi');
    assert.equal(
      (await call('POST', 'passkeys/authenticate/options', { user: nobody })).status,
      409,
    );

    // Fresh proofs: regenerate and delete.
    assert.equal((await call('POST', 'recovery-codes/regenerate', { user })).status, 403);
    const regenerated = await call('POST', 'recovery-codes/regenerate', {
      user,
      session: 'session-3',
      headers: { 'x-mfa-token': assertion.body.token.value },
    });
    assert.equal(regenerated.status, 200);
    assert.equal((await call('DELETE', `devices/${registered.body.id}`, { user })).status, 403);
    assert.equal((await call('DELETE', 'devices/unknown-device', { user })).status, 404);
    fresh();
    const deleteProof = await call('POST', 'totp/verify', {
      user,
      body: { code: code(), token: { singleUse: true }, action: 'device.delete' },
    });
    const deleted = await call('DELETE', `devices/${registered.body.id}`, {
      user,
      headers: { 'x-mfa-token': deleteProof.body.token.value },
    });
    assert.equal(deleted.status, 204);

    // The lock: 429 with Retry-After equal to retryAfter, even for the right code.
    fresh();
    const right = code();
    const accepted3 = new Set(
      [-1, 0, 1].map((offset) => codeAt(enrollment, server.clock.ms + offset * 30_000)),
    );
    const wrong = ['000000', '111111', '222222', '333333', '444444', '555555'].find(
      (candidate) => !accepted3.has(candidate),
    )!;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      assert.equal(
        (await call('POST', 'totp/verify', { user, body: { code: wrong } })).body.code,
        'invalid-code',
      );
    }
    const locked = await call('POST', 'totp/verify', { user, body: { code: right } });
    assert.equal(locked.status, 429);
    assert.equal(locked.body.code, 'rate-limited');
    assert.equal(locked.headers.get('retry-after'), String(locked.body.retryAfter));

    assert.deepEqual(recorder.take(), []);
    const succeeded = new Set(
      [...recorder.seen].filter((seen) => / 2\d\d$/.test(seen)).map((seen) => seen.split(' ')[0]),
    );
    const missing = operations(spec)
      .map((op) => op.operation.operationId)
      .filter((id) => !succeeded.has(id));
    assert.deepEqual(missing, [], 'every operation was seen succeeding');
  });
});
