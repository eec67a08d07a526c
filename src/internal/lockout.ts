import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { MfaError } from '../client/errors.js';
import { Countdown } from '../controllers/countdown.js';
import { visuallyHidden } from '../styles/visually-hidden.styles.js';
import type { MfaClientElement } from './mfa-client-element.js';

/**
 * How long an answer locks the code field, in seconds: a rate limit with a wait, or the wrong
 * code that starts a timed lock (`invalid-code` with `retryAfter`). 0 when it does not lock for a
 * known time (a lock for good is `rate-limited` without `retryAfter`).
 */
export function lockSeconds(error: MfaError | undefined): number {
  if (!error || (error.code !== 'rate-limited' && error.code !== 'invalid-code')) return 0;
  const wait = error.retryAfter;
  return wait !== undefined && wait > 0 ? Math.ceil(wait) : 0;
}

/**
 * Whether an answer locks attempts with no end the server will tell: `rate-limited` without a
 * wait (a hard lock, docs/SECURITY.md 7 and 9). Waiting "a moment" will not help.
 */
export function lockedForGood(error: MfaError | undefined): boolean {
  return error?.code === 'rate-limited' && lockSeconds(error) === 0;
}

/**
 * What a failed code attempt says: a hard lock in honest words ("Try again later or use another
 * method"), anything else as the element describes it. Views pass it to their `ClientCall`
 * (`describe`) too, so `mfa-error` says what the field shows.
 */
export function describeAttempt(host: MfaClientElement, error: MfaError): string {
  return lockedForGood(error) ? host.msg.errorLockedOut : host.describeError(error);
}

/**
 * A timed lockout of a code field, as a screen reader user should hear it (docs/SECURITY.md 7–9):
 * its length once, in words, when it starts ("Too many attempts. Try again in 30 seconds."), and
 * once when it is over ("You can try again now."), never the ticking seconds. The seconds are
 * shown in one visible, non-live line. The field stays focusable meanwhile (the view makes it
 * `readonly` and its button `aria-disabled`), so the focus is neither dropped nor taken back.
 *
 * `render(visible)` draws the countdown line (`visible(seconds)` is its text) and the live region.
 */
export class Lockout implements ReactiveController {
  private readonly host: MfaClientElement;
  private readonly countdown: Countdown;
  /** The length the running lock started with: what is announced. */
  private length = 0;
  /** The last lock ended and nothing was tried since: "You can try again now." */
  private over = false;

  constructor(host: MfaClientElement, onEnd?: () => void) {
    this.host = host;
    this.countdown = new Countdown(host, () => {
      this.over = true;
      host.requestUpdate();
      onEnd?.();
    });
    host.addController(this);
  }

  /** Whether attempts are locked now. */
  get running(): boolean {
    return this.countdown.running;
  }

  /** Lock for `seconds` (nothing happens for 0). */
  start(seconds: number): void {
    this.over = false;
    this.length = seconds;
    this.countdown.start(seconds);
  }

  /** A new attempt: the "you can try again" note has been heard. */
  quiet(): void {
    if (!this.over) return;
    this.over = false;
    this.host.requestUpdate();
  }

  /** Forget the lock and its notes. */
  stop(): void {
    this.over = false;
    this.countdown.stop();
  }

  hostDisconnected(): void {
    this.over = false;
  }

  /** What the live region says now: the lock's length as it starts, then nothing, then "over". */
  private get announcement(): string {
    const msg = this.host.msg;
    if (this.running)
      return this.countdown.remaining === this.length
        ? msg.errorRetryIn({ time: this.length })
        : '';
    return this.over ? msg.retryNow : '';
  }

  /** The visible countdown (while locked) and the live region (always there, empty when quiet). */
  render(visible: (seconds: number) => string): TemplateResult {
    return html`${
      this.running
        ? html`<p part="countdown" class="countdown">${visible(this.countdown.remaining)}</p>`
        : nothing
    }<div class="lockout-status visually-hidden" role="alert">${this.announcement || nothing}</div>`;
  }
}

/** `.visually-hidden` for the live region; views that adopt `liveRegions` have it already. */
export const lockoutStyles = visuallyHidden;
