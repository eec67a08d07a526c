import {
  CODE_FIELD_PARTS,
  ClientCall,
  CodeEntry,
  Lockout,
  MfaEnrolledEvent,
  StepUp,
  describeAttempt,
  headingLevel,
  lockSeconds,
  lockoutStyles,
  publicDevice,
  reactive,
  stepUpStyles,
  viewCommonMessages,
} from '../../src/internal/view-common.js';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { MfaError, MfaErrorCode } from '../../src/client/errors.js';
import type { MfaDevice, MfaProof, TotpEnrollment } from '../../src/client/types.js';
import type { MfaOtpInput } from '../otp-input/otp-input.js';
import { QrCodeController, renderQrCode } from './qr-code.js';
import type { MfaTotpEnroll } from './totp-enroll.js';
import { totpEnrollMessages } from './totp-enroll.messages.js';
import { styles as viewStyles } from './totp-enroll.styles.js';

/** The view's styles, adopted next to the element's own small ones. */
export const styles = [viewStyles, stepUpStyles, lockoutStyles];

/** The view's English strings, registered when it loads. */
export const messages = { ...viewCommonMessages, ...totpEnrollMessages };
/** The "no client" watcher, for the element (see `ViewModule`). */
export { MissingClient } from '../../src/internal/view-common.js';

/** Verification failures after which this enrollment cannot be confirmed any more: start over. */
const FATAL_VERIFY_ERRORS: ReadonlySet<MfaErrorCode> = new Set([
  'expired',
  'not-enrolled',
  'already-enrolled',
  'unauthorized',
]);

/** How long "Copied" stays on screen. */
const COPIED_FOR_MS = 4000;

/** `ABCDEFGHIJKL` → `ABCD EFGH IJKL`: easier to read and to type into an app. */
function groupInFours(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * The UI and behaviour of `<mfa-totp-enroll>`, loaded when the element connects: the client
 * calls, the QR code, the steps, the code check and the secret's lifetime. It renders from, and
 * acts on, its element (`host`); the element keeps the public API and delegates here.
 */
export class TotpEnrollView implements ReactiveController {
  /** The device confirmed by the first code; set means the enrollment is done. */
  @reactive private enrolledDevice: MfaDevice | undefined;
  /** Why the last code was not accepted (shown in the code field). */
  @reactive private codeError: MfaError | undefined;
  /** Why this enrollment cannot go on (shown in `error`), besides a failed `enrollTotp()`. */
  @reactive private stepError: MfaError | undefined;
  @reactive private copyState: 'copied' | 'failed' | undefined;

  private copiedTimer: ReturnType<typeof setTimeout> | undefined;
  /** A code is on its way to `verify` (after the last message was cleared). */
  private queued = false;

  /**
   * The enrollment (holds the secret until `reset()`). It starts by itself once per connection
   * as soon as a client is known (it may arrive after connecting), unless `manual`, enrolled, or
   * a `start()` that came before this view is about to run instead.
   */
  private readonly enroll = new ClientCall<[], TotpEnrollment>(this.host, {
    call: (client, _args, signal) => {
      this.startOver();
      this.qr.preload();
      return client.enrollTotp({ signal });
    },
    auto: () => !this.host.manual && !this.enrolled && !this.host['startRequested'] && [],
    onSuccess: (enrollment) => {
      void this.qr.draw(enrollment.uri);
    },
    // "Confirm it's you first" is a step of the enrollment, not a failure.
    notFailure: (error) => this.stepUp.needs(error),
    onError: (error) => {
      if (this.stepUp.needs(error)) this.stepUp.show();
    },
  });

  /** Confirms the first code; the code is an argument only, never kept. */
  private readonly verify = new ClientCall<[code: string, deviceId: string], MfaProof>(this.host, {
    call: (client, [code, deviceId], signal) => client.verifyTotp({ code, deviceId, signal }),
    onSuccess: (proof, [, deviceId]) => this.confirmed(proof.deviceId ?? deviceId),
    notFailure: (error) => this.stepUp.needs(error),
    describe: (error) => describeAttempt(this.host, error),
    onError: (error) => this.rejected(error),
  });

  /** The server wants this session to prove a factor it has before adding another. */
  private readonly stepUp = new StepUp(this.host, () => this.host.manualSubmit);

  /** Sends the code on its last digit unless `manual-submit` (src/internal/code-entry.ts). */
  private readonly entry = new CodeEntry(() => this.host.manualSubmit);

  /** A lockout: the field stays focusable; its start and end are announced once each. */
  private readonly lockout = new Lockout(this.host, () => this.rateLimitOver());
  private readonly qr = new QrCodeController(this.host);

  constructor(private readonly host: MfaTotpEnroll) {
    host.addController(this);
  }

  /** Whether the first code was accepted. */
  get enrolled(): boolean {
    return this.enrolledDevice !== undefined;
  }

  /** Start (or start over) the enrollment: asks the client for a new secret. */
  start(): void {
    // Reset here too: without a client the call fails before it starts over.
    this.startOver();
    void this.enroll.run();
  }

  /** Everything of the last enrollment goes as a new one starts. */
  private startOver(): void {
    this.enrolledDevice = undefined;
    this.host.toggleState('enrolled', false);
    this.codeError = undefined;
    this.stepError = undefined;
    this.stepUp.clear();
    this.lockout.stop();
    this.verify.abort();
    this.resetCopy();
    this.qr.clear();
    this.codeField?.clear();
    this.entry.forget();
  }

  hostDisconnected(): void {
    // Leaving the page ends the step: forget the secret, its drawing and any typed code.
    this.dropSecret();
  }

  hostUpdate(): void {
    // start() was called before this view arrived.
    if (this.host['startRequested']) {
      this.host['startRequested'] = false;
      this.start();
    }
  }

  private get codeField(): MfaOtpInput | null {
    return this.host.renderRoot?.querySelector('mfa-otp-input') ?? null;
  }

  private dropSecret(): void {
    this.entry.forget();
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
    const host = this.host;
    const device: MfaDevice = {
      id: deviceId,
      type: 'totp',
      verified: true,
      createdAt: new Date().toISOString(),
    };
    const hadFocus = host.matches(':focus-within');
    this.codeError = undefined;
    this.dropSecret();
    this.enrolledDevice = device;
    host.toggleState('enrolled', true);
    host.dispatchEvent(new MfaEnrolledEvent({ device: publicDevice(device) }));
    if (hadFocus) {
      // The field is gone: keep keyboard users in place, on the success message.
      void host.updateComplete.then(() => {
        host.renderRoot.querySelector<HTMLElement>('[part="success"]')?.focus();
      });
    }
  }

  private rejected(error: MfaError): void {
    if (this.stepUp.needs(error)) {
      // The app is still set up in the user's authenticator: keep the key and the typed code,
      // and send the code again once the user has confirmed it is them.
      this.codeError = undefined;
      this.stepUp.show();
      return;
    }
    if (FATAL_VERIFY_ERRORS.has(error.code)) {
      this.codeError = undefined;
      this.stepError = error;
      this.dropSecret();
      return;
    }
    this.codeError = error;
    this.entry.refused(error);
    const field = this.codeField;
    const lock = lockSeconds(error);
    if (lock > 0) {
      // The focus stays where it is: the field turns read-only, it is not disabled.
      field?.clear();
      this.lockout.start(lock);
      return;
    }
    // A wrong (or replayed) code is cleared for the next attempt; after a network failure the
    // code stays, so Enter or "Verify" sends it again for the same enrollment.
    if (error.code === 'invalid-code') field?.clear();
    void this.focusCodeField();
  }

  /** The lock is over: its message goes; the focus stays where the user has it. */
  private rateLimitOver(): void {
    if (lockSeconds(this.codeError) > 0) this.codeError = undefined;
  }

  private async focusCodeField(): Promise<void> {
    await this.host.updateComplete;
    const field = this.codeField;
    if (!field) return;
    await field.updateComplete;
    field.focus();
  }

  private submit(): void {
    const enrollment = this.enroll.value;
    const field = this.codeField;
    if (!enrollment || !field || this.queued || this.verify.pending || this.lockout.running) return;
    const code = field.value;
    if (code.length !== enrollment.digits || !field.checkValidity()) {
      field.reportValidity();
      field.focus();
      return;
    }
    this.entry.sending(code);
    // The last message goes first, so the answer is announced even when it says the same.
    this.codeError = undefined;
    this.lockout.quiet();
    this.queued = true;
    void this.host.updateComplete.then(() => {
      this.queued = false;
      if (this.enroll.value === enrollment && !this.verify.pending)
        void this.verify.run(code, enrollment.deviceId);
    });
  }

  /** The verify button, or Enter in the field (its implicit submission clicks that button). */
  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.submit();
  };

  /** The last digit arrived (typed, pasted, filled in): send it, the kit's default. */
  private onComplete = (): void => {
    const value = this.codeField?.value ?? '';
    const busy = this.queued || this.verify.pending || this.lockout.running;
    if (this.entry.sendsOnComplete(value, busy)) this.submit();
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
      const key = this.host.renderRoot.querySelector('[part="secret"]');
      if (key) getSelection()?.selectAllChildren(key);
    }
  };

  render(): TemplateResult {
    const host = this.host;
    const msg = host.msg;
    const enrollment = this.enroll.value;
    const enrollError = this.enroll.error;
    const enrollFailed = this.enroll.status === 'error' && !this.stepUp.needs(enrollError);
    const fatal = this.stepError ?? (enrollFailed ? enrollError : undefined);
    let body: TemplateResult | typeof nothing = nothing;
    if (!this.enrolled && !this.enroll.pending && !fatal && enrollment)
      body = this.renderSteps(enrollment);

    let status: TemplateResult | typeof nothing = nothing;
    if (this.enrolledDevice) status = this.renderSuccess();
    else if (this.enroll.pending)
      status = html`<span class="spinner" aria-hidden="true"></span><span>${msg.totpLoading}</span>`;
    else if (this.verify.pending)
      status = html`<span class="spinner" aria-hidden="true"></span><span>${msg.totpVerifying}</span>`;

    const canRetry =
      fatal !== undefined && fatal.code !== 'already-enrolled' && !this.enroll.pending;
    return html`<div part="base">
      ${body}
      ${this.stepUp.render(() => (this.enroll.value ? this.submit() : this.start()))}
      <div part="error" role="alert">${fatal && !this.enroll.pending ? host.describeError(fatal) : nothing}</div>
      ${canRetry ? html`<button part="retry-button" type="button" @click=${() => this.start()}>${msg.tryAgain}</button>` : nothing}
      <div part="status" role="status">${status}</div>
    </div>`;
  }

  private renderSteps(enrollment: TotpEnrollment): TemplateResult {
    const host = this.host;
    const msg = host.msg;
    const { issuer, accountName, digits } = enrollment;
    const limited = this.lockout.running;
    const verifying = this.verify.pending;
    const codeError = this.codeError;
    // A timed lock has its own message (the countdown); the field says nothing meanwhile.
    const codeMessage =
      codeError && lockSeconds(codeError) === 0 ? describeAttempt(host, codeError) : '';
    const qr = this.qr.symbol
      ? renderQrCode(
          this.qr.symbol,
          issuer
            ? msg.totpQrLabelIssuer({ issuer, account: accountName })
            : msg.totpQrLabel({ account: accountName }),
        )
      : this.qr.failed
        ? nothing
        : html`<div class="qr-placeholder" aria-hidden="true"></div>`;
    return html`<ol part="steps">
      <li part="step">
        <p part="step-title" role="heading" aria-level=${headingLevel(host.headingLevel)}>${msg.totpScanTitle}</p>
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
          <code part="secret" dir="ltr">${groupInFours(enrollment.secret)}</code>
          <button part="copy-button" type="button" @click=${this.onCopy}>${msg.totpCopySecret}</button>
          <span part="copy-status" role="status">${this.copyState === 'copied' ? msg.copied : nothing}</span>
        </div>
        ${this.copyState === 'failed' ? html`<p part="copy-error" role="alert">${msg.copyFailed}</p>` : nothing}
        <a part="otpauth-link" href=${enrollment.uri}>${msg.totpOpenLink}</a>
      </li>
      <li part="step">
        <p part="step-title" role="heading" aria-level=${headingLevel(host.headingLevel)}>${msg.totpCodeTitle({ count: digits })}</p>
        <p class="hint">${msg.totpCodeHint}</p>
        <form part="form" class="code-entry" novalidate @submit=${this.onSubmit}>
          <mfa-otp-input
            exportparts=${CODE_FIELD_PARTS}
            .length=${digits}
            .label=${msg.totpCodeLabel}
            .errorMessage=${codeMessage}
            ?readonly=${verifying || limited}
            @mfa-complete=${this.onComplete}
          ></mfa-otp-input>
          <button part="submit-button" type="submit" aria-disabled=${limited || verifying ? 'true' : 'false'}>${msg.totpSubmit}</button>
        </form>
        ${this.lockout.render((time) => msg.totpRetryIn({ time }))}
      </li>
    </ol>`;
  }

  private renderSuccess(): TemplateResult {
    const msg = this.host.msg;
    return html`<div part="success" tabindex="-1">
      <span class="check" aria-hidden="true">✓</span>
      <span class="success-title">${msg.totpEnrolled}</span>
      <span class="success-hint">${msg.totpEnrolledHint}</span>
    </div>`;
  }
}

/** Called by `LazyView` once per element when this chunk has loaded. */
export function createView(host: MfaTotpEnroll): TotpEnrollView {
  return new TotpEnrollView(host);
}
