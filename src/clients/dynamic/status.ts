/**
 * Where account-level MFA stands, from Dynamic's signals: `requiresAdditionalAuth` in the user's
 * JWT scope (enroll when no method is verified, else verify), a pending recovery-code
 * acknowledgement, and the user's TOTP devices and passkeys.
 */
import type { MFADevice, User, UserPasskey } from '@dynamic-labs-sdk/client';
import type { MfaDevice, MfaMethod, MfaStatus } from '../../client/types.js';

function iso(date: Date | null | undefined): string | undefined {
  const time = date instanceof Date ? date.getTime() : NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** A TOTP device from `getMfaDevices()`; other kinds (email) are not devices of this kit. */
export function totpDevice(device: MFADevice): MfaDevice | undefined {
  if (String(device.type) !== 'totp' || typeof device.id !== 'string' || device.id === '')
    return undefined;
  const out: MfaDevice = {
    id: device.id,
    type: 'totp',
    verified: device.verified === true,
    createdAt: iso(device.createdAt) ?? new Date(0).toISOString(),
  };
  if (typeof device.alias === 'string' && device.alias !== '') out.alias = device.alias;
  return out;
}

/** A passkey from `getPasskeys()`: registered means verified. */
export function passkeyDevice(passkey: UserPasskey): MfaDevice {
  const out: MfaDevice = {
    id: passkey.id,
    type: 'passkey',
    verified: true,
    createdAt: iso(passkey.createdAt) ?? new Date(0).toISOString(),
  };
  if (typeof passkey.alias === 'string' && passkey.alias !== '') out.alias = passkey.alias;
  return out;
}

export function hasScope(user: Pick<User, 'scope'>, scope: string): boolean {
  return typeof user.scope === 'string' && user.scope.split(/\s+/).includes(scope);
}

/**
 * `recoveryCodesRemaining`: Dynamic never says how many codes are left, so the caller passes
 * what it knows (the size of the last set it saw, minus codes used since), or 0.
 */
export function statusOf(
  user: Pick<User, 'scope' | 'mfaBackupCodeAcknowledgement'>,
  devices: readonly MfaDevice[],
  recoveryCodesRemaining: number,
): MfaStatus {
  const verified = devices.filter((device) => device.verified);
  let pending: MfaStatus['pending'] = null;
  if (hasScope(user, 'requiresAdditionalAuth'))
    pending = verified.length === 0 ? 'enroll' : 'verify';
  else if (String(user.mfaBackupCodeAcknowledgement) === 'pending')
    pending = 'acknowledge-recovery-codes';
  const methods: MfaMethod[] = [];
  if (verified.some((device) => device.type === 'totp')) methods.push('totp');
  if (verified.some((device) => device.type === 'passkey')) methods.push('passkey');
  // Dynamic issues recovery codes with the first verified factor.
  if (verified.length > 0) methods.push('recovery-code');
  return { pending, methods, devices: [...devices], recoveryCodesRemaining };
}
