import { expect } from '@open-wc/testing';
import {
  isoDate,
  normalizeRecoveryCode,
  recoveryCodesText,
} from '../../../components/recovery-codes/recovery-code-format.js';

describe('recovery code helpers', () => {
  it('normalizes what people type back: case, dashes, spaces, full-width characters', () => {
    expect(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQRS')).to.equal('ABCDEFGHJKMNPQRS');
    expect(normalizeRecoveryCode('  abcd efgh\tjkmn\npqrs ')).to.equal('ABCDEFGHJKMNPQRS');
    expect(normalizeRecoveryCode('abcd–efgh—jkmn‐pqrs')).to.equal('ABCDEFGHJKMNPQRS');
    expect(normalizeRecoveryCode('ＡＢＣＤ－ＥＦＧＨ')).to.equal('ABCDEFGH');
    expect(normalizeRecoveryCode('   ')).to.equal('');
    expect(normalizeRecoveryCode('- -')).to.equal('');
  });

  it('writes the date unambiguously', () => {
    expect(isoDate(new Date(2026, 0, 5))).to.equal('2026-01-05');
    expect(isoDate(new Date(2026, 11, 31, 23, 59))).to.equal('2026-12-31');
  });

  it('builds the file: header, blank line, one code per line', () => {
    const content = recoveryCodesText({
      title: 'Acme recovery codes',
      date: 'Created 2026-01-05',
      note: 'Keep them safe.',
      codes: ['AAAA-BBBB', 'CCCC-DDDD'],
    });
    expect(content).to.equal(
      'Acme recovery codes\nCreated 2026-01-05\nKeep them safe.\n\nAAAA-BBBB\nCCCC-DDDD\n',
    );
  });
});
