import { MfaError } from '../../client/errors.js';

/**
 * One failure counter per user, shared by TOTP codes and recovery codes (docs/SECURITY.md 7–9).
 *
 * - The attempt is counted *before* the code is checked ({@link beginAttempt}); a success refunds
 *   it and resets the consecutive count ({@link attemptSucceeded}).
 * - Every `maxFailures` consecutive failures lock the account for a growing delay:
 *   `baseDelaySeconds`, ×2, ×4 … capped at `maxDelaySeconds` (30 s, 60 s, 120 s … 900 s by default).
 * - `hardLockAfter` failures in total (never refunded, not reset by a success) lock for good;
 *   only {@link resetThrottle} (a testing hook) lifts that.
 * - While locked, every attempt — even with a right code — is refused with `rate-limited` and
 *   `retryAfter` seconds, without being counted.
 *
 * JavaScript runs each of these steps synchronously, so a burst of parallel calls cannot
 * interleave between counting, checking and consuming.
 */
export interface ThrottlePolicy {
  maxFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  hardLockAfter: number;
}

export interface ThrottleState {
  /** Failures since the last success. */
  consecutiveFailures: number;
  /** Failures ever (a success does not reset this). */
  totalFailures: number;
  /** Epoch ms until which attempts are refused; 0 when not locked. */
  lockedUntil: number;
}

export function newThrottleState(): ThrottleState {
  return { consecutiveFailures: 0, totalFailures: 0, lockedUntil: 0 };
}

export function isHardLocked(state: ThrottleState, policy: ThrottlePolicy): boolean {
  return state.totalFailures >= policy.hardLockAfter;
}

/** Seconds until an attempt is allowed again; 0 when not locked, Infinity when hard-locked. */
export function lockRemainingSeconds(
  state: ThrottleState,
  policy: ThrottlePolicy,
  now: number,
): number {
  if (isHardLocked(state, policy)) return Infinity;
  return state.lockedUntil > now ? Math.ceil((state.lockedUntil - now) / 1000) : 0;
}

/** Refuse while locked; otherwise count the attempt as a failure until it proves otherwise. */
export function beginAttempt(state: ThrottleState, policy: ThrottlePolicy, now: number): void {
  const remaining = lockRemainingSeconds(state, policy, now);
  if (remaining === Infinity) {
    throw new MfaError('rate-limited', 'too many failed attempts: this account is locked');
  }
  if (remaining > 0) {
    throw new MfaError('rate-limited', `too many failed attempts: try again in ${remaining} s`, {
      retryAfter: remaining,
    });
  }
  state.consecutiveFailures += 1;
  state.totalFailures += 1;
}

/** The attempt begun with {@link beginAttempt} was right: refund it and reset the streak. */
export function attemptSucceeded(state: ThrottleState): void {
  state.totalFailures = Math.max(0, state.totalFailures - 1);
  state.consecutiveFailures = 0;
  state.lockedUntil = 0;
}

/** The attempt was wrong (it is already counted): lock when a multiple of `maxFailures` is reached. */
export function attemptFailed(state: ThrottleState, policy: ThrottlePolicy, now: number): void {
  const { consecutiveFailures } = state;
  if (consecutiveFailures > 0 && consecutiveFailures % policy.maxFailures === 0) {
    const level = consecutiveFailures / policy.maxFailures - 1;
    const delay = Math.min(
      policy.baseDelaySeconds * 2 ** Math.min(level, 30),
      policy.maxDelaySeconds,
    );
    state.lockedUntil = now + delay * 1000;
  }
}

/**
 * Count a wrong code and return the error to throw: `invalid-code`, with `retryAfter` when this
 * failure started a lock, so the element shows the wait at once (as the reference server does);
 * `rate-limited` when it locked for good.
 */
export function wrongCode(
  state: ThrottleState,
  policy: ThrottlePolicy,
  now: number,
  message: string,
): MfaError {
  attemptFailed(state, policy, now);
  const remaining = lockRemainingSeconds(state, policy, now);
  if (remaining === Infinity)
    return new MfaError('rate-limited', 'too many failed attempts: this account is locked');
  return new MfaError('invalid-code', message, remaining > 0 ? { retryAfter: remaining } : {});
}

/** Testing hook: forget every failure and lift any lock. */
export function resetThrottle(state: ThrottleState): void {
  state.consecutiveFailures = 0;
  state.totalFailures = 0;
  state.lockedUntil = 0;
}
