/**
 * "Verify with one of your methods": a method chooser and the three verify panels, as a
 * ReactiveController hosted by an element's view (not an element of its own), so that
 * `<mfa-action-guard>`'s dialog and `<mfa-flow>`'s verify step show the very same thing.
 *
 * ```ts
 * const verifier = new VerifyMethods(host, () => ({ methods, token, action }), (proof) => done(proof));
 * html`<div class="verify">${verifier.render()}</div>`;
 * ```
 *
 * - `new VerifyMethods(host, options, onVerified)`: `host` is the element (an `MfaClientElement`;
 *   its client is passed down to the nested elements with `.client`, so a `.client` set on it wins
 *   over the provider's). `options()` is read on every render: `methods` — the methods the user
 *   has, from `client.status()`; `token` — the MFA token or step-up scopes to ask for with the
 *   proof; `action` — the action the proof is for (binds a single-use token). `onVerified(proof)`
 *   (a function, or `{ onVerified }`) receives the proof, built from its known fields only (never
 *   a code). The nested elements' own `mfa-verified` and `mfa-cancel` events are internal: they are
 *   stopped here (the passkey prompt offers its own "Try again"); `mfa-error` still bubbles.
 * - `render()` returns the template: a tab list (only when there is a choice) in the order
 *   passkey, authenticator app, recovery code — only the methods in `options().methods` — and the
 *   selected method's panel: `<mfa-passkey-prompt mode="authenticate">`, a code form with
 *   `<mfa-otp-input>` that calls `client.verifyTotp()`, or `<mfa-recovery-codes mode="verify">`.
 *   The code is sent on its last digit unless `options().manualSubmit` (`src/internal/code-entry.ts`).
 *   Only the selected panel is in the DOM, so switching drops what was typed.
 * - `focus()` puts the focus on the first control of the selected method (once it has rendered).
 * - `reset()` drops all state: the typed code, the last result, a running countdown, the chosen
 *   tab (back to the first method).
 * - `method` is the selected method; `select(method)` picks another.
 *
 * The host's view must adopt `verifyMethodsStyles` and register `verifyMethodsMessages` (spread
 * them into its `styles` and `messages`), and the host's registering `mfa-*.ts` file must import
 * the tags rendered here: mfa-otp-input, mfa-passkey-prompt and mfa-recovery-codes.
 * Parts (on the host): `methods`, `method-tab`, `method-tab-selected`, `method-panel`, `hint`,
 * `verify-button`, `countdown`, `code-status`, and the nested elements' parts renamed: `code-input`,
 * `code-cell`…, `passkey-button`, `passkey-status`, `passkey-error`, `recovery-code-input`,
 * `recovery-code-button`, `recovery-code-status`, `recovery-code-error`.
 */
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { codeEntry } from '../../styles/code-entry.styles.js';
import type { MfaError } from '../../client/errors.js';
import type { MfaMethod, MfaProof, TokenRequest } from '../../client/types.js';
import { ClientCall } from '../../controllers/client-call.js';
import { CodeEntry } from '../code-entry.js';
import { describeAttempt, Lockout, lockSeconds } from '../lockout.js';
import type { MfaVerifiedEvent } from '../../events/mfa-verified.js';
import type { MfaClientElement } from '../mfa-client-element.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import { CODE_FIELD_PARTS } from '../code-field-parts.js';
import { firstFocusable, settledUnder, stopEvent } from '../dom.js';
import { renderTabbed, type MethodTabs } from './method-tabs.js';
import { publicProof } from '../public-detail.js';
import { reactive } from '../reactive.js';

export { verifyMethodsMessages } from './verify-methods.messages.js';

export interface VerifyMethodsOptions {
  /** The methods the user has (`status().methods`); the others are not offered. */
  methods: readonly MfaMethod[];
  /** Ask for an MFA token or step-up scopes with the proof. */
  token?: TokenRequest | undefined;
  /** The action the proof is for. */
  action?: string | undefined;
  /** Wait for Enter or the Verify button instead of sending a code on its last digit. */
  manualSubmit?: boolean | undefined;
}

export type VerifiedCallback = (proof: MfaProof) => void;

/** Passkey first (nothing to type, phishing-resistant), then the app, then the last resort. */
const ORDER: readonly MfaMethod[] = ['passkey', 'totp', 'recovery-code'];

const CODE_LENGTH = 6;

const PASSKEY_PARTS =
  'button: passkey-button, retry-button: passkey-button, status: passkey-status, error: passkey-error';
const RECOVERY_PARTS =
  'input: recovery-code-input, submit-button: recovery-code-button, status: recovery-code-status, error: recovery-code-error';

/** The nested elements take the token request as their `token` / `scopes` attributes. */
function tokenAttributes(request: TokenRequest | undefined): { token?: string; scopes?: string } {
  if (!request) return {};
  if ('scopes' in request) {
    const scopes = request.scopes.join(' ');
    return request.singleUse === true ? { scopes, token: 'single-use' } : { scopes };
  }
  return { token: request.singleUse ? 'single-use' : 'persistent' };
}

/** See the top of this file. */
export class VerifyMethods implements ReactiveController {
  private readonly host: MfaClientElement;
  private readonly options: () => VerifyMethodsOptions;
  private readonly onVerified: VerifiedCallback;

  /** The tab the user picked; the first available method when unset or no longer available. */
  @reactive private chosen: MfaMethod | undefined;
  /** Why the last code was not accepted. */
  @reactive private codeError: MfaError | undefined;
  /** The code field was submitted empty or short. */
  @reactive private incomplete = false;

  private readonly totp: ClientCall<[string], MfaProof>;
  private readonly lockout: Lockout;
  private readonly entry = new CodeEntry(() => this.options().manualSubmit === true);

  constructor(
    host: MfaClientElement,
    options: () => VerifyMethodsOptions,
    onVerified: VerifiedCallback | { onVerified: VerifiedCallback },
  ) {
    this.host = host;
    this.options = options;
    this.onVerified =
      typeof onVerified === 'function' ? onVerified : (proof) => onVerified.onVerified(proof);
    this.totp = new ClientCall<[string], MfaProof>(host, {
      call: (client, [code], signal) => {
        const { token, action } = this.options();
        return client.verifyTotp({
          code,
          signal,
          ...(token ? { token } : {}),
          ...(action ? { action } : {}),
        });
      },
      onSuccess: (proof) => {
        this.codeField?.clear();
        this.codeError = undefined;
        this.entry.forget();
        this.onVerified(publicProof(proof));
      },
      describe: (error) => describeAttempt(host, error),
      onError: (error) => this.rejected(error),
    });
    // When a lock ends its message goes; the focus stays where the user has it.
    this.lockout = new Lockout(host, () => {
      if (lockSeconds(this.codeError) > 0) this.codeError = undefined;
    });
    host.addController(this);
  }

  /** The methods offered, in display order. */
  get methods(): MfaMethod[] {
    const have = this.options().methods;
    return ORDER.filter((method) => have.includes(method));
  }

  /** The selected method (undefined when the user has none). */
  get method(): MfaMethod | undefined {
    const methods = this.methods;
    return this.chosen && methods.includes(this.chosen) ? this.chosen : methods[0];
  }

  /** Show another method's panel; what was typed in the current one is dropped. */
  select(method: MfaMethod): void {
    if (method === this.method) return;
    this.clearCode();
    this.chosen = method;
  }

  /** Forget everything: the typed code, the last result, a countdown, the chosen tab. */
  reset(): void {
    this.clearCode();
    this.lockout.stop();
    this.chosen = undefined;
  }

  /**
   * Put the focus on the first control of the selected method, once it has rendered — if
   * `stillWanted()` says so then (the user may have moved on while the method loaded).
   */
  async focus(stillWanted: () => boolean = () => true): Promise<void> {
    await this.host.updateComplete;
    const panel = this.host.renderRoot.querySelector<HTMLElement>(
      '.verify-methods [part~="method-panel"]',
    );
    if (!panel) return;
    await settledUnder(panel);
    if (panel.isConnected && stillWanted()) firstFocusable(panel)?.focus();
  }

  hostDisconnected(): void {
    this.clearCode();
  }

  private get codeField(): MfaOtpInput | null {
    return (
      this.host.renderRoot?.querySelector<MfaOtpInput>('.verify-methods mfa-otp-input') ?? null
    );
  }

  private clearCode(): void {
    this.totp.reset();
    this.codeField?.clear();
    this.codeError = undefined;
    this.incomplete = false;
    this.entry.forget();
  }

  private rejected(error: MfaError): void {
    this.codeError = error;
    this.entry.refused(error);
    const lock = lockSeconds(error);
    if (lock > 0) {
      // The field turns read-only, not disabled: the focus stays where it is.
      this.codeField?.clear();
      this.lockout.start(lock);
      return;
    }
    // A wrong (or replayed) code is cleared for the next one; after a network failure it stays
    // so Enter sends it again.
    if (error.code === 'invalid-code') this.codeField?.clear();
    void this.focus();
  }

  /** Enter or the Verify button: always sends a complete code (unless locked or checking). */
  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.send();
  };

  /** The last digit arrived (typed, pasted, filled in): send it, the kit's default. */
  private onCodeComplete = (): void => {
    const field = this.codeField;
    if (field && this.entry.sendsOnComplete(field.value, this.totp.pending || this.lockout.running))
      void this.send();
  };

  private async send(): Promise<void> {
    const field = this.codeField;
    if (!field || this.totp.pending || this.lockout.running) return;
    if (!field.complete) {
      this.codeError = undefined;
      this.incomplete = true;
      field.focus();
      return;
    }
    this.incomplete = false;
    // The last message goes first, so the answer is announced even when it says the same.
    const code = field.value;
    this.entry.sending(code);
    this.codeError = undefined;
    this.lockout.quiet();
    await this.host.updateComplete;
    if (this.totp.pending) return;
    await this.totp.run(code);
    // The proof went to the callback; its token is the host's to pass on, not ours to keep.
    if (this.totp.status === 'complete') this.totp.reset();
  }

  private onCodeInput = (): void => {
    if (this.incomplete) this.incomplete = false;
  };

  private onChildVerified = (event: MfaVerifiedEvent): void => {
    event.stopPropagation();
    this.onVerified(publicProof(event.detail));
  };

  render(): TemplateResult | typeof nothing {
    const method = this.method;
    if (!method) return nothing;
    const msg = this.host.msg;
    const names: Record<MfaMethod, string> = {
      passkey: msg.verifyMethodPasskey,
      totp: msg.verifyMethodTotp,
      'recovery-code': msg.verifyMethodRecoveryCode,
    };
    const tabs: MethodTabs<MfaMethod> = {
      id: 'verify',
      label: msg.verifyMethodsLabel,
      items: this.methods,
      selected: method,
      name: (item) => names[item],
      onSelect: (item) => this.select(item),
    };
    return html`<div class="verify-methods">${renderTabbed(tabs, this.renderPanel(method))}</div>`;
  }

  private renderPanel(method: MfaMethod): TemplateResult {
    const { token, action } = this.options();
    const client = this.host.activeClient;
    const attributes = tokenAttributes(token);
    if (method === 'passkey') {
      return html`<p part="hint" class="hint">${this.host.msg.verifyPasskeyHint}</p>
        <mfa-passkey-prompt
          exportparts=${PASSKEY_PARTS}
          mode="authenticate"
          .client=${client}
          .token=${attributes.token}
          .scopes=${attributes.scopes}
          .action=${action}
          @mfa-verified=${this.onChildVerified}
          @mfa-cancel=${stopEvent}
        ></mfa-passkey-prompt>`;
    }
    if (method === 'recovery-code') {
      return html`<mfa-recovery-codes
        exportparts=${RECOVERY_PARTS}
        mode="verify"
        .client=${client}
        .token=${attributes.token}
        .scopes=${attributes.scopes}
        .action=${action}
        @mfa-verified=${this.onChildVerified}
      ></mfa-recovery-codes>`;
    }
    return this.renderTotp();
  }

  private renderTotp(): TemplateResult {
    const host = this.host;
    const msg = host.msg;
    const verifying = this.totp.pending;
    const limited = this.lockout.running;
    const error = this.codeError;
    let problem = '';
    if (this.incomplete) problem = msg.otpTooShort({ count: CODE_LENGTH });
    // A timed lock has its own message (the countdown); the field says nothing meanwhile.
    else if (error && lockSeconds(error) === 0) problem = describeAttempt(host, error);
    return html`<form class="code-form" novalidate @submit=${this.onSubmit}>
      <p part="hint" class="hint">${msg.verifyTotpHint}</p>
      <div class="code-entry">
        <mfa-otp-input
          exportparts=${CODE_FIELD_PARTS}
          .length=${CODE_LENGTH}
          .label=${msg.verifyTotpLabel}
          .errorMessage=${problem}
          ?readonly=${verifying || limited}
          @input=${this.onCodeInput}
          @mfa-complete=${this.onCodeComplete}
        ></mfa-otp-input>
        <button part="verify-button" class="primary" type="submit" aria-disabled=${limited ? 'true' : 'false'} aria-busy=${verifying ? 'true' : 'false'}>
          ${msg.verifyTotpSubmit}
        </button>
      </div>
      ${this.lockout.render((time) => msg.errorRetryIn({ time }))}
      <div part="code-status" class="status" role="status">${verifying ? msg.verifyTotpVerifying : nothing}</div>
    </form>`;
  }
}

/**
 * The piece's styles (and its tabs'); the hosting view adopts them. They use the `--mfa-*`
 * properties; the Verify button takes the host's own `button.primary` look, under the field
 * (`src/styles/code-entry.styles.ts`).
 */
export const verifyMethodsStyles = css`
  ${codeEntry}

  .verify-methods {
    display: grid;
    gap: var(--mfa-gap, 0.75rem);
  }

  .method-tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0.25rem;
    border: 1px solid var(--mfa-color-border, light-dark(#d1d9e0, #3d444d));
    border-radius: var(--mfa-radius, 0.5rem);
    background: var(--mfa-color-surface, light-dark(#f6f8fa, #151b23));
  }

  .method-tabs .method-tab {
    flex: 1 1 auto;
    min-height: 2.25rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid transparent;
    border-radius: calc(var(--mfa-radius, 0.5rem) - 0.125rem);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.9375em;
    cursor: pointer;
  }

  .method-tabs .method-tab[aria-selected='true'] {
    border-color: var(--mfa-color-border, light-dark(#d1d9e0, #3d444d));
    background: light-dark(#fff, #0d1117);
    font-weight: 600;
  }

  .method-panel,
  .verify-methods .code-form {
    display: grid;
    gap: 0.5rem;
  }

  .verify-methods .hint {
    margin: 0;
    color: var(--mfa-color-muted, light-dark(#59636e, #9198a1));
    font-size: 0.9375em;
  }

  .verify-methods .countdown {
    margin: 0;
    color: var(--mfa-color-muted, light-dark(#59636e, #9198a1));
    font-size: 0.9375em;
  }

  .verify-methods .status {
    color: var(--mfa-color-muted, light-dark(#59636e, #9198a1));
    font-size: 0.9375em;
  }

  .verify-methods .status:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
