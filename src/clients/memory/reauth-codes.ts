/**
 * The memory client's re-authentication codes (emailed or texted) (its stand-in for a mail server): six
 * digits, 10 minutes, single-use, one pending code (a resend replaces it), and a wait between
 * sends. Tests and the demo read the code with `lastReauthCode()` instead of a mailbox.
 */
import { MfaError } from '../../client/errors.js';
import type { ReauthChannel } from '../../client/types.js';

const CODE_SECONDS = 600;

export class ReauthCodes {
  private code: string | undefined;
  private sentAt = -Infinity;
  private expiresAt = 0;
  /** Where the pending code went. */
  channel: ReauthChannel = 'email';

  constructor(private readonly resendSeconds: number) {}

  /** A new code, or `rate-limited` before the wait is over. Returns the wait until the next send. */
  send(now: number, channel: ReauthChannel = 'email'): number {
    const wait = Math.ceil((this.sentAt + this.resendSeconds * 1000 - now) / 1000);
    if (wait > 0)
      throw new MfaError('rate-limited', 'a code was sent moments ago', { retryAfter: wait });
    const value = crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000;
    this.code = String(value).padStart(6, '0');
    this.sentAt = now;
    this.channel = channel;
    this.expiresAt = now + CODE_SECONDS * 1000;
    return this.resendSeconds;
  }

  /** Whether a code is pending (sent, not used, not expired). */
  pending(now: number): boolean {
    return this.code !== undefined && this.expiresAt > now;
  }

  /** Check and use up the code; a wrong one leaves it (the lockout limits guesses). */
  take(code: string, now: number): boolean {
    if (!this.pending(now) || code !== this.code) return false;
    this.code = undefined;
    return true;
  }

  get last(): string | undefined {
    return this.code;
  }
}
