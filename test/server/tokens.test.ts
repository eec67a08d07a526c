/// <reference types="node" />
// docs/SECURITY.md 14–15: verifyMfaToken for the app's own endpoints, and tokens/verify over HTTP.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MfaProof, TokenRequest } from '../../src/client/types.js';
import type { ActionPolicy } from '../../src/server/options.js';
import { faultyStore } from './support/faulty-store.js';
import {
  burst,
  createTestServer,
  enrollTotp,
  ORIGIN,
  testStore,
  uniqueUser,
  type TestServer,
} from './support/harness.js';

const ACTIONS: Record<string, ActionPolicy> = {
  'wallet.export': { required: true },
  'wallet.view': { required: false },
  'profile.edit': { required: 'if-enrolled' },
  'wallet.sign': { required: true, token: 'persistent', maxAgeSeconds: 120 },
  'vault.open': { required: true, methods: ['passkey'] },
  'notes.view': { required: true, token: 'persistent', scopes: ['notes:read'] },
};

async function setup() {
  const server = await createTestServer({ actions: ACTIONS });
  const user = uniqueUser();
  const { code } = await enrollTotp(server, user);
  const issue = async (token: TokenRequest, action?: string, session = 'session-1') => {
    server.clock.advance(30);
    const proof = await server.call<MfaProof>('POST', 'totp/verify', {
      user,
      session,
      body: { code: code(), token, ...(action && { action }) },
    });
    assert.equal(proof.status, 200, JSON.stringify(proof.body));
    return proof.body.token!.value;
  };
  return { server, user, issue };
}

function appRequest(user: string | null, token?: string, session = 'session-1'): Request {
  const headers: Record<string, string> = { 'x-test-session': session };
  if (user) headers['x-test-user'] = user;
  if (token) headers['x-mfa-token'] = token;
  return new Request(`${ORIGIN}/api/wallet/export`, { method: 'POST', headers });
}

const verify = (
  server: TestServer,
  request: Request,
  options: Parameters<TestServer['mfa']['verifyMfaToken']>[1],
) => server.mfa.verifyMfaToken(request, options);

describe('single-use tokens', () => {
  test('bound to the user and the action, consumed once', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ singleUse: true }, 'wallet.export');
    const accepted = await verify(server, appRequest(user, token), { action: 'wallet.export' });
    assert.equal(accepted.ok, true);
    assert.ok(accepted.ok);
    assert.equal(accepted.userId, user);
    assert.equal(accepted.mfa, true);
    assert.equal(accepted.method, 'totp');
    assert.equal(accepted.singleUse, true);

    const again = await verify(server, appRequest(user, token), { action: 'wallet.export' });
    assert.ok(!again.ok);
    assert.equal(again.status, 403);
    assert.equal(again.reason, 'mfa-token-used');
    const response = again.response();
    assert.equal(response.status, 403);
    assert.deepEqual(await response.json(), {
      code: 'unauthorized',
      message: 'The MFA token was already used.',
      reason: 'mfa-token-used',
    });
  });

  test('another action, another user, or no action binding are refused — without spending the token', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ singleUse: true }, 'wallet.export');
    const otherAction = await verify(server, appRequest(user, token), { action: 'wallet.sign' });
    assert.ok(!otherAction.ok && otherAction.reason === 'mfa-token-action');
    const other = uniqueUser();
    await enrollTotp(server, other);
    const otherUser = await verify(server, appRequest(other, token), { action: 'wallet.export' });
    assert.ok(!otherUser.ok && otherUser.reason === 'mfa-token-invalid');
    assert.ok(
      (await verify(server, appRequest(user, token), { action: 'wallet.export' })).ok,
      'still usable',
    );

    const unbound = await issue({ singleUse: true });
    const refused = await verify(server, appRequest(user, unbound), { action: 'wallet.export' });
    assert.ok(
      !refused.ok && refused.reason === 'mfa-token-action',
      'a single-use token must name the action',
    );
  });

  test('expires after five minutes', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ singleUse: true }, 'wallet.export');
    server.clock.advance(300);
    const expired = await verify(server, appRequest(user, token), { action: 'wallet.export' });
    assert.ok(!expired.ok);
    assert.equal(expired.code, 'expired');
  });

  test('50 parallel uses of one single-use token → exactly one success', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ singleUse: true }, 'wallet.export');
    const results = await burst(50, () =>
      verify(server, appRequest(user, token), { action: 'wallet.export' }),
    );
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.ok(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'mfa-token-used'));
  });

  test('missing, malformed and unknown tokens; no session', async () => {
    const { server, user } = await setup();
    const missing = await verify(server, appRequest(user), { action: 'wallet.export' });
    assert.ok(!missing.ok && missing.reason === 'mfa-token-required' && missing.status === 403);
    const malformed = await verify(server, appRequest(user, 'x'.repeat(5000)), {
      action: 'wallet.export',
    });
    assert.ok(!malformed.ok && malformed.reason === 'mfa-token-invalid');
    const unknown = await verify(server, appRequest(user, `mfa_${'A'.repeat(43)}`), {
      action: 'wallet.export',
    });
    assert.ok(!unknown.ok && unknown.reason === 'mfa-token-invalid');
    const anonymous = await verify(server, appRequest(null), { action: 'wallet.export' });
    assert.ok(!anonymous.ok && anonymous.status === 401 && anonymous.code === 'unauthorized');
  });
});

describe('persistent tokens and step-up scopes', () => {
  test('a single-use policy refuses a persistent token', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ singleUse: false });
    const refused = await verify(server, appRequest(user, token), { action: 'wallet.export' });
    assert.ok(!refused.ok && refused.reason === 'mfa-token-kind');
  });

  test('a persistent policy accepts it repeatedly, in its session only, up to its maximum age', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ singleUse: false });
    for (let i = 0; i < 3; i += 1)
      assert.ok((await verify(server, appRequest(user, token), { action: 'wallet.sign' })).ok);
    const elsewhere = await verify(server, appRequest(user, token, 'another-session'), {
      action: 'wallet.sign',
    });
    assert.ok(!elsewhere.ok && elsewhere.reason === 'mfa-token-session');
    server.clock.advance(121);
    const old = await verify(server, appRequest(user, token), { action: 'wallet.sign' });
    assert.ok(!old.ok && old.code === 'expired', 'maxAgeSeconds of the policy');
  });

  test('it ends with the session', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ singleUse: false });
    assert.ok((await verify(server, appRequest(user, token), { action: 'wallet.sign' })).ok);
    await server.mfa.endSession({ userId: user, sessionId: 'session-1' });
    const after = await verify(server, appRequest(user, token), { action: 'wallet.sign' });
    assert.ok(!after.ok);
  });

  test('scopes: the token must carry the scope; maxAgeSeconds bounds its age', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ scopes: ['wallet:sign', 'credential:unlink'] });
    // wallet.sign takes persistent tokens; a persistent scoped token passes when the check names its scope.
    const ok = await verify(server, appRequest(user, token), {
      action: 'wallet.sign',
      scope: 'wallet:sign',
    });
    assert.ok(ok.ok);
    assert.deepEqual(ok.scopes, ['wallet:sign', 'credential:unlink']);
    assert.equal(ok.singleUse, false);
    const missing = await verify(server, appRequest(user, token), {
      action: 'wallet.sign',
      scope: 'wallet:export',
    });
    assert.ok(!missing.ok && missing.reason === 'mfa-token-scope');
    server.clock.advance(61);
    const tooOld = await verify(server, appRequest(user, token), {
      action: 'wallet.sign',
      scope: 'wallet:sign',
      maxAgeSeconds: 60,
    });
    assert.ok(!tooOld.ok && tooOld.code === 'expired');
    server.clock.advance(900);
    const expired = await verify(server, appRequest(user, token), {
      action: 'wallet.sign',
      scope: 'wallet:sign',
    });
    assert.ok(
      !expired.ok && expired.code === 'expired',
      'persistent tokens expire after 15 minutes',
    );
  });

  test('a single-use scoped token passes a single-use action that names its scope, once', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ scopes: ['wallet:export'], singleUse: true });
    const ok = await verify(server, appRequest(user, token), {
      action: 'wallet.export',
      scope: 'wallet:export',
    });
    assert.ok(ok.ok);
    assert.equal(ok.singleUse, true);
    const again = await verify(server, appRequest(user, token), {
      action: 'wallet.export',
      scope: 'wallet:export',
    });
    assert.ok(!again.ok && again.reason === 'mfa-token-used');
  });
});

describe('action policies', () => {
  test('required false, if-enrolled, and unknown actions', async () => {
    const server = await createTestServer({ actions: ACTIONS });
    const newcomer = uniqueUser();
    const free = await verify(server, appRequest(newcomer), { action: 'wallet.view' });
    assert.ok(free.ok && free.mfa === false);
    const ifEnrolled = await verify(server, appRequest(newcomer), { action: 'profile.edit' });
    assert.ok(ifEnrolled.ok && ifEnrolled.mfa === false, 'not enrolled: runs without a proof');
    const required = await verify(server, appRequest(newcomer), { action: 'wallet.export' });
    assert.ok(!required.ok && required.code === 'not-enrolled');
    const unknown = await verify(server, appRequest(newcomer), { action: 'some.new.action' });
    assert.ok(!unknown.ok && unknown.code === 'not-enrolled', 'actions not listed are guarded');

    const { server: enrolledServer, user } = await setup();
    const enrolled = await verify(enrolledServer, appRequest(user), { action: 'profile.edit' });
    assert.ok(
      !enrolled.ok && enrolled.reason === 'mfa-token-required',
      'enrolled: a proof is needed',
    );

    const requirement = async (u: string, action: string) =>
      (await enrolledServer.call('GET', `actions/${action}`, { user: u })).body;
    assert.deepEqual(await requirement(user, 'wallet.view'), { required: false });
    assert.deepEqual(await requirement(user, 'profile.edit'), { required: true });
    assert.deepEqual(await requirement(newcomer, 'profile.edit'), { required: false });
    assert.deepEqual(await requirement(newcomer, 'wallet.export'), { required: true });
    assert.equal((await enrolledServer.call('GET', 'actions/bad%20name', { user })).status, 400);
  });

  test('methods: a TOTP proof does not open a passkey-only action', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ singleUse: true }, 'vault.open');
    const refused = await verify(server, appRequest(user, token), { action: 'vault.open' });
    assert.ok(!refused.ok && refused.reason === 'mfa-token-method');
  });

  test('a server fault is a refusal (500 unknown), never a throw, and never a pass', async () => {
    const { user, issue } = await setup();
    const token = await issue({ singleUse: true }, 'wallet.export');
    // The check reads through useToken (one statement that may consume), or lookupToken for scopes.
    for (const [method, check] of [
      ['useToken', { action: 'wallet.export' }],
      ['lookupToken', { action: 'wallet.export', scope: 'wallet:export' }],
    ] as const) {
      const server = await createTestServer({
        actions: ACTIONS,
        store: faultyStore(await testStore(), method),
      });
      const result = await server.mfa.verifyMfaToken(appRequest(user, token), check);
      assert.ok(!result.ok && result.status === 500 && result.code === 'unknown', method);
    }
  });
});

describe('POST tokens/verify (for apps in other languages)', () => {
  test('checks and consumes like verifyMfaToken', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ singleUse: true }, 'wallet.export');
    const first = await server.call('POST', 'tokens/verify', {
      user,
      body: { token, action: 'wallet.export' },
    });
    assert.equal(first.status, 200);
    assert.equal(first.body.ok, true);
    assert.equal(first.body.userId, user);
    const second = await server.call('POST', 'tokens/verify', {
      user,
      body: { token, action: 'wallet.export' },
    });
    assert.equal(second.status, 403);
    assert.equal(second.body.reason, 'mfa-token-used');
  });

  test('scope-only checks; neither action nor scope is a bad request', async () => {
    const { server, user, issue } = await setup();
    const token = await issue({ scopes: ['wallet:export'] });
    assert.equal(
      (
        await server.call('POST', 'tokens/verify', {
          user,
          body: { token, scope: 'wallet:export' },
        })
      ).status,
      200,
    );
    const none = await server.call('POST', 'tokens/verify', { user, body: { token } });
    assert.equal(none.status, 400);
    assert.equal(none.body.code, 'invalid-request');
  });
});

describe('scopes narrow, never widen (docs/SECURITY.md 29): every token kind against every kind of check', () => {
  type Kind = 'bound' | 'unbound' | 'persistent' | 'scoped' | 'scoped-single-use';
  const kinds: Record<Kind, { request: TokenRequest; action?: string }> = {
    bound: { request: { singleUse: true }, action: 'wallet.export' },
    unbound: { request: { singleUse: true } },
    persistent: { request: { singleUse: false } },
    scoped: { request: { scopes: ['notes:read'] } },
    'scoped-single-use': { request: { scopes: ['notes:read'], singleUse: true } },
  };
  type Check = { action?: string; scope?: string };
  const checks: Array<[string, Check, Kind[]]> = [
    // [name, check, the token kinds that pass it]
    ['a single-use action', { action: 'wallet.export' }, ['bound']],
    ['a persistent action without a scope', { action: 'wallet.sign' }, ['persistent']],
    [
      'a persistent action naming the scope',
      { action: 'wallet.sign', scope: 'notes:read' },
      ['scoped', 'scoped-single-use'],
    ],
    [
      'a single-use action naming the scope',
      { action: 'wallet.export', scope: 'notes:read' },
      ['scoped-single-use'],
    ],
    ['a scope-only check', { scope: 'notes:read' }, ['scoped', 'scoped-single-use']],
    [
      'an action whose policy lists the scope',
      { action: 'notes.view' },
      ['persistent', 'scoped', 'scoped-single-use'],
    ],
    ['a check naming another scope', { action: 'wallet.sign', scope: 'wallet:sign' }, []],
  ];

  for (const [name, check, passing] of checks) {
    test(name, async () => {
      const { server, user, issue } = await setup();
      for (const kind of Object.keys(kinds) as Kind[]) {
        const token = await issue(kinds[kind].request, kinds[kind].action);
        const result =
          check.action === undefined
            ? await server.call('POST', 'tokens/verify', {
                user,
                body: { token, scope: check.scope },
              })
            : {
                status: 0,
                body: await verify(
                  server,
                  appRequest(user, token),
                  check as { action: string; scope?: string },
                ),
              };
        const ok =
          check.action === undefined ? result.status === 200 : (result.body as { ok: boolean }).ok;
        assert.equal(
          ok,
          passing.includes(kind),
          `${kind} token, ${name}: ${JSON.stringify(result.body)}`,
        );
      }
    });
  }
});
