/**
 * Recovery codes: GET|POST users/mfa/recovery · POST users/mfa/auth/recovery. The reference
 * server's codes (ten, 80 bits, Crockford base32) and hashing (PBKDF2 with a salt per set); the
 * plaintext is kept only until the user acknowledges the set, and each code works once.
 */
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  hashRecoveryCodes,
  newRecoverySalt,
  normalizeRecoveryCode,
} from '../../../src/server/recovery-codes.js';
import type { RecoverySet } from '../environment.js';
import {
  invalidCode,
  json,
  mfaRequired,
  readObject,
  requiredString,
  StandInError,
} from '../http.js';
import type { RouteContext } from './context.js';

/** A new set, hashed, with its plaintext until acknowledged. */
export async function prepareRecoverySet(): Promise<RecoverySet> {
  const plaintext = generateRecoveryCodes();
  const salt = newRecoverySalt();
  const hashes = await hashRecoveryCodes(plaintext, salt);
  return { salt, codes: hashes.map((hash) => ({ hash })), plaintext };
}

/** The codes while not yet acknowledged (created when none exist); afterwards only new ones can be had. */
export async function getCodes({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  env.requireFull(caller);
  const { user } = caller;
  if (!user.recovery) {
    const set = await prepareRecoverySet();
    if (!user.recovery) {
      user.recovery = set;
      user.acknowledgement = 'pending';
    }
  }
  const plaintext = user.recovery.plaintext;
  if (!plaintext) {
    throw new StandInError(
      400,
      'mfa_recovery_codes_acknowledged',
      'Recovery codes were acknowledged; create new ones',
    );
  }
  return json({ count: plaintext.length, recoveryCodes: plaintext });
}

/** A new set replaces the old one, after a fresh proof on this session (docs/SECURITY.md 13). */
export async function regenerateCodes({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  env.requireFull(caller);
  if (!env.isFresh(caller.session))
    throw mfaRequired('Verify again before creating new recovery codes');
  const set = await prepareRecoverySet();
  caller.user.recovery = set;
  caller.user.acknowledgement = 'pending';
  return json({ count: set.plaintext!.length, recoveryCodes: set.plaintext });
}

export async function authenticateRecovery({ request, env }: RouteContext): Promise<Response> {
  const caller = await env.caller(request);
  const body = await readObject(request);
  const code = requiredString(body, 'code');
  const tokens = env.tokenRequest(body);
  const { user } = caller;
  const set = user.recovery;
  const normalized = normalizeRecoveryCode(code);
  const hash =
    set && normalized !== null ? await hashRecoveryCode(normalized, set.salt) : undefined;
  // From here on nothing awaits: count, check and consume are one step (docs/SECURITY.md 8, 12).
  env.beginAttempt(user);
  const record =
    hash === undefined || user.recovery !== set
      ? undefined
      : set?.codes.find((entry) => entry.hash === hash && entry.usedAt === undefined);
  if (!record) {
    env.attemptFailed(user);
    throw invalidCode();
  }
  env.attemptSucceeded(user);
  record.usedAt = env.now();
  env.markVerified(caller);
  return json(await env.verifyResponse(caller, tokens));
}
