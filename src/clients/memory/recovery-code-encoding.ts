/**
 * How the memory client writes and hashes recovery codes: Crockford base32 and a hex SHA-256
 * (WebCrypto). Base64url and random bytes are shared with the other clients (src/internal/).
 */

/** Crockford's base32 alphabet: no I, L, O or U, so codes read aloud and typed back unambiguously. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Encode bytes as Crockford base32 (5 bits per character, big-endian, no padding). */
export function toCrockford(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(value >> bits) & 31];
    }
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31];
  return out;
}

/** Lower-case hex SHA-256 of a UTF-8 string (crypto.subtle). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
