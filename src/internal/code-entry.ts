/**
 * The kit's one code-entry behaviour (docs/ARCHITECTURE.md, "Code entry"), shared by every view
 * that takes a code: `<mfa-totp-enroll>`, the verify piece of `<mfa-action-guard>` and
 * `<mfa-flow>`, and the guard's emailed code.
 *
 * - A code is sent as soon as its last digit arrives — typed, pasted or filled by a password
 *   manager (the field's `mfa-complete`) — as on GitHub's and Stripe's two-factor screens.
 * - With `manual-submit` on the element it waits for Enter or the Verify button instead.
 * - Enter and the Verify button always send it.
 * - The same code is never sent by itself twice in a row: a wrong code that a manager fills in
 *   again, or that is typed again, waits for Enter (it cannot loop). Nothing is sent by itself
 *   while a lockout runs (timed, or for good until an attempt is answered otherwise) or while a
 *   code is being checked.
 *
 * The last code sent is held only to compare it with the next complete one; `forget()` drops it
 * when the step ends (accepted, reset, the element left the page), docs/SECURITY.md 24.
 */
import type { MfaError } from '../client/errors.js';
import { lockedForGood } from './lockout.js';

export class CodeEntry {
  private lastSent: string | undefined;
  /** The last answer was a lock for good: only Enter or the button try again. */
  private held = false;

  /** `manual()`: the element waits for Enter or the Verify button (`manualSubmit`). */
  constructor(private readonly manual: () => boolean) {}

  /**
   * The field just became complete with `code`: whether to send it now. `blocked` is true while
   * a lockout runs or a code is being checked.
   */
  sendsOnComplete(code: string, blocked: boolean): boolean {
    return !this.manual() && !blocked && !this.held && code !== this.lastSent;
  }

  /** The code sent last was refused with `error`. */
  refused(error: MfaError): void {
    this.held = lockedForGood(error);
  }

  /** `code` is being sent (by itself, by Enter or by the Verify button). */
  sending(code: string): void {
    this.lastSent = code;
  }

  /** The step is over: drop the last code. */
  forget(): void {
    this.lastSent = undefined;
    this.held = false;
  }
}
