/**
 * A user's set of recovery codes, from creation to display.
 *
 * Choice (documented in the README of the server): the plaintext of a NEW set is kept only until
 * the user acknowledges it, so a reload in the middle of the flow shows the same codes — and only
 * when the app gave an `encryptionKey`, sealed with it and bound to the user. Acknowledging
 * deletes it. Without a key nothing but hashes is ever stored, so each `GET recovery-codes`
 * before acknowledgement issues a fresh set (replacing the unacknowledged one) instead.
 */
import type { ResolvedOptions } from './options.js';
import { generateRecoveryCodes, hashRecoveryCodes, newRecoverySalt } from './recovery-codes.js';
import type { MfaStore } from './store/types.js';

export interface PreparedRecoverySet {
  codes: string[];
  salt: string;
  hashes: string[];
  pendingSealed: string | null;
}

const context = (userId: string) => `recovery-codes:${userId}`;

/** Generate and hash a set (slow hashing happens here, outside any transaction). */
export async function prepareRecoverySet(
  options: ResolvedOptions,
  userId: string,
): Promise<PreparedRecoverySet> {
  const codes = generateRecoveryCodes();
  const salt = newRecoverySalt();
  const hashes = await hashRecoveryCodes(codes, salt);
  const pendingSealed = options.secretBox.encrypts
    ? await options.secretBox.seal(JSON.stringify(codes), context(userId))
    : null;
  return { codes, salt, hashes, pendingSealed };
}

export function storeRecoverySet(
  tx: MfaStore,
  userId: string,
  set: PreparedRecoverySet,
  now: Date,
): Promise<void> {
  return tx.replaceRecoveryCodes({
    userId,
    salt: set.salt,
    hashes: set.hashes,
    pendingSealed: set.pendingSealed,
    now,
  });
}

export async function openPendingCodes(
  options: ResolvedOptions,
  userId: string,
  sealed: string,
): Promise<string[]> {
  const codes: unknown = JSON.parse(await options.secretBox.open(sealed, context(userId)));
  if (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string'))
    throw new Error('bad pending codes');
  return codes;
}
