/**
 * Opened TOTP secrets of verified devices, per user, kept by one handler so a verification needs
 * no read of the account before its one statement (issue 14).
 *
 * Why this is safe: the database can never match a code itself (the secret is sealed with the
 * app's key, docs/SECURITY.md 5, and stays sealed at rest), so the code must be matched here, against a
 * secret opened earlier. Each entry remembers the device id AND the exact sealed value it was
 * opened from, and the attempt statement goes on only if the user's verified device with that id
 * still holds that sealed value (`CodeAttempt.matchedSecret`): a device deleted, replaced or
 * re-sealed, on this instance or any other, answers `stale`, changes and counts nothing, and the
 * route reads the account and tries again. An entry can make an attempt cheaper, never decide it.
 *
 * Bounded (least recently used entries go first) and never written anywhere; the plaintext
 * already lives in this process's memory during every verification. The entry keeps the secret
 * as a prepared HMAC key (`TotpKey`), so a verification builds nothing from it per request.
 */
import type { TotpKey } from './totp.js';

export interface OpenedSecret {
  deviceId: string;
  /** The sealed value as stored, which the statement compares. */
  secretSealed: string;
  /** The secret, ready for HOTP (totp.ts `prepareTotpKey`). */
  key: TotpKey;
}

export interface SecretCache {
  get(userId: string): OpenedSecret | undefined;
  set(userId: string, entry: OpenedSecret): void;
  /** Forget a user's entry (it was stale, or the user or device went). */
  delete(userId: string): void;
}

/** About 200 bytes each: the default holds 10,000 active users in ~2 MB. */
export const DEFAULT_SECRET_CACHE_ENTRIES = 10_000;

export function createSecretCache(maxEntries: number = DEFAULT_SECRET_CACHE_ENTRIES): SecretCache {
  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  const entries = new Map<string, OpenedSecret>();
  return {
    get(userId) {
      const entry = entries.get(userId);
      if (entry !== undefined) {
        entries.delete(userId);
        entries.set(userId, entry);
      }
      return entry;
    },
    set(userId, entry) {
      entries.delete(userId);
      entries.set(userId, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    delete(userId) {
      entries.delete(userId);
    },
  };
}
