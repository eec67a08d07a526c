/// <reference types="node" />
// docs/SECURITY.md 7: the lock schedule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_RATE_LIMIT, lockAfterFailure } from '../../src/server/throttle.js';

test('5 failures allowed, then 30 s doubling to a 15 min cap, and a hard lock at 100', () => {
  const now = new Date(0);
  const seconds = (failures: number) => {
    const lock = lockAfterFailure(failures, now, DEFAULT_RATE_LIMIT);
    if (lock === null) return null;
    return 'hard' in lock ? 'hard' : lock.until.getTime() / 1000;
  };
  assert.deepEqual([1, 2, 3, 4].map(seconds), [null, null, null, null]);
  assert.deepEqual(
    [5, 6, 7, 8, 9, 10, 11, 50, 99].map(seconds),
    [30, 60, 120, 240, 480, 900, 900, 900, 900],
  );
  assert.equal(seconds(100), 'hard');
  assert.equal(seconds(1000), 'hard');
});
