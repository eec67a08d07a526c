import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MfaError, MfaErrorCode } from '../../src/client/errors.js';
import type { MfaDevice, MfaProof, TotpEnrollment } from '../../src/client/types.js';
import { ClientCall } from '../../src/controllers/client-call.js';
import { Countdown } from '../../src/controllers/countdown.js';
import { MfaEnrolledEvent } from '../../src/events/mfa-enrolled.js';
import { MfaClientElement } from '../../src/internal/mfa-client-element.js';
import type { MfaOtpInput } from '../otp-input/otp-input.js';
import { QrCodeController, renderQrCode } from './qr-code.js';
import { styles } from './totp-enroll.styles.js';

/** The embedded code field's parts, renamed so they do not clash with this element's own. */
const CODE_PARTS =
  'input: code-input, cell: code-cell, cell-active: code-cell-active, cell-filled: code-cell-filled, caret: code-caret, error: code-error';

/** Verification failures after which this enrollment cannot be confirmed any more: start over. */
const FATAL_VERIFY_ERRORS: ReadonlySet<MfaErrorCode> = new Set(['expired', 'not-enrolled', 'already-enrolled', 'unauthorized']);

/** How long "Copied" stays on screen. */
const COPIED_FOR_MS = 4000;

/** `ABCDEFGHIJKL` → `ABCD EFGH IJKL`: easier to read and to type into an app. */
function groupInFours(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

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
 */
export class MfaTotpEnroll extends MfaClientElement {
  static override styles = styles;

  /** Wait for `start()` instead of starting the enrollment as soon as a client is available. */
  @property({ type: Boolean, reflect: true }) manual = false;

  /** The device confirmed by the first code; set means the enrollment is done. */
  @state() private enrolledDevice: MfaDevice | undefined;
  /** Why the last code was not accepted (shown in the code field). */
  @state() private codeError: MfaError | undefined;
  /** Why this enrollment cannot go on (shown in `error`), besides a failed `enrollTotp()`. */
  @state() private stepError: MfaError | undefined;
  @state() private copyState: 'copied' | 'failed' | undefined;

  private autoStarted = false;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  /** The enrollment (holds the secret until `reset()`). */
  private readonly enroll = new ClientCall<[], TotpEnrollment>(this, {
    call: (client, [], signal) => client.enrollTotp({ signal }),
    onSuccess: (enrollment) => {
      void this.qr.draw(enrollment.uri);
    },
  });

  /** Confirms the first code; the code is an argument only, never kept. */
  private readonly verify = new ClientCall<[code: string, deviceId: string], MfaProof>(this, {
    call: (client, [code, deviceId], signal) => client.verifyTotp({ code, deviceId, signal }),
    onSuccess: (proof, [, deviceId]) => this.confirmed(proof.deviceId ?? deviceId),
    onError: (error) => this.rejected(error),
  });

  private readonly countdown = new Countdown(this, () => this.rateLimitOver());
  private readonly qr = new QrCodeController(this);

  /** Whether the first code was accepted. */
  get enrolled(): boolean {
    return this.enrolledDevice !== undefined;
  }

  /**
   * Start (or start over) the enrollment: asks the client for a new secret. Called automatically
   * unless `manual` is set; "Try again" calls it after a failure.
   */
  start(): void {
    this.enrolledDevice = undefined;
    this.toggleState('enrolled', false);
    this.codeError = undefined;
    this.stepError = undefined;
    this.countdown.stop();
    this.verify.abort();
    this.resetCopy();
    this.qr.clear();
    this.codeField?.clear();
    void this.enroll.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.autoStarted = false;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page ends the step: forget the secret, its drawing and any typed code.
    this.dropSecret();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Start once per connection, as soon as a client is known (it may arrive after connecting).
    if (!this.manual && !this.autoStarted && this.isConnected && this.activeClient && !this.enrolled) {
      this.autoStarted = true;
      this.start();
    }
  }

  private get codeField(): MfaOtpInput | null {
    return this.renderRoot?.querySelector('mfa-otp-input') ?? null;
  }

  private dropSecret(): void {
    this.enroll.reset();
    this.qr.clear();
    this.resetCopy();
    this.codeField?.clear();
  }

  private resetCopy(): void {
    clearTimeout(this.copiedTimer);
    this.copiedTimer = undefined;
    this.copyState = undefined;
  }

  private confirmed(deviceId: string): void {
    const device: MfaDevice = { id: deviceId, type: 'totp', verified: true, createdAt: new Date().toISOString() };
    const hadFocus = this.matches(':focus-within');
    this.codeError = undefined;
    this.dropSecret();
    this.enrolledDevice = device;
    this.toggleState('enrolled', true);
    this.dispatchEvent(new MfaEnrolledEvent({ device: { ...device } }));
    if (hadFocus) {
      // The field is gone: keep keyboard users in place, on the success message.
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector<HTMLElement>('[part="success"]')?.focus();
      });
    }
  }

  private rejected(error: MfaError): void {
    if (FATAL_VERIFY_ERRORS.has(error.code)) {
      this.codeError = undefined;
      this.stepError = error;
      this.dropSecret();
      return;
    }
    this.codeError = error;
    const field = this.codeField;
    if (error.code === 'rate-limited') {
      field?.clear();
      this.countdown.start(error.retryAfter ?? 30);
      return;
    }
    // A wrong (or replayed) code is cleared for the next attempt; after a network failure the
    // code stays, so Enter or "Verify" sends it again for the same enrollment.
    if (error.code === 'invalid-code') field?.clear();
    void this.focusCodeField();
  }

  private rateLimitOver(): void {
    if (this.codeError?.code === 'rate-limited') this.codeError = undefined;
    void this.focusCodeField();
  }

  private async focusCodeField(): Promise<void> {
    await this.updateComplete;
    const field = this.codeField;
    if (!field) return;
    await field.updateComplete;
    field.focus();
  }

  private submit(): void {
    const enrollment = this.enroll.value;
    const field = this.codeField;
    if (!enrollment || !field || this.verify.pending || this.countdown.running) return;
    const code = field.value;
    if (code.length !== enrollment.digits || !field.checkValidity()) {
      field.reportValidity();
      field.focus();
      return;
    }
    void this.verify.run(code, enrollment.deviceId);
  }

  /** The verify button, or Enter in the field (its implicit submission clicks that button). */
  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.submit();
  };

  private onComplete = (): void => {
    this.submit();
  };

  private onCopy = async (): Promise<void> => {
    const secret = this.enroll.value?.secret;
    if (!secret) return;
    this.resetCopy();
    try {
      if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(secret);
      if (this.enroll.value?.secret !== secret) return;
      this.copyState = 'copied';
      this.copiedTimer = setTimeout(() => {
        this.copyState = undefined;
      }, COPIED_FOR_MS);
    } catch {
      if (this.enroll.value?.secret !== secret) return;
      this.copyState = 'failed';
      // Select the key so the user can copy it with the keyboard or the context menu.
      const key = this.renderRoot.querySelector('[part="secret"]');
      if (key) getSelection()?.selectAllChildren(key);
    }
  };

  protected override render(): TemplateResult {
    const msg = this.msg;
    const enrollment = this.enroll.value;
    const enrollError = this.enroll.error;
    const fatal = this.stepError ?? (this.enroll.status === 'error' ? enrollError : undefined);
    let body: TemplateResult | typeof nothing = nothing;
    if (!this.enrolled && !this.enroll.pending && !fatal && enrollment) body = this.renderSteps(enrollment);

    let status: TemplateResult | typeof nothing = nothing;
    if (this.enrolledDevice) status = this.renderSuccess();
    else if (this.enroll.pending) status = html`<span class="spinner" aria-hidden="true"></span><span>${msg.totpLoading}</span>`;
    else if (this.verify.pending) status = html`<span class="spinner" aria-hidden="true"></span><span>${msg.totpVerifying}</span>`;

    const canRetry = fatal !== undefined && fatal.code !== 'already-enrolled' && !this.enroll.pending;
    return html`<div part="base">
      ${body}
      <div part="error" role="alert">${fatal && !this.enroll.pending ? this.describeError(fatal) : nothing}</div>
      ${canRetry ? html`<button part="retry-button" type="button" @click=${() => this.start()}>${msg.tryAgain}</button>` : nothing}
      <div part="status" role="status">${status}</div>
    </div>`;
  }

  private renderSteps(enrollment: TotpEnrollment): TemplateResult {
    const msg = this.msg;
    const { issuer, accountName, digits } = enrollment;
    const limited = this.countdown.running;
    const verifying = this.verify.pending;
    const codeError = this.codeError;
    const codeMessage = codeError ? (codeError.code === 'rate-limited' ? msg.errorRateLimited : this.describeError(codeError)) : '';
    const qr = this.qr.symbol
      ? renderQrCode(this.qr.symbol, msg.totpQrLabel(issuer, accountName))
      : this.qr.failed
        ? nothing
        : html`<div class="qr-placeholder" aria-hidden="true"></div>`;
    return html`<ol part="steps">
      <li part="step">
        <p part="step-title">${msg.totpScanTitle}</p>
        <p class="hint">${msg.totpScanHint}</p>
        <div class="scan">
          ${qr}
          <dl class="details">
            ${issuer ? html`<div><dt>${msg.totpIssuer}</dt><dd part="issuer">${issuer}</dd></div>` : nothing}
            <div><dt>${msg.totpAccount}</dt><dd part="account">${accountName}</dd></div>
          </dl>
        </div>
        <p class="hint">${msg.totpManualHint}</p>
        <div class="key">
          <code part="secret">${groupInFours(enrollment.secret)}</code>
          <button part="copy-button" type="button" @click=${this.onCopy}>${msg.totpCopySecret}</button>
          <span part="copy-status" role="status">${this.copyState === 'copied' ? msg.copied : nothing}</span>
        </div>
        ${this.copyState === 'failed' ? html`<p part="copy-error" role="alert">${msg.copyFailed}</p>` : nothing}
        <a part="otpauth-link" href=${enrollment.uri}>${msg.totpOpenLink}</a>
      </li>
      <li part="step">
        <p part="step-title">${msg.totpCodeTitle(digits)}</p>
        <p class="hint">${msg.totpCodeHint}</p>
        <form part="form" novalidate @submit=${this.onSubmit}>
          <mfa-otp-input
            exportparts=${CODE_PARTS}
            .length=${digits}
            .label=${msg.totpCodeLabel}
            .errorMessage=${codeMessage}
            ?disabled=${limited}
            ?readonly=${verifying}
            @mfa-complete=${this.onComplete}
          ></mfa-otp-input>
          <button part="submit-button" type="submit" ?disabled=${limited || verifying}>${msg.totpSubmit}</button>
        </form>
        ${limited
          ? html`<p part="countdown" role="timer">${msg.totpRetryIn(this.countdown.remaining)}</p>`
          : nothing}
      </li>
    </ol>`;
  }

  private renderSuccess(): TemplateResult {
    const msg = this.msg;
    return html`<div part="success" tabindex="-1">
      <span class="check" aria-hidden="true">✓</span>
      <span class="success-title">${msg.totpEnrolled}</span>
      <span class="success-hint">${msg.totpEnrolledHint}</span>
    </div>`;
  }
}
