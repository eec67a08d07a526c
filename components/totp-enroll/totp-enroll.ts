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
 * loaded only for an enrollment, beside the view when the enrollment starts by itself. The
 * secret stays only as long as the step: it is dropped after the code is confirmed and when the
 * element leaves the page, and no event, attribute of the host or log line ever carries it.
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
 * @csspart countdown - "Try again in N seconds" while locked out (shown, not announced: the lock's length is announced once as it starts, and its end once).
 * @csspart status - Progress and success announcements (role=status).
 * @csspart success - The "Authenticator app added" message inside `status`.
 * @csspart error - Why the enrollment could not start or go on (role=alert).
 * @csspart retry-button - "Try again" after a failure.
 * @csspart code-input - The code field's native input (`input` of `<mfa-otp-input>`): a light-DOM child of this element, or of the outermost kit element around it, so `::part()` does not reach it; select it as `mfa-totp-enroll > input[autocomplete=one-time-code]`.
 * @csspart code-cell - Each drawn cell of the code field (`cell`).
 * @csspart code-cell-active - The cell where the next digit goes (`cell-active`).
 * @csspart code-cell-filled - A cell holding a digit (`cell-filled`).
 * @csspart code-error - The code field's error message, role=alert (`error`).
 * @csspart step-up - "Confirm it's you first": shown when the server wants a fresh proof before a factor is added.
 * @csspart step-up-message - Its message (`role="alert"`).
 * @csspart step-up-button - Opens the verification dialog; the refused step runs again after the proof.
 *
 * @cssproperty [--mfa-qr-size=11rem] - Width and height of the QR code.
 * @cssproperty [--mfa-qr-dark=#000000] - Colour of the dark modules. Keep it dark, in dark mode too: scanners need dark on light.
 * @cssproperty [--mfa-qr-light=#ffffff] - Colour behind the modules, quiet zone included. Keep it light.
 * @cssproperty [--mfa-font-mono=ui-monospace, …, monospace] - Font of the setup key.
 * @cssproperty [--mfa-font=system-ui, …, sans-serif] - Font of the element.
 * @cssproperty [--mfa-color-text=light-dark(#1f2328, #e6edf3)] - Text.
 * @cssproperty [--mfa-color-muted=light-dark(#59636e, #9198a1)] - Hints, labels and the countdown.
 * @cssproperty [--mfa-color-accent=light-dark(#0969da, #4493f8)] - Step numbers, the link and the verify button.
 * @cssproperty [--mfa-color-accent-text=light-dark(#fff, #0d1117)] - Text on the accent colour.
 * @cssproperty [--mfa-color-error=light-dark(#cf222e, #f85149)] - Error text.
 * @cssproperty [--mfa-color-success=light-dark(#1a7f37, #3fb950)] - "Copied" and the success check mark.
 * @cssproperty [--mfa-color-border=light-dark(#d1d9e0, #3d444d)] - Border of the key box. Set, it also colours the buttons' borders unless `--mfa-color-control-border` is set too.
 * @cssproperty [--mfa-color-surface=light-dark(#f6f8fa, #151b23)] - Background of the key box (and, in the code field, of its cells).
 * @cssproperty [--mfa-color-control-border=light-dark(#818b98, #656c76)] - Borders of the buttons (at least 3:1 against the background).
 * @cssproperty [--mfa-radius=0.5rem] - Corner radius.
 * @cssproperty [--mfa-gap=1rem] - Space between blocks.
 * @cssproperty [--mfa-focus-ring=var(--mfa-color-accent)] - Colour of the focus outline.
 *
 * @cssstate pending - A client call is under way (starting the enrollment or checking a code).
 * @cssstate enrolled - The first code was accepted; the app is added.
 * @cssstate rtl - Lays out right to left: the nearest `dir` is `rtl`, or there is none and the language is written right to left (ar, he, fa, ur…). Codes stay left to right.
 */
export class MfaTotpEnroll extends MfaViewElement<TotpEnrollView> {
  /** Wait for `start()` instead of starting the enrollment as soon as a client is available. */
  @property({ type: Boolean, reflect: true }) manual = false;

  /**
   * Wait for Enter or the Verify button instead of sending a code as soon as its last digit
   * arrives (typed, pasted or filled in by a password manager). Enter and the button always work.
   */
  @property({ type: Boolean, attribute: 'manual-submit' }) manualSubmit = false;

  /** Level of the two step titles in the page's outline (2–6); they are headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

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
    preloadQrEncoder();
    void this.viewReady().catch(() => undefined);
  }

  protected loadView() {
    if (!this.manual) preloadQrEncoder();
    return import('./totp-enroll.view.js');
  }
}

/**
 * Starts fetching the QR encoder beside the view: the view asks for it (qr-code.ts) only once
 * `enrollTotp()` has answered, a request after the view's own. The module loader keeps one copy;
 * a failure here is left to the view's own import, which reports it.
 */
function preloadQrEncoder(): void {
  void import('./qr-encoder.js').catch(() => undefined);
}
