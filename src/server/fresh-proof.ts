/**
 * SECURITY 16: adding or removing a factor, regenerating recovery codes and deleting a device
 * need a fresh proof, never just a session.
 *
 * - Deleting a device and regenerating codes take a single-use MFA token in `x-mfa-token`
 *   (the contract passes one); it is consumed in the same transaction as the change.
 * - Adding a factor when one exists takes such a token too, or — because the contract's
 *   `enrollTotp`/`enrollPasskey` carry none — a verification by THIS session within
 *   `freshProofSeconds` (a short "sudo mode", like GitHub's).
 *
 * These internal actions accept single-use tokens bound to their name or to no action.
 */
import type { Account } from './account.js';
import type { RouteContext } from './context.js';
import { HttpError } from './http.js';
import { MFA_ACTIONS } from './options.js';
import type { MfaStore } from './store/types.js';
import { acceptToken, MFA_TOKEN_HEADER } from './tokens.js';

export { MFA_ACTIONS };

export type MfaInternalAction = (typeof MFA_ACTIONS)[keyof typeof MFA_ACTIONS];

/** Consume the fresh single-use token in the header (inside `tx`, with the change it allows). */
export async function consumeFreshToken(tx: MfaStore, context: RouteContext, action: MfaInternalAction): Promise<void> {
  await acceptToken(
    tx,
    context.user,
    context.request.headers.get(MFA_TOKEN_HEADER),
    { action, policy: { required: true, token: 'single-use' }, allowUnbound: true },
    context.now,
  );
}

/**
 * Adding a factor: free for the first one, a fresh proof for any further one. Call it inside the
 * transaction that makes the change, so a token is spent only if the change commits.
 */
export async function assertMayAddFactor(tx: MfaStore, context: RouteContext, account: Account): Promise<void> {
  if (!account.hasFactor) return;
  if (context.request.headers.get(MFA_TOKEN_HEADER) !== null) {
    await consumeFreshToken(tx, context, MFA_ACTIONS.addFactor);
    return;
  }
  const verifiedAt = account.session?.verifiedAt.getTime();
  if (verifiedAt !== undefined && context.now.getTime() - verifiedAt <= context.options.freshProofSeconds * 1000) return;
  throw new HttpError('unauthorized', 'Adding a factor needs a fresh proof: verify again first.', {
    status: 403,
    reason: 'fresh-proof-required',
  });
}

/** MFA pages other than sign-in itself need a session that has proved the factor (SECURITY 17). */
export function assertSessionVerified(account: Account): void {
  if (!account.sessionVerified) {
    throw new HttpError('unauthorized', 'Verify your second factor first.', { status: 403, reason: 'mfa-required' });
  }
}
