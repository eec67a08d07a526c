import type { MfaError } from '../client/errors.js';
import type { MfaMessages } from './en.js';

/** The user-facing text for an error; a rate limit with a known wait says how long. */
export function errorMessage(messages: MfaMessages, error: MfaError, retryIn?: number): string {
  if (error.code === 'rate-limited') {
    const seconds = retryIn ?? error.retryAfter;
    if (seconds !== undefined && seconds > 0) return messages.errorRetryIn({ time: seconds });
  }
  // `invalid-code` → `errorInvalidCode`: every error code has its message under that key
  // (test/messages.test.ts checks them all).
  const key = `error${error.code.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
  return messages[key as keyof MfaMessages] as string;
}
