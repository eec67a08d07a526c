/**
 * Pending TOTP enrollments (docs/SECURITY.md 27): one is bound to the session that started it and
 * expires after `challengeSeconds`. Others' and expired ones are not offered, not confirmable,
 * and not shown as devices.
 */
import { HttpError } from './http.js';
import type { TotpDeviceRecord } from './store/types.js';

/** This session may still confirm the pending enrollment. */
export function enrollmentUsable(device: TotpDeviceRecord, sessionId: string, now: Date): boolean {
  return (
    device.sessionId === sessionId &&
    device.expiresAt !== null &&
    device.expiresAt.getTime() > now.getTime()
  );
}

/** A device to list: a verified one, or this session's live pending enrollment. */
export function deviceVisible(device: TotpDeviceRecord, sessionId: string, now: Date): boolean {
  return device.verifiedAt !== null || enrollmentUsable(device, sessionId, now);
}

export function enrollmentExpired(): HttpError {
  return new HttpError(
    'expired',
    'This enrollment expired or was started elsewhere; start again.',
    {
      reason: 'enrollment-expired',
    },
  );
}
