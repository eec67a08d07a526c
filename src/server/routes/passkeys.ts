/**
 * POST passkeys/register/options · register/verify · authenticate/options · authenticate/verify
 * (docs/SECURITY.md 18–19). Each options call stores a fresh challenge bound to the user, the session
 * and the ceremony; each verify call consumes it (one conditional UPDATE) before anything is
 * checked, so a challenge is used once whatever the outcome.
 *
 * A registration adds a factor: it is allowed by the rule of docs/SECURITY.md 27, checked when the
 * passkey is stored, in that transaction, under the user's row lock — not when the challenge was
 * issued (the challenge only records the rule it was issued under).
 */
import type { MfaProof } from '../../client/types.js';
import { loadAccount, passkeyDevice } from '../account.js';
import type { RouteContext, RouteHandler } from '../context.js';
import { randomId } from '../encoding.js';
import { assertMayStartFactor, authorizeFactorAdd } from '../fresh-proof.js';
import { HttpError, jsonResponse } from '../http.js';
import { actionName, alias, object, optional, parseBody, tokenRequest } from '../input.js';
import {
  authenticationOptions,
  newChallenge,
  newWebauthnUserId,
  readEnvelope,
  registrationOptions,
  verifyAuthentication,
  verifyRegistration,
  type ResponseEnvelope,
} from '../passkeys.js';
import { commitProof, prepareProof } from '../proofs.js';
import { prepareRecoverySet, storeRecoverySet } from '../recovery-set.js';
import {
  StoreConflictError,
  type ChallengePurpose,
  type FactorRule,
  type MfaStore,
} from '../store/types.js';

function refusedPasskey(): HttpError {
  return new HttpError('invalid-code', 'The passkey could not be verified.');
}

async function storeChallenge(
  store: MfaStore,
  context: RouteContext,
  challenge: string,
  purpose: ChallengePurpose,
  issuedUnder: FactorRule | null = null,
): Promise<void> {
  const { user, now, options } = context;
  await store.deleteStaleChallenges(user.userId, now);
  await store.createChallenge({
    challenge,
    userId: user.userId,
    sessionId: user.sessionId,
    purpose,
    createdAt: now,
    expiresAt: new Date(now.getTime() + options.challengeSeconds * 1000),
    issuedUnder,
  });
}

/** Parse the response's envelope and use its challenge up; throws when either fails. */
async function consumeResponseChallenge(
  context: RouteContext,
  response: Record<string, unknown>,
  purpose: ChallengePurpose,
): Promise<ResponseEnvelope> {
  const envelope = readEnvelope(response);
  if (envelope === null)
    throw new HttpError('invalid-request', '"response" is not a WebAuthn response.');
  const { user, now, store } = context;
  const owner = { userId: user.userId, sessionId: user.sessionId, purpose };
  if ((await store.consumeChallenge(envelope.challenge, owner, now)) === null) {
    throw new HttpError('expired', 'The passkey request is unknown, used or expired; start again.');
  }
  return envelope;
}

export const registrationOptionsRoute: RouteHandler = async (context) => {
  parseBody(context.body, { alias: optional(alias) });
  const { user, now, store, options } = context;
  const account = await loadAccount(store, user);
  const rule = await assertMayStartFactor(context, account);
  const webauthnUserId = await store.ensureWebauthnUserId(user.userId, newWebauthnUserId(), now);
  const creationOptions = await registrationOptions({
    rp: options.rp,
    userName: user.userName,
    webauthnUserId,
    existing: account.passkeys,
    challenge: newChallenge(),
    timeoutMs: options.challengeSeconds * 1000,
  });
  await storeChallenge(store, context, creationOptions.challenge, 'registration', rule);
  return jsonResponse(200, creationOptions);
};

export const registrationVerifyRoute: RouteHandler = async (context) => {
  const input = parseBody(context.body, { response: object(), alias: optional(alias) });
  const { user, now, store, options } = context;
  const envelope = await consumeResponseChallenge(context, input.response, 'registration');
  const verified = await verifyRegistration({
    response: input.response,
    expectedChallenge: envelope.challenge,
    rp: options.rp,
  });
  if (!verified.ok) {
    options.logger.warn('mfa.passkey.registration-refused', {
      userId: user.userId,
      reason: verified.reason,
    });
    throw refusedPasskey();
  }
  const account = await loadAccount(store, user);
  // Prepared outside the transaction (PBKDF2 is slow); stored only if this is the first factor.
  const recoverySet = account.hasFactor ? null : await prepareRecoverySet(options, user.userId);
  const deviceId = randomId();
  let created;
  try {
    created = await store.transaction(async (tx) => {
      // The commit-time rule, on the account as it is now (a victim may have enrolled meanwhile).
      const gate = await authorizeFactorAdd(tx, context);
      const passkey = await tx.createPasskey({
        id: deviceId,
        userId: user.userId,
        ...verified.value,
        alias: input.alias ?? null,
        createdAt: now,
      });
      if (!gate.hasFactor) {
        // The first factor: nobody else's pending enrollment may ride on the same exemption.
        await tx.deletePendingEnrollments(user.userId);
        await storeRecoverySet(
          tx,
          user.userId,
          recoverySet ?? (await prepareRecoverySet(options, user.userId)),
          now,
        );
      }
      // Registering with user verification proves the factor, like a confirming TOTP code.
      await tx.markSessionVerified({
        userId: user.userId,
        sessionId: user.sessionId,
        verifiedAt: now,
        method: 'passkey',
      });
      return passkey;
    });
  } catch (error) {
    if (error instanceof StoreConflictError)
      throw new HttpError('already-enrolled', 'This passkey is already registered.');
    throw error;
  }
  options.logger.info('mfa.passkey.registered', { userId: user.userId, deviceId });
  return jsonResponse(201, passkeyDevice(created));
};

export const authenticationOptionsRoute: RouteHandler = async (context) => {
  parseBody(context.body, {});
  const { user, store, options } = context;
  const passkeys = await store.listPasskeys(user.userId);
  if (passkeys.length === 0) throw new HttpError('not-enrolled', 'No passkey is registered.');
  const requestOptions = await authenticationOptions({
    rp: options.rp,
    passkeys,
    challenge: newChallenge(),
    timeoutMs: options.challengeSeconds * 1000,
  });
  await storeChallenge(store, context, requestOptions.challenge, 'authentication');
  return jsonResponse(200, requestOptions);
};

export const authenticationVerifyRoute: RouteHandler = async (context) => {
  const input = parseBody(context.body, {
    response: object(),
    token: optional(tokenRequest),
    action: optional(actionName),
  });
  const { user, now, store, options } = context;
  const envelope = await consumeResponseChallenge(context, input.response, 'authentication');
  // Looked up by the credential id the response names, and it must be this user's.
  const passkey = await store.findPasskeyByCredentialId(envelope.credentialId);
  if (passkey === null || passkey.userId !== user.userId) {
    options.logger.warn('mfa.passkey.unknown-credential', { userId: user.userId });
    throw refusedPasskey();
  }
  const verified = await verifyAuthentication({
    response: input.response,
    expectedChallenge: envelope.challenge,
    rp: options.rp,
    passkey,
  });
  if (!verified.ok) {
    options.logger.warn('mfa.passkey.authentication-refused', {
      userId: user.userId,
      deviceId: passkey.id,
      reason: verified.reason,
    });
    throw refusedPasskey();
  }
  const prepared = await prepareProof(context, {
    method: 'passkey',
    deviceId: passkey.id,
    ...(input.token && { token: input.token }),
    ...(input.action && { action: input.action }),
  });
  const proof = await store.transaction(async (tx): Promise<MfaProof | null> => {
    const recorded = await tx.recordPasskeyUse(passkey.id, {
      previousCounter: passkey.counter,
      counter: verified.value.newCounter,
      backedUp: verified.value.backedUp,
      now,
    });
    if (!recorded) return null;
    // A passkey is not a guessable code, so it is not throttled; its success still resets the counter.
    await tx.resetFailures(user.userId);
    return commitProof(tx, context, prepared);
  });
  if (proof === null) {
    options.logger.warn('mfa.passkey.counter-race', { userId: user.userId, deviceId: passkey.id });
    throw refusedPasskey();
  }
  return jsonResponse(200, proof);
};
