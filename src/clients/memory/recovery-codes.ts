import { randomBytes } from '../../internal/random-bytes.js';
import { CROCKFORD, sha256Hex, toCrockford } from './recovery-code-encoding.js';

/**
 * Recovery codes (docs/SECURITY.md 10–13): ten codes of 80 random bits each, written as 16 Crockford
 * base32 characters in groups of four (`ABCD-EFGH-JKMN-PQRS`). Only SHA-256 hashes are kept;
 * the plaintext is kept only until the user acknowledges having saved them.
 */
export const RECOVERY_CODE_COUNT = 10;
/** 10 bytes = 80 bits = exactly 16 base32 characters. */
const RECOVERY_CODE_BYTES = 10;
const RECOVERY_CODE_LENGTH = 16;

export interface RecoveryCodeRecord {
  /** Hex SHA-256 of the normalized code. */
  hash: string;
  /** Epoch ms when it was used; absent while unused. */
  usedAt?: number;
}

export interface RecoveryCodeSet {
  codes: RecoveryCodeRecord[];
  /** The codes as shown, kept only until acknowledged. */
  plaintext?: string[];
  acknowledged: boolean;
  createdAt: number;
}

/** One fresh code, grouped for reading: `XXXX-XXXX-XXXX-XXXX`. */
export function generateRecoveryCode(): string {
  const raw = toCrockford(randomBytes(RECOVERY_CODE_BYTES));
  return raw.match(/.{4}/g)!.join('-');
}

/**
 * Forgive what people do when typing a code back: surrounding space, lower case, spaces and
 * dashes anywhere, and Crockford's look-alikes (O → 0, I and L → 1).
 */
export function normalizeRecoveryCode(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Whether a normalized code could be one of ours at all. */
export function isWellFormedRecoveryCode(normalized: string): boolean {
  if (normalized.length !== RECOVERY_CODE_LENGTH) return false;
  for (const char of normalized) if (!CROCKFORD.includes(char)) return false;
  return true;
}

export function hashRecoveryCode(code: string): Promise<string> {
  return sha256Hex(`mfa-elements/recovery-code:${normalizeRecoveryCode(code)}`);
}

/** A new set, pending acknowledgement. */
export async function createRecoveryCodeSet(now: number): Promise<RecoveryCodeSet> {
  const plaintext: string[] = [];
  const seen = new Set<string>();
  while (plaintext.length < RECOVERY_CODE_COUNT) {
    const code = generateRecoveryCode();
    if (seen.has(code)) continue;
    seen.add(code);
    plaintext.push(code);
  }
  const codes = await Promise.all(
    plaintext.map(async (code) => ({ hash: await hashRecoveryCode(code) })),
  );
  return { codes, plaintext, acknowledged: false, createdAt: now };
}

export function unusedRecoveryCodes(set: RecoveryCodeSet | null): number {
  return set ? set.codes.filter((code) => code.usedAt === undefined).length : 0;
}
