import { html, nothing, svg, type ReactiveController, type TemplateResult } from 'lit';
import type { Phrase } from '../../src/messages/en.js';
import {
  ClientCall,
  Lockout,
  MfaError,
  MfaVerifiedEvent,
  describeAttempt,
  icon,
  liveRegions,
  lockSeconds,
  publicProof,
  reactive,
  tokenRequestFrom,
  viewCommonMessages,
  viewTokens,
} from '../../src/internal/view-common.js';
import type { MfaProof } from '../../src/client/types.js';
import { MfaRecoveryCodesAcknowledgedEvent } from '../../src/events/mfa-recovery-codes-acknowledged.js';
import { MfaRecoveryCodesRegeneratedEvent } from '../../src/events/mfa-recovery-codes-regenerated.js';
import { normalizeRecoveryCode, type RecoveryCodesSheet } from './recovery-code-format.js';
import { downloadRecoveryCodes, printRecoveryCodes, type PrintJob } from './recovery-codes-save.js';
import { recoveryCodesMessages } from './recovery-codes.messages.js';
import { styles as viewStyles } from './recovery-codes.styles.js';
import type { MfaRecoveryCodes, RecoveryCodesMode } from './recovery-codes.js';

// The lazily loaded part of <mfa-recovery-codes> (see src/internal/lazy-view.ts): both modes'
// templates, styles, strings, client calls and behaviour. The element keeps the public API.

export const styles = [viewTokens, liveRegions, viewStyles];
export const messages = { ...viewCommonMessages, ...recoveryCodesMessages };
/** The "no client" watcher, for the element (see `ViewModule`). */
export { MissingClient } from '../../src/internal/view-common.js';

export function createView(host: MfaRecoveryCodes): RecoveryCodesView {
  return new RecoveryCodesView(host);
}

/** A short note in the status or error region after copy / download. */
interface Notice {
  text: Phrase;
  tone: 'status' | 'error';
}

const copyIcon = svg`<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"/>`;
const downloadIcon = svg`<path d="M12 3v12m0 0-4.5-4.5M12 15l4.5-4.5M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"/>`;
const printIcon = svg`<path d="M7 9V3h10v6M7 18H5a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2"/><rect x="7" y="14" width="10" height="7" rx="1"/>`;

/** At or below this many remaining codes the count is shown as a warning. */
const LOW_REMAINING = 3;

/** Renders from, and acts on, one `<mfa-recovery-codes>`; its state lives here, not on the element. */
export class RecoveryCodesView implements ReactiveController {
  private readonly host: MfaRecoveryCodes;

  /** The user ticked "I have saved these codes". */
  @reactive private confirmed = false;
  /** The codes were acknowledged; they are no longer held. */
  @reactive private acknowledged = false;
  /** The last regeneration succeeded and is not yet acknowledged. */
  @reactive private regenerated = false;
  /** The last failed call of `mode="show"`. */
  @reactive private failure?: MfaError | undefined;
  @reactive private notice?: Notice | undefined;
  /** `mode="verify"`: the field was submitted empty. */
  @reactive private missing = false;
  /** `mode="verify"`: the last failed verification. */
  @reactive private verifyError?: MfaError | undefined;
  /** `mode="verify"`: a code was accepted. */
  @reactive private verified = false;
  /** `mode="verify"`: codes left after the accepted one, when the client says. */
  @reactive private remaining?: number | undefined;

  /** The mode the view last rendered, to notice a switch. */
  private mode: RecoveryCodesMode;
  /** Switches to `show`: each reads the codes afresh. */
  private shows = 0;
  private printJob?: PrintJob | undefined;
  private revokeDownload?: (() => void) | undefined;

  private readonly load: ClientCall<[], string[]>;
  private readonly regen: ClientCall<[string], string[]>;
  private readonly ack: ClientCall<[], void>;
  private readonly verifyCall: ClientCall<[string], MfaProof>;
  private readonly lockout: Lockout;

  constructor(host: MfaRecoveryCodes) {
    this.host = host;
    this.mode = host.mode;
    // First, so a switch of mode is handled (codes dropped) before the calls' Tasks look at it.
    host.addController(this);

    // The current codes, read as soon as the element (in `show` mode, connected, again after a
    // switch to it) has a client — set right after it was appended or provided a moment later —
    // unless they were acknowledged or a new set is coming or there.
    this.load = new ClientCall<[], string[]>(host, {
      call: (client, _args, signal) => {
        this.failure = undefined;
        return client.recoveryCodes({ signal });
      },
      onError: (error) => (this.failure = error),
      auto: () =>
        host.mode === 'show' &&
        !this.acknowledged &&
        !this.regen.pending &&
        this.regen.value === undefined && [this.shows],
    });

    this.regen = new ClientCall<[string], string[]>(host, {
      call: (client, [mfaToken], signal) =>
        mfaToken
          ? client.recoveryCodes({ regenerate: true, mfaToken, signal })
          : Promise.reject(new MfaError('unauthorized', 'regenerate() needs a fresh MFA token')),
      onSuccess: (codes) => {
        this.load.reset();
        this.acknowledged = false;
        this.confirmed = false;
        this.regenerated = true;
        host.toggleState('acknowledged', false);
        host.dispatchEvent(new MfaRecoveryCodesRegeneratedEvent({ count: codes.length }));
      },
      onError: (error) => (this.failure = error),
    });

    this.ack = new ClientCall<[], void>(host, {
      call: (client, _args, signal) => client.acknowledgeRecoveryCodes({ signal }),
      onSuccess: () => {
        this.acknowledged = true;
        this.confirmed = false;
        this.regenerated = false;
        this.dropCodes();
        host.toggleState('acknowledged', true);
        host.dispatchEvent(new MfaRecoveryCodesAcknowledgedEvent());
        void host.updateComplete.then(() => this.statusRegion?.focus());
      },
      onError: (error) => (this.failure = error),
    });

    this.verifyCall = new ClientCall<[string], MfaProof>(host, {
      call: (client, [code], signal) => {
        const token = tokenRequestFrom(host.token, host.scopes);
        return client.verifyRecoveryCode({
          code,
          signal,
          ...(token ? { token } : {}),
          ...(host.action ? { action: host.action } : {}),
        });
      },
      onSuccess: (proof) => this.acceptProof(proof),
      describe: (error) => describeAttempt(host, error),
      onError: (error) => this.rejectCode(error),
    });

    // When a lock ends its message goes; the focus stays where the user has it.
    this.lockout = new Lockout(host, () => {
      if (lockSeconds(this.verifyError) > 0) this.verifyError = undefined;
    });
  }

  private get codeInput(): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>('#code');
  }

  private get statusRegion(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~="status"]');
  }

  /** The codes on show: from a regeneration, else the loaded set. Gone once acknowledged. */
  private get codes(): readonly string[] | undefined {
    return this.regen.value ?? this.load.value;
  }

  /** `MfaRecoveryCodes.regenerate()`; resolves when the call has settled. */
  async regenerate(mfaToken: string | undefined): Promise<void> {
    // A load still under way would race the new set; codes already shown stay until it arrives.
    if (this.load.pending) this.load.reset();
    this.failure = undefined;
    this.notice = undefined;
    this.regenerated = false;
    if (this.host.mode !== 'show') this.host.mode = 'show';
    await this.regen.run(mfaToken ?? '');
  }

  hostDisconnected(): void {
    // docs/SECURITY.md 24: codes do not outlive the element's time on the page.
    this.dropCodes();
    this.confirmed = false;
    const input = this.codeInput;
    if (input) input.value = '';
  }

  /** Before each render (state changed here is part of it, as in `willUpdate`). */
  hostUpdate(): void {
    const mode = this.host.mode;
    if (mode !== this.mode) {
      this.mode = mode;
      if (mode === 'show') this.shows++;
      this.verifyCall.abort();
      this.lockout.stop();
      this.verified = false;
      this.remaining = undefined;
      this.verifyError = undefined;
      this.missing = false;
      this.host.toggleState('verified', false);
      if (!this.regen.pending) {
        this.dropCodes();
        this.failure = undefined;
        this.notice = undefined;
        this.confirmed = false;
        this.acknowledged = false;
        this.regenerated = false;
        this.host.toggleState('acknowledged', false);
      }
    }
  }

  /** Forget every code the view holds (docs/SECURITY.md 24), and the print frame and blob URL with them. */
  private dropCodes(): void {
    this.load.reset();
    this.regen.reset();
    this.printJob?.remove();
    this.printJob = undefined;
    this.revokeDownload?.();
    this.revokeDownload = undefined;
  }

  private sheet(codes: readonly string[]): RecoveryCodesSheet {
    const msg = this.host.msg;
    const issuer = this.host.issuer?.trim();
    return {
      title: issuer ? msg.recoveryCodesFileTitleNamed({ issuer }) : msg.recoveryCodesFileTitle,
      date: msg.recoveryCodesFileDate({ date: new Date() }),
      note: msg.recoveryCodesFileNote,
      codes,
    };
  }

  private copyAll = async (): Promise<void> => {
    const codes = this.codes;
    if (!codes) return;
    this.notice = undefined;
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      this.notice = { text: (msg) => msg.copied, tone: 'status' };
    } catch {
      this.notice = { text: (msg) => msg.copyFailed, tone: 'error' };
    }
  };

  private download = (): void => {
    const codes = this.codes;
    const root = this.host.shadowRoot;
    if (!codes || !root) return;
    this.revokeDownload?.();
    this.revokeDownload = downloadRecoveryCodes(root, this.sheet(codes));
    this.notice = { text: (msg) => msg.recoveryCodesDownloaded, tone: 'status' };
  };

  private print = (): void => {
    const codes = this.codes;
    const root = this.host.shadowRoot;
    if (!codes || !root) return;
    this.notice = undefined;
    this.printJob?.remove();
    const job = printRecoveryCodes(
      root,
      this.sheet(codes),
      this.host.lang || document.documentElement.lang || 'en',
    );
    this.printJob = job;
    job.printed.catch(() => {
      if (this.printJob === job) this.notice = { text: (msg) => msg.errorUnknown, tone: 'error' };
    });
  };

  private onConfirmChange = (event: Event): void => {
    this.confirmed = (event.target as HTMLInputElement).checked;
  };

  private acknowledge = (): void => {
    if (!this.confirmed || this.ack.pending || !this.codes) return;
    this.failure = undefined;
    this.notice = undefined;
    void this.ack.run();
  };

  private retryLoad = (): void => {
    this.failure = undefined;
    void this.load.run();
  };

  // --- mode="verify" ----------------------------------------------------------------------------

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const input = this.codeInput;
    if (!input || this.verifyCall.pending || this.lockout.running) return;
    const code = normalizeRecoveryCode(input.value);
    this.verifyError = undefined;
    this.lockout.quiet();
    if (!code) {
      this.missing = true;
      input.focus();
      return;
    }
    this.missing = false;
    await this.verifyCall.run(code);
    // The proof went out with the event; its token is the app's, not ours to keep.
    if (this.verifyCall.status === 'complete') this.verifyCall.reset();
  };

  private onInput = (): void => {
    if (this.missing) this.missing = false;
  };

  private acceptProof(proof: MfaProof): void {
    const input = this.codeInput;
    if (input) input.value = '';
    this.remaining = proof.recoveryCodesRemaining;
    this.verified = true;
    this.host.toggleState('verified', true);
    this.host.dispatchEvent(new MfaVerifiedEvent(publicProof(proof)));
    void this.host.updateComplete.then(() => this.statusRegion?.focus());
  }

  private rejectCode(error: MfaError): void {
    this.verifyError = error;
    const lock = lockSeconds(error);
    // The field turns read-only, not disabled: the focus stays where it is.
    if (lock > 0) {
      this.lockout.start(lock);
      return;
    }
    // Focus back in the field with the text selected, so the user can fix or retype it.
    void this.host.updateComplete.then(() => {
      const input = this.codeInput;
      if (!input) return;
      input.focus();
      input.select();
    });
  }

  // --- rendering --------------------------------------------------------------------------------

  render(): TemplateResult {
    return this.host.mode === 'verify' ? this.renderVerify() : this.renderShow();
  }

  private renderShow(): TemplateResult {
    const msg = this.host.msg;
    const codes = this.acknowledged ? undefined : this.codes;
    const busy = this.load.pending || this.regen.pending;
    let status: string | undefined;
    if (this.load.pending) status = msg.loading;
    else if (this.regen.pending) status = msg.recoveryCodesRegenerating;
    else if (this.ack.pending) status = msg.recoveryCodesSaving;
    else if (this.notice?.tone === 'status') status = this.notice.text(msg);
    else if (this.acknowledged) status = msg.recoveryCodesDone;
    else if (this.regenerated && codes) status = msg.recoveryCodesRegenerated;
    const error =
      this.notice?.tone === 'error'
        ? this.notice.text(msg)
        : this.failure
          ? this.host.describeError(this.failure)
          : undefined;
    const canRetry = !codes && !busy && !this.acknowledged && this.failure !== undefined;

    return html`
      <div part="base" class="base">
        ${codes ? this.renderCodes(codes) : nothing}
        ${
          canRetry
            ? html`<button part="retry-button" class="acknowledge" type="button" @click=${this.retryLoad}>
              ${msg.tryAgain}
            </button>`
            : nothing
        }
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
    const msg = this.host.msg;
    // Continue is not disabled while saving, so focus stays on it if saving fails;
    // acknowledge() ignores repeats.
    return html`
      <p class="intro">${msg.recoveryCodesIntro}</p>
      <ol part="list" class="list" aria-label=${msg.recoveryCodesListLabel} translate="no" dir="ltr">
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
    const msg = this.host.msg;
    const pending = this.verifyCall.pending;
    const locked = this.lockout.running;
    const invalid = this.missing || (this.verifyError !== undefined && !locked);

    let status: TemplateResult | string | undefined;
    if (pending) status = msg.recoveryCodeVerifying;
    else if (this.verified) {
      const remaining = this.remaining;
      status = html`${msg.recoveryCodeVerified}
      ${
        remaining === undefined
          ? nothing
          : html`<span part="remaining" class="remaining ${remaining <= LOW_REMAINING ? 'low' : ''}"
            >${
              remaining === 0
                ? msg.recoveryCodesNoneLeft
                : remaining <= LOW_REMAINING
                  ? msg.recoveryCodesFewLeft({ count: remaining })
                  : msg.recoveryCodesRemaining({ count: remaining })
            }</span
          >`
      }`;
    }

    return html`
      <div part="base" class="base">
        ${
          this.verified
            ? nothing
            : html`<form novalidate @submit=${this.onSubmit}>
              <label class="field-label" for="code">${msg.recoveryCodeLabel}</label>
              <p id="hint" class="hint">${msg.recoveryCodeHint}</p>
              <div class="row">
                <input
                  id="code"
                  part="input"
                  type="text"
                  dir="ltr"
                  name="recovery-code"
                  autocomplete="off"
                  autocapitalize="characters"
                  autocorrect="off"
                  spellcheck="false"
                  enterkeyhint="go"
                  maxlength="64"
                  aria-describedby="hint error"
                  aria-invalid=${invalid ? 'true' : 'false'}
                  ?readonly=${locked}
                  @input=${this.onInput}
                />
                <button part="submit-button" class="primary" type="submit" aria-disabled=${pending || locked ? 'true' : 'false'}>
                  ${msg.recoveryCodeSubmit}
                </button>
              </div>
            </form>`
        }
        <div id="error" part="error" role="alert" class="error">${this.renderVerifyError()}</div>
        ${this.host.mode === 'verify' && !this.verified ? this.lockout.render((time) => msg.errorRetryIn({ time })) : nothing}
        <div part="status" role="status" class="status ${this.verified ? 'done' : ''}" tabindex=${this.verified ? '-1' : nothing}>${status ?? nothing}</div>
      </div>
    `;
  }

  private renderVerifyError(): string | typeof nothing {
    if (this.missing) return this.host.msg.recoveryCodeMissing;
    const error = this.verifyError;
    // A timed lock is said by the lockout (once) and shown by its countdown.
    if (!error || lockSeconds(error) > 0) return nothing;
    return describeAttempt(this.host, error);
  }
}
