/**
 * RFC 6238 codes for the server benchmarks (`bench-server.mjs`, `bench-handler.mjs`), computed
 * with node:crypto in the load generator itself, so that making a code costs next to nothing
 * beside the request it goes with (otpauth, which the server uses, is not imported here).
 */
import { createHmac } from 'node:crypto';

/** A base32 secret (RFC 4648, as in an `otpauth:` URL) as bytes. */
export function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The 6-digit SHA-1 code of `secret` (bytes) for the 30 s step that holds `ms`. */
export function totpCode(secret, ms) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(ms / 30_000)));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const number = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(number).padStart(6, '0');
}
