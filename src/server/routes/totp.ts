/**
 * POST totp/enroll · POST totp/verify — authenticator apps (docs/SECURITY.md 1–6, 27–28).
 *
 * An enrollment is bound to the session that started it and expires after `challengeSeconds`;
 * the code that confirms it is checked, in the same statement, against the account as it is then
 * (`attemptCode` with `addFactor`): a dormant enrollment can never become a way in.
 */
import type { TokenRequest, TotpEnrollment } from '../../client/types.js';
import { loadAccount } from '../account.js';
import type { RouteContext, RouteHandler } from '../context.js';
import { randomId } from '../encoding.js';
import { addFactorCheck, assertMayStartFactor, stepUpRequired } from '../fresh-proof.js';
import { enrollmentExpired, enrollmentUsable } from '../enrollment.js';
import { HttpError, jsonResponse, rateLimited } from '../http.js';
import { actionName, optional, parseBody, string, tokenRequest } from '../input.js';
import { prepareProof } from '../proofs.js';
import { prepareRecoverySet, type PreparedRecoverySet } from '../recovery-set.js';
import { StoreConflictError } from '../store/types.js';
import { lockedNow, retryAfterSeconds, wrongCode } from '../throttle.js';
import { totpSecretContext } from '../totp-secret.js';
import {
  generateTotpSecret,
  matchTotpStep,
  normalizeTotpCode,
  prepareTotpKey,
  secretFromBase32,
  TOTP_DEFAULTS,
  totpUri,
  type TotpKey,
} from '../totp.js';

export const enrollTotp: RouteHandler = async (context) => {
  parseBody(context.body, {});
  const { user, now, store, options } = context;
  const account = await loadAccount(store, user);
  if (account.verifiedTotp)
    throw new HttpError('already-enrolled', 'An authenticator app is already set up.');

  const secret = generateTotpSecret();
  const deviceId = randomId();
  const secretSealed = await options.secretBox.seal(secret.base32, totpSecretContext(deviceId));
  const rule = await assertMayStartFactor(context, account);
  const expiresAt = new Date(now.getTime() + options.challengeSeconds * 1000);
  await store.transaction(async (tx) => {
    // Only this session's newest unconfirmed enrollment is kept (and none that expired); another
    // session's live one is left alone, and can only ever be confirmed by that session.
    await tx.deleteUnverifiedTotpDevices(user.userId, { sessionId: user.sessionId, now });
    await tx.createTotpDevice({
      id: deviceId,
      userId: user.userId,
      alias: null,
      secretSealed,
      createdAt: now,
      sessionId: user.sessionId,
      expiresAt,
    });
  });
  options.logger.info('mfa.totp.enrollment-started', { userId: user.userId, deviceId, rule });
  const enrollment: TotpEnrollment = {
    deviceId,
    uri: totpUri({
      issuer: options.issuer,
      accountName: user.userName,
      secretBase32: secret.base32,
    }),
    secret: secret.base32,
    issuer: options.issuer,
    accountName: user.userName,
    digits: TOTP_DEFAULTS.digits,
    period: TOTP_DEFAULTS.period,
    algorithm: TOTP_DEFAULTS.algorithm,
  };
  return jsonResponse(201, enrollment);
};

interface VerifyInput {
  code: string;
  deviceId?: string | undefined;
  token?: TokenRequest | undefined;
  action?: string | undefined;
}

/** The device a code is checked against, and its opened secret. */
interface CodeTarget {
  deviceId: string;
  key: TotpKey;
  /** The code would confirm a pending enrollment (adds a factor). */
  confirming: boolean;
  /** Confirming the account's first factor: its first recovery-code set goes with it. */
  firstFactor: boolean;
  /** Set when the secret came from the cache: the statement re-checks it (secret-cache.ts). */
  matchedSecret?: { deviceId: string; secretSealed: string };
}

/**
 * One round trip when this handler has the user's verified secret open (secret-cache.ts): the
 * code is matched here and the one attempt statement re-checks the device. Otherwise, or when
 * that answers `stale`, what the check needs of the account is read first (`getTotpAccount`,
 * two round trips) and the secret is cached.
 */
export const verifyTotp: RouteHandler = async (context) => {
  const input: VerifyInput = parseBody(context.body, {
    code: string(32),
    deviceId: optional(string(64)),
    token: optional(tokenRequest),
    action: optional(actionName),
  });
  const { user, options } = context;
  const opened = options.secretCache.get(user.userId);
  if (
    opened !== undefined &&
    (input.deviceId === undefined || input.deviceId === opened.deviceId)
  ) {
    const answer = await attemptCode(context, input, {
      deviceId: opened.deviceId,
      key: opened.key,
      confirming: false,
      firstFactor: false,
      matchedSecret: { deviceId: opened.deviceId, secretSealed: opened.secretSealed },
    });
    if (answer !== null) return answer;
    options.secretCache.delete(user.userId);
  }
  const answer = await verifyFromAccount(context, input);
  if (answer === null) throw new Error('a stale answer without a cached secret');
  return answer;
};

async function verifyFromAccount(
  context: RouteContext,
  input: VerifyInput,
): Promise<Response | null> {
  const { user, now, store, options } = context;
  const account = await store.getTotpAccount(user.userId);
  const verifiedTotp = account.totpDevices.find((candidate) => candidate.verifiedAt !== null);
  const device =
    input.deviceId !== undefined
      ? account.totpDevices.find((candidate) => candidate.id === input.deviceId)
      : (verifiedTotp ??
        account.totpDevices.filter((candidate) => candidate.sessionId === user.sessionId).at(-1));
  if (!device) throw new HttpError('not-enrolled', 'No authenticator app is set up.');
  const confirming = device.verifiedAt === null;
  // Refused from the row already read, before any slow work (docs/SECURITY.md 28); the statement
  // below applies the lock and the commit-time rule again, atomically.
  if (account.user !== null && lockedNow(account.user, now))
    throw rateLimited(retryAfterSeconds(account.user, now));
  if (confirming && !enrollmentUsable(device, user.sessionId, now)) throw enrollmentExpired();

  const key = prepareTotpKey(
    secretFromBase32(
      await options.secretBox.open(device.secretSealed, totpSecretContext(device.id)),
    ),
  );
  if (!confirming)
    options.secretCache.set(user.userId, {
      deviceId: device.id,
      secretSealed: device.secretSealed,
      key,
    });
  return attemptCode(context, input, {
    deviceId: device.id,
    key,
    confirming,
    firstFactor: confirming && verifiedTotp === undefined && !account.hasPasskey,
  });
}

/** Match the code, then ONE atomic statement decides. Null: the cached secret was stale. */
async function attemptCode(
  context: RouteContext,
  input: VerifyInput,
  target: CodeTarget,
): Promise<Response | null> {
  const { user, now, store, options } = context;
  // Everything slow or fallible that changes nothing happens before the attempt: matching,
  // hashing a first recovery-code set, minting the token.
  const code = normalizeTotpCode(input.code);
  const step = code === null ? null : matchTotpStep(target.key, code, now.getTime());
  const recoverySet: PreparedRecoverySet | null =
    target.firstFactor && step !== null ? await prepareRecoverySet(options, user.userId) : null;
  // A code that matched no step can only fail: no token is minted for it.
  const prepared =
    step === null
      ? null
      : await prepareProof(context, {
          method: 'totp',
          deviceId: target.deviceId,
          ...(input.token && { token: input.token }),
          ...(input.action && { action: input.action }),
        });

  let result;
  try {
    // One atomic statement: gate, claim this step only if it is later than the last one used,
    // then reset-and-record the success or count the failure (docs/SECURITY.md 3, 7–9).
    result = await store.attemptCode({
      userId: user.userId,
      now,
      claim: step === null ? { kind: 'none' } : { kind: 'totp', deviceId: target.deviceId, step },
      rateLimit: options.rateLimit,
      success: {
        sessionId: user.sessionId,
        method: 'totp',
        token: prepared?.token ?? null,
        recoveryCodes: recoverySet,
      },
      addFactor: await addFactorCheck(context),
      ...(target.matchedSecret && { matchedSecret: target.matchedSecret }),
    });
  } catch (error) {
    if (error instanceof StoreConflictError)
      throw new HttpError('already-enrolled', 'An authenticator app is already set up.');
    throw error;
  }

  if (result.outcome === 'stale') return null;
  if (result.outcome === 'locked') {
    options.logger.warn('mfa.attempt.refused-locked', { userId: user.userId, method: 'totp' });
    throw rateLimited(retryAfterSeconds(result, now));
  }
  if (result.outcome === 'refused') {
    options.logger.warn('mfa.factor.refused', {
      userId: user.userId,
      deviceId: target.deviceId,
      reason: result.reason,
    });
    throw result.reason === 'enrollment-expired' ? enrollmentExpired() : stepUpRequired();
  }
  if (result.outcome === 'failure') {
    // A replay looks exactly like a wrong code to the caller (docs/SECURITY.md 3), but is logged as one.
    if (step !== null)
      options.logger.warn('mfa.totp.replay', { userId: user.userId, deviceId: target.deviceId });
    if (result.locked)
      options.logger.warn('mfa.locked', { userId: user.userId, failures: result.failures });
    throw wrongCode('The code is not valid.', result, now, options.rateLimit);
  }
  if (prepared === null) throw new Error('a success without a claim');
  if (target.confirming)
    options.logger.info('mfa.totp.enrolled', { userId: user.userId, deviceId: target.deviceId });
  return jsonResponse(200, prepared.proof);
}
