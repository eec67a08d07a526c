/**
 * GET recovery-codes · POST recovery-codes/regenerate · /acknowledge · /verify (SECURITY 10–13).
 */
import type { MfaProof } from '../../client/types.js';
import { loadAccount, recoveryCodesPending, type Account } from '../account.js';
import type { RouteHandler } from '../context.js';
import { assertSessionVerified, consumeFreshToken, MFA_ACTIONS } from '../fresh-proof.js';
import { HttpError, jsonResponse, noContent, rateLimited } from '../http.js';
import { actionName, optional, parseBody, string, tokenRequest } from '../input.js';
import { prepareProof } from '../proofs.js';
import { hashRecoveryCode, normalizeRecoveryCode } from '../recovery-codes.js';
import { openPendingCodes, prepareRecoverySet, storeRecoverySet } from '../recovery-set.js';
import { retryAfterSeconds } from '../throttle.js';

function assertHasFactor(account: Account): void {
  if (!account.hasFactor) throw new HttpError('not-enrolled', 'Set up a second factor first.');
}

export const getRecoveryCodes: RouteHandler = async (context) => {
  const { user, now, store, options } = context;
  const account = await loadAccount(store, user);
  assertHasFactor(account);
  assertSessionVerified(account);
  if (!recoveryCodesPending(account)) {
    throw new HttpError('expired', 'These codes were already saved; regenerate to get a new set.', { status: 409 });
  }
  const sealed = account.user?.recoveryPendingSealed ?? null;
  if (sealed !== null) return jsonResponse(200, { codes: await openPendingCodes(options, user.userId, sealed) });
  // No key, so no plaintext was kept: the unacknowledged set is replaced by a fresh one.
  const set = await prepareRecoverySet(options, user.userId);
  await storeRecoverySet(store, user.userId, set, now);
  options.logger.info('mfa.recovery-codes.reissued', { userId: user.userId });
  return jsonResponse(200, { codes: set.codes });
};

export const regenerateRecoveryCodes: RouteHandler = async (context) => {
  parseBody(context.body, {});
  const { user, now, store, options } = context;
  const account = await loadAccount(store, user);
  assertHasFactor(account);
  const set = await prepareRecoverySet(options, user.userId);
  await store.transaction(async (tx) => {
    await consumeFreshToken(tx, context, MFA_ACTIONS.regenerateRecoveryCodes);
    await storeRecoverySet(tx, user.userId, set, now);
  });
  options.logger.info('mfa.recovery-codes.regenerated', { userId: user.userId });
  return jsonResponse(200, { codes: set.codes });
};

export const acknowledgeRecoveryCodes: RouteHandler = async (context) => {
  parseBody(context.body, {});
  const { user, now, store } = context;
  const account = await loadAccount(store, user);
  assertHasFactor(account);
  assertSessionVerified(account);
  await store.acknowledgeRecoveryCodes(user.userId, now);
  return noContent();
};

export const verifyRecoveryCode: RouteHandler = async (context) => {
  const input = parseBody(context.body, {
    code: string(64),
    token: optional(tokenRequest),
    action: optional(actionName),
  });
  const { user, now, store, options } = context;
  const account = await loadAccount(store, user);
  const salt = account.user?.recoverySalt ?? null;
  if (!account.hasFactor || salt === null) throw new HttpError('not-enrolled', 'There are no recovery codes.');

  // The slow hash (PBKDF2) and the token are ready before the attempt; a code that cannot be one
  // gets neither and simply fails.
  const normalized = normalizeRecoveryCode(input.code);
  const codeHash = normalized === null ? null : await hashRecoveryCode(normalized, salt);
  const prepared =
    codeHash === null
      ? null
      : await prepareProof(context, {
          method: 'recovery-code',
          ...(input.token && { token: input.token }),
          ...(input.action && { action: input.action }),
        });
  // One atomic statement: `used_at IS NULL` decides which of parallel uses of a code succeeds.
  const result = await store.attemptCode({
    userId: user.userId,
    now,
    claim: codeHash === null ? { kind: 'none' } : { kind: 'recovery-code', codeHash },
    rateLimit: options.rateLimit,
    success: { sessionId: user.sessionId, method: 'recovery-code', token: prepared?.token ?? null, recoveryCodes: null },
  });
  if (result.outcome === 'locked') {
    options.logger.warn('mfa.attempt.refused-locked', { userId: user.userId, method: 'recovery-code' });
    throw rateLimited(retryAfterSeconds(result, now));
  }
  if (result.outcome === 'failure') {
    if (result.locked) options.logger.warn('mfa.locked', { userId: user.userId, failures: result.failures });
    throw new HttpError('invalid-code', 'The recovery code is not valid.');
  }
  if (prepared === null) throw new Error('a success without a claim');
  const proof: MfaProof = { ...prepared.proof, recoveryCodesRemaining: result.recoveryCodesRemaining ?? 0 };
  options.logger.info('mfa.recovery-code.used', { userId: user.userId, remaining: proof.recoveryCodesRemaining });
  return jsonResponse(200, proof);
};
