/**
 * Sealing secrets at rest (TOTP secrets, recovery codes waiting to be acknowledged) with the
 * app's key: AES-256-GCM (node:crypto where the runtime has it, else crypto.subtle), a fresh 96-bit
 * IV per value, and the row it belongs to as additional data, so a sealed value copied into another
 * row does not open.
 *
 * Formats: `v1:<base64url(iv ‖ ciphertext+tag)>` with a key; `plain:<text>` without one (the
 * app chose not to give a key; docs/SECURITY.md 5 asks for encryption "when the app gives a key").
 */
import {
  fromBase64,
  nodeCrypto,
  randomBytes,
  toBase64Url,
  utf8,
  type NodeCrypto,
} from './encoding.js';

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
  if (bytes.length !== 32)
    throw new TypeError(`encryptionKey must be 32 bytes (got ${bytes.length})`);
  return bytes;
}

/**
 * `node`: `node:crypto` for synchronous AES-GCM where the runtime has it (see encoding.ts);
 * `undefined` forces WebCrypto. Both read and write the same format.
 */
export function createSecretBox(
  key?: Uint8Array | string,
  node: NodeCrypto | undefined = nodeCrypto,
): SecretBox {
  if (key === undefined) return plainBox;
  const raw = parseEncryptionKey(key);
  return node ? nodeGcm(raw, node) : webGcm(raw);
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

function webGcm(raw: Uint8Array<ArrayBuffer>): SecretBox {
  // Imported once, on first use (importKey is async; createMfaHandler is not).
  let cryptoKey: Promise<CryptoKey> | undefined;
  const getKey = () =>
    (cryptoKey ??= crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']));
  return {
    encrypts: true,
    async seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const ciphertext = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: utf8(context) },
        await getKey(),
        utf8(plaintext),
      );
      return sealedText(iv, new Uint8Array(ciphertext));
    },
    async open(sealed, context) {
      const bytes = sealedBytes(sealed);
      if (typeof bytes === 'string') return bytes;
      const plaintext = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: utf8(context) },
        await getKey(),
        bytes.slice(IV_BYTES),
      );
      return new TextDecoder().decode(plaintext);
    },
  };
}

function nodeGcm(raw: Uint8Array<ArrayBuffer>, node: NodeCrypto): SecretBox {
  // One key object for the life of the handler, not one per call.
  const key = node.createSecretKey(raw);
  return {
    encrypts: true,
    async seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = node.createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(utf8(context));
      const head = cipher.update(plaintext, 'utf8');
      const tail = cipher.final();
      const out = new Uint8Array(head.length + tail.length + TAG_BYTES);
      out.set(head);
      out.set(tail, head.length);
      out.set(cipher.getAuthTag(), head.length + tail.length);
      return sealedText(iv, out);
    },
    async open(sealed, context) {
      const bytes = sealedBytes(sealed);
      if (typeof bytes === 'string') return bytes;
      if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('sealed value too short');
      const decipher = node.createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(utf8(context));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      return (
        decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES), undefined, 'utf8') +
        decipher.final('utf8')
      );
    },
  };
}

/** `v1:` + base64url(iv ‖ ciphertext ‖ tag), as WebCrypto's AES-GCM output is ciphertext ‖ tag. */
function sealedText(iv: Uint8Array, ciphertextAndTag: Uint8Array): string {
  const out = new Uint8Array(iv.length + ciphertextAndTag.length);
  out.set(iv);
  out.set(ciphertextAndTag, iv.length);
  return SEALED_PREFIX + toBase64Url(out);
}

/** The bytes of a `v1:` value, or the text of a `plain:` one (rows written before the app set a key). */
function sealedBytes(sealed: string): Uint8Array<ArrayBuffer> | string {
  if (sealed.startsWith(PLAIN_PREFIX)) return sealed.slice(PLAIN_PREFIX.length);
  if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('unknown sealed format');
  return fromBase64(sealed.slice(SEALED_PREFIX.length));
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
