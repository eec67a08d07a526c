/** A `TotpEnrollment` from what `registerTotpMfaDevice()` returns: `{ id, secret, uri }`. */
import { MfaError } from '../../client/errors.js';
import type { TotpEnrollment } from '../../client/types.js';

const ALGORITHMS = ['SHA1', 'SHA256', 'SHA512'] as const;

function positiveInteger(value: string | null, fallback: number): number {
  if (value === null || !/^\d{1,3}$/.test(value)) return fallback;
  const number = Number(value);
  return number > 0 ? number : fallback;
}

/**
 * Read issuer, account and parameters from the `otpauth://totp/Issuer:account?…` URI Dynamic
 * built, with RFC 6238's defaults (SHA-1, 6 digits, 30 s) for anything it leaves out.
 */
export function totpEnrollment(registration: {
  id: string;
  secret: string;
  uri: string;
}): TotpEnrollment {
  const { id, secret, uri } = registration;
  if (
    typeof id !== 'string' ||
    id === '' ||
    typeof secret !== 'string' ||
    secret === '' ||
    typeof uri !== 'string'
  ) {
    throw new MfaError('unknown', 'Dynamic returned an incomplete TOTP registration');
  }
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new MfaError('unknown', 'Dynamic returned a TOTP URI that cannot be read');
  }
  if (url.protocol !== 'otpauth:')
    throw new MfaError('unknown', 'Dynamic returned a TOTP URI that is not otpauth://');
  let label = '';
  try {
    label = decodeURIComponent(url.pathname.replace(/^\/+/, '').replace(/^totp\//, ''));
  } catch {
    label = '';
  }
  const colon = label.indexOf(':');
  const labelIssuer = colon >= 0 ? label.slice(0, colon).trim() : '';
  const accountName = (colon >= 0 ? label.slice(colon + 1) : label).trim();
  const params = url.searchParams;
  const algorithm = (params.get('algorithm') ?? 'SHA1').toUpperCase();
  return {
    deviceId: id,
    uri,
    secret,
    issuer: params.get('issuer') ?? labelIssuer,
    accountName,
    digits: positiveInteger(params.get('digits'), 6),
    period: positiveInteger(params.get('period'), 30),
    algorithm: (ALGORITHMS as readonly string[]).includes(algorithm)
      ? (algorithm as TotpEnrollment['algorithm'])
      : 'SHA1',
  };
}
