import { latinDigits } from '../../src/internal/latin-digits.js';

/**
 * Recovery codes as people type them back: any case, with or without the dashes they were shown
 * with, with stray spaces from copying out of a file, full-width characters from an IME, or
 * digits of the user's own script (Arabic-Indic, Persian, Devanagari…). The element sends the
 * compact upper-case form; the server compares canonical forms.
 */
export function normalizeRecoveryCode(input: string): string {
  return latinDigits(input.normalize('NFKC'))
    .replace(/[\s\-\u2010-\u2015\u2212_.]+/g, '')
    .toUpperCase();
}

/** A calendar date in the reader's own time zone, written unambiguously (2026-01-31). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface RecoveryCodesSheet {
  /** e.g. "Acme recovery codes". */
  title: string;
  /** e.g. "Created 2026-01-31". */
  date: string;
  /** A line on how to use and keep them. */
  note: string;
  codes: readonly string[];
}

/** The text of the downloaded file: a short header, a blank line, then one code per line. */
export function recoveryCodesText(sheet: RecoveryCodesSheet): string {
  return [sheet.title, sheet.date, sheet.note, '', ...sheet.codes, ''].join('\n');
}
