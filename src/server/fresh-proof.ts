/**
 * Factor changes (docs/SECURITY.md 16 and 27): adding or removing a factor, regenerating recovery
 * codes and deleting a device need a fresh proof, never just a session — and that is decided when
 * the change is COMMITTED, against the account as it is then, never when it started.
 *
 * - Deleting a device and regenerating codes take a single-use MFA token in `x-mfa-token`
 *   (the contract passes one); it is consumed in the same transaction as the change.
 * - Adding a factor is free while the account has no verified factor at commit time (and the
 *   enrollment or challenge is this session's); otherwise it needs a verification by THIS session
 *   within `freshProofSeconds` (a short "sudo mode", like GitHub's), or a single-use token bound
 *   to `device.add` sent with the committing request.
 * - Starting an enrollment runs the same rule early, so a user is told before scanning a QR code;
 *   it consumes nothing and proves nothing for the commit.
 *
 * These internal actions accept single-use tokens bound to their name or to no action.
 */
import type { Account } from './account.js';
import type { RouteContext } from './context.js';
import { HttpError } from './http.js';
import { MFA_ACTIONS } from './options.js';
import type { FactorGate, FactorRule, MfaStore } from './store/types.js';
import { acceptToken, MFA_TOKEN_HEADER, presentedTokenHash } from './tokens.js';

export { MFA_ACTIONS };

export type MfaInternalAction = (typeof MFA_ACTIONS)[keyof typeof MFA_ACTIONS];

/** Consume the fresh single-use token in the header (inside `tx`, with the change it allows). */
export async function consumeFreshToken(
  tx: MfaStore,
  context: RouteContext,
  action: MfaInternalAction,
): Promise<void> {
  await acceptToken(
    tx,
    context.user,
    context.request.headers.get(MFA_TOKEN_HEADER),
    { action, policy: { required: true, token: 'single-use' }, allowUnbound: true },
    context.now,
  );
}

/** The oldest verification of this session that still counts as a fresh proof. */
export function freshSince(context: RouteContext): Date {
  return new Date(context.now.getTime() - context.options.freshProofSeconds * 1000);
}

function isFresh(context: RouteContext, verifiedAt: Date | null | undefined): boolean {
  return verifiedAt != null && verifiedAt.getTime() >= freshSince(context).getTime();
}

/** The refusal an element turns into "Confirm it's you first". */
export function stepUpRequired(): HttpError {
  return new HttpError(
    'step-up-required',
    'Confirm it is you first: verify a factor again, then retry.',
    {
      reason: 'fresh-proof-required',
    },
  );
}

/**
 * Starting an enrollment (TOTP enroll, passkey registration options): the rule, checked early and
 * consuming nothing. Returns the rule it passed under; the commit checks again.
 */
export async function assertMayStartFactor(
  context: RouteContext,
  account: Account,
): Promise<FactorRule> {
  if (!account.hasFactor) return 'first-factor';
  if (isFresh(context, account.session?.verifiedAt)) return 'fresh-proof';
  const presented = context.request.headers.get(MFA_TOKEN_HEADER);
  if (presented !== null) {
    await acceptToken(
      context.store,
      context.user,
      presented,
      {
        action: MFA_ACTIONS.addFactor,
        policy: { required: true, token: 'single-use' },
        allowUnbound: true,
        peek: true,
      },
      context.now,
    );
    return 'mfa-token';
  }
  throw stepUpRequired();
}

/**
 * Committing a new factor (a passkey registration): inside `tx`, lock the user's row and decide
 * on the account as it is now. A token in the header is consumed only when it is what allows it.
 */
export async function authorizeFactorAdd(tx: MfaStore, context: RouteContext): Promise<FactorGate> {
  const gate = await tx.lockForFactorChange(
    context.user.userId,
    context.user.sessionId,
    context.now,
  );
  if (!gate.hasFactor || isFresh(context, gate.sessionVerifiedAt)) return gate;
  if (context.request.headers.get(MFA_TOKEN_HEADER) !== null) {
    await consumeFreshToken(tx, context, MFA_ACTIONS.addFactor);
    return gate;
  }
  throw stepUpRequired();
}

/** For the code-attempt statement, which applies the same rule itself (`CodeAttempt.addFactor`). */
export async function addFactorCheck(
  context: RouteContext,
): Promise<{ freshSince: Date; tokenHash: string | null }> {
  return {
    freshSince: freshSince(context),
    tokenHash: await presentedTokenHash(context.request.headers.get(MFA_TOKEN_HEADER)),
  };
}

/** MFA pages other than sign-in itself need a session that has proved the factor (docs/SECURITY.md 17). */
export function assertSessionVerified(account: Account): void {
  if (!account.sessionVerified) {
    throw new HttpError('unauthorized', 'Verify your second factor first.', {
      status: 403,
      reason: 'mfa-required',
    });
  }
}
