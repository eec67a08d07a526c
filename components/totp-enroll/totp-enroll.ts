import { css } from 'lit';
import { property } from 'lit/decorators.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { TotpEnrollView } from './totp-enroll.view.js';

/**
 * @summary Adds an authenticator app (TOTP): shows a QR code drawn in the page, the setup key and
 * an `otpauth://` link, then confirms the first code from the app.
 * @tagname mfa-totp-enroll
 *
 * Starts an enrollment with the client (`enrollTotp()`) as soon as it has one — or when `start()`
 * is called, with the `manual` attribute. The QR code is drawn locally as SVG; its encoder is
 * loaded only when enrollment data arrives. The secret stays only as long as the step: it is
 * dropped after the code is confirmed and when the element leaves the page, and no event,
 * attribute of the host or log line ever carries it.
 *
 * @fires {MfaEnrolledEvent} mfa-enrolled - The first code was accepted; `detail.device` is the new, verified TOTP device (never the secret).
 * @fires {MfaErrorEvent} mfa-error - A client call failed; `detail` has the `code`, the shown `message` and, when rate-limited, `retryAfter`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart steps - The list of the two steps.
 * @csspart step - One step (scan, then enter the code).
 * @csspart step-title - The title of a step.
 * @csspart qr-code - The QR code (`<svg role="img">`).
 * @csspart issuer - The service name shown beside the QR code.
 * @csspart account - The account name shown beside the QR code.
 * @csspart secret - The setup key, grouped in fours, in a monospace font.
 * @csspart copy-button - The button that copies the setup key.
 * @csspart copy-status - "Copied" after copying (role=status).
 * @csspart copy-error - The message when copying failed (role=alert).
 * @csspart otpauth-link - The `otpauth://` link that opens an authenticator app on this device.
 * @csspart form - The form around the code field and the verify button.
 * @csspart submit-button - The button that verifies the code.
 * @csspart countdown - "Try again in N seconds" while rate-limited (role=timer).
 * @csspart status - Progress and success announcements (role=status).
 * @csspart success - The "Authenticator app added" message inside `status`.
 * @csspart error - Why the enrollment could not start or go on (role=alert).
 * @csspart retry-button - "Try again" after a failure.
 * @csspart code-input - The code field's native input (`input` of `<mfa-otp-input>`).
 * @csspart code-cell - Each drawn cell of the code field (`cell`).
 * @csspart code-cell-active - The cell where the next digit goes (`cell-active`).
 * @csspart code-cell-filled - A cell holding a digit (`cell-filled`).
 * @csspart code-caret - The drawn caret (`caret`).
 * @csspart code-error - The code field's error message, role=alert (`error`).
 * @csspart step-up - "Confirm it's you first": shown when the server wants a fresh proof before a factor is added.
 * @csspart step-up-message - Its message (`role="alert"`).
 * @csspart step-up-button - Opens the verification dialog; the refused step runs again after the proof.
 *
 * @cssproperty [--mfa-qr-size=11rem] - Width and height of the QR code.
 * @cssproperty [--mfa-qr-dark=#000000] - Colour of the dark modules. Keep it dark, in dark mode too: scanners need dark on light.
 * @cssproperty [--mfa-qr-light=#ffffff] - Colour behind the modules, quiet zone included. Keep it light.
 * @cssproperty [--mfa-font-mono=ui-monospace, …, monospace] - Font of the setup key.
 * @cssproperty [--mfa-font=inherit] - Font of the element.
 * @cssproperty [--mfa-color-text=CanvasText] - Text.
 * @cssproperty [--mfa-color-muted=light-dark(#595959, #a8a8a8)] - Hints, labels and the countdown.
 * @cssproperty [--mfa-color-accent=light-dark(#1d4ed8, #7aa7ff)] - Step numbers, the link and the verify button.
 * @cssproperty [--mfa-color-accent-text=light-dark(#ffffff, #0b1a33)] - Text on the accent colour.
 * @cssproperty [--mfa-color-error=light-dark(#b3261e, #ff8a80)] - Error text.
 * @cssproperty [--mfa-color-success=light-dark(#1e7d34, #81c995)] - "Copied" and the success check mark.
 * @cssproperty [--mfa-color-border=light-dark(#6b6b6b, #8f8f8f)] - Borders of the key box and the secondary buttons.
 * @cssproperty [--mfa-color-surface=light-dark(#f3f4f6, #26282c)] - Background of the key box (and, in the code field, of its cells).
 * @cssproperty [--mfa-radius=0.5rem] - Corner radius.
 * @cssproperty [--mfa-gap=1rem] - Space between blocks.
 * @cssproperty [--mfa-focus-ring=var(--mfa-color-accent)] - Colour of the focus outline.
 *
 * @cssstate pending - A client call is under way (starting the enrollment or checking a code).
 * @cssstate enrolled - The first code was accepted; the app is added.
 * @cssstate rtl - Lays out right to left: the nearest `dir` is `rtl`, or there is none and the language is written right to left (ar, he, fa, ur…). Codes stay left to right.
 */
export class MfaTotpEnroll extends MfaViewElement<TotpEnrollView> {
  // Only what shows before the view arrives; the rest comes with it (totp-enroll.styles.ts).
  static override styles = css`
    :host {
      display: block;
      font-family: var(--mfa-font, inherit);
      color: var(--mfa-color-text, CanvasText);
    }

    :host([hidden]) {
      display: none;
    }

    p[part='status'],
    p[part='error'] {
      margin: 0;
      color: var(--mfa-color-muted, light-dark(#595959, #a8a8a8));
    }

    p[part='error'] {
      color: var(--mfa-color-error, light-dark(#b3261e, #ff8a80));
    }

    p > [part='retry-button'] {
      margin-inline-start: 0.5rem;
      font: inherit;
    }
  `;

  /** Wait for `start()` instead of starting the enrollment as soon as a client is available. */
  @property({ type: Boolean, reflect: true }) manual = false;

  /**
   * A `start()` that came before the view: the view runs it (once) when it arrives. Protected, so
   * not API: the view reads it as `host['startRequested']`.
   */
  protected startRequested = false;

  /** Whether the first code was accepted. */
  get enrolled(): boolean {
    return this.lazyView.view?.enrolled ?? false;
  }

  /**
   * Start (or start over) the enrollment: asks the client for a new secret. Called automatically
   * unless `manual` is set; "Try again" calls it after a failure.
   */
  start(): void {
    const view = this.lazyView.view;
    if (view) {
      view.start();
      return;
    }
    this.startRequested = true;
    void this.viewReady().catch(() => undefined);
  }

  protected loadView() {
    return import('./totp-enroll.view.js');
  }
}
