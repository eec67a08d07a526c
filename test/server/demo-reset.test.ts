/// <reference types="node" />
// The demo's "start over" (demo/server/demo-routes.ts): POST /demo/reset deletes the signed-in
// user's MFA data through `mfa.deleteUser`; it needs the signed session cookie and the same origin.
// The demo's own routes and the MFA handler run behind one node:http server, as in the vite plugin.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { demoRoute, userOf } from '../../demo/server/demo-routes.js';
import { SessionCookies } from '../../demo/server/session-cookie.js';
import { createMfaHandler, nodeMiddleware, type MfaHandler } from '../../src/server/index.js';
import { secretFromBase32, totpCode } from '../../src/server/totp.js';
import { CapturingLogger, testStore } from './support/harness.js';

let server: Server;
let origin: string;
let mfa: MfaHandler;

before(async () => {
  const cookies = new SessionCookies(Buffer.alloc(32, 3).toString('base64'));
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  mfa = createMfaHandler({
    store: await testStore(),
    rp: { id: 'localhost', name: 'Demo', origins: [origin] },
    issuer: 'Demo',
    logger: new CapturingLogger(),
    authenticate: (request) => {
      const session = cookies.read(request.headers.get('cookie'));
      return session ? userOf(session) : null;
    },
  });
  const middleware = nodeMiddleware(mfa);
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/mfa/')) middleware(req, res);
    else void demoRoute({ cookies, origins: () => [origin], handler: async () => mfa }, req, res);
  });
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function call(
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; origin?: string } = {},
): Promise<{ status: number; body: any; cookie: string | undefined }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.cookie) headers['cookie'] = options.cookie;
  if (method !== 'GET') headers['origin'] = options.origin ?? origin;
  const response = await fetch(`http://127.0.0.1:${new URL(origin).port}${path}`, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body: JSON.stringify(options.body ?? {}) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : null,
    cookie: response.headers.get('set-cookie')?.split(';')[0],
  };
}

describe('POST /demo/reset', () => {
  test('deletes the signed-in user’s factors; the session stays and starts again at enrollment', async () => {
    const signedIn = await call('POST', '/demo/sign-in', {
      body: { userName: `reset-${process.pid}@example.com` },
    });
    assert.equal(signedIn.status, 200);
    const cookie = signedIn.cookie!;
    const enrollment = await call('POST', '/mfa/totp/enroll', { cookie });
    assert.equal(enrollment.status, 201);
    const code = totpCode(secretFromBase32(enrollment.body.secret), Date.now());
    assert.equal((await call('POST', '/mfa/totp/verify', { cookie, body: { code } })).status, 200);
    assert.equal(
      (await call('GET', '/mfa/status', { cookie })).body.pending,
      'acknowledge-recovery-codes',
    );

    const reset = await call('POST', '/demo/reset', { cookie });
    assert.equal(reset.status, 200);
    assert.deepEqual(reset.body, { mode: 'server', userName: `reset-${process.pid}@example.com` });
    assert.equal(reset.cookie, undefined, 'the session cookie is kept');

    const after = await call('GET', '/mfa/status', { cookie });
    assert.deepEqual(after.body, {
      pending: 'enroll',
      methods: [],
      devices: [],
      recoveryCodesRemaining: 0,
    });
    assert.equal(
      (await call('GET', '/demo/me', { cookie })).body.userName,
      `reset-${process.pid}@example.com`,
    );
    assert.equal(
      (await call('POST', '/mfa/totp/enroll', { cookie })).status,
      201,
      'enrollment starts again',
    );
  });

  test('refuses without a session, from another origin, and with GET', async () => {
    assert.equal((await call('POST', '/demo/reset')).status, 401);
    const signedIn = await call('POST', '/demo/sign-in', {
      body: { userName: `keep-${process.pid}@example.com` },
    });
    const cookie = signedIn.cookie!;
    assert.equal((await call('POST', '/mfa/totp/enroll', { cookie })).status, 201);
    const forged = await call('POST', '/demo/reset', { cookie, origin: 'https://evil.example' });
    assert.equal(forged.status, 403);
    assert.equal((await call('GET', '/demo/reset', { cookie })).status, 405);
    const status = await call('GET', '/mfa/devices', { cookie });
    assert.equal(status.body.devices.length, 1, 'nothing was deleted');
  });
});
