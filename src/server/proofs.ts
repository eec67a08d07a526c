/**
 * The end of every successful verification: the session is marked verified and the requested
 * token is issued, committed together with the use of the proof (docs/SECURITY.md 3). Codes do it all in
 * the store's one `attemptCode` statement; passkeys in their transaction (`commitProof`).
 */
import type { MfaMethod, MfaProof, TokenRequest } from '../client/types.js';
import type { RouteContext } from './context.js';
import type { MfaStore, NewToken } from './store/types.js';
import { prepareToken, storeToken } from './tokens.js';

export interface ProofRequest {
  method: MfaMethod;
  deviceId?: string;
  token?: TokenRequest;
  action?: string;
}

export interface PreparedProof {
  /** The answer, token value included; give it out only once the proof is committed. */
  proof: MfaProof;
  /** The token to store with the proof, or null when none was asked for. */
  token: NewToken | null;
}

/** Build the answer and the token before the proof is checked (nothing is stored here). */
export async function prepareProof(
  context: RouteContext,
  request: ProofRequest,
): Promise<PreparedProof> {
  const { user, now, options } = context;
  const proof: MfaProof = { method: request.method };
  if (request.deviceId !== undefined) proof.deviceId = request.deviceId;
  if (request.token === undefined) return { proof, token: null };
  const prepared = await prepareToken({
    user,
    method: request.method,
    request: request.token,
    action: request.action ?? null,
    now,
    singleUseSeconds: options.singleUseTokenSeconds,
    persistentSeconds: options.persistentTokenSeconds,
  });
  proof.token = prepared.token;
  return { proof, token: prepared.record };
}

/** Store a prepared proof's effects inside the transaction that accepted the proof. */
export async function commitProof(
  tx: MfaStore,
  context: RouteContext,
  prepared: PreparedProof,
): Promise<MfaProof> {
  const { user, now } = context;
  await tx.markSessionVerified({
    userId: user.userId,
    sessionId: user.sessionId,
    verifiedAt: now,
    method: prepared.proof.method,
  });
  if (prepared.token !== null) await storeToken(tx, prepared.token);
  return prepared.proof;
}
