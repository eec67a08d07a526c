/// <reference types="node" />
// docs/SECURITY.md 5 and 23: no log line carries a secret, a one-time code, a recovery code or a token —
// checked on the injected logger and on everything written to the console, across enrollment,
// sign-in, replays, lockouts, passkeys, token use and a server fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MfaProof, TotpEnrollment } from '../../src/client/types.js';
import { normalizeRecoveryCode } from '../../src/server/recovery-codes.js';
import { secretFromBase32, totpCode } from '../../src/server/totp.js';
import { faultyStore } from './support/faulty-store.js';
import {
  captureConsole,
  createTestServer,
  ORIGIN,
  RP,
  testStore,
  uniqueUser,
  type TestServer,
} from './support/harness.js';
import { SoftAuthenticator } from './support/soft-authenticator.js';

/** Drive every path that logs, and return every sensitive value that was in play. */
async function exercise(server: TestServer): Promise<string[]> {
  const secrets: string[] = [];
  const user = uniqueUser();
  const started = await server.call<TotpEnrollment>('POST', 'totp/enroll', { user });
  secrets.push(started.body.secret, started.body.uri);
  const secret = secretFromBase32(started.body.secret);
  const code = (offset = 0) => totpCode(secret, server.clock.ms + offset * 30_000);
  secrets.push(code());
  await server.call('POST', 'totp/verify', {
    user,
    body: { code: code(), deviceId: started.body.deviceId },
  });
  await server.call('POST', 'totp/verify', { user, session: 'b', body: { code: code() } }); // replay

  const { codes } = (
    await server.call<{ codes: string[] }>('POST', 'recovery-codes/reissue', { user })
  ).body;
  secrets.push(...codes, ...codes.map((c) => normalizeRecoveryCode(c)!));
  await server.call('POST', 'recovery-codes/verify', {
    user,
    session: 'c',
    body: { code: codes[0] },
  });

  server.clock.advance(60);
  secrets.push(code());
  const proof = await server.call<MfaProof>('POST', 'totp/verify', {
    user,
    body: { code: code(), token: { singleUse: true }, action: 'wallet.export' },
  });
  const token = proof.body.token!.value;
  secrets.push(token);
  await server.mfa.verifyMfaToken(
    new Request(`${ORIGIN}/api/export`, { headers: { 'x-test-user': user, 'x-mfa-token': token } }),
    { action: 'wallet.export' },
  );
  await server.call('POST', 'tokens/verify', { user, body: { token, action: 'wallet.export' } });

  // Wrong codes until locked, then the right one while locked.
  for (const wrong of ['111111', '222222', '333333', '444444', '555555', 'AAAA-BBBB-CCCC-DDDD']) {
    secrets.push(wrong);
    await server.call('POST', wrong.includes('-') ? 'recovery-codes/verify' : 'totp/verify', {
      user,
      body: { code: wrong },
    });
  }
  secrets.push(code(1));
  await server.call('POST', 'totp/verify', { user, body: { code: code(1) } });

  // Passkeys, including a refused one.
  const other = uniqueUser();
  const device = new SoftAuthenticator({ origin: ORIGIN, rpId: RP.id });
  const options = (await server.call('POST', 'passkeys/register/options', { user: other })).body;
  await server.call('POST', 'passkeys/register/verify', {
    user: other,
    body: { response: device.register(options.challenge) },
  });
  const auth = (await server.call('POST', 'passkeys/authenticate/options', { user: other })).body;
  await server.call('POST', 'passkeys/authenticate/verify', {
    user: other,
    body: { response: device.authenticate(auth.challenge, { origin: 'https://evil.example' }) },
  });
  return secrets;
}

function assertClean(text: string, secrets: readonly string[]): void {
  for (const secret of secrets)
    assert.ok(!text.includes(secret), `a log contains a sensitive value (${secret.length} chars)`);
}

test('the injected logger and the console never see a secret, code, recovery code or token', async () => {
  const console = captureConsole();
  try {
    const server = await createTestServer();
    const secrets = await exercise(server);
    // A server fault on the way, with a value-quoting error message.
    const broken = await createTestServer({
      store: faultyStore(await testStore(), 'getTotpAccount'),
    });
    await broken.call('POST', 'totp/verify', { user: uniqueUser(), body: { code: '123456' } });
    assert.ok(server.logger.events().includes('mfa.totp.replay'), 'replays are logged');
    assert.ok(server.logger.events().includes('mfa.locked'), 'lockouts are logged');
    assert.ok(broken.logger.events().includes('mfa.server-fault'), 'faults are logged');
    assertClean(server.logger.text() + broken.logger.text(), secrets);
    assertClean(console.text(), secrets);
  } finally {
    console.restore();
  }
});

test('the default logger (console) is clean too', async () => {
  const console = captureConsole();
  try {
    const server = await createTestServer({ logger: undefined as never });
    const secrets = await exercise(server);
    const text = console.text();
    assert.match(text, /\[mfa\] mfa\.totp\.replay/, 'the default logger writes to the console');
    assertClean(text, secrets);
  } finally {
    console.restore();
  }
});
