/// <reference types="node" />
// docs/SECURITY.md 20–21: bad input is a 4xx JSON error with a stable code and changes nothing;
// state-changing requests must come from an allowed origin.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestServer,
  enrollTotp,
  ORIGIN,
  status,
  uniqueUser,
  type CallOptions,
} from './support/harness.js';
import { inspectStore } from './support/store-inspection.js';

async function expectError(
  server: Awaited<ReturnType<typeof createTestServer>>,
  method: string,
  path: string,
  options: CallOptions,
  expected: { status: number; code: string; reason?: string },
) {
  const result = await server.call(method, path, options);
  assert.equal(result.status, expected.status, `${method} ${path}: ${JSON.stringify(result.body)}`);
  assert.match(result.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(result.body.code, expected.code);
  assert.equal(typeof result.body.message, 'string');
  if (expected.reason) assert.equal(result.body.reason, expected.reason);
  return result;
}

describe('bodies (docs/SECURITY.md 20)', () => {
  test('malformed, wrong-typed, unknown-field, oversized and mistyped bodies → 4xx JSON, nothing changed', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    server.clock.advance(60);
    const before = JSON.stringify(await status(server, user));
    const cases: [CallOptions, { status: number; code: string; reason?: string }][] = [
      [
        { raw: '{"code": "123456"' },
        { status: 400, code: 'invalid-request', reason: 'malformed-json' },
      ],
      [{ raw: 'null' }, { status: 400, code: 'invalid-request', reason: 'malformed-json' }],
      [{ raw: '[1,2]' }, { status: 400, code: 'invalid-request', reason: 'malformed-json' }],
      [{ raw: '"123456"' }, { status: 400, code: 'invalid-request', reason: 'malformed-json' }],
      [
        { raw: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) },
        { status: 400, code: 'invalid-request', reason: 'malformed-json' },
      ],
      [{ body: { code: 123456 } }, { status: 400, code: 'invalid-request' }],
      [{ body: { code: null } }, { status: 400, code: 'invalid-request' }],
      [{ body: {} }, { status: 400, code: 'invalid-request' }],
      [{ body: { code: '1'.repeat(33) } }, { status: 400, code: 'invalid-request' }],
      [{ body: { code: code(), extra: true } }, { status: 400, code: 'invalid-request' }],
      [
        { body: { code: code(), token: { singleUse: 'yes' } } },
        { status: 400, code: 'invalid-request' },
      ],
      [
        { body: { code: code(), token: { singleUse: 'yes', scopes: ['a'] } } },
        { status: 400, code: 'invalid-request' },
      ],
      [
        { body: { code: code(), token: { scopes: ['a'], action: 'x' } } },
        { status: 400, code: 'invalid-request' },
      ],
      [{ body: { code: code(), token: { scopes: [] } } }, { status: 400, code: 'invalid-request' }],
      [
        { body: { code: code(), token: { scopes: Array(17).fill('a') } } },
        { status: 400, code: 'invalid-request' },
      ],
      [{ body: { code: code(), action: 'has spaces' } }, { status: 400, code: 'invalid-request' }],
      [
        { body: { code: code(), deviceId: 'd'.repeat(65) } },
        { status: 400, code: 'invalid-request' },
      ],
      [
        { raw: `{"code":"${code()}","__proto__":{"admin":true}}` },
        { status: 400, code: 'invalid-request' },
      ],
      [
        { raw: JSON.stringify({ code: code() }), contentType: 'text/plain' },
        { status: 415, code: 'invalid-request', reason: 'content-type' },
      ],
      [
        { raw: `code=${code()}`, contentType: 'application/x-www-form-urlencoded' },
        { status: 415, code: 'invalid-request', reason: 'content-type' },
      ],
      [
        { raw: JSON.stringify({ code: code() }), contentType: null },
        { status: 415, code: 'invalid-request', reason: 'content-type' },
      ],
      [
        { raw: JSON.stringify({ code: 'x'.repeat(20_000) }) },
        { status: 413, code: 'invalid-request', reason: 'body-too-large' },
      ],
    ];
    for (const [options, expected] of cases) {
      await expectError(server, 'POST', 'totp/verify', { user, ...options }, expected);
    }
    assert.equal(JSON.stringify(await status(server, user)), before, 'no data changed');
    assert.equal(
      (await inspectStore(server.store).getUser(user))?.failures,
      0,
      'no attempt was counted',
    );
    // The right code still works: nothing was used up.
    assert.equal(
      (await server.call('POST', 'totp/verify', { user, body: { code: code() } })).status,
      200,
    );
  });

  test('a streamed body without Content-Length is cut off at the cap', async () => {
    const server = await createTestServer({ maxBodyBytes: 1024 });
    const user = uniqueUser();
    const chunks = Array.from({ length: 64 }, () => new TextEncoder().encode(' '.repeat(100)));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await server.mfa(
      new Request(`${ORIGIN}/mfa/totp/verify`, {
        method: 'POST',
        headers: { origin: ORIGIN, 'content-type': 'application/json', 'x-test-user': user },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    assert.equal(response.status, 413);
    assert.ok(chunks.length > 40, 'reading stopped early');
  });

  test('an empty POST body reads as {} for endpoints without input', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const response = await server.mfa(
      new Request(`${ORIGIN}/mfa/totp/enroll`, {
        method: 'POST',
        headers: { origin: ORIGIN, 'x-test-user': user },
      }),
    );
    assert.equal(response.status, 201);
  });
});

describe('routing', () => {
  test('unknown paths → 404, wrong methods → 405 with Allow, no session → 401', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await expectError(
      server,
      'GET',
      'nope',
      { user },
      { status: 404, code: 'invalid-request', reason: 'not-found' },
    );
    await expectError(
      server,
      'GET',
      'status/extra',
      { user },
      { status: 404, code: 'invalid-request' },
    );
    await expectError(
      server,
      'GET',
      'devices/%E0%A4%A',
      { user },
      { status: 404, code: 'invalid-request' },
    );
    const wrong = await expectError(
      server,
      'PUT',
      'status',
      { user },
      { status: 405, code: 'invalid-request', reason: 'method-not-allowed' },
    );
    assert.equal(wrong.headers.get('allow'), 'GET');
    await expectError(
      server,
      'GET',
      'totp/verify',
      { user },
      { status: 405, code: 'invalid-request' },
    );
    await expectError(
      server,
      'GET',
      'status',
      { user: null },
      { status: 401, code: 'unauthorized', reason: 'no-session' },
    );
    await expectError(
      server,
      'POST',
      'totp/enroll',
      { user: null },
      { status: 401, code: 'unauthorized' },
    );
    const outside = await server.mfa(
      new Request(`${ORIGIN}/elsewhere`, { headers: { 'x-test-user': user } }),
    );
    assert.equal(outside.status, 404);
  });

  test('a broken authenticate() is the app’s fault: 500 unknown, logged', async () => {
    const throwing = await createTestServer({
      authenticate: () => {
        throw new Error('session store down');
      },
    });
    const result = await throwing.call('GET', 'status', {});
    assert.equal(result.status, 500);
    assert.equal(result.body.code, 'unknown');
    const malformed = await createTestServer({
      authenticate: () => ({ userId: '', userName: 'x', sessionId: 's' }),
    });
    assert.equal((await malformed.call('GET', 'status', {})).status, 500);
    assert.ok(malformed.logger.events().includes('mfa.server-fault'));
  });
});

describe('same origin (docs/SECURITY.md 21)', () => {
  test('cross-site and origin-less state changes are refused before anything else', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    for (const origin of [
      'https://evil.example',
      'null',
      'https://app.example.test:8443',
      'http://app.example.test',
      null,
    ]) {
      for (const [method, path] of [
        ['POST', 'totp/enroll'],
        ['POST', 'totp/verify'],
        ['POST', 'recovery-codes/regenerate'],
        ['DELETE', 'devices/x'],
        ['POST', 'tokens/verify'],
      ] as const) {
        await expectError(
          server,
          method,
          path,
          { user, origin, body: {} },
          { status: 403, code: 'unauthorized', reason: 'origin' },
        );
      }
    }
    assert.equal((await status(server, user)).devices.length, 0, 'no enrollment was started');
  });

  test('a form post from another site is refused even with a valid session', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const response = await server.mfa(
      new Request(`${ORIGIN}/mfa/recovery-codes/acknowledge`, {
        method: 'POST',
        headers: {
          origin: 'https://evil.example',
          'content-type': 'application/x-www-form-urlencoded',
          'x-test-user': user,
        },
        body: 'a=b',
      }),
    );
    assert.equal(response.status, 403);
  });

  test('GETs marked cross-site by the browser are refused; same-origin ones pass', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await expectError(
      server,
      'GET',
      'recovery-codes',
      { user, headers: { 'sec-fetch-site': 'cross-site' } },
      {
        status: 403,
        code: 'unauthorized',
        reason: 'origin',
      },
    );
    assert.equal(
      (await server.call('GET', 'status', { user, headers: { 'sec-fetch-site': 'same-origin' } }))
        .status,
      200,
    );
  });

  test('several allowed origins', async () => {
    const server = await createTestServer({
      rp: {
        id: 'example.test',
        name: 'Example',
        origins: ['https://a.example.test', 'https://b.example.test/'],
      },
    });
    const user = uniqueUser();
    assert.equal(
      (await server.call('POST', 'totp/enroll', { user, origin: 'https://b.example.test' })).status,
      201,
    );
  });
});
