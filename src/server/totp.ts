/**
 * TOTP (RFC 6238) on top of `otpauth`'s HOTP: SHA-1, 6 digits, 30 s by default, 160-bit secrets.
 * Matching looks at the current step and one either side (docs/SECURITY.md 2), compares every candidate
 * in constant time without stopping early (docs/SECURITY.md 4), and reports WHICH step matched so the
 * caller can refuse a step that was already used (docs/SECURITY.md 3).
 */
import { HOTP, Secret, TOTP } from 'otpauth';
import { constantTimeEqual, randomBytes } from './encoding.js';

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

export interface TotpParameters {
  algorithm: TotpAlgorithm;
  digits: number;
  /** Seconds per step. */
  period: number;
}

export const TOTP_DEFAULTS: TotpParameters = { algorithm: 'SHA1', digits: 6, period: 30 };

/** 160 bits, the size RFC 4226 §4 recommends (never under 128). */
export const TOTP_SECRET_BYTES = 20;

/** Steps accepted either side of the current one. */
export const TOTP_WINDOW = 1;

export interface TotpSecret {
  bytes: Uint8Array;
  base32: string;
}

export function generateTotpSecret(): TotpSecret {
  const bytes = randomBytes(TOTP_SECRET_BYTES);
  return { bytes, base32: new Secret({ buffer: bytes.buffer }).base32 };
}

export function secretFromBase32(base32: string): Uint8Array {
  return new Uint8Array(Secret.fromBase32(base32).buffer);
}

/** HOTP (RFC 4226) for a counter. */
export function hotpCode(
  secret: Uint8Array,
  counter: number,
  parameters: Pick<TotpParameters, 'algorithm' | 'digits'> = TOTP_DEFAULTS,
): string {
  return HOTP.generate({
    secret: new Secret({ buffer: copyToArrayBuffer(secret) }),
    algorithm: parameters.algorithm,
    digits: parameters.digits,
    counter,
  });
}

/** The time step a moment falls in (T0 = 0). */
export function timeStep(timestampMs: number, period: number = TOTP_DEFAULTS.period): number {
  return Math.floor(timestampMs / 1000 / period);
}

/** The TOTP code at a moment. */
export function totpCode(
  secret: Uint8Array,
  timestampMs: number,
  parameters: TotpParameters = TOTP_DEFAULTS,
): string {
  return hotpCode(secret, timeStep(timestampMs, parameters.period), parameters);
}

/**
 * The step `code` belongs to, within ±`window` steps of `timestampMs`, or null. Every candidate
 * is computed and compared, match or not, so the time taken says nothing about the code.
 */
export function matchTotpStep(
  secret: Uint8Array,
  code: string,
  timestampMs: number,
  parameters: TotpParameters = TOTP_DEFAULTS,
  window: number = TOTP_WINDOW,
): number | null {
  const current = timeStep(timestampMs, parameters.period);
  let matched: number | null = null;
  for (let step = current - window; step <= current + window; step += 1) {
    if (step < 0) continue;
    const equal = constantTimeEqual(hotpCode(secret, step, parameters), code);
    // Keep the latest matching step (collisions between steps are vanishingly rare).
    if (equal) matched = step;
  }
  return matched;
}

/** The `otpauth://totp/…` URI an authenticator app scans. It contains the secret. */
export function totpUri(input: {
  issuer: string;
  accountName: string;
  secretBase32: string;
  parameters?: TotpParameters;
}): string {
  const parameters = input.parameters ?? TOTP_DEFAULTS;
  return new TOTP({
    issuer: input.issuer,
    label: input.accountName,
    secret: Secret.fromBase32(input.secretBase32),
    algorithm: parameters.algorithm,
    digits: parameters.digits,
    period: parameters.period,
  }).toString();
}

/** A code as typed or pasted: spaces allowed ("123 456"), otherwise digits only. */
export function normalizeTotpCode(
  input: string,
  digits: number = TOTP_DEFAULTS.digits,
): string | null {
  const code = input.replace(/\s+/g, '');
  return new RegExp(`^\\d{${digits}}$`).test(code) ? code : null;
}

function copyToArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}
