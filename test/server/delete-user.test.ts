/// <reference types="node" />
// `mfa.deleteUser(userId)`: everything the server keeps about a user goes at once (factors,
// recovery codes, tokens, sessions, challenges, the failure counter), nobody else's data does,
// and the user can start again from enrollment.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestServer, enrollTotp, ORIGIN, status, uniqueUser } from './support/harness.js';
import { inspectStore } from './support/store-inspection.js';

describe('mfa.deleteUser', () => {
  test('removes every factor, code, token and lock of the user; the user starts over at enrollment', async () => {
    const server = await createTestServer({
      actions: { 'wallet.export': { required: true, token: 'persistent' } },
    });
    const user = uniqueUser();
    const other = uniqueUser();
    const { code } = await enrollTotp(server, user);
    await enrollTotp(server, other);
    server.clock.advance(30);
    const proof = await server.call('POST', 'totp/verify', {
      user,
      body: { code: code(), token: { singleUse: false } },
    });
    assert.equal(proof.status, 200);
    // Passkey challenge rows exist too.
    assert.equal(
      (await server.call('POST', 'passkeys/register/options', { user, body: {} })).status,
      200,
    );
    // And a hard lock, which only resetThrottle or deleteUser lifts.
    await inspectStore(server.store).lockUser(user, { hard: true });

    assert.equal(await server.mfa.deleteUser(user), true);

    assert.deepEqual(await status(server, user), {
      pending: 'enroll',
      methods: [],
      devices: [],
      recoveryCodesRemaining: 0,
    });
    assert.equal(await inspectStore(server.store).getUser(user), null);
    const appRequest = new Request(`${ORIGIN}/app/export`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'x-test-user': user, 'x-mfa-token': proof.body.token.value },
    });
    const check = await server.mfa.verifyMfaToken(appRequest, { action: 'wallet.export' });
    assert.ok(!check.ok && check.code === 'not-enrolled', 'the token went with the factors');
    // Enrolling again works, with a fresh set of recovery codes and no lock.
    await enrollTotp(server, user);
    assert.equal((await status(server, user)).recoveryCodesRemaining, 10);

    assert.equal(
      (await status(server, other)).methods.includes('totp'),
      true,
      'another user keeps everything',
    );
    assert.deepEqual(
      server.logger.records.filter((r) => r.event === 'mfa.user.deleted').map((r) => r.fields),
      [{ userId: user, removed: true }],
    );
  });

  test('an unknown user: false, and nothing happens; a bad id is a TypeError', async () => {
    const server = await createTestServer();
    assert.equal(await server.mfa.deleteUser(uniqueUser('nobody')), false);
    await assert.rejects(server.mfa.deleteUser(''), TypeError);
    await assert.rejects(server.mfa.deleteUser('x'.repeat(257)), TypeError);
    await assert.rejects(server.mfa.deleteUser(42 as never), TypeError);
  });

  test('while attempts are in flight: every request still answers cleanly, and the user ends up without data', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user);
    const calls = Array.from({ length: 20 }, (_, i) =>
      server.call('POST', 'totp/verify', { user, session: `s${i}`, body: { code: '000000' } }),
    );
    const [deleted, ...answers] = await Promise.all([server.mfa.deleteUser(user), ...calls]);
    assert.equal(deleted, true);
    for (const answer of answers)
      assert.ok([400, 409, 429].includes(answer.status), JSON.stringify(answer.body));
    await server.mfa.deleteUser(user); // attempts queued behind the deletion may have re-created the counter
    assert.deepEqual(await server.store.getAccount(user, 's0'), {
      user: null,
      totpDevices: [],
      passkeys: [],
      unusedRecoveryCodes: 0,
      session: null,
    });
  });
});
