/// <reference types="node" />
// docs/SECURITY.md 10–13 over HTTP: shown until acknowledged, stored only hashed (read in the database),
// consumed once even under 50 parallel uses, regenerated only with a fresh proof.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MfaProof } from '../../src/client/types.js';
import { normalizeRecoveryCode } from '../../src/server/recovery-codes.js';
import {
  burst,
  createTestServer,
  enrollTotp,
  status,
  TEST_KEY,
  uniqueUser,
  type TestServer,
} from './support/harness.js';
import { inspectStore, sqlOf } from './support/store-inspection.js';

async function getCodes(server: TestServer, user: string, session = 'session-1') {
  return server.call<{ codes: string[]; code?: string; reason?: string }>('GET', 'recovery-codes', {
    user,
    session,
  });
}

/** What the HTTP client does to show the unsaved set: GET, and without a key, POST reissue. */
async function showCodes(server: TestServer, user: string, session = 'session-1') {
  const shown = await getCodes(server, user, session);
  if (shown.body?.reason !== 'codes-not-kept') return shown;
  return server.call<{ codes: string[]; code?: string; reason?: string }>(
    'POST',
    'recovery-codes/reissue',
    { user, session },
  );
}

async function freshToken(
  server: TestServer,
  user: string,
  code: (offset?: number) => string,
  action?: string,
): Promise<string> {
  server.clock.advance(30);
  const proof = await server.call<MfaProof>('POST', 'totp/verify', {
    user,
    body: { code: code(), token: { singleUse: true }, ...(action && { action }) },
  });
  assert.equal(proof.status, 200, JSON.stringify(proof.body));
  return proof.body.token!.value;
}

describe('showing and acknowledging', () => {
  test('with a key: the same ten codes until acknowledged, then never again', async () => {
    const server = await createTestServer({ encryptionKey: TEST_KEY });
    const user = uniqueUser();
    await enrollTotp(server, user);
    const first = await getCodes(server, user);
    assert.equal(first.status, 200);
    assert.equal(first.body.codes.length, 10);
    assert.deepEqual(
      (await getCodes(server, user)).body.codes,
      first.body.codes,
      'a reload shows the same codes',
    );

    assert.equal((await server.call('POST', 'recovery-codes/acknowledge', { user })).status, 204);
    assert.equal((await status(server, user)).pending, null);
    const after = await getCodes(server, user);
    assert.equal(after.status, 409);
    assert.equal(after.body.code, 'expired');
    const db = sqlOf(server.store);
    const [row] = await db.query(
      'SELECT recovery_pending_sealed FROM mfa_users WHERE user_id = $1',
      [user],
    );
    assert.equal(
      row?.['recovery_pending_sealed'],
      null,
      'the sealed plaintext is deleted on acknowledgement',
    );
  });

  test('without a key: GET changes nothing and says so; a POST reissue shows a fresh set (docs/SECURITY.md 21)', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user);
    const db = sqlOf(server.store);
    const hashesBefore = await db.query(
      'SELECT code_hash FROM mfa_recovery_codes WHERE user_id = $1 ORDER BY code_hash',
      [user],
    );
    for (const headers of [{}, { 'sec-fetch-site': 'same-site' }] as Record<string, string>[]) {
      const shown = await server.call('GET', 'recovery-codes', { user, headers });
      assert.equal(shown.status, 409);
      assert.deepEqual([shown.body.code, shown.body.reason], ['expired', 'codes-not-kept']);
    }
    const hashesAfter = await db.query(
      'SELECT code_hash FROM mfa_recovery_codes WHERE user_id = $1 ORDER BY code_hash',
      [user],
    );
    assert.deepEqual(hashesAfter, hashesBefore, 'no GET replaced the set');
    // Reissuing is a POST behind the Origin check: another site cannot kill the codes.
    const foreign = await server.call('POST', 'recovery-codes/reissue', {
      user,
      origin: 'https://evil.example',
    });
    assert.equal(foreign.status, 403);
    assert.deepEqual(
      await db.query(
        'SELECT code_hash FROM mfa_recovery_codes WHERE user_id = $1 ORDER BY code_hash',
        [user],
      ),
      hashesBefore,
    );
    const first = (await showCodes(server, user)).body.codes;
    const second = (await showCodes(server, user)).body.codes;
    assert.equal(first.length, 10);
    assert.notDeepEqual(first, second);
    const old = await server.call('POST', 'recovery-codes/verify', {
      user,
      body: { code: first[0] },
    });
    assert.equal(old.body.code, 'invalid-code', 'the unacknowledged set was replaced');
    assert.equal(
      (await server.call('POST', 'recovery-codes/verify', { user, body: { code: second[0] } }))
        .status,
      200,
    );
  });

  test('codes are stored only as salted hashes: no column of any table holds a code (docs/SECURITY.md 11)', async () => {
    for (const encryptionKey of [undefined, TEST_KEY]) {
      const server = await createTestServer(encryptionKey ? { encryptionKey } : {});
      const user = uniqueUser();
      await enrollTotp(server, user);
      const { codes } = (await showCodes(server, user)).body;
      if (encryptionKey) await server.call('POST', 'recovery-codes/acknowledge', { user });
      const db = sqlOf(server.store);
      const rows = await db.query('SELECT code_hash FROM mfa_recovery_codes WHERE user_id = $1', [
        user,
      ]);
      assert.equal(rows.length, 10);
      const everything = JSON.stringify([
        ...(await db.query('SELECT * FROM mfa_recovery_codes WHERE user_id = $1', [user])),
        ...(await db.query('SELECT * FROM mfa_users WHERE user_id = $1', [user])),
        ...(await db.query('SELECT * FROM mfa_sessions WHERE user_id = $1', [user])),
        ...(await db.query('SELECT * FROM mfa_tokens WHERE user_id = $1', [user])),
      ]);
      for (const code of codes) {
        assert.ok(!everything.includes(code), 'formatted code stored');
        assert.ok(!everything.includes(normalizeRecoveryCode(code)!), 'normalized code stored');
      }
    }
  });

  test('an unverified session cannot see the codes (docs/SECURITY.md 17)', async () => {
    const server = await createTestServer({ encryptionKey: TEST_KEY });
    const user = uniqueUser();
    await enrollTotp(server, user, 'enrolling-session');
    const other = await getCodes(server, user, 'password-only-session');
    assert.equal(other.status, 403);
    assert.equal(other.body.reason, 'mfa-required');
    const ack = await server.call('POST', 'recovery-codes/acknowledge', {
      user,
      session: 'password-only-session',
    });
    assert.equal(ack.status, 403);
    const reissue = await server.call('POST', 'recovery-codes/reissue', {
      user,
      session: 'password-only-session',
    });
    assert.equal(reissue.status, 403);
    assert.equal(reissue.body.reason, 'mfa-required');
  });
});

describe('signing in with a recovery code', () => {
  test('forgiving input; used once; the count goes down; it verifies the session', async () => {
    const server = await createTestServer({ encryptionKey: TEST_KEY });
    const user = uniqueUser();
    await enrollTotp(server, user);
    const { codes } = (await showCodes(server, user)).body;
    const typed = ` ${codes[3].toLowerCase().replace(/-/g, ' ')} `;
    const used = await server.call<MfaProof>('POST', 'recovery-codes/verify', {
      user,
      session: 'new',
      body: { code: typed },
    });
    assert.equal(used.status, 200);
    assert.deepEqual(used.body, { method: 'recovery-code', recoveryCodesRemaining: 9 });
    assert.notEqual((await status(server, user, 'new')).pending, 'verify');
    const again = await server.call('POST', 'recovery-codes/verify', {
      user,
      session: 'other',
      body: { code: codes[3] },
    });
    assert.equal(again.status, 400);
    assert.equal(again.body.code, 'invalid-code');
    assert.equal((await status(server, user)).recoveryCodesRemaining, 9);
  });

  test('50 parallel requests with one recovery code → exactly one success (docs/SECURITY.md 12)', async () => {
    const server = await createTestServer({ rateLimit: { maxFailures: 100, hardLimit: 200 } });
    const user = uniqueUser();
    await enrollTotp(server, user);
    const { codes } = (await showCodes(server, user)).body;
    const results = await burst(50, (i) =>
      server.call('POST', 'recovery-codes/verify', {
        user,
        session: `s${i}`,
        body: { code: codes[0] },
      }),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    assert.equal(results.filter((r) => r.body.code === 'invalid-code').length, 49);
    assert.equal(await inspectStore(server.store).countUnusedRecoveryCodes(user), 9);
  });

  test('no factor, no recovery codes: not-enrolled', async () => {
    const server = await createTestServer();
    const result = await server.call('POST', 'recovery-codes/verify', {
      user: uniqueUser(),
      body: { code: 'AAAA-AAAA-AAAA-AAAA' },
    });
    assert.equal(result.status, 409);
    assert.equal(result.body.code, 'not-enrolled');
  });
});

describe('regenerating (docs/SECURITY.md 13)', () => {
  test('needs a fresh single-use token; a session alone is refused', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user);
    const refused = await server.call('POST', 'recovery-codes/regenerate', { user });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.reason, 'mfa-token-required');
  });

  test('with a fresh token: a new set, the old set stops working, the token is spent', async () => {
    const server = await createTestServer({ encryptionKey: TEST_KEY });
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    const old = (await getCodes(server, user)).body.codes;
    await server.call('POST', 'recovery-codes/acknowledge', { user });
    const token = await freshToken(server, user, code);
    const regenerated = await server.call<{ codes: string[] }>(
      'POST',
      'recovery-codes/regenerate',
      {
        user,
        headers: { 'x-mfa-token': token },
      },
    );
    assert.equal(regenerated.status, 200);
    assert.equal(regenerated.body.codes.length, 10);
    assert.equal(
      (await status(server, user)).pending,
      'acknowledge-recovery-codes',
      'the new set must be acknowledged',
    );
    assert.deepEqual((await getCodes(server, user)).body.codes, regenerated.body.codes);
    const withOld = await server.call('POST', 'recovery-codes/verify', {
      user,
      body: { code: old[0] },
    });
    assert.equal(withOld.body.code, 'invalid-code');
    const reuse = await server.call('POST', 'recovery-codes/regenerate', {
      user,
      headers: { 'x-mfa-token': token },
    });
    assert.equal(reuse.status, 403);
    assert.equal(reuse.body.reason, 'mfa-token-used');
  });

  test('a token bound to another action is refused; one bound to this action works', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    const wrong = await freshToken(server, user, code, 'wallet.export');
    const refused = await server.call('POST', 'recovery-codes/regenerate', {
      user,
      headers: { 'x-mfa-token': wrong },
    });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.reason, 'mfa-token-action');
    const right = await freshToken(server, user, code, 'recovery-codes.regenerate');
    assert.equal(
      (
        await server.call('POST', 'recovery-codes/regenerate', {
          user,
          headers: { 'x-mfa-token': right },
        })
      ).status,
      200,
    );
  });
});
