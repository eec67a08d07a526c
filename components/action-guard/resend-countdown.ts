/**
 * The wait before "Send a new code" works again, as sighted and screen reader users should meet
 * it: the seconds left shown in one visible line that updates each second (not live), and two
 * announcements in words — the wait's length once when it starts ("You can send a new code in
 * 30 seconds."), and once when it is over ("You can send a new code now.") — never the ticking.
 * `{time}` is formatted with `Intl.RelativeTimeFormat` for the page's language.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { Countdown } from '../../src/controllers/countdown.js';
import type { MfaClientElement } from '../../src/internal/mfa-client-element.js';

export class ResendCountdown implements ReactiveController {
  private readonly countdown: Countdown;
  /** The length the running wait started with: what is announced. */
  private length = 0;
  /** The wait ended and nothing was sent since: "You can send a new code now." */
  private over = false;

  constructor(private readonly host: MfaClientElement) {
    this.countdown = new Countdown(host, () => {
      this.over = true;
      host.requestUpdate();
    });
    host.addController(this);
  }

  /** Whether sending is on hold now. */
  get running(): boolean {
    return this.countdown.running;
  }

  /** The visible line's id while it is shown (the resend button is described by it). */
  get describedBy(): string | undefined {
    return this.running ? 'reauth-countdown' : undefined;
  }

  /** Hold sending for `seconds` (nothing happens for 0). */
  start(seconds: number): void {
    this.over = false;
    this.length = Math.ceil(seconds);
    this.countdown.start(this.length);
  }

  hostDisconnected(): void {
    this.over = false;
  }

  /** The visible line (while waiting) and the polite live region (empty when quiet). */
  render(): TemplateResult {
    const msg = this.host.msg;
    const remaining = this.countdown.remaining;
    const announcement = this.running
      ? remaining === this.length
        ? msg.actionGuardReauthResendIn({ time: this.length })
        : ''
      : this.over
        ? msg.actionGuardReauthResendReady
        : '';
    return html`${
      this.running
        ? html`<p id="reauth-countdown" part="reauth-countdown" class="hint">
            ${msg.actionGuardReauthResendIn({ time: remaining })}
          </p>`
        : nothing
    }<div class="visually-hidden" role="status">${announcement || nothing}</div>`;
  }
}
