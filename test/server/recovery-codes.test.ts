/// <reference types="node" />
// docs/SECURITY.md 10–11: the recovery-code module — ten codes of 80 bits, grouped, forgiving input,
// salted slow hashes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatRecoveryCode,
  generateRecoveryCodes,
  hashRecoveryCode,
  hashRecoveryCodes,
  newRecoverySalt,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
} from '../../src/server/recovery-codes.js';

describe('recovery codes', () => {
  test('ten codes, XXXX-XXXX-XXXX-XXXX in Crockford base32 (80 bits each), all different', () => {
    const codes = generateRecoveryCodes();
    assert.equal(RECOVERY_CODE_COUNT, 10);
    assert.equal(codes.length, 10);
    for (const code of codes)
      assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    assert.equal(new Set(codes).size, 10);
  });

  test('every character position takes many values (the bits are really random)', () => {
    const codes = Array.from({ length: 40 }, () => generateRecoveryCodes()).flat();
    for (let position = 0; position < 16; position += 1) {
      const values = new Set(codes.map((code) => normalizeRecoveryCode(code)![position]));
      assert.ok(values.size >= 16, `position ${position}: ${values.size} values`);
    }
  });

  test('typing is forgiving: case, dashes, spaces and look-alikes', () => {
    const code = 'AB1C-D0EF-GH2J-KM3N';
    const canonical = 'AB1CD0EFGH2JKM3N';
    for (const typed of [
      'ab1c-d0ef-gh2j-km3n',
      'AB1C D0EF GH2J KM3N',
      ' ab1cd0efgh2jkm3n ',
      'ABlC-DOEF-GH2J-KM3N',
      'ABIC-D0EF_GH2J-KM3N',
    ]) {
      assert.equal(normalizeRecoveryCode(typed), canonical, typed);
    }
    assert.equal(formatRecoveryCode(canonical), code);
  });

  test('anything that cannot be a code normalises to null', () => {
    for (const typed of [
      '',
      'ABCD',
      'AB1C-D0EF-GH2J-KM3N-1',
      'AB1C-D0EF-GH2J-KM3U',
      '!!!!-????-####-$$$$',
      '😀'.repeat(16),
    ]) {
      assert.equal(normalizeRecoveryCode(typed), null, typed);
    }
  });

  test('hashes are salted per set and never contain the code', async () => {
    const [code] = generateRecoveryCodes(1);
    const normalized = normalizeRecoveryCode(code)!;
    const saltA = newRecoverySalt();
    const saltB = newRecoverySalt();
    const hashA = await hashRecoveryCode(normalized, saltA);
    assert.equal(await hashRecoveryCode(normalized, saltA), hashA, 'deterministic for one salt');
    assert.notEqual(
      await hashRecoveryCode(normalized, saltB),
      hashA,
      'different salt, different hash',
    );
    assert.ok(!hashA.includes(normalized));
    assert.match(saltA, /^pbkdf2-sha256:\d+:[A-Za-z0-9_-]{22}$/);
    assert.deepEqual(await hashRecoveryCodes([code.toLowerCase()], saltA), [hashA]);
  });
});
