// The memory client's own behaviour: its clock, throttle, tokens, hooks and storage. What every
// client shares is in the contract suite (test/clients/contract-suite.ts), run on the memory client
// by test/server/clients/memory-contract.test.ts.
import { mfaError, rejection } from '../support/mfa-rejection.js';
import { expect } from '@open-wc/testing';
import { Secret, TOTP, URI } from 'otpauth';
import { MfaError } from '../../src/client/errors.js';
import type { MfaClient } from '../../src/client/types.js';
import {
  createMemoryClient,
  DELETE_DEVICE_ACTION,
  ManualClock,
  MemoryMfaClient,
  REGENERATE_RECOVERY_CODES_ACTION,
} from '../../src/clients/memory/index.js';

const START = Date.UTC(2026, 0, 1, 12, 0, 10); // 10 s into a 30 s step
const STEP = 30_000;

function codeAt(secret: string, timestamp: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp,
  });
}

/** A 6-digit code that is not valid for the secret anywhere near `timestamp`. */
function wrongCode(secret: string, timestamp: number): string {
  const near = new Set([-2, -1, 0, 1, 2].map((delta) => codeAt(secret, timestamp + delta * STEP)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!near.has(candidate)) return candidate;
  }
}

function setup(options: Parameters<typeof createMemoryClient>[0] = {}) {
  const clock = new ManualClock(START);
  const client = createMemoryClient({ now: () => clock.now(), ...options });
  return { clock, client };
}

async function enrolled(options: Parameters<typeof createMemoryClient>[0] = {}) {
  const { clock, client } = setup(options);
  const enrollment = await client.enrollTotp();
  await client.verifyTotp({ code: codeAt(enrollment.secret, clock.now()) });
  clock.advance(STEP);
  return { clock, client, enrollment, secret: enrollment.secret };
}

describe('ManualClock', () => {
  it('starts where told, advances and jumps', () => {
    const clock = new ManualClock(1000);
    expect(clock.now()).to.equal(1000);
    expect(clock.advance(500)).to.equal(1500);
    expect(clock.now()).to.equal(1500);
    clock.set(42);
    expect(clock.now()).to.equal(42);
    expect(() => clock.set(Number.NaN)).to.throw(TypeError);
  });
});

describe('memory client: contract shape', () => {
  it('implements every MfaClient method', () => {
    const client: MfaClient = createMemoryClient();
    expect(client).to.be.instanceOf(MemoryMfaClient);
    for (const name of [
      'status',
      'enrollTotp',
      'verifyTotp',
      'enrollPasskey',
      'verifyPasskey',
      'deleteDevice',
      'recoveryCodes',
      'acknowledgeRecoveryCodes',
      'verifyRecoveryCode',
      'isRequiredForAction',
    ] as const) {
      expect(typeof client[name], name).to.equal('function');
    }
  });
});

describe('memory client: TOTP enrollment', () => {
  it('creates an unverified device with a 160-bit base32 secret and an otpauth URI', async () => {
    const { client } = setup({ issuer: 'Acme', userName: 'ada@example.com' });
    const enrollment = await client.enrollTotp();
    expect(enrollment.secret).to.match(/^[A-Z2-7]{32}$/); // 32 × 5 bits = 160 bits
    expect(Secret.fromBase32(enrollment.secret).bytes.length).to.equal(20);
    expect(enrollment).to.include({
      issuer: 'Acme',
      accountName: 'ada@example.com',
      digits: 6,
      period: 30,
      algorithm: 'SHA1',
    });
    const parsed = URI.parse(enrollment.uri) as TOTP;
    expect(parsed).to.be.instanceOf(TOTP);
    expect(parsed.issuer).to.equal('Acme');
    expect(parsed.label).to.equal('ada@example.com');
    expect(parsed.secret.base32).to.equal(enrollment.secret);
    expect(parsed.digits).to.equal(6);
    expect(parsed.period).to.equal(30);
    expect(parsed.algorithm).to.equal('SHA1');
    const status = await client.status();
    expect(status.pending).to.equal('enroll');
    expect(status.devices).to.have.length(1);
    expect(status.devices[0]).to.include({
      id: enrollment.deviceId,
      type: 'totp',
      verified: false,
    });
    expect(JSON.stringify(status)).not.to.contain(enrollment.secret);
  });

  it('gives a different secret each time and replaces the unverified device', async () => {
    const { client } = setup();
    const first = await client.enrollTotp();
    const second = await client.enrollTotp();
    expect(second.secret).not.to.equal(first.secret);
    expect(second.deviceId).not.to.equal(first.deviceId);
    const { devices } = await client.status();
    expect(devices.map((device) => device.id)).to.deep.equal([second.deviceId]);
    await mfaError(client.verifyTotp({ code: '000000', deviceId: first.deviceId }), 'not-enrolled');
  });

  it('confirms with a computed code, then asks to acknowledge recovery codes', async () => {
    const { client, clock } = setup();
    const enrollment = await client.enrollTotp();
    const proof = await client.verifyTotp({
      code: codeAt(enrollment.secret, clock.now()),
      deviceId: enrollment.deviceId,
    });
    expect(proof).to.deep.equal({ method: 'totp', deviceId: enrollment.deviceId });
    const status = await client.status();
    expect(status.pending).to.equal('acknowledge-recovery-codes');
    expect(status.methods).to.deep.equal(['totp', 'recovery-code']);
    expect(status.recoveryCodesRemaining).to.equal(10);
    expect(status.devices[0]).to.include({ verified: true });
    expect(status.devices[0].lastUsedAt).to.equal(new Date(START).toISOString());
    await client.acknowledgeRecoveryCodes();
    expect((await client.status()).pending).to.equal(null);
  });

  it('answers not-enrolled when there is no TOTP device', async () => {
    const { client } = setup();
    await mfaError(client.verifyTotp({ code: '123456' }), 'not-enrolled');
    await mfaError(client.verifyTotp({ code: '123456', deviceId: 'nope' }), 'not-enrolled');
  });
});

describe('memory client: TOTP verification', () => {
  it('accepts the codes of one step either side and refuses two steps away', async () => {
    for (const delta of [-1, 0, 1]) {
      const { client, clock, secret } = await enrolled();
      clock.advance(5 * STEP);
      const proof = await client.verifyTotp({ code: codeAt(secret, clock.now() + delta * STEP) });
      expect(proof.method, `delta ${delta}`).to.equal('totp');
    }
    for (const delta of [-2, 2]) {
      const { client, clock, secret } = await enrolled();
      clock.advance(5 * STEP);
      await mfaError(
        client.verifyTotp({ code: codeAt(secret, clock.now() + delta * STEP) }),
        'invalid-code',
      );
    }
  });

  it('accepts a code once: the same code twice is refused like a wrong one', async () => {
    const { client, clock, secret } = await enrolled();
    const code = codeAt(secret, clock.now());
    await client.verifyTotp({ code });
    const replay = await mfaError(client.verifyTotp({ code }), 'invalid-code');
    const wrong = await mfaError(
      client.verifyTotp({ code: wrongCode(secret, clock.now()) }),
      'invalid-code',
    );
    expect(replay.message).to.equal(wrong.message);
  });

  it('refuses an older step once a later one was used', async () => {
    const { client, clock, secret } = await enrolled();
    clock.advance(3 * STEP);
    await client.verifyTotp({ code: codeAt(secret, clock.now() + STEP) }); // the next step (clock skew)
    await mfaError(client.verifyTotp({ code: codeAt(secret, clock.now()) }), 'invalid-code');
    await mfaError(client.verifyTotp({ code: codeAt(secret, clock.now() - STEP) }), 'invalid-code');
    clock.advance(STEP);
    await mfaError(client.verifyTotp({ code: codeAt(secret, clock.now()) }), 'invalid-code'); // same step again
    clock.advance(STEP);
    expect((await client.verifyTotp({ code: codeAt(secret, clock.now()) })).method).to.equal(
      'totp',
    );
  });

  it('uses up the enrollment code: it cannot verify again', async () => {
    const { client, clock } = setup();
    const { secret } = await client.enrollTotp();
    const code = codeAt(secret, clock.now());
    await client.verifyTotp({ code });
    clock.advance(10_000); // same step
    await mfaError(client.verifyTotp({ code }), 'invalid-code');
    client.signOut();
    await mfaError(client.verifyTotp({ code }), 'invalid-code');
  });

  it('accepts spaces inside a code and refuses malformed ones', async () => {
    const { client, clock, secret } = await enrolled();
    const code = codeAt(secret, clock.now());
    expect(
      (await client.verifyTotp({ code: ` ${code.slice(0, 3)} ${code.slice(3)} ` })).method,
    ).to.equal('totp');
    clock.advance(STEP);
    for (const bad of ['', '12345', '1234567', 'abcdef', `${codeAt(secret, clock.now())}0`]) {
      await mfaError(client.verifyTotp({ code: bad }), 'invalid-code');
    }
  });

  it('rejects wrong input types with invalid-request and changes nothing', async () => {
    const { client } = await enrolled();
    const loose = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const bad: Array<[string, unknown[]]> = [
      ['verifyTotp', [undefined]],
      ['verifyTotp', [null]],
      ['verifyTotp', ['123456']],
      ['verifyTotp', [{ code: 123456 }]],
      ['verifyTotp', [{ code: '123456', deviceId: 7 }]],
      ['verifyTotp', [{ code: '123456', token: 'yes' }]],
      ['verifyTotp', [{ code: '123456', token: { singleUse: 'yes' } }]],
      ['verifyTotp', [{ code: '123456', token: { scopes: [] } }]],
      ['verifyTotp', [{ code: '123456', token: { scopes: [1] } }]],
      ['verifyTotp', [{ code: '123456', action: {} }]],
      ['verifyTotp', [{ code: 'x'.repeat(10_000) }]],
      ['verifyRecoveryCode', [{ code: null }]],
      ['recoveryCodes', [{ regenerate: 'yes' }]],
      ['deleteDevice', [{ deviceId: 1, mfaToken: 'x' }]],
      ['deleteDevice', [{ deviceId: 'x' }]],
      ['enrollPasskey', [{ alias: 5 }]],
      ['isRequiredForAction', [42]],
      ['status', [{ signal: 'now' }]],
    ];
    for (const [method, args] of bad) {
      await mfaError(loose[method].apply(client, args), 'invalid-request');
    }
    expect(client.throttleStatus().consecutiveFailures).to.equal(0);
  });
});

describe('memory client: throttling', () => {
  it('locks after 5 failures with retryAfter, refuses even a right code, unlocks after the delay', async () => {
    const { client, clock, secret } = await enrolled();
    const wrong = wrongCode(secret, clock.now());
    for (let i = 0; i < 5; i++) await mfaError(client.verifyTotp({ code: wrong }), 'invalid-code');
    const locked = await mfaError(
      client.verifyTotp({ code: codeAt(secret, clock.now()) }),
      'rate-limited',
    );
    expect(locked.retryAfter).to.equal(30);
    clock.advance(10_000);
    const still = await mfaError(
      client.verifyTotp({ code: codeAt(secret, clock.now()) }),
      'rate-limited',
    );
    expect(still.retryAfter).to.equal(20);
    clock.advance(20_000);
    expect((await client.verifyTotp({ code: codeAt(secret, clock.now()) })).method).to.equal(
      'totp',
    );
    expect(client.throttleStatus()).to.deep.equal({
      consecutiveFailures: 0,
      totalFailures: 5,
      retryAfter: 0,
    });
  });

  it('grows the delay 30 s, 60 s, 120 s … and caps it at 900 s', async () => {
    const { client, clock, secret } = await enrolled();
    const expected = [30, 60, 120, 240, 480, 900, 900];
    for (const seconds of expected) {
      for (let i = 0; i < 5; i++)
        await mfaError(client.verifyTotp({ code: wrongCode(secret, clock.now()) }), 'invalid-code');
      const error = await mfaError(
        client.verifyTotp({ code: codeAt(secret, clock.now()) }),
        'rate-limited',
      );
      expect(error.retryAfter).to.equal(seconds);
      clock.advance(seconds * 1000);
    }
  });

  it('a success resets the consecutive count', async () => {
    const { client, clock, secret } = await enrolled();
    for (let i = 0; i < 4; i++)
      await mfaError(client.verifyTotp({ code: wrongCode(secret, clock.now()) }), 'invalid-code');
    await client.verifyTotp({ code: codeAt(secret, clock.now()) });
    clock.advance(STEP);
    for (let i = 0; i < 4; i++)
      await mfaError(client.verifyTotp({ code: wrongCode(secret, clock.now()) }), 'invalid-code');
    expect((await client.verifyTotp({ code: codeAt(secret, clock.now()) })).method).to.equal(
      'totp',
    );
  });

  it('shares one counter between TOTP codes and recovery codes', async () => {
    const { client, clock, secret } = await enrolled();
    const [recovery] = await client.recoveryCodes();
    for (let i = 0; i < 3; i++)
      await mfaError(client.verifyTotp({ code: wrongCode(secret, clock.now()) }), 'invalid-code');
    for (let i = 0; i < 2; i++)
      await mfaError(client.verifyRecoveryCode({ code: 'AAAA-BBBB-CCCC-DDDD' }), 'invalid-code');
    const error = await mfaError(client.verifyRecoveryCode({ code: recovery }), 'rate-limited');
    expect(error.retryAfter).to.equal(30);
    await mfaError(client.verifyTotp({ code: codeAt(secret, clock.now()) }), 'rate-limited');
    clock.advance(30_000);
    const proof = await client.verifyRecoveryCode({ code: recovery });
    expect(proof.recoveryCodesRemaining).to.equal(9);
  });

  it('survives sign-out: a new session does not reset the counter', async () => {
    const { client, clock, secret } = await enrolled();
    for (let i = 0; i < 5; i++)
      await mfaError(client.verifyTotp({ code: wrongCode(secret, clock.now()) }), 'invalid-code');
    client.signOut();
    await mfaError(client.verifyTotp({ code: codeAt(secret, clock.now()) }), 'rate-limited');
  });

  it('hard-locks after 100 failures in total', async () => {
    const { client, clock, secret } = await enrolled({ maxFailures: 1000 });
    for (let i = 0; i < 99; i++)
      await mfaError(client.verifyTotp({ code: wrongCode(secret, clock.now()) }), 'invalid-code');
    // The failure that locks for good says so itself: no wait is given, none would help.
    const last = await mfaError(
      client.verifyTotp({ code: wrongCode(secret, clock.now()) }),
      'rate-limited',
    );
    expect(last.retryAfter).to.equal(undefined);
    const error = await mfaError(
      client.verifyTotp({ code: codeAt(secret, clock.now()) }),
      'rate-limited',
    );
    expect(error.retryAfter).to.equal(undefined);
    clock.advance(24 * 3600 * 1000);
    await mfaError(client.verifyTotp({ code: codeAt(secret, clock.now()) }), 'rate-limited');
    client.resetThrottle();
    expect((await client.verifyTotp({ code: codeAt(secret, clock.now()) })).method).to.equal(
      'totp',
    );
  });

  it('a parallel burst of wrong codes cannot exceed the budget', async () => {
    const { client, clock, secret } = await enrolled();
    const wrong = wrongCode(secret, clock.now());
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => client.verifyTotp({ code: wrong })),
    );
    const codes = results.map((result) =>
      result.status === 'rejected' ? (result.reason as MfaError).code : 'ok',
    );
    expect(codes.filter((code) => code === 'invalid-code')).to.have.length(5);
    expect(codes.filter((code) => code === 'rate-limited')).to.have.length(15);
    expect(client.throttleStatus().totalFailures).to.equal(5);
  });

  it('does not count a simulated server error as an attempt', async () => {
    const { client, clock, secret } = await enrolled();
    for (let i = 0; i < 10; i++) {
      client.failNextCall('network');
      await mfaError(client.verifyTotp({ code: wrongCode(secret, clock.now()) }), 'network');
    }
    expect(client.throttleStatus().consecutiveFailures).to.equal(0);
  });
});

describe('memory client: MFA tokens', () => {
  it('issues a single-use token bound to the action, accepted exactly once', async () => {
    const { client, clock, secret } = await enrolled();
    const proof = await client.verifyTotp({
      code: codeAt(secret, clock.now()),
      token: { singleUse: true },
      action: 'wallet.export',
    });
    const token = proof.token!;
    expect(token.singleUse).to.equal(true);
    expect(token.scopes).to.deep.equal([]);
    expect(token.action).to.equal('wallet.export');
    expect(token.value).to.match(/^[A-Za-z0-9_-]{43,}$/); // ≥ 256 bits base64url
    expect(Date.parse(token.expiresAt)).to.equal(clock.now() + 300_000);
    expect(client.consumeToken(token.value, { action: 'wallet.sign' })).to.equal(false);
    expect(client.consumeToken(token.value)).to.equal(false);
    expect(client.consumeToken(token.value, { action: 'wallet.export' })).to.equal(true);
    expect(client.consumeToken(token.value, { action: 'wallet.export' })).to.equal(false);
    expect(client.consumeToken('not-a-token', { action: 'wallet.export' })).to.equal(false);
  });

  it('expires single-use tokens after tokenLifetimeSeconds', async () => {
    const { client, clock, secret } = await enrolled({ tokenLifetimeSeconds: 60 });
    const { token } = await client.verifyTotp({
      code: codeAt(secret, clock.now()),
      token: { singleUse: true },
      action: 'a',
    });
    clock.advance(60_000);
    expect(client.consumeToken(token!.value, { action: 'a' })).to.equal(false);
  });

  it('persistent tokens work until they expire or the session ends', async () => {
    const { client, clock, secret } = await enrolled({ persistentTokenLifetimeSeconds: 3600 });
    const { token } = await client.verifyTotp({
      code: codeAt(secret, clock.now()),
      token: { singleUse: false },
    });
    expect(token!.singleUse).to.equal(false);
    expect(Date.parse(token!.expiresAt)).to.equal(clock.now() + 3_600_000);
    expect(client.consumeToken(token!.value, { action: 'a' })).to.equal(true);
    expect(client.consumeToken(token!.value, { action: 'b' })).to.equal(true);
    clock.advance(3_599_000);
    expect(client.consumeToken(token!.value, { action: 'a' })).to.equal(true);
    clock.advance(1000);
    expect(client.consumeToken(token!.value, { action: 'a' })).to.equal(false);

    clock.advance(STEP);
    const second = await client.verifyTotp({
      code: codeAt(secret, clock.now()),
      token: { singleUse: false },
    });
    client.signOut();
    expect(client.consumeToken(second.token!.value, { action: 'a' })).to.equal(false);
  });

  it('step-up scopes: the token carries them and the check needs the scope', async () => {
    const { client, clock, secret } = await enrolled();
    const { token } = await client.verifyTotp({
      code: codeAt(secret, clock.now()),
      token: { scopes: ['wallet:export', 'credential:unlink'] },
    });
    expect(token!.scopes).to.deep.equal(['wallet:export', 'credential:unlink']);
    expect(token!.singleUse).to.equal(false);
    expect(client.consumeToken(token!.value, { scope: 'wallet:sign' })).to.equal(false);
    expect(client.consumeToken(token!.value, { scope: 'wallet:export' })).to.equal(true);
    expect(client.consumeToken(token!.value, { scope: 'credential:unlink' })).to.equal(true);
    clock.advance(300_000);
    expect(client.consumeToken(token!.value, { scope: 'wallet:export' })).to.equal(false);
  });

  it('deleting a device needs a fresh token, consumed once; unknown devices are refused', async () => {
    const { client, clock, secret, enrollment } = await enrolled();
    await mfaError(
      client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: 'forged' }),
      'unauthorized',
    );
    const { token } = await client.verifyTotp({
      code: codeAt(secret, clock.now()),
      token: { singleUse: true },
    });
    await mfaError(
      client.deleteDevice({ deviceId: 'nope', mfaToken: token!.value }),
      'not-enrolled',
    );
    const bound = await client.verifyTotp({
      code: codeAt(secret, clock.now() + STEP),
      token: { singleUse: true },
      action: 'wallet.export',
    });
    await mfaError(
      client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: bound.token!.value }),
      'unauthorized',
    );
    await client.deleteDevice({ deviceId: enrollment.deviceId, mfaToken: token!.value });
    const status = await client.status();
    expect(status.devices).to.deep.equal([]);
    expect(status.pending).to.equal('enroll');
    expect(client.consumeToken(token!.value)).to.equal(false);
    // A new enrollment is possible now, with a new secret.
    const again = await client.enrollTotp();
    expect(again.secret).not.to.equal(secret);
  });
});

describe('memory client: status, actions, hooks', () => {
  it('isRequiredForAction follows the actions map and requireAllActions', async () => {
    const { client } = setup({ actions: { 'wallet.export': true, 'profile.view': false } });
    expect(await client.isRequiredForAction('wallet.export')).to.equal(true);
    expect(await client.isRequiredForAction('profile.view')).to.equal(false);
    expect(await client.isRequiredForAction('wallet.sign')).to.equal(false);
    expect(await client.isRequiredForAction('toString')).to.equal(false);
    const strict = setup({ actions: { 'profile.view': false }, requireAllActions: true }).client;
    expect(await strict.isRequiredForAction('wallet.sign')).to.equal(true);
    expect(await strict.isRequiredForAction('profile.view')).to.equal(false);
  });

  it('always requires a proof to delete a device or regenerate recovery codes', async () => {
    const { client } = setup();
    expect(await client.isRequiredForAction(DELETE_DEVICE_ACTION)).to.equal(true);
    expect(await client.isRequiredForAction(REGENERATE_RECOVERY_CODES_ACTION)).to.equal(true);
  });

  it('failNextCall fails exactly the next call, with retryAfter when given', async () => {
    const { client } = setup();
    client.failNextCall('network');
    await mfaError(client.status(), 'network');
    expect((await client.status()).pending).to.equal('enroll');
    client.failNextCall('rate-limited', { retryAfter: 12 });
    const error = await mfaError(client.enrollTotp(), 'rate-limited');
    expect(error.retryAfter).to.equal(12);
    expect((await client.status()).devices).to.have.length(0);
  });

  it('latency delays each call', async () => {
    const { client } = setup({ latency: 80 });
    const started = performance.now();
    await client.status();
    expect(performance.now() - started).to.be.at.least(75);
  });

  it('rejects with an AbortError DOMException when aborted, and changes nothing', async () => {
    const { client } = setup({ latency: 200 });
    const controller = new AbortController();
    const pending = client.enrollTotp({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect((await client.status()).devices).to.have.length(0);

    const already = new AbortController();
    already.abort();
    const immediate = await rejection(setup().client.status({ signal: already.signal }));
    expect((immediate as DOMException).name).to.equal('AbortError');
  });

  it('totpCode and setUpTotp give tests a ready device', async () => {
    const { client, clock } = setup();
    const { deviceId, secret, recoveryCodes } = await client.setUpTotp({ signOut: true });
    expect(recoveryCodes).to.have.length(10);
    const status = await client.status();
    expect(status.pending).to.equal('verify');
    expect(status.devices[0]).to.include({ id: deviceId, verified: true });
    expect(client.totpCode()).to.equal(codeAt(secret, clock.now()));
    // The current step is still unused.
    expect((await client.verifyTotp({ code: client.totpCode() })).method).to.equal('totp');
    expect((await client.status()).pending).to.equal(null);
  });

  it('needs a verified session to add a second factor', async () => {
    const { client } = setup();
    await client.setUpTotp({ signOut: true });
    await mfaError(client.enrollPasskey(), 'step-up-required');
  });
});

describe('memory client: persistence', () => {
  function memoryStorage(): Storage & { data: Map<string, string> } {
    const data = new Map<string, string>();
    return {
      data,
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      getItem: (key: string) => data.get(key) ?? null,
      key: (index: number) => [...data.keys()][index] ?? null,
      removeItem: (key: string) => void data.delete(key),
      setItem: (key: string, value: string) => void data.set(key, String(value)),
    };
  }

  it('round-trips the whole state through a Storage', async () => {
    const storage = memoryStorage();
    const clock = new ManualClock(START);
    const first = createMemoryClient({ now: () => clock.now(), storage, storageKey: 'demo' });
    const { secret } = await first.enrollTotp();
    await first.verifyTotp({ code: codeAt(secret, clock.now()) });
    const codes = await first.recoveryCodes();
    await first.verifyTotp({ code: wrongCode(secret, clock.now()) }).catch(() => undefined);
    expect(storage.data.has('demo')).to.equal(true);

    const second = createMemoryClient({ now: () => clock.now(), storage, storageKey: 'demo' });
    const status = await second.status();
    expect(status.pending).to.equal('acknowledge-recovery-codes'); // same session
    expect(await second.recoveryCodes()).to.deep.equal(codes);
    expect(second.throttleStatus().consecutiveFailures).to.equal(1);
    // Replay protection survived the reload.
    await mfaError(second.verifyTotp({ code: codeAt(secret, clock.now()) }), 'invalid-code');
    await mfaError(second.enrollTotp(), 'already-enrolled');
    await second.acknowledgeRecoveryCodes();
    const third = createMemoryClient({ now: () => clock.now(), storage, storageKey: 'demo' });
    await mfaError(third.recoveryCodes(), 'invalid-request');
    expect(storage.data.get('demo')).not.to.contain(codes[0]);
    expect((await third.verifyRecoveryCode({ code: codes[0] })).recoveryCodesRemaining).to.equal(9);
  });

  it('starts fresh when the stored value is not its own', async () => {
    const storage = memoryStorage();
    storage.setItem('mfa-elements:memory-client', '{"version": 99}');
    const client = createMemoryClient({ storage });
    expect((await client.status()).pending).to.equal('enroll');
    storage.setItem('mfa-elements:memory-client', 'not json');
    expect((await createMemoryClient({ storage }).status()).pending).to.equal('enroll');
  });

  it('reset() forgets everything', async () => {
    const storage = memoryStorage();
    const client = createMemoryClient({ storage });
    await client.setUpTotp();
    client.reset();
    expect((await client.status()).devices).to.deep.equal([]);
    expect((await createMemoryClient({ storage }).status()).devices).to.deep.equal([]);
  });
});
