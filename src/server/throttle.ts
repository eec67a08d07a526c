/**
 * The failure budget (docs/SECURITY.md 7–9): one counter per user, shared by TOTP codes and recovery
 * codes, kept in the store so it survives new challenges, sessions, addresses and restarts.
 *
 * An attempt is gated, checked and counted by ONE statement (`store.attemptCode`): it takes the
 * user's row lock, refuses while locked, tries the claim, and resets or counts (and locks) in the
 * same write, so a parallel burst cannot exceed the budget — attempts of one user queue on the
 * row, across instances — and a server fault, which aborts the statement, spends no attempt.
 * After `maxFailures` consecutive failures the user is locked for `baseDelaySeconds`, doubling
 * with each further failure up to `maxDelaySeconds`; at `hardLimit` consecutive failures the lock
 * is permanent until `store.resetThrottle(userId)`. A success resets the counter.
 *
 * `lockAfterFailure` is the rule in TypeScript; the `mfa_attempt_code` function (store/migrations.ts,
 * migration 2) applies the same rule in SQL (the conformance suite checks they agree).
 */

import { HttpError, rateLimited } from './http.js';

export interface RateLimitSettings {
  /** Consecutive failures allowed before the first lock. Default 5. */
  maxFailures: number;
  /** First lock length. Default 30 s. */
  baseDelaySeconds: number;
  /** Longest timed lock. Default 15 min. */
  maxDelaySeconds: number;
  /** Consecutive failures that lock for good (NIST: never more than 100). Default 100. */
  hardLimit: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = {
  maxFailures: 5,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  hardLimit: 100,
};

/** The lock a failure leads to, or null while the budget lasts. */
export function lockAfterFailure(
  failures: number,
  now: Date,
  settings: RateLimitSettings,
): { until: Date } | { hard: true } | null {
  if (failures >= settings.hardLimit) return { hard: true };
  if (failures < settings.maxFailures) return null;
  const doublings = Math.min(failures - settings.maxFailures, 30);
  const seconds = Math.min(settings.baseDelaySeconds * 2 ** doublings, settings.maxDelaySeconds);
  return { until: new Date(now.getTime() + seconds * 1000) };
}

/**
 * The refusal of a wrong code. The failure that starts a timed lock says so in the same answer
 * (`invalid-code` with `retryAfter`), so the element shows the wait at once instead of taking a
 * sixth code only to have it refused unchecked; the failure that locks for good answers
 * `rate-limited` without a wait, as every later attempt will (docs/SECURITY.md 7–9).
 */
export function wrongCode(
  message: string,
  failure: { failures: number; locked: boolean },
  now: Date,
  settings: RateLimitSettings,
): HttpError {
  const lock = failure.locked ? lockAfterFailure(failure.failures, now, settings) : null;
  if (lock === null) return new HttpError('invalid-code', message);
  if ('hard' in lock) return rateLimited(undefined);
  return new HttpError('invalid-code', `${message} Too many failed attempts; wait and try again.`, {
    retryAfter: retryAfterSeconds({ lockedUntil: lock.until, hardLocked: false }, now),
  });
}

/** Whole seconds until a lock ends (at least 1), or undefined for a hard lock. */
export function retryAfterSeconds(
  gate: { lockedUntil: Date | null; hardLocked: boolean },
  now: Date,
): number | undefined {
  if (gate.hardLocked || gate.lockedUntil === null) return undefined;
  return Math.max(1, Math.ceil((gate.lockedUntil.getTime() - now.getTime()) / 1000));
}

/**
 * Locked right now, from a user row already read: such an attempt is refused before any slow
 * work (docs/SECURITY.md 28). The code-attempt statement checks again under the row lock.
 */
export function lockedNow(
  user: { lockedUntil: Date | null; hardLocked: boolean } | null,
  now: Date,
): boolean {
  if (user === null) return false;
  return (
    user.hardLocked || (user.lockedUntil !== null && user.lockedUntil.getTime() > now.getTime())
  );
}
