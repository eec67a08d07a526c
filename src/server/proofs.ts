/**
 * The end of every successful verification, run inside the transaction that accepted the
 * proof: the session is marked verified and the requested token is issued, so the result and
 * the use of the code commit together (SECURITY 3).
 */
import type { MfaMethod, MfaProof, TokenRequest } from '../client/types.js';
import type { RouteContext } from './context.js';
import type { MfaStore } from './store/types.js';
import { issueToken } from './tokens.js';

export async function completeVerification(
  tx: MfaStore,
  context: RouteContext,
  proof: { method: MfaMethod; deviceId?: string; token?: TokenRequest; action?: string },
): Promise<MfaProof> {
  const { user, now, options } = context;
  await tx.markSessionVerified({ userId: user.userId, sessionId: user.sessionId, verifiedAt: now, method: proof.method });
  const result: MfaProof = { method: proof.method };
  if (proof.deviceId !== undefined) result.deviceId = proof.deviceId;
  if (proof.token !== undefined) {
    result.token = await issueToken(tx, {
      user,
      method: proof.method,
      request: proof.token,
      action: proof.action ?? null,
      now,
      singleUseSeconds: options.singleUseTokenSeconds,
      persistentSeconds: options.persistentTokenSeconds,
    });
  }
  return result;
}
