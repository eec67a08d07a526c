/** GET devices · DELETE devices/{id} (fresh MFA token in `x-mfa-token`). */
import { listDevices, loadAccount } from '../account.js';
import type { RouteHandler } from '../context.js';
import { assertSessionVerified, consumeFreshToken, MFA_ACTIONS } from '../fresh-proof.js';
import { HttpError, jsonResponse, noContent } from '../http.js';
import { string } from '../input.js';

export const getDevices: RouteHandler = async (context) => {
  const account = await loadAccount(context.store, context.user);
  assertSessionVerified(account);
  return jsonResponse(200, { devices: listDevices(account) });
};

export const deleteDevice: RouteHandler = async (context) => {
  const deviceId = string(64)(context.params['id'], 'id');
  const { user, store } = context;
  const account = await loadAccount(store, user);
  const totp = account.totpDevices.find((device) => device.id === deviceId);
  const known = totp !== undefined || account.passkeys.some((passkey) => passkey.id === deviceId);
  // Checked before the token is spent, so a typo does not cost the user a proof.
  if (!known) throw new HttpError('invalid-request', 'No such device.', { status: 404, reason: 'not-found' });
  // An enrollment that was never confirmed is not a factor: dropping it needs no proof.
  const isFactor = totp === undefined || totp.verifiedAt !== null;
  const lastFactorGone = await store.transaction(async (tx) => {
    if (isFactor) await consumeFreshToken(tx, context, MFA_ACTIONS.deleteDevice);
    if (!(await tx.deleteDevice(user.userId, deviceId))) {
      throw new HttpError('invalid-request', 'No such device.', { status: 404, reason: 'not-found' });
    }
    if (!isFactor) return false;
    const remainingTotp = (await tx.listTotpDevices(user.userId)).some((device) => device.verifiedAt !== null);
    const remainingPasskeys = (await tx.listPasskeys(user.userId)).length > 0;
    if (remainingTotp || remainingPasskeys) return false;
    // Without a factor, recovery codes would be a factor of their own: drop them.
    await tx.deleteRecoveryCodes(user.userId);
    return true;
  });
  context.options.logger.info('mfa.device.deleted', { userId: user.userId, deviceId, lastFactorGone });
  return noContent();
};
