import { mfaError } from '../support/mfa-rejection.js';
import { expect } from '@open-wc/testing';
import { Secret, TOTP } from 'otpauth';
import { MfaError } from '../../src/client/errors.js';
import { createMemoryClient, ManualClock } from '../../src/clients/memory/index.js';

const START = Date.UTC(2026, 0, 1, 12, 0, 10);
const STEP = 30_000;
const FORMAT =
  /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

function codeAt(secret: string, timestamp: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp,
  });
}

async function enrolled(options: Parameters<typeof createMemoryClient>[0] = {}) {
  const clock = new ManualClock(START);
  const client = createMemoryClient({ now: () => clock.now(), ...options });
  const { secret } = await client.enrollTotp();
  await client.verifyTotp({ code: codeAt(secret, clock.now()) });
  clock.advance(STEP);
  return { clock, client, secret };
}

describe('memory client: recovery codes', () => {
  it('has none before the first factor is confirmed', async () => {
    const client = createMemoryClient();
    await mfaError(client.recoveryCodes(), 'not-enrolled');
    await mfaError(client.verifyRecoveryCode({ code: 'AAAA-BBBB-CCCC-DDDD' }), 'not-enrolled');
    await client.enrollTotp();
    await mfaError(client.recoveryCodes(), 'not-enrolled');
  });

  it('gives 10 distinct grouped Crockford codes of 80 bits', async () => {
    const { client } = await enrolled();
    const codes = await client.recoveryCodes();
    expect(codes).to.have.length(10);
    for (const code of codes) expect(code).to.match(FORMAT);
    expect(new Set(codes).size).to.equal(10);
    // The same set is shown again until acknowledged.
    expect(await client.recoveryCodes()).to.deep.equal(codes);
  });

  it('entropy sanity: characters spread over the whole alphabet', async () => {
    const counts = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const { client } = await enrolled();
      for (const code of await client.recoveryCodes()) {
        for (const char of code.replace(/-/g, '')) {
          counts.set(char, (counts.get(char) ?? 0) + 1);
          total++;
        }
      }
    }
    expect(total).to.equal(1600);
    expect(counts.size).to.equal(32); // all 32 symbols seen
    for (const [char, count] of counts) {
      // 50 expected per symbol; a fair source stays far inside these bounds.
      expect(count, char).to.be.within(15, 100);
    }
  });

  it('signs in with one code, once; forgives case, spaces and dashes', async () => {
    const { client } = await enrolled();
    const codes = await client.recoveryCodes();
    await client.acknowledgeRecoveryCodes();
    client.signOut();
    expect((await client.status()).pending).to.equal('verify');
    const sloppy = `  ${codes[0].toLowerCase().replace(/-/g, ' ')} `;
    const proof = await client.verifyRecoveryCode({ code: sloppy });
    expect(proof).to.deep.equal({ method: 'recovery-code', recoveryCodesRemaining: 9 });
    expect((await client.status()).pending).to.equal(null);
    await mfaError(client.verifyRecoveryCode({ code: codes[0] }), 'invalid-code');
    expect(
      (await client.verifyRecoveryCode({ code: codes[1].replace(/-/g, '') }))
        .recoveryCodesRemaining,
    ).to.equal(8);
    expect(
      (await client.verifyRecoveryCode({ code: codes[2].replace(/-/g, '--') }))
        .recoveryCodesRemaining,
    ).to.equal(7);
    expect((await client.status()).recoveryCodesRemaining).to.equal(7);
  });

  it('refuses codes that are not in the set', async () => {
    const { client } = await enrolled();
    for (const code of ['', 'AAAA-BBBB-CCCC-DDDD', 'not a code', 'AAAA-BBBB-CCCC-DDD!']) {
      await mfaError(client.verifyRecoveryCode({ code }), 'invalid-code');
    }
  });

  it('drops the plaintext once acknowledged', async () => {
    const { client } = await enrolled();
    const codes = await client.recoveryCodes();
    await client.acknowledgeRecoveryCodes();
    const error = await mfaError(client.recoveryCodes(), 'invalid-request');
    expect(error.message).to.equal('already shown; regenerate with a fresh proof');
    // Still usable: only the hashes were needed.
    expect((await client.verifyRecoveryCode({ code: codes[3] })).recoveryCodesRemaining).to.equal(
      9,
    );
    // Acknowledging again is harmless.
    await client.acknowledgeRecoveryCodes();
  });

  it('keeps no plaintext code in its state after acknowledgement', async () => {
    const storage = new Map<string, string>();
    const clock = new ManualClock(START);
    const client = createMemoryClient({
      now: () => clock.now(),
      storage: {
        length: 0,
        clear: () => storage.clear(),
        getItem: (key) => storage.get(key) ?? null,
        key: () => null,
        removeItem: (key) => void storage.delete(key),
        setItem: (key, value) => void storage.set(key, value),
      },
    });
    await client.setUpTotp({ acknowledge: false });
    const codes = await client.recoveryCodes();
    const before = [...storage.values()].join();
    expect(before).to.contain(codes[0]);
    await client.acknowledgeRecoveryCodes();
    const after = [...storage.values()].join();
    for (const code of codes) {
      expect(after).not.to.contain(code);
      expect(after).not.to.contain(code.replace(/-/g, ''));
    }
  });

  it('regenerating needs a fresh token and voids the old set', async () => {
    const { client, clock, secret } = await enrolled();
    const old = await client.recoveryCodes();
    await client.acknowledgeRecoveryCodes();
    await mfaError(client.recoveryCodes({ regenerate: true }), 'unauthorized');
    await mfaError(client.recoveryCodes({ regenerate: true, mfaToken: 'forged' }), 'unauthorized');
    const bound = await client.verifyTotp({
      code: codeAt(secret, clock.now()),
      token: { singleUse: true },
      action: 'wallet.export',
    });
    await mfaError(
      client.recoveryCodes({ regenerate: true, mfaToken: bound.token!.value }),
      'unauthorized',
    );
    clock.advance(STEP);
    const { token } = await client.verifyTotp({
      code: codeAt(secret, clock.now()),
      token: { singleUse: true },
    });
    const fresh = await client.recoveryCodes({ regenerate: true, mfaToken: token!.value });
    expect(fresh).to.have.length(10);
    for (const code of fresh) expect(old).not.to.include(code);
    expect((await client.status()).pending).to.equal('acknowledge-recovery-codes');
    expect(await client.recoveryCodes()).to.deep.equal(fresh);
    // The single-use token is spent.
    await mfaError(
      client.recoveryCodes({ regenerate: true, mfaToken: token!.value }),
      'unauthorized',
    );
    // The old codes no longer work; the new ones do.
    await mfaError(client.verifyRecoveryCode({ code: old[0] }), 'invalid-code');
    expect((await client.verifyRecoveryCode({ code: fresh[0] })).recoveryCodesRemaining).to.equal(
      9,
    );
  });

  it('issues tokens with a recovery-code proof too', async () => {
    const { client } = await enrolled();
    const [code] = await client.recoveryCodes();
    const proof = await client.verifyRecoveryCode({
      code: code,
      token: { singleUse: true },
      action: 'wallet.export',
    });
    expect(proof.token!.action).to.equal('wallet.export');
    expect(client.consumeToken(proof.token!.value, { action: 'wallet.export' })).to.equal(true);
  });

  it('parallel burst: 20 uses of one code give exactly one success', async () => {
    const { client } = await enrolled({ maxFailures: 100 });
    const [code] = await client.recoveryCodes();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => client.verifyRecoveryCode({ code: code })),
    );
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    expect(fulfilled).to.have.length(1);
    for (const result of results) {
      if (result.status === 'rejected')
        expect((result.reason as MfaError).code).to.equal('invalid-code');
    }
    expect((await client.status()).recoveryCodesRemaining).to.equal(9);
  });

  it('parallel burst with the default budget: one success, the rest refused or locked', async () => {
    const { client } = await enrolled();
    const [code] = await client.recoveryCodes();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => client.verifyRecoveryCode({ code: code })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).to.have.length(1);
    const codes = results.flatMap((result) =>
      result.status === 'rejected' ? [(result.reason as MfaError).code] : [],
    );
    expect(codes.filter((c) => c === 'invalid-code')).to.have.length(5);
    expect(codes.filter((c) => c === 'rate-limited')).to.have.length(14);
  });
});
