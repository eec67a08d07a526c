/**
 * A clock that moves only when a test tells it to. Pass `now: () => clock.now()` to
 * `createMemoryClient` so TOTP windows, lockouts and token expiry do not depend on the wall clock.
 *
 * ```ts
 * const clock = new ManualClock(Date.UTC(2026, 0, 1));
 * clock.advance(30_000); // one TOTP step later
 * ```
 */
export class ManualClock {
  private current: number;

  /** @param startMs milliseconds since the epoch (defaults to `Date.now()` at construction). */
  constructor(startMs: number = Date.now()) {
    this.current = ManualClock.check(startMs);
  }

  /** Milliseconds since the epoch. */
  now(): number {
    return this.current;
  }

  /** Move the clock forward (or back, with a negative value) by `ms` milliseconds. */
  advance(ms: number): number {
    this.current = ManualClock.check(this.current + ms);
    return this.current;
  }

  /** Jump to an absolute time in milliseconds since the epoch. */
  set(ms: number): number {
    this.current = ManualClock.check(ms);
    return this.current;
  }

  private static check(ms: number): number {
    if (typeof ms !== 'number' || !Number.isFinite(ms)) {
      throw new TypeError('ManualClock: time must be a finite number of milliseconds');
    }
    return ms;
  }
}
