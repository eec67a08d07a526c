/**
 * The failure budget (SECURITY 7–9): one counter per user, shared by TOTP codes and recovery
 * codes, kept in the store so it survives new challenges, sessions, addresses and restarts.
 *
 * An attempt is counted BEFORE its code is checked, in the same transaction as the check
 * (`countAttempt` is one conditional `failures = failures + 1`), so a parallel burst cannot
 * exceed the budget; if the server fails midway the transaction rolls back and the attempt is
 * not spent. After `maxFailures` consecutive failures the user is locked for `baseDelaySeconds`,
 * doubling with each further failure up to `maxDelaySeconds`; at `hardLimit` consecutive failures
 * the lock is permanent until `store.resetThrottle(userId)`. A success resets the counter.
 */
import type { AttemptGate, MfaStore } from './store/types.js';

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

/** Whole seconds until a lock ends (at least 1), or undefined for a hard lock. */
export function retryAfterSeconds(gate: Extract<AttemptGate, { allowed: false }>, now: Date): number | undefined {
  if (gate.hardLocked || gate.lockedUntil === null) return undefined;
  return Math.max(1, Math.ceil((gate.lockedUntil.getTime() - now.getTime()) / 1000));
}

export type CheckOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

export type AttemptResult<T> =
  | { kind: 'success'; value: T }
  | { kind: 'failure'; reason: string; failures: number; locked: boolean }
  | { kind: 'locked'; retryAfter: number | undefined };

/**
 * Count one attempt, run `check` in the same transaction, then reset (success) or lock if the
 * budget is spent (failure). A throw anywhere rolls everything back, the count included.
 */
export function withCountedAttempt<T>(
  store: MfaStore,
  userId: string,
  now: Date,
  settings: RateLimitSettings,
  check: (tx: MfaStore) => Promise<CheckOutcome<T>>,
): Promise<AttemptResult<T>> {
  return store.transaction(async (tx): Promise<AttemptResult<T>> => {
    const gate = await tx.countAttempt(userId, now);
    if (!gate.allowed) return { kind: 'locked', retryAfter: retryAfterSeconds(gate, now) };
    const outcome = await check(tx);
    if (outcome.ok) {
      await tx.resetFailures(userId);
      return { kind: 'success', value: outcome.value };
    }
    const lock = lockAfterFailure(gate.failures, now, settings);
    if (lock) await tx.lockUser(userId, lock);
    return { kind: 'failure', reason: outcome.reason, failures: gate.failures, locked: lock !== null };
  });
}
