/**
 * GET recovery-codes · POST recovery-codes/reissue · /regenerate · /acknowledge · /verify
 * (docs/SECURITY.md 10–13, 21, 27–28).
 *
 * GET only reads: with an `encryptionKey` it shows the unacknowledged set again; without one the
 * set's plaintext was never kept, so it answers `codes-not-kept` and the client asks for a new
 * set with POST `reissue` (behind the Origin check, so no page can kill codes being written down).
 * Every write re-checks the account under the user's row lock, in the transaction that writes.
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
import { lockedNow, retryAfterSeconds, wrongCode } from '../throttle.js';

function assertHasFactor(account: Account): void {
  if (!account.hasFactor) throw new HttpError('not-enrolled', 'Set up a second factor first.');
}

export const getRecoveryCodes: RouteHandler = async (context) => {
  const { user, store, options } = context;
  const account = await loadAccount(store, user);
  assertHasFactor(account);
  assertSessionVerified(account);
  if (!recoveryCodesPending(account)) {
    throw new HttpError('expired', 'These codes were already saved; regenerate to get a new set.', {
      status: 409,
    });
  }
  const sealed = account.user?.recoveryPendingSealed ?? null;
  if (sealed === null) {
    throw new HttpError(
      'expired',
      'These codes were not kept; ask for a new set with POST recovery-codes/reissue.',
      {
        status: 409,
        reason: 'codes-not-kept',
      },
    );
  }
  return jsonResponse(200, { codes: await openPendingCodes(options, user.userId, sealed) });
};

/** A new unacknowledged set in place of one the user has not saved yet (e.g. after a reload). */
export const reissueRecoveryCodes: RouteHandler = async (context) => {
  parseBody(context.body, {});
  const { user, now, store, options } = context;
  const account = await loadAccount(store, user);
  assertHasFactor(account);
  assertSessionVerified(account);
  const set = await prepareRecoverySet(options, user.userId);
  await store.transaction(async (tx) => {
    const gate = await tx.lockForFactorChange(user.userId, user.sessionId, now);
    if (!gate.hasFactor) throw new HttpError('not-enrolled', 'Set up a second factor first.');
    if (gate.sessionVerifiedAt === null) {
      throw new HttpError('unauthorized', 'Verify your second factor first.', {
        status: 403,
        reason: 'mfa-required',
      });
    }
    if (!gate.recoveryPending) {
      throw new HttpError(
        'expired',
        'These codes were already saved; regenerate to get a new set.',
        { status: 409 },
      );
    }
    await storeRecoverySet(tx, user.userId, set, now);
  });
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
    // Checked again where it is written: the last factor may have gone meanwhile.
    const gate = await tx.lockForFactorChange(user.userId, user.sessionId, now);
    if (!gate.hasFactor) throw new HttpError('not-enrolled', 'Set up a second factor first.');
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
  if (!account.hasFactor || salt === null)
    throw new HttpError('not-enrolled', 'There are no recovery codes.');
  // A locked account is refused from the row already read, before the slow hash
  // (docs/SECURITY.md 28); the attempt statement checks the lock again, atomically.
  if (lockedNow(account.user, now)) {
    options.logger.warn('mfa.attempt.refused-locked', {
      userId: user.userId,
      method: 'recovery-code',
    });
    throw rateLimited(retryAfterSeconds(account.user!, now));
  }

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
    success: {
      sessionId: user.sessionId,
      method: 'recovery-code',
      token: prepared?.token ?? null,
      recoveryCodes: null,
    },
  });
  if (result.outcome === 'locked') {
    options.logger.warn('mfa.attempt.refused-locked', {
      userId: user.userId,
      method: 'recovery-code',
    });
    throw rateLimited(retryAfterSeconds(result, now));
  }
  if (result.outcome === 'refused' || result.outcome === 'stale')
    throw new Error('a recovery-code attempt checks no TOTP device');
  if (result.outcome === 'failure') {
    if (result.locked)
      options.logger.warn('mfa.locked', { userId: user.userId, failures: result.failures });
    throw wrongCode('The recovery code is not valid.', result, now, options.rateLimit);
  }
  if (prepared === null) throw new Error('a success without a claim');
  const proof: MfaProof = {
    ...prepared.proof,
    recoveryCodesRemaining: result.recoveryCodesRemaining ?? 0,
  };
  options.logger.info('mfa.recovery-code.used', {
    userId: user.userId,
    remaining: proof.recoveryCodesRemaining,
  });
  return jsonResponse(200, proof);
};
