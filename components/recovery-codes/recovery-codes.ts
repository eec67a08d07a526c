import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MfaError } from '../../src/client/errors.js';
import type { MfaProof } from '../../src/client/types.js';
import { ClientCall } from '../../src/controllers/client-call.js';
import { Countdown } from '../../src/controllers/countdown.js';
import { MfaRecoveryCodesAcknowledgedEvent } from '../../src/events/mfa-recovery-codes-acknowledged.js';
import { MfaRecoveryCodesRegeneratedEvent } from '../../src/events/mfa-recovery-codes-regenerated.js';
import { MfaVerifiedEvent, type MfaVerifiedDetail } from '../../src/events/mfa-verified.js';
import { MfaClientElement } from '../../src/internal/mfa-client-element.js';
import { tokenRequestFrom } from '../../src/internal/token-request.js';
import { isoDate, normalizeRecoveryCode, type RecoveryCodesSheet } from './recovery-code-format.js';
import { downloadRecoveryCodes, printRecoveryCodes, type PrintJob } from './recovery-codes-save.js';
import { styles } from './recovery-codes.styles.js';

/** What the element is for: showing a new set of codes, or signing in with one. */
export type RecoveryCodesMode = 'show' | 'verify';

/** A short note in the status or error region after copy / download. */
interface Notice {
  text: string;
  tone: 'status' | 'error';
}

const icon = (paths: SVGTemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;
const copyIcon = svg`<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"/>`;
const downloadIcon = svg`<path d="M12 3v12m0 0-4.5-4.5M12 15l4.5-4.5M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"/>`;
const printIcon = svg`<path d="M7 9V3h10v6M7 18H5a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2"/><rect x="7" y="14" width="10" height="7" rx="1"/>`;

/** The event detail, built from the known fields only, so nothing else a client returns leaks out. */
function publicProof(proof: MfaProof): MfaVerifiedDetail {
  const detail: MfaVerifiedDetail = { method: proof.method };
  if (proof.deviceId !== undefined) detail.deviceId = proof.deviceId;
  if (proof.token !== undefined) detail.token = proof.token;
  if (proof.recoveryCodesRemaining !== undefined) detail.recoveryCodesRemaining = proof.recoveryCodesRemaining;
  return detail;
}

/** At or below this many remaining codes the count is shown as a warning. */
const LOW_REMAINING = 3;

/**
 * @summary Shows recovery codes to save (copy, download, print, acknowledge), or signs in with one (`mode="verify"`).
 * @tagname mfa-recovery-codes
 *
 * In the default `mode="show"` the element loads the codes from the client when it is connected,
 * lists them, offers copy / download (`recovery-codes.txt`) / print, and asks the user to confirm
 * they saved them; Continue records the acknowledgement and the codes are dropped from the element.
 * Call `regenerate({ mfaToken })` with a fresh MFA token to replace the whole set.
 *
 * In `mode="verify"` it is a small form for one recovery code; a success fires `mfa-verified` with
 * the proof (never the code) and shows how many codes are left.
 *
 * @fires mfa-recovery-codes-acknowledged - The user confirmed they saved the codes and the client recorded it. No detail.
 * @fires mfa-recovery-codes-regenerated - `regenerate()` replaced the codes; the old set no longer works. Detail: `{ count }` only.
 * @fires mfa-verified - `mode="verify"`: a recovery code was accepted. Detail: the proof (`method: 'recovery-code'`, `token` when requested, `recoveryCodesRemaining`), never the code.
 * @fires mfa-error - A client call failed. Detail: `{ code, message, retryAfter? }`.
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart list - The ordered list of codes.
 * @csspart code - One code (an `<li>`).
 * @csspart copy-button - Copies every code, one per line.
 * @csspart download-button - Downloads the codes as `recovery-codes.txt`.
 * @csspart print-button - Prints only the codes.
 * @csspart confirm - The "I have saved these codes" checkbox label.
 * @csspart acknowledge-button - Continue: records that the codes were saved.
 * @csspart retry-button - Loads the codes again after loading failed.
 * @csspart status - Progress and confirmations (`role="status"`), and the done message.
 * @csspart error - Errors (`role="alert"`).
 * @csspart remaining - `mode="verify"`: how many recovery codes are left after a success.
 * @csspart input - `mode="verify"`: the recovery code field.
 * @csspart submit-button - `mode="verify"`: the Verify button.
 *
 * @cssproperty --mfa-font - Font family.
 * @cssproperty --mfa-font-mono - Font family of the codes and the code field.
 * @cssproperty --mfa-color-text - Text color.
 * @cssproperty --mfa-color-muted - Secondary text color (intro, hints, progress, list numbers).
 * @cssproperty --mfa-color-accent - Primary buttons, checkbox and focus ring.
 * @cssproperty --mfa-color-accent-text - Text on primary buttons.
 * @cssproperty --mfa-color-error - Error text and the invalid field border.
 * @cssproperty --mfa-color-success - The done / verified message.
 * @cssproperty --mfa-color-warning - The remaining count when three or fewer codes are left.
 * @cssproperty --mfa-color-border - Borders of the list, buttons and field.
 * @cssproperty --mfa-color-surface - Background of the code list and button hover.
 * @cssproperty --mfa-radius - Corner radius.
 * @cssproperty --mfa-gap - Space between the parts.
 * @cssproperty --mfa-focus-ring - Focus outline color.
 *
 * @cssstate pending - A client call is under way.
 * @cssstate acknowledged - The user confirmed the codes are saved (they are no longer held).
 * @cssstate verified - `mode="verify"`: a recovery code was accepted.
 */
export class MfaRecoveryCodes extends MfaClientElement {
  static override styles = styles;

  /** `show` (default): show a new set of codes to save; `verify`: sign in with one code. */
  @property({ reflect: true }) mode: RecoveryCodesMode = 'show';

  /** Your app or company name, put in the header of the downloaded and printed codes. */
  @property() issuer?: string;

  /** `mode="verify"`: ask for an MFA token with the proof, `single-use` or `persistent`. */
  @property() token?: string;

  /** `mode="verify"`: space-separated step-up scopes to ask for (e.g. `wallet:export`); wins over `token`. */
  @property() scopes?: string;

  /** `mode="verify"`: the action the proof is for (e.g. `wallet.export`); binds a single-use token. */
  @property() action?: string;

  /** The user ticked "I have saved these codes". */
  @state() private confirmed = false;
  /** The codes were acknowledged; they are no longer held. */
  @state() private acknowledged = false;
  /** The last regeneration succeeded and is not yet acknowledged. */
  @state() private regenerated = false;
  /** The last failed call of `mode="show"`. */
  @state() private failure?: MfaError;
  @state() private notice?: Notice;
  /** `mode="verify"`: the field was submitted empty. */
  @state() private missing = false;
  /** `mode="verify"`: the last failed verification. */
  @state() private verifyError?: MfaError;
  /** `mode="verify"`: a code was accepted. */
  @state() private verified = false;
  /** `mode="verify"`: codes left after the accepted one, when the client says. */
  @state() private remaining?: number;

  @query('#code') private codeInput?: HTMLInputElement;
  @query('[part~="status"]') private statusRegion?: HTMLElement;

  /** Load the current codes once a client is there (set on connect and on switching to `show`). */
  private wantCodes = false;
  private printJob?: PrintJob;
  private revokeDownload?: () => void;

  private readonly load = new ClientCall<[], string[]>(this, {
    call: (client, [], signal) => client.recoveryCodes({ signal }),
    onError: (error) => {
      this.failure = error;
    },
  });

  private readonly regen = new ClientCall<[string], string[]>(this, {
    call: (client, [mfaToken], signal) =>
      mfaToken
        ? client.recoveryCodes({ regenerate: true, mfaToken, signal })
        : Promise.reject(new MfaError('unauthorized', 'regenerate() needs a fresh MFA token')),
    onSuccess: (codes) => {
      this.load.reset();
      this.acknowledged = false;
      this.confirmed = false;
      this.regenerated = true;
      this.toggleState('acknowledged', false);
      this.dispatchEvent(new MfaRecoveryCodesRegeneratedEvent({ count: codes.length }));
    },
    onError: (error) => {
      this.failure = error;
    },
  });

  private readonly ack = new ClientCall<[], void>(this, {
    call: (client, [], signal) => client.acknowledgeRecoveryCodes({ signal }),
    onSuccess: () => {
      this.acknowledged = true;
      this.confirmed = false;
      this.regenerated = false;
      this.dropCodes();
      this.toggleState('acknowledged', true);
      this.dispatchEvent(new MfaRecoveryCodesAcknowledgedEvent());
      void this.updateComplete.then(() => this.statusRegion?.focus());
    },
    onError: (error) => {
      this.failure = error;
    },
  });

  private readonly verifyCall = new ClientCall<[string], MfaProof>(this, {
    call: (client, [code], signal) => {
      const token = tokenRequestFrom(this.token, this.scopes);
      return client.verifyRecoveryCode({
        code,
        signal,
        ...(token ? { token } : {}),
        ...(this.action ? { action: this.action } : {}),
      });
    },
    onSuccess: (proof) => this.acceptProof(proof),
    onError: (error) => this.rejectCode(error),
  });

  private readonly countdown = new Countdown(this, () => {
    if (this.verifyError?.code === 'rate-limited') this.verifyError = undefined;
  });

  /** The codes on show: from a regeneration, else the loaded set. Gone once acknowledged. */
  private get codes(): readonly string[] | undefined {
    return this.regen.value ?? this.load.value;
  }

  /**
   * Replace every recovery code with a new set; the old codes stop working. Needs a fresh MFA
   * token (e.g. `proof.token.value` from a verification made with `token="single-use"`); without a
   * valid one the element shows the `unauthorized` message. The new codes must be acknowledged
   * again. Resolves when the call has settled.
   */
  async regenerate({ mfaToken }: { mfaToken?: string } = {}): Promise<void> {
    this.wantCodes = false;
    // A load still under way would race the new set; codes already shown stay until it arrives.
    if (this.load.pending) this.load.reset();
    this.failure = undefined;
    this.notice = undefined;
    this.regenerated = false;
    if (this.mode !== 'show') this.mode = 'show';
    await this.regen.run(mfaToken ?? '');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.mode === 'show' && !this.acknowledged && !this.regen.pending) {
      this.wantCodes = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // SECURITY 24: codes do not outlive the element's time on the page.
    this.wantCodes = false;
    this.dropCodes();
    this.confirmed = false;
    if (this.codeInput) this.codeInput.value = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.hasUpdated) {
      this.verifyCall.abort();
      this.countdown.stop();
      this.verified = false;
      this.remaining = undefined;
      this.verifyError = undefined;
      this.missing = false;
      this.toggleState('verified', false);
      if (!this.regen.pending) {
        this.dropCodes();
        this.failure = undefined;
        this.notice = undefined;
        this.confirmed = false;
        this.acknowledged = false;
        this.regenerated = false;
        this.toggleState('acknowledged', false);
        this.wantCodes = this.mode === 'show' && this.isConnected;
      }
    }
    // Started here rather than on connect, so a client set right after the element was appended
    // (or provided a moment later) is the one used, and the first render already says "Loading…".
    if (this.wantCodes && this.mode === 'show') {
      this.wantCodes = false;
      this.failure = undefined;
      void this.load.run();
    }
  }

  /** Forget every code the element holds (SECURITY 24), and the print frame and blob URL with them. */
  private dropCodes(): void {
    this.load.reset();
    this.regen.reset();
    this.printJob?.remove();
    this.printJob = undefined;
    this.revokeDownload?.();
    this.revokeDownload = undefined;
  }

  private sheet(codes: readonly string[]): RecoveryCodesSheet {
    const msg = this.msg;
    return {
      title: msg.recoveryCodesFileTitle(this.issuer?.trim() || undefined),
      date: msg.recoveryCodesFileDate(isoDate(new Date())),
      note: msg.recoveryCodesFileNote,
      codes,
    };
  }

  private async copyAll(): Promise<void> {
    const codes = this.codes;
    if (!codes) return;
    this.notice = undefined;
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      this.notice = { text: this.msg.copied, tone: 'status' };
    } catch {
      this.notice = { text: this.msg.copyFailed, tone: 'error' };
    }
  }

  private download(): void {
    const codes = this.codes;
    if (!codes || !this.shadowRoot) return;
    this.revokeDownload?.();
    this.revokeDownload = downloadRecoveryCodes(this.shadowRoot, this.sheet(codes));
    this.notice = { text: this.msg.recoveryCodesDownloaded, tone: 'status' };
  }

  private print(): void {
    const codes = this.codes;
    if (!codes || !this.shadowRoot) return;
    this.notice = undefined;
    this.printJob?.remove();
    const job = printRecoveryCodes(this.shadowRoot, this.sheet(codes), this.lang || document.documentElement.lang || 'en');
    this.printJob = job;
    job.printed.catch(() => {
      if (this.printJob === job) this.notice = { text: this.msg.errorUnknown, tone: 'error' };
    });
  }

  private onConfirmChange(event: Event): void {
    this.confirmed = (event.target as HTMLInputElement).checked;
  }

  private acknowledge(): void {
    if (!this.confirmed || this.ack.pending || !this.codes) return;
    this.failure = undefined;
    this.notice = undefined;
    void this.ack.run();
  }

  private retryLoad(): void {
    this.failure = undefined;
    void this.load.run();
  }

  // --- mode="verify" ----------------------------------------------------------------------------

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.codeInput;
    if (!input || this.verifyCall.pending || this.countdown.running) return;
    const code = normalizeRecoveryCode(input.value);
    this.verifyError = undefined;
    if (!code) {
      this.missing = true;
      input.focus();
      return;
    }
    this.missing = false;
    await this.verifyCall.run(code);
    // The proof went out with the event; its token is the app's, not ours to keep.
    if (this.verifyCall.status === 'complete') this.verifyCall.reset();
  }

  private onInput(): void {
    if (this.missing) this.missing = false;
  }

  private acceptProof(proof: MfaProof): void {
    if (this.codeInput) this.codeInput.value = '';
    this.remaining = proof.recoveryCodesRemaining;
    this.verified = true;
    this.toggleState('verified', true);
    const verified = new MfaVerifiedEvent(publicProof(proof));
    this.dispatchEvent(verified);
    void this.updateComplete.then(() => this.statusRegion?.focus());
  }

  private rejectCode(error: MfaError): void {
    this.verifyError = error;
    if (error.code === 'rate-limited' && error.retryAfter) this.countdown.start(error.retryAfter);
    // Focus back in the field with the text selected, so the user can fix or retype it.
    void this.updateComplete.then(() => {
      const input = this.codeInput;
      if (!input) return;
      input.focus();
      input.select();
    });
  }

  // --- rendering --------------------------------------------------------------------------------

  override render() {
    return this.mode === 'verify' ? this.renderVerify() : this.renderShow();
  }

  private renderShow(): TemplateResult {
    const msg = this.msg;
    const codes = this.acknowledged ? undefined : this.codes;
    const busy = this.load.pending || this.regen.pending;
    let status: string | undefined;
    if (this.load.pending) status = msg.loading;
    else if (this.regen.pending) status = msg.recoveryCodesRegenerating;
    else if (this.ack.pending) status = msg.recoveryCodesSaving;
    else if (this.notice?.tone === 'status') status = this.notice.text;
    else if (this.acknowledged) status = msg.recoveryCodesDone;
    else if (this.regenerated && codes) status = msg.recoveryCodesRegenerated;
    const error =
      this.notice?.tone === 'error' ? this.notice.text : this.failure ? this.describeError(this.failure) : undefined;
    const canRetry = !codes && !busy && !this.acknowledged && this.failure !== undefined;

    return html`
      <div part="base" class="base">
        ${codes ? this.renderCodes(codes) : nothing}
        ${canRetry
          ? html`<button part="retry-button" class="acknowledge" type="button" @click=${this.retryLoad}>
              ${msg.tryAgain}
            </button>`
          : nothing}
        <div
          part="status"
          role="status"
          class="status ${this.acknowledged && status === msg.recoveryCodesDone ? 'done' : ''}"
          tabindex=${this.acknowledged ? '-1' : nothing}
        >${status ?? nothing}</div>
        <div part="error" role="alert" class="error">${error ?? nothing}</div>
      </div>
    `;
  }

  private renderCodes(codes: readonly string[]): TemplateResult {
    const msg = this.msg;
    // Continue is not disabled while saving, so focus stays on it if saving fails;
    // acknowledge() ignores repeats.
    return html`
      <p class="intro">${msg.recoveryCodesIntro}</p>
      <ol part="list" class="list" aria-label=${msg.recoveryCodesListLabel} translate="no">
        ${codes.map((code) => html`<li part="code" class="code">${code}</li>`)}
      </ol>
      <div class="actions">
        <button part="copy-button" type="button" @click=${this.copyAll}>${icon(copyIcon)}${msg.recoveryCodesCopy}</button>
        <button part="download-button" type="button" @click=${this.download}>
          ${icon(downloadIcon)}${msg.recoveryCodesDownload}
        </button>
        <button part="print-button" type="button" @click=${this.print}>${icon(printIcon)}${msg.recoveryCodesPrint}</button>
      </div>
      <label part="confirm" class="confirm">
        <input type="checkbox" .checked=${this.confirmed} @change=${this.onConfirmChange} />
        <span>${msg.recoveryCodesConfirm}</span>
      </label>
      <button
        part="acknowledge-button"
        class="primary acknowledge"
        type="button"
        ?disabled=${!this.confirmed}
        aria-busy=${this.ack.pending ? 'true' : 'false'}
        @click=${this.acknowledge}
      >
        ${msg.recoveryCodesContinue}
      </button>
    `;
  }

  private renderVerify(): TemplateResult {
    const msg = this.msg;
    const pending = this.verifyCall.pending;
    const locked = this.countdown.running;
    const invalid = this.missing || this.verifyError !== undefined;

    let status: TemplateResult | string | undefined;
    if (pending) status = msg.recoveryCodeVerifying;
    else if (this.verified) {
      const remaining = this.remaining;
      status = html`${msg.recoveryCodeVerified}
      ${remaining === undefined
        ? nothing
        : html`<span part="remaining" class="remaining ${remaining <= LOW_REMAINING ? 'low' : ''}"
            >${msg.recoveryCodesRemaining(remaining)}</span
          >`}`;
    }

    return html`
      <div part="base" class="base">
        ${this.verified
          ? nothing
          : html`<form novalidate @submit=${this.onSubmit}>
              <label class="field-label" for="code">${msg.recoveryCodeLabel}</label>
              <p id="hint" class="hint">${msg.recoveryCodeHint}</p>
              <div class="row">
                <input
                  id="code"
                  part="input"
                  type="text"
                  name="recovery-code"
                  autocomplete="off"
                  autocapitalize="characters"
                  autocorrect="off"
                  spellcheck="false"
                  enterkeyhint="go"
                  maxlength="64"
                  aria-describedby="hint error"
                  aria-invalid=${invalid ? 'true' : 'false'}
                  @input=${this.onInput}
                />
                <button part="submit-button" class="primary" type="submit" ?disabled=${pending || locked}>
                  ${msg.recoveryCodeSubmit}
                </button>
              </div>
            </form>`}
        <div id="error" part="error" role="alert" class="error">${this.renderVerifyError()}</div>
        <div part="status" role="status" class="status ${this.verified ? 'done' : ''}" tabindex=${this.verified ? '-1' : nothing}>${status ?? nothing}</div>
      </div>
    `;
  }

  private renderVerifyError(): TemplateResult | string | typeof nothing {
    if (this.missing) return this.msg.recoveryCodeMissing;
    const error = this.verifyError;
    if (!error) return nothing;
    if (error.code === 'rate-limited' && this.countdown.running) {
      // Announced once; the ticking copy is for the eyes only, so screen readers are not
      // interrupted every second.
      return html`<span class="visually-hidden">${this.describeError(error)}</span
        ><span aria-hidden="true">${this.describeError(error, this.countdown.remaining)}</span>`;
    }
    return this.describeError(error);
  }
}
