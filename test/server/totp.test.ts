/// <reference types="node" />
// docs/SECURITY.md 1, 2, 4 and the test vectors: the TOTP module against RFC 6238 Appendix B and
// RFC 4226 Appendix D, the ±1 window, and secret size.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  generateTotpSecret,
  hotpCode,
  matchTotpStep,
  normalizeTotpCode,
  prepareTotpKey,
  secretFromBase32,
  timeStep,
  TOTP_DEFAULTS,
  totpCode,
  totpUri,
  type TotpAlgorithm,
} from '../../src/server/totp.js';
import { constantTimeEqual, nodeCrypto, type NodeCrypto } from '../../src/server/encoding.js';

const ascii = (text: string) => new TextEncoder().encode(text);
const SEEDS: Record<TotpAlgorithm, Uint8Array> = {
  SHA1: ascii('12345678901234567890'),
  SHA256: ascii('12345678901234567890123456789012'),
  SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
};

// RFC 6238 Appendix B (8 digits, 30 s, T0 = 0).
const RFC6238: [number, Record<TotpAlgorithm, string>][] = [
  [59, { SHA1: '94287082', SHA256: '46119246', SHA512: '90693936' }],
  [1111111109, { SHA1: '07081804', SHA256: '68084774', SHA512: '25091201' }],
  [1111111111, { SHA1: '14050471', SHA256: '67062674', SHA512: '99943326' }],
  [1234567890, { SHA1: '89005924', SHA256: '91819424', SHA512: '93441116' }],
  [2000000000, { SHA1: '69279037', SHA256: '90698825', SHA512: '38618901' }],
  [20000000000, { SHA1: '65353130', SHA256: '77737706', SHA512: '47863826' }],
];

// RFC 4226 Appendix D (SHA-1, 6 digits, counters 0–9).
const RFC4226 = [
  '755224',
  '287082',
  '359152',
  '969429',
  '338314',
  '254676',
  '287922',
  '162583',
  '399871',
  '520489',
];

describe('RFC test vectors', () => {
  for (const [seconds, expected] of RFC6238) {
    for (const algorithm of ['SHA1', 'SHA256', 'SHA512'] as const) {
      test(`RFC 6238 ${algorithm} at ${seconds}s → ${expected[algorithm]}`, () => {
        const parameters = { algorithm, digits: 8, period: 30 };
        assert.equal(totpCode(SEEDS[algorithm], seconds * 1000, parameters), expected[algorithm]);
        // And the matcher finds exactly that step.
        assert.equal(
          matchTotpStep(SEEDS[algorithm], expected[algorithm], seconds * 1000, parameters),
          timeStep(seconds * 1000),
        );
      });
    }
  }

  test('RFC 4226 HOTP counters 0–9', () => {
    RFC4226.forEach((expected, counter) =>
      assert.equal(hotpCode(SEEDS.SHA1, counter), expected, `counter ${counter}`),
    );
  });
});

describe('defaults and secrets (docs/SECURITY.md 1)', () => {
  test('SHA-1, 6 digits, 30 s', () => {
    assert.deepEqual(TOTP_DEFAULTS, { algorithm: 'SHA1', digits: 6, period: 30 });
  });

  test('secrets are 160 random bits and round-trip through base32', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i += 1) {
      const secret = generateTotpSecret();
      assert.equal(secret.bytes.length, 20);
      assert.equal(secret.base32.length, 32);
      assert.deepEqual(secretFromBase32(secret.base32), secret.bytes);
      seen.add(secret.base32);
    }
    assert.equal(seen.size, 50);
  });

  test('the otpauth URI names the issuer, account and parameters', () => {
    const { base32 } = generateTotpSecret();
    const uri = new URL(
      totpUri({ issuer: 'Example Co', accountName: 'ada@example.test', secretBase32: base32 }),
    );
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.searchParams.get('secret'), base32);
    assert.equal(uri.searchParams.get('issuer'), 'Example Co');
    assert.equal(uri.searchParams.get('algorithm'), 'SHA1');
    assert.equal(uri.searchParams.get('digits'), '6');
    assert.equal(uri.searchParams.get('period'), '30');
    assert.match(decodeURIComponent(uri.pathname), /Example Co:ada@example\.test$/);
  });
});

describe('the window (docs/SECURITY.md 2)', () => {
  const now = Date.UTC(2031, 5, 1, 12, 0, 15);
  const { bytes } = generateTotpSecret();
  const at = (steps: number) => totpCode(bytes, now + steps * 30_000);

  test('the current step and one either side are accepted, with their step', () => {
    for (const offset of [-1, 0, 1])
      assert.equal(matchTotpStep(bytes, at(offset), now), timeStep(now) + offset);
  });

  test('two steps away is refused', () => {
    for (const offset of [-2, 2, -3, 3]) {
      const code = at(offset);
      // Skip the (1 in a million) case where a far code equals a nearby one.
      if ([-1, 0, 1].some((near) => at(near) === code)) continue;
      assert.equal(matchTotpStep(bytes, code, now), null, `offset ${offset}`);
    }
  });

  test('codes are normalised strictly: digits, optional spaces', () => {
    assert.equal(normalizeTotpCode('123456'), '123456');
    assert.equal(normalizeTotpCode(' 123 456 '), '123456');
    assert.equal(normalizeTotpCode('12345'), null);
    assert.equal(normalizeTotpCode('1234567'), null);
    assert.equal(normalizeTotpCode('12345a'), null);
    assert.equal(normalizeTotpCode('１２３４５６'), null, 'full-width digits are not digits here');
  });
});

describe('constant-time comparison (docs/SECURITY.md 4)', () => {
  test('equal and unequal strings', () => {
    assert.equal(constantTimeEqual('123456', '123456'), true);
    assert.equal(constantTimeEqual('123456', '123457'), false);
    assert.equal(constantTimeEqual('123456', '12345'), false);
    assert.equal(constantTimeEqual('', ''), true);
  });

  test('the matcher compares every candidate: no early exit on the first match', () => {
    // Counted, not timed: a hit in the first slot, a hit in the last and a miss each compute
    // all three candidates' HMACs.
    const { bytes } = generateTotpSecret();
    const key = prepareTotpKey(bytes);
    const now = Date.UTC(2031, 0, 1);
    let hmacs = 0;
    const counting = {
      ...nodeCrypto!,
      createHmac: (...args: Parameters<NodeCrypto['createHmac']>) => {
        hmacs += 1;
        return nodeCrypto!.createHmac(...args);
      },
    } as NodeCrypto;
    for (const code of [totpCode(bytes, now - 30_000), totpCode(bytes, now + 30_000), '000000']) {
      hmacs = 0;
      matchTotpStep(key, code, now, TOTP_DEFAULTS, 1, counting);
      assert.equal(hmacs, 3, code);
    }
  });
});

describe('the node:crypto HOTP path and the portable one (issue 14)', () => {
  const algorithms = ['SHA1', 'SHA256', 'SHA512'] as const;

  test('give the same codes for random secrets, counters, algorithms and lengths', () => {
    for (let round = 0; round < 200; round += 1) {
      const secret = generateTotpSecret().bytes;
      const algorithm = algorithms[round % 3]!;
      const digits = round % 2 === 0 ? 6 : 8;
      // Counters around 2^32 check the high half of the 8-byte counter.
      const counter = round < 100 ? round * 7919 : 0xffff_fff0 + round;
      const parameters = { algorithm, digits };
      assert.equal(
        hotpCode(secret, counter, parameters),
        hotpCode(secret, counter, parameters, undefined),
        `${algorithm}/${digits} at ${counter}`,
      );
    }
  });

  test('RFC 4226 vectors on both paths, from a prepared key', () => {
    const key = prepareTotpKey(SEEDS.SHA1);
    assert.ok(key.nodeKey !== undefined, 'Node prepares an HMAC key');
    RFC4226.forEach((expected, counter) => {
      assert.equal(hotpCode(key, counter), expected);
      assert.equal(hotpCode(SEEDS.SHA1, counter, TOTP_DEFAULTS, undefined), expected);
    });
  });

  test('a prepared key matches the ±1 window exactly, and nothing further', () => {
    const { bytes } = generateTotpSecret();
    const key = prepareTotpKey(bytes);
    const now = Date.UTC(2031, 5, 1, 12, 0, 15);
    for (const offset of [-1, 0, 1]) {
      const code = totpCode(bytes, now + offset * 30_000);
      assert.equal(matchTotpStep(key, code, now), timeStep(now) + offset);
      assert.equal(
        matchTotpStep(bytes, code, now, TOTP_DEFAULTS, 1, undefined),
        timeStep(now) + offset,
      );
    }
    for (const offset of [-2, 2]) {
      const code = totpCode(bytes, now + offset * 30_000);
      if (code === totpCode(bytes, now)) continue; // a collision with the current step
      assert.equal(matchTotpStep(key, code, now), null, `offset ${offset}`);
    }
  });

  test('only exactly `digits` ASCII digits can match', () => {
    const key = prepareTotpKey(SEEDS.SHA1);
    const now = 59_000;
    const code = totpCode(key, now);
    assert.equal(matchTotpStep(key, code, now), timeStep(now));
    for (const near of [
      ` ${code}`,
      `${code}0`,
      code.slice(1),
      `+${code.slice(1)}`,
      `${code.slice(0, 5)}.`,
      `0x${code.slice(2)}`,
      '',
      '-1',
    ]) {
      assert.equal(matchTotpStep(key, near, now), null, JSON.stringify(near));
    }
  });
});
