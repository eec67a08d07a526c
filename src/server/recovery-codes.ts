/**
 * Recovery codes (docs/SECURITY.md 10–12): ten codes of 80 random bits each, written in Crockford base32
 * and grouped `XXXX-XXXX-XXXX-XXXX`. Typing is forgiving: case, spaces and dashes are ignored, and
 * the look-alikes I/L → 1 and O → 0 are read as Crockford defines.
 *
 * At rest only a hash is kept. 80 bits is below the 112 bits that make a fast hash enough
 * (NIST 800-63B §5.1.2.2), so the hash is salted and slow: PBKDF2-SHA-256 with one random salt
 * per set. One salt per set (not per code) lets a code be found with ONE derivation and one
 * indexed, conditional UPDATE, which keeps consumption atomic (docs/SECURITY.md 12).
 */
import { fromBase64, randomBytes, toBase64Url, utf8 } from './encoding.js';

export const RECOVERY_CODE_COUNT = 10;
const CODE_BYTES = 10; // 80 bits → exactly 16 base32 characters
const CODE_LENGTH = 16;
const GROUP = 4;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PBKDF2_ITERATIONS = 20_000;
const SALT_PREFIX = 'pbkdf2-sha256';

/** A fresh set, formatted for display. */
export function generateRecoveryCodes(count: number = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () =>
    formatRecoveryCode(toCrockford(randomBytes(CODE_BYTES))),
  );
}

/** `ABCD-EFGH-JKMN-PQRS` from 16 characters. */
export function formatRecoveryCode(normalized: string): string {
  return normalized.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** The canonical 16 characters of a typed code, or null when it cannot be one. */
export function normalizeRecoveryCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (cleaned.length !== CODE_LENGTH) return null;
  for (const char of cleaned) if (!CROCKFORD.includes(char)) return null;
  return cleaned;
}

/** A new salt for a set, with the hash parameters, as stored in `recovery_salt`. */
export function newRecoverySalt(): string {
  return `${SALT_PREFIX}:${PBKDF2_ITERATIONS}:${toBase64Url(randomBytes(16))}`;
}

/** Hash a normalized code with its set's salt. */
export async function hashRecoveryCode(normalized: string, salt: string): Promise<string> {
  const [scheme, iterationText, saltText] = salt.split(':');
  const iterations = Number(iterationText);
  if (scheme !== SALT_PREFIX || !Number.isSafeInteger(iterations) || iterations < 1 || !saltText) {
    throw new Error('unknown recovery salt format');
  }
  const key = await crypto.subtle.importKey('raw', utf8(normalized), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(saltText), iterations },
    key,
    256,
  );
  return toBase64Url(new Uint8Array(bits));
}

/** Hash a whole displayed set. */
export async function hashRecoveryCodes(codes: readonly string[], salt: string): Promise<string[]> {
  return Promise.all(codes.map((code) => hashRecoveryCode(normalizeRecoveryCode(code)!, salt)));
}

function toCrockford(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += CROCKFORD[(buffer << (5 - bits)) & 31];
  return out;
}
