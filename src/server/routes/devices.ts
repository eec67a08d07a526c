/**
 * GET devices · DELETE devices/{id} (fresh MFA token in `x-mfa-token`; docs/SECURITY.md 16, 27).
 * Whether the device is a factor — and so whether the token is needed — is decided under the
 * user's row lock in the transaction that deletes it, never from the read before.
 */
import { listDevices, loadAccount } from '../account.js';
import type { RouteHandler } from '../context.js';
import { deviceVisible } from '../enrollment.js';
import { assertSessionVerified, consumeFreshToken, MFA_ACTIONS } from '../fresh-proof.js';
import { HttpError, jsonResponse, noContent } from '../http.js';
import { string } from '../input.js';

function notFound(): HttpError {
  return new HttpError('invalid-request', 'No such device.', { status: 404, reason: 'not-found' });
}

export const getDevices: RouteHandler = async (context) => {
  const account = await loadAccount(context.store, context.user);
  assertSessionVerified(account);
  return jsonResponse(200, { devices: listDevices(account, context.now) });
};

export const deleteDevice: RouteHandler = async (context) => {
  const deviceId = string(64)(context.params['id'], 'id');
  const { user, store, now } = context;
  const account = await loadAccount(store, user);
  const totp = account.totpDevices.find((device) => device.id === deviceId);
  const known =
    (totp !== undefined && deviceVisible(totp, user.sessionId, now)) ||
    account.passkeys.some((passkey) => passkey.id === deviceId);
  // Checked before the token is spent, so a typo does not cost the user a proof.
  if (!known) throw notFound();
  const lastFactorGone = await store.transaction(async (tx) => {
    await tx.lockForFactorChange(user.userId, user.sessionId, now);
    const current = (await tx.listTotpDevices(user.userId)).find(
      (device) => device.id === deviceId,
    );
    // This session's own enrollment that was never confirmed is not a factor: dropping it needs
    // no proof. Anything else — a passkey, a verified app (perhaps confirmed a moment ago) — does.
    const ownPending =
      current !== undefined && current.verifiedAt === null && current.sessionId === user.sessionId;
    if (!ownPending) await consumeFreshToken(tx, context, MFA_ACTIONS.deleteDevice);
    if (!(await tx.deleteDevice(user.userId, deviceId))) throw notFound();
    if (ownPending) return false;
    const remainingTotp = (await tx.listTotpDevices(user.userId)).some(
      (device) => device.verifiedAt !== null,
    );
    const remainingPasskeys = (await tx.listPasskeys(user.userId)).length > 0;
    if (remainingTotp || remainingPasskeys) return false;
    // Without a factor, recovery codes would be a factor of their own: drop them.
    await tx.deleteRecoveryCodes(user.userId);
    return true;
  });
  context.options.logger.info('mfa.device.deleted', {
    userId: user.userId,
    deviceId,
    lastFactorGone,
  });
  return noContent();
};
