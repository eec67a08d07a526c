/// <reference types="node" />
// The stand-in's 2026-04 rules over plain HTTP: every call that adds or removes a factor is
// refused without an elevated token of the right scope, tokens are single-use for 5 minutes (or
// multi-use for 10 when the policy says so), `stepUp/check` answers per scope, and an emailed
// code earns a token for a user without MFA. The older rules stay as they were.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import { ManualClock } from '../../../src/clients/memory/manual-clock.js';
import {
  createDynamicStandIn,
  listen,
  type EnvironmentOptions,
  type RunningStandIn,
  type StandInEnvironment,
} from '../../../stand-ins/dynamic/index.js';

const standIn = createDynamicStandIn();
let running: RunningStandIn;
before(async () => {
  running = await listen(standIn);
});
after(() => running.close());

type Call = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<{ status: number; json: Record<string, unknown> }>;

async function session(
  options: EnvironmentOptions = {},
): Promise<{ env: StandInEnvironment; clock: ManualClock; call: Call }> {
  const clock = new ManualClock();
  const env = await standIn.createEnvironment({
    now: () => clock.now(),
    mfa: { enrollment: 'none' },
    ...options,
  });
  const base = `${running.apiBaseUrl}/sdk/${env.id}/`;
  let token: string | undefined;
  const call: Call = async (method, path, body, headers = {}) => {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (typeof json['minifiedJwt'] === 'string') token = json['minifiedJwt'];
    return { status: response.status, json };
  };
  assert.equal(
    (await call('POST', 'externalAuth/signin', { jwt: await env.externalJwt('lin') })).status,
    200,
  );
  return { env, clock, call };
}

const STEP_UP: EnvironmentOptions = { minApiVersion: '2026_04_01' };
const elevated = (token: unknown) => ({ 'x-dyn-elevated-access-token': String(token) });

/** Re-authenticate with an emailed code and return the elevated token. */
async function emailStepUp(
  s: Awaited<ReturnType<typeof session>>,
  scopes: string[],
): Promise<string> {
  const sent = await s.call('POST', 'emailVerifications/create', { email: 'lin@example.com' });
  assert.equal(sent.status, 200);
  const code = s.env.emailCodes.outbox('lin');
  assert.match(code ?? '', /^\d{6}$/);
  const verified = await s.call('POST', 'emailVerifications/verify', {
    verificationUUID: sent.json['verificationUUID'],
    verificationToken: code,
    requestedScopes: scopes,
  });
  assert.equal(verified.status, 200);
  return String(verified.json['elevatedAccessToken']);
}

async function enrollTotp(
  s: Awaited<ReturnType<typeof session>>,
  headers: Record<string, string> = {},
) {
  const registered = await s.call('GET', 'users/mfa/register/totp', undefined, headers);
  assert.equal(registered.status, 200);
  const totp = OTPAuth.URI.parse(String(registered.json['uri'])) as OTPAuth.TOTP;
  const confirmed = await s.call('POST', 'users/mfa/auth/totp', {
    code: totp.generate({ timestamp: s.clock.now() }),
    id: registered.json['id'],
  });
  assert.equal(confirmed.status, 200);
  return { totp, deviceId: String(registered.json['id']) };
}

describe('stand-in on 2026-04 rules', () => {
  test('settings say the minimum API version; older environments say none', async () => {
    const s = await session(STEP_UP);
    assert.deepEqual((await s.call('GET', 'settings')).json['sdk'], {
      minApiVersion: '2026_04_01',
    });
    const old = await session();
    assert.deepEqual((await old.call('GET', 'settings')).json['sdk'], {});
  });

  test('enrolling without an elevated credential:link token is a 403, even for a first factor', async () => {
    const s = await session(STEP_UP);
    const refused = await s.call('GET', 'users/mfa/register/totp');
    assert.equal(refused.status, 403);
    assert.deepEqual(refused.json, {
      error: 'Elevated access token required',
      code: 'elevated_access_token_required',
    });
    const wrongScope = await emailStepUp(s, ['wallet:export']);
    assert.equal(
      (await s.call('GET', 'users/mfa/register/totp', undefined, elevated(wrongScope))).status,
      403,
    );
    assert.equal(
      (await s.call('POST', 'users/passkeys/register', {}, elevated(wrongScope))).status,
      403,
    );
  });

  test('an emailed code earns a single-use credential:link token: once, and only for 5 minutes', async () => {
    const s = await session(STEP_UP);
    const token = await emailStepUp(s, ['credential:link']);
    await enrollTotp(s, elevated(token));
    // Used up: a second registration (a passkey) with the same token is refused.
    assert.equal(
      (await s.call('POST', 'users/passkeys/register', {}, elevated(token))).status,
      403,
    );
    const late = await session(STEP_UP);
    const expiring = await emailStepUp(late, ['credential:link']);
    late.clock.advance(301_000);
    assert.equal(
      (await late.call('GET', 'users/mfa/register/totp', undefined, elevated(expiring))).status,
      403,
    );
  });

  test('a wrong or reused email code is refused and counts against the failure budget', async () => {
    const s = await session(STEP_UP);
    const sent = await s.call('POST', 'emailVerifications/create', { email: 'lin@example.com' });
    const code = s.env.emailCodes.outbox('lin')!;
    const wrong = code === '000000' ? '000001' : '000000';
    const refused = await s.call('POST', 'emailVerifications/verify', {
      verificationUUID: sent.json['verificationUUID'],
      verificationToken: wrong,
    });
    assert.equal(refused.status, 400);
    assert.equal(s.env.user('lin')?.failures, 1);
    const ok = await s.call('POST', 'emailVerifications/verify', {
      verificationUUID: sent.json['verificationUUID'],
      verificationToken: code,
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.json['elevatedAccessToken'], undefined, 'no scope asked, no token');
    const again = await s.call('POST', 'emailVerifications/verify', {
      verificationUUID: sent.json['verificationUUID'],
      verificationToken: code,
    });
    assert.equal(again.status, 400);
  });

  test('sending again waits for the cooldown', async () => {
    const s = await session({ ...STEP_UP, emailResendSeconds: 30 });
    assert.equal(
      (await s.call('POST', 'emailVerifications/create', { email: 'lin@example.com' })).status,
      200,
    );
    const early = await s.call('POST', 'emailVerifications/create', { email: 'lin@example.com' });
    assert.equal(early.status, 429);
    s.clock.advance(30_000);
    assert.equal(
      (await s.call('POST', 'emailVerifications/create', { email: 'lin@example.com' })).status,
      200,
    );
    assert.equal(
      (await s.call('POST', 'emailVerifications/create', { email: 'someone@else.test' })).status,
      400,
    );
  });

  test('deleting needs credential:unlink; an MFA token or a link token is not enough', async () => {
    const s = await session(STEP_UP);
    const { totp, deviceId } = await enrollTotp(
      s,
      elevated(await emailStepUp(s, ['credential:link'])),
    );
    s.clock.advance(30_000);
    const proof = await s.call('POST', 'users/mfa/auth/totp', {
      code: totp.generate({ timestamp: s.clock.now() }),
      createMfaToken: { singleUse: true },
      requestedScopes: ['credential:link'],
    });
    assert.equal(proof.status, 200);
    assert.equal(
      (
        await s.call('DELETE', `users/mfa/${deviceId}`, undefined, {
          'x-mfa-auth-token': String(proof.json['mfaToken']),
        })
      ).status,
      403,
    );
    assert.equal(
      (
        await s.call(
          'DELETE',
          `users/mfa/${deviceId}`,
          undefined,
          elevated(proof.json['elevatedAccessToken']),
        )
      ).status,
      403,
    );
    s.clock.advance(30_000);
    const unlink = await s.call('POST', 'users/mfa/auth/totp', {
      code: totp.generate({ timestamp: s.clock.now() }),
      requestedScopes: ['credential:unlink'],
    });
    assert.equal(
      (
        await s.call(
          'DELETE',
          `users/mfa/${deviceId}`,
          undefined,
          elevated(unlink.json['elevatedAccessToken']),
        )
      ).status,
      204,
    );
  });

  test('a time-bound policy gives a multi-use token for 10 minutes', async () => {
    const s = await session({
      ...STEP_UP,
      mfa: {
        enrollment: 'none',
        required: true,
        actions: [{ action: 'wallet.waas.export', required: true, tokenBehavior: 'time_bound' }],
      },
    });
    const token = await emailStepUp(s, ['wallet:export']);
    assert.equal(
      (await s.call('POST', 'stand-in/actions/wallet.waas.export', undefined, elevated(token)))
        .status,
      200,
    );
    s.clock.advance(599_000);
    assert.equal(
      (await s.call('POST', 'stand-in/actions/wallet.waas.export', undefined, elevated(token)))
        .status,
      200,
    );
    s.clock.advance(2_000);
    assert.equal(
      (await s.call('POST', 'stand-in/actions/wallet.waas.export', undefined, elevated(token)))
        .status,
      403,
    );
  });

  test('stepUp/check answers per scope and rule set; an unknown scope is a 400', async () => {
    const s = await session({
      ...STEP_UP,
      mfa: {
        enrollment: 'none',
        required: true,
        actions: [{ action: 'wallet.waas.export', required: true }],
      },
    });
    const link = await s.call('POST', 'stepUp/check', { scope: 'credential:link' });
    assert.equal(link.json['isRequired'], true);
    assert.deepEqual(link.json['credentials'], [{ id: 'email-lin', format: 'email' }]);
    assert.equal(
      (await s.call('POST', 'stepUp/check', { scope: 'wallet:export' })).json['isRequired'],
      true,
    );
    assert.equal(
      (await s.call('POST', 'stepUp/check', { scope: 'wallet:sign' })).json['isRequired'],
      false,
    );
    assert.equal((await s.call('POST', 'stepUp/check', { scope: 'nope:nope' })).status, 400);
    const old = await session();
    assert.equal(
      (await old.call('POST', 'stepUp/check', { scope: 'credential:link' })).json['isRequired'],
      false,
    );
  });

  test('older rules: a first factor needs no token, deleting still takes an MFA token', async () => {
    const s = await session();
    const { totp, deviceId } = await enrollTotp(s);
    assert.equal((await s.call('DELETE', `users/mfa/${deviceId}`)).status, 403);
    s.clock.advance(30_000);
    const proof = await s.call('POST', 'users/mfa/auth/totp', {
      code: totp.generate({ timestamp: s.clock.now() }),
      createMfaToken: { singleUse: true },
    });
    assert.equal(
      (
        await s.call('DELETE', `users/mfa/${deviceId}`, undefined, {
          'x-mfa-auth-token': String(proof.json['mfaToken']),
        })
      ).status,
      204,
    );
  });
});
