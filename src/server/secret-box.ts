/**
 * Sealing secrets at rest (TOTP secrets, recovery codes waiting to be acknowledged) with the
 * app's key: AES-256-GCM through crypto.subtle, a fresh 96-bit IV per value, and the row it
 * belongs to as additional data, so a sealed value copied into another row does not open.
 *
 * Formats: `v1:<base64url(iv ‖ ciphertext+tag)>` with a key; `plain:<text>` without one (the
 * app chose not to give a key; SECURITY 5 asks for encryption "when the app gives a key").
 */
import { fromBase64, randomBytes, toBase64Url, utf8 } from './encoding.js';

export interface SecretBox {
  /** True when values are really encrypted. */
  readonly encrypts: boolean;
  seal(plaintext: string, context: string): Promise<string>;
  open(sealed: string, context: string): Promise<string>;
}

const SEALED_PREFIX = 'v1:';
const PLAIN_PREFIX = 'plain:';

/** Accepts 32 raw bytes or their base64/base64url text. Throws on anything else. */
export function parseEncryptionKey(key: Uint8Array | string): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = typeof key === 'string' ? fromBase64(key.trim()) : new Uint8Array(key);
  } catch {
    throw new TypeError('encryptionKey must be 32 bytes, or 32 bytes in base64');
  }
  if (bytes.length !== 32) throw new TypeError(`encryptionKey must be 32 bytes (got ${bytes.length})`);
  return bytes;
}

export function createSecretBox(key?: Uint8Array | string): SecretBox {
  if (key === undefined) return plainBox;
  const raw = parseEncryptionKey(key);
  // Imported once, on first use (importKey is async; createMfaHandler is not).
  let cryptoKey: Promise<CryptoKey> | undefined;
  const getKey = () => (cryptoKey ??= crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']));
  return {
    encrypts: true,
    async seal(plaintext, context) {
      const iv = randomBytes(12);
      const ciphertext = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: utf8(context) },
        await getKey(),
        utf8(plaintext),
      );
      const out = new Uint8Array(iv.length + ciphertext.byteLength);
      out.set(iv);
      out.set(new Uint8Array(ciphertext), iv.length);
      return SEALED_PREFIX + toBase64Url(out);
    },
    async open(sealed, context) {
      // Rows written before the app configured a key stay readable.
      if (sealed.startsWith(PLAIN_PREFIX)) return sealed.slice(PLAIN_PREFIX.length);
      if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('unknown sealed format');
      const bytes = fromBase64(sealed.slice(SEALED_PREFIX.length));
      const plaintext = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: utf8(context) },
        await getKey(),
        bytes.slice(12),
      );
      return new TextDecoder().decode(plaintext);
    },
  };
}

const plainBox: SecretBox = {
  encrypts: false,
  async seal(plaintext) {
    return PLAIN_PREFIX + plaintext;
  },
  async open(sealed) {
    if (sealed.startsWith(PLAIN_PREFIX)) return sealed.slice(PLAIN_PREFIX.length);
    // Never guess: a sealed value without the key is a configuration error (500, no attempt used).
    throw new Error('this value is encrypted, but no encryptionKey was given');
  },
};
