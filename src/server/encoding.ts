/**
 * Bytes, base64url, random values and hashes with Web-standard APIs (crypto.getRandomValues,
 * crypto.subtle, btoa/atob, TextEncoder), so the server runs unchanged on Node, Bun, Deno or a
 * worker. Where the runtime also offers `node:crypto` (Node, Bun, Deno), small hashes and
 * AES-GCM use it synchronously: each WebCrypto call is an asynchronous job whose overhead is
 * many times the work on a few dozen bytes. Both paths give the same bytes (tests check).
 */
import type * as NodeCryptoModule from 'node:crypto';
import { toBase64Url as toBase64UrlPortable } from '../internal/base64url.js';
import { pooledRandomBytes } from './random-pool.js';

// Shared with the clients; re-exported so the server's modules keep one place to import from.
export { fromBase64Url as fromBase64 } from '../internal/base64url.js';
export { randomBytes } from '../internal/random-bytes.js';

export type NodeCrypto = typeof NodeCryptoModule;

/** `node:crypto` when the runtime has it (found without importing it), else undefined. */
export const nodeCrypto: NodeCrypto | undefined = (() => {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  try {
    const module = runtime?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
    return typeof module?.createHash === 'function' && typeof module.createCipheriv === 'function'
      ? module
      : undefined;
  } catch {
    return undefined;
  }
})();

interface BufferLike {
  from(
    bytes: ArrayBufferLike,
    offset: number,
    length: number,
  ): { toString(encoding: string): string };
}

/** Node's (and Bun's, Deno's) `Buffer`, when the runtime has one. */
export const nodeBuffer: BufferLike | undefined = (() => {
  const candidate = (globalThis as { Buffer?: BufferLike }).Buffer;
  return typeof candidate?.from === 'function' ? candidate : undefined;
})();

/**
 * Unpadded base64url. With `Buffer`, one native call over the same bytes (no copy) instead of a
 * string built byte by byte and three replacements; both give the same text (tests check).
 */
export function toBase64Url(
  bytes: Uint8Array,
  buffer: BufferLike | undefined = nodeBuffer,
): string {
  if (buffer === undefined) return toBase64UrlPortable(bytes);
  return buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

const utf8Encoder = new TextEncoder();

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return utf8Encoder.encode(text);
}

/** A random identifier for rows (128 bits, base64url). */
export function randomId(): string {
  return toBase64Url(pooledRandomBytes(16));
}

export async function sha256Base64Url(
  text: string,
  node: NodeCrypto | undefined = nodeCrypto,
): Promise<string> {
  if (node) return node.createHash('sha256').update(text, 'utf8').digest('base64url');
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text))));
}

/**
 * Compare two strings in time that depends only on their lengths, not on where they differ.
 * (Lengths are public here: codes have a fixed length.)
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = utf8(a);
  const right = utf8(b);
  let difference = left.length ^ right.length;
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i += 1) difference |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return difference === 0;
}
