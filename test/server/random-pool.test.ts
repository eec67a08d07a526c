/// <reference types="node" />
// The random pool behind token values and row ids (src/server/random-pool.ts, issue 14): fresh
// bytes every time, each byte handed out once and cleared in the pool, refills when drained.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandomPool, pooledRandomBytes } from '../../src/server/random-pool.js';
import { nodeBuffer, toBase64Url } from '../../src/server/encoding.js';
import { toBase64Url as toBase64UrlPortable } from '../../src/internal/base64url.js';

describe('random pool', () => {
  test('hands out consecutive, distinct slices and clears them in the pool', () => {
    let fills = 0;
    const seen: Uint8Array[] = [];
    const pool = createRandomPool(64, (bytes) => {
      fills += 1;
      seen.push(bytes);
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i + fills * 64) & 0xff;
    });
    const first = pool.take(32);
    const second = pool.take(32);
    assert.equal(fills, 1);
    assert.deepEqual(
      [...first],
      [...Array(32).keys()].map((i) => (i + 64) & 0xff),
    );
    assert.deepEqual(
      [...second],
      [...Array(32).keys()].map((i) => (i + 32 + 64) & 0xff),
    );
    // What was handed out is no longer in the pool.
    assert.ok(seen[0]!.every((byte) => byte === 0));
    // Drained: the next take refills.
    const third = pool.take(16);
    assert.equal(fills, 2);
    assert.deepEqual(
      [...third],
      [...Array(16).keys()].map((i) => (i + 128) & 0xff),
    );
  });

  test('a take that does not fit in what is left refills rather than reusing bytes', () => {
    let fills = 0;
    const pool = createRandomPool(48, (bytes) => {
      fills += 1;
      bytes.fill(fills);
    });
    assert.deepEqual([...pool.take(32)], Array(32).fill(1));
    assert.deepEqual([...pool.take(32)], Array(32).fill(2));
    assert.equal(fills, 2);
  });

  test('refuses sizes it cannot give', () => {
    const pool = createRandomPool(32);
    assert.throws(() => pool.take(33), RangeError);
    assert.throws(() => pool.take(-1), RangeError);
    assert.throws(() => pool.take(1.5), RangeError);
  });

  test('the shared pool gives distinct values across refills', () => {
    const values = new Set<string>();
    for (let i = 0; i < 1000; i += 1) values.add(toBase64Url(pooledRandomBytes(32)));
    assert.equal(values.size, 1000);
  });
});

describe('base64url with Buffer and without', () => {
  test('give the same text for every length and for views into a larger buffer', () => {
    assert.ok(nodeBuffer !== undefined);
    const backing = new Uint8Array(80);
    crypto.getRandomValues(backing);
    for (let length = 0; length <= 40; length += 1) {
      const view = backing.subarray(7, 7 + length);
      assert.equal(toBase64Url(view), toBase64UrlPortable(view), `length ${length}`);
      assert.equal(toBase64Url(view, undefined), toBase64UrlPortable(view));
    }
  });
});
