/**
 * GET recovery-codes · POST recovery-codes/regenerate · /acknowledge · /verify (SECURITY 10–13).
 */
import type { MfaProof } from '../../client/types.js';
import { loadAccount, recoveryCodesPending, type Account } from '../account.js';
import type { RouteHandler } from '../context.js';
import { assertSessionVerified, consumeFreshToken, MFA_ACTIONS } from '../fresh-proof.js';
import { HttpError, jsonResponse, noContent, rateLimited } from '../http.js';
import { actionName, optional, parseBody, string, tokenRequest } from '../input.js';
import { completeVerification } from '../proofs.js';
import { hashRecoveryCode, normalizeRecoveryCode } from '../recovery-codes.js';
import { openPendingCodes, prepareRecoverySet, storeRecoverySet } from '../recovery-set.js';
import { withCountedAttempt } from '../throttle.js';

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

  const normalized = normalizeRecoveryCode(input.code);
  const codeHash = normalized === null ? null : await hashRecoveryCode(normalized, salt);
  const result = await withCountedAttempt(store, user.userId, now, options.rateLimit, async (tx) => {
    // `used_at IS NULL` in one UPDATE: of parallel uses of one code, exactly one succeeds.
    if (codeHash === null || !(await tx.consumeRecoveryCode(user.userId, codeHash, now))) {
      return { ok: false, reason: 'wrong-code' };
    }
    const proof: MfaProof = await completeVerification(tx, context, {
      method: 'recovery-code',
      ...(input.token && { token: input.token }),
      ...(input.action && { action: input.action }),
    });
    proof.recoveryCodesRemaining = await tx.countUnusedRecoveryCodes(user.userId);
    return { ok: true, value: proof };
  });
  if (result.kind === 'locked') {
    options.logger.warn('mfa.attempt.refused-locked', { userId: user.userId, method: 'recovery-code' });
    throw rateLimited(result.retryAfter);
  }
  if (result.kind === 'failure') {
    if (result.locked) options.logger.warn('mfa.locked', { userId: user.userId, failures: result.failures });
    throw new HttpError('invalid-code', 'The recovery code is not valid.');
  }
  options.logger.info('mfa.recovery-code.used', { userId: user.userId, remaining: result.value.recoveryCodesRemaining });
  return jsonResponse(200, result.value);
};
