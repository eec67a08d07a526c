import type { MfaError, MfaErrorCode } from '../client/errors.js';
import type { MfaMessages } from './en.js';

const keys: Record<MfaErrorCode, keyof MfaMessages> = {
  'invalid-code': 'errorInvalidCode',
  'rate-limited': 'errorRateLimited',
  expired: 'errorExpired',
  'already-enrolled': 'errorAlreadyEnrolled',
  'not-enrolled': 'errorNotEnrolled',
  'passkey-cancelled': 'errorPasskeyCancelled',
  'passkey-unsupported': 'errorPasskeyUnsupported',
  unauthorized: 'errorUnauthorized',
  'invalid-request': 'errorInvalidRequest',
  network: 'errorNetwork',
  unknown: 'errorUnknown',
};

/** The user-facing text for an error; a rate limit with a known wait says how long. */
export function errorMessage(messages: MfaMessages, error: MfaError, retryIn?: number): string {
  if (error.code === 'rate-limited') {
    const seconds = retryIn ?? error.retryAfter;
    if (seconds !== undefined && seconds > 0) return messages.errorRetryIn({ time: seconds });
  }
  return messages[keys[error.code]] as string;
}
