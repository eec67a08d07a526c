/// <reference types="node" />
// docs/SECURITY.md 28: a locked account is refused from the row already read, before any slow
// hashing, so a burst against a locked account costs no more than malformed requests (and does not
// slow other users down). Counted, not timed: the PBKDF2 derivations the server starts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { burst, createTestServer, enrollTotp, uniqueUser } from './support/harness.js';

let derivations = 0;
const subtle = globalThis.crypto.subtle;
const originalDeriveBits = subtle.deriveBits.bind(subtle);

before(() => {
  subtle.deriveBits = (...args: Parameters<SubtleCrypto['deriveBits']>) => {
    derivations += 1;
    return originalDeriveBits(...args);
  };
});
after(() => {
  subtle.deriveBits = originalDeriveBits;
});

const WRONG = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ';

describe('a locked account makes the server hash nothing', () => {
  test('recovery codes: 30 attempts while locked start no derivation, like 30 malformed ones', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    const { code } = await enrollTotp(server, user);
    for (let i = 0; i < 5; i += 1) {
      await server.call('POST', 'recovery-codes/verify', {
        user,
        session: 'attacker',
        body: { code: WRONG },
      });
    }
    const before = derivations;
    const locked = await burst(30, () =>
      server.call('POST', 'recovery-codes/verify', {
        user,
        session: 'attacker',
        body: { code: WRONG },
      }),
    );
    assert.ok(
      locked.every((result) => result.status === 429),
      JSON.stringify(locked.map((r) => r.status)),
    );
    assert.equal(derivations - before, 0, 'no PBKDF2 while locked');

    const malformedBefore = derivations;
    await burst(30, () =>
      server.call('POST', 'recovery-codes/verify', {
        user,
        session: 'attacker',
        body: { code: '!' },
      }),
    );
    assert.equal(derivations - malformedBefore, 0, 'a malformed code is not hashed either');

    // A TOTP code is refused while locked, too (unchecked), and the lock is reported with its end.
    const right = await server.call('POST', 'totp/verify', {
      user,
      session: 'attacker',
      body: { code: code() },
    });
    assert.equal(right.status, 429);
    assert.ok(Number(right.headers.get('retry-after')) > 0);
  });

  test('an unlocked account still hashes each recovery-code attempt (the counter is real)', async () => {
    const server = await createTestServer();
    const user = uniqueUser();
    await enrollTotp(server, user);
    const before = derivations;
    await server.call('POST', 'recovery-codes/verify', { user, body: { code: WRONG } });
    assert.equal(derivations - before, 1);
  });

  test('confirming an enrollment while locked prepares no recovery-code set', async () => {
    const server = await createTestServer({ rateLimit: { maxFailures: 2 } });
    const user = uniqueUser();
    const started = await server.call('POST', 'totp/enroll', { user });
    for (let i = 0; i < 2; i += 1) {
      await server.call('POST', 'totp/verify', {
        user,
        body: { code: '000000', deviceId: started.body.deviceId },
      });
    }
    const before = derivations;
    const locked = await server.call('POST', 'totp/verify', {
      user,
      body: { code: '123456', deviceId: started.body.deviceId },
    });
    assert.equal(locked.status, 429);
    assert.equal(derivations - before, 0);
  });
});
