/**
 * Random bytes for tokens and row ids, drawn from a pool filled by one `crypto.getRandomValues`
 * call per 4 KiB instead of one per value: on Node each call is a crypto job of its own, whose
 * set-up costs many times the 16 or 32 bytes it draws (issue 14). The bytes are the same CSPRNG's;
 * each byte is handed out once and zeroed in the pool as it goes, so nothing drawn stays behind.
 */

const POOL_BYTES = 4096;

export interface RandomPool {
  /** `length` fresh random bytes (at most the pool's size). */
  take(length: number): Uint8Array<ArrayBuffer>;
}

export function createRandomPool(
  size: number = POOL_BYTES,
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => {
    crypto.getRandomValues(bytes);
  },
): RandomPool {
  const pool = new Uint8Array(size);
  // Start empty: the first take fills the pool.
  let offset = size;
  return {
    take(length) {
      if (!Number.isInteger(length) || length < 0 || length > size)
        throw new RangeError(`A random pool of ${size} bytes cannot give ${length} bytes.`);
      if (offset + length > size) {
        fill(pool);
        offset = 0;
      }
      const bytes = pool.slice(offset, offset + length);
      pool.fill(0, offset, offset + length);
      offset += length;
      return bytes;
    },
  };
}

const shared = createRandomPool();

/** Cryptographically random bytes from this process's pool. */
export function pooledRandomBytes(length: number): Uint8Array<ArrayBuffer> {
  return shared.take(length);
}
