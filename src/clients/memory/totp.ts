import { Secret, TOTP } from 'otpauth';
import { randomBytes } from '../../internal/random-bytes.js';

/**
 * TOTP as docs/SECURITY.md 1–3 asks: SHA-1, 6 digits, 30 s steps, 160-bit secrets, the current step
 * and one either side, and each step accepted at most once per device.
 */
export const TOTP_ALGORITHM = 'SHA1' as const;
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD = 30;
export const TOTP_WINDOW = 1;
const SECRET_BYTES = 20;

/** A fresh 160-bit secret, base32. */
export function generateTotpSecret(): string {
  return new Secret({ buffer: randomBytes(SECRET_BYTES).buffer }).base32;
}

export function totpUri(secret: string, issuer: string, accountName: string): string {
  return new TOTP({
    issuer,
    label: accountName,
    secret: Secret.fromBase32(secret),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
  }).toString();
}

/** The time step a timestamp falls in. */
export function totpStep(timestamp: number): number {
  return Math.floor(timestamp / 1000 / TOTP_PERIOD);
}

/**
 * The time step `code` matches (within ±{@link TOTP_WINDOW}), or `null`. The comparison itself is
 * otpauth's (constant-time). Replay protection is the caller's: accept only a step later than the
 * last one accepted for the device.
 */
export function matchTotpStep(secret: string, code: string, timestamp: number): number | null {
  if (!/^\d+$/.test(code) || code.length !== TOTP_DIGITS) return null;
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
    timestamp,
    window: TOTP_WINDOW,
  });
  return delta === null ? null : totpStep(timestamp) + delta;
}

/** The code for a timestamp — what an authenticator app would show (testing hook). */
export function generateTotpCode(secret: string, timestamp: number): string {
  return new TOTP({
    secret: Secret.fromBase32(secret),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
  }).generate({ timestamp });
}
