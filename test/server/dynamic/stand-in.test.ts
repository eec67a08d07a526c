/// <reference types="node" />
// The stand-in itself, over plain HTTP: the guarantees it must keep so the tests that use it mean
// something (SECURITY.md) — a restricted session reaches only the MFA endpoints, bad input is a
// 4xx in Dynamic's error shape, parallel attempts cannot beat the failure budget, and a recovery
// code cannot be spent twice.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import { ManualClock } from '../../../src/clients/memory/manual-clock.js';
import {
  createDynamicStandIn,
  listen,
  type RunningStandIn,
  type StandInEnvironment,
} from '../../../stand-ins/dynamic/index.js';

const standIn = createDynamicStandIn();
let running: RunningStandIn;
before(async () => {
  running = await listen(standIn);
});
after(() => running.close());

interface Session {
  env: StandInEnvironment;
  clock: ManualClock;
  token: string;
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: Record<string, unknown> }>;
}

async function session(
  options: Parameters<typeof standIn.createEnvironment>[0] = {},
): Promise<Session> {
  const clock = new ManualClock();
  const env = await standIn.createEnvironment({ now: () => clock.now(), ...options });
  const base = `${running.apiBaseUrl}/sdk/${env.id}/`;
  const raw = async (
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  };
  const signedIn = await raw('POST', 'externalAuth/signin', undefined, {
    jwt: await env.externalJwt('grace'),
  });
  assert.equal(signedIn.status, 200);
  const current: Session = {
    env,
    clock,
    token: String(signedIn.json['minifiedJwt']),
    call: (method, path, body, headers) => raw(method, path, current.token, body, headers),
  };
  return current;
}

/** Enroll and confirm TOTP over HTTP; the session then holds the new (full) token. */
async function enrollTotp(s: Session): Promise<OTPAuth.TOTP> {
  const registered = await s.call('GET', 'users/mfa/register/totp');
  assert.equal(registered.status, 200);
  const totp = OTPAuth.URI.parse(String(registered.json['uri'])) as OTPAuth.TOTP;
  const confirmed = await s.call('POST', 'users/mfa/auth/totp', {
    code: totp.generate({ timestamp: s.clock.now() }),
    id: registered.json['id'],
  });
  assert.equal(confirmed.status, 200);
  s.token = String(confirmed.json['minifiedJwt']);
  return totp;
}

describe('the Dynamic stand-in', () => {
  test('a restricted session reaches only the MFA endpoints', async () => {
    const s = await session();
    const user = await s.call('GET', 'users');
    assert.equal(user.json['scope'], 'requiresAdditionalAuth');
    const codes = await s.call('GET', 'users/mfa/recovery');
    assert.equal(codes.status, 403);
    assert.equal(codes.json['code'], 'mfa_required');
    assert.equal(
      (await s.call('PUT', 'users', { mfaBackupCodeAcknowledgement: 'complete' })).status,
      403,
    );
    assert.equal((await s.call('POST', 'stand-in/actions/wallet.waas.export', {})).status, 403);
    await enrollTotp(s);
    assert.equal((await s.call('GET', 'users')).json['scope'], 'user:basic');
    assert.equal((await s.call('GET', 'users/mfa/recovery')).status, 200);
  });

  test('bad input is a 4xx in Dynamic’s error shape, never a 5xx', async () => {
    const s = await session();
    const cases: [string, string, unknown, number][] = [
      ['POST', 'users/mfa/auth/totp', '{not json', 400],
      ['POST', 'users/mfa/auth/totp', [], 400],
      ['POST', 'users/mfa/auth/totp', { code: 42 }, 400],
      ['POST', 'users/mfa/auth/totp', { code: '123456', createMfaToken: 'yes' }, 400],
      ['POST', 'users/mfa/auth/totp', { code: '123456', requestedScopes: ['<script>'] }, 400],
      ['POST', 'users/mfa/auth/recovery', {}, 400],
      ['POST', 'users/mfa/auth/passkey', { id: 'x', response: {} }, 400],
      ['DELETE', 'users/mfa/nope', undefined, 403],
      ['GET', 'no/such/endpoint', undefined, 404],
      ['PATCH', 'users', undefined, 405],
    ];
    for (const [method, path, body, status] of cases) {
      const answer = await s.call(method, path, body);
      assert.equal(answer.status, status, `${method} ${path} ${JSON.stringify(body)}`);
      assert.equal(typeof answer.json['error'], 'string');
      assert.equal(typeof answer.json['code'], 'string');
    }
    const noAuth = await fetch(`${running.apiBaseUrl}/sdk/${s.env.id}/users`);
    assert.equal(noAuth.status, 401);
    const forged = await s.call('GET', 'users', undefined, {
      authorization: `Bearer ${s.token.slice(0, -2)}xx`,
    });
    assert.equal(forged.status, 401);
    const elsewhere = await fetch(
      `${running.apiBaseUrl}/sdk/00000000-0000-0000-0000-000000000000/settings`,
    );
    assert.equal(elsewhere.status, 404);
    const text = await fetch(`${running.apiBaseUrl}/sdk/${s.env.id}/users/mfa/auth/totp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'text/plain' },
      body: 'code=123456',
    });
    assert.equal(text.status, 415);
  });

  test('a parallel burst of wrong codes cannot exceed the failure budget', async () => {
    const s = await session({ rateLimit: { maxFailures: 5 } });
    const totp = await enrollTotp(s);
    const right = totp.generate({ timestamp: s.clock.now() + 30_000 });
    const wrong = right === '000000' ? '111111' : '000000';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => s.call('POST', 'users/mfa/auth/totp', { code: wrong })),
    );
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 400).length, 5, statuses.join(' '));
    assert.equal(statuses.filter((status) => status === 429).length, 15);
    assert.ok(
      answers.filter((a) => a.status === 429).every((a) => a.json['code'] === 'mfa_rate_limited'),
    );
    s.clock.advance(30_000 - 1);
    assert.equal(
      (await s.call('POST', 'users/mfa/auth/totp', { code: right })).status,
      429,
      'locked even for the right code',
    );
  });

  test('one recovery code, spent in parallel, works exactly once', async () => {
    const s = await session({ rateLimit: { maxFailures: 20 } });
    await enrollTotp(s);
    const codes = (await s.call('GET', 'users/mfa/recovery')).json['recoveryCodes'] as string[];
    assert.equal(
      (await s.call('PUT', 'users', { mfaBackupCodeAcknowledgement: 'complete' })).status,
      200,
    );
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        s.call('POST', 'users/mfa/auth/recovery', { code: codes[0] }),
      ),
    );
    assert.equal(answers.filter((answer) => answer.status === 200).length, 1);
    assert.ok(
      answers
        .filter((answer) => answer.status !== 200)
        .every((answer) => answer.json['code'] === 'mfa_invalid_code'),
    );
  });

  test('single-use tokens: an MFA token and an elevated token each run the guarded action once', async () => {
    const s = await session({
      mfa: { actions: [{ action: 'wallet.waas.export', required: true }] },
    });
    const totp = await enrollTotp(s);
    const run = (headers: Record<string, string>) =>
      s.call('POST', 'stand-in/actions/wallet.waas.export', {}, headers);
    assert.equal((await run({})).status, 403);
    s.clock.advance(30_000);
    const withToken = await s.call('POST', 'users/mfa/auth/totp', {
      code: totp.generate({ timestamp: s.clock.now() }),
      createMfaToken: { singleUse: true },
    });
    const mfaToken = String(withToken.json['mfaToken']);
    assert.equal((await run({ 'x-mfa-auth-token': mfaToken })).status, 200);
    assert.equal((await run({ 'x-mfa-auth-token': mfaToken })).status, 403);
    s.clock.advance(30_000);
    const elevated = await s.call('POST', 'users/mfa/auth/totp', {
      code: totp.generate({ timestamp: s.clock.now() }),
      requestedScopes: ['wallet:sign'],
    });
    const wrongScope = String(elevated.json['elevatedAccessToken']);
    assert.equal(
      (await run({ 'x-dyn-elevated-access-token': wrongScope })).status,
      403,
      'the scope must match the action',
    );
    s.clock.advance(30_000);
    const right = await s.call('POST', 'users/mfa/auth/totp', {
      code: totp.generate({ timestamp: s.clock.now() }),
      requestedScopes: ['wallet:export'],
    });
    const token = String(right.json['elevatedAccessToken']);
    assert.equal((await run({ 'x-dyn-elevated-access-token': token })).status, 200);
    assert.equal((await run({ 'x-dyn-elevated-access-token': token })).status, 403);
  });
});
