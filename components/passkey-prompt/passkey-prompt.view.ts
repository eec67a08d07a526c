import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import {
  ClientCall,
  MfaCancelEvent,
  MfaEnrolledEvent,
  MfaVerifiedEvent,
  StepUp,
  browserSupportsPasskeys,
  composedContains,
  deepActiveElement,
  liveRegions,
  passkeyIcon,
  publicDevice,
  publicProof,
  reactive,
  stepUpStyles,
  tokenRequestFrom,
  viewCommonMessages,
  viewTokens,
} from '../../src/internal/view-common.js';
import type { MfaError } from '../../src/client/errors.js';
import type { MfaDevice, MfaProof } from '../../src/client/types.js';
import { passkeyPromptMessages } from './passkey-prompt.messages.js';
import { styles as viewStyles } from './passkey-prompt.styles.js';
import type { MfaPasskeyPrompt, PasskeyPromptMode } from './passkey-prompt.js';

// The lazily loaded part of <mfa-passkey-prompt> (see src/internal/lazy-view.ts): templates,
// styles, strings, client calls and behaviour. The element keeps the public API.

export const styles = [viewTokens, liveRegions, viewStyles, stepUpStyles];
export const messages = { ...viewCommonMessages, ...passkeyPromptMessages };
/** The "no client" watcher, for the element (see `ViewModule`). */
export { MissingClient } from '../../src/internal/view-common.js';

export function createView(host: MfaPasskeyPrompt): PasskeyPromptView {
  return new PasskeyPromptView(host);
}

/** The server's limit on a passkey's name. */
const ALIAS_MAX_LENGTH = 64;

/** The name as the server accepts it: printable, single-spaced, trimmed, short; or none. */
function cleanAlias(value: string | undefined): string | undefined {
  const alias = (value ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
    .trim()
    .slice(0, ALIAS_MAX_LENGTH)
    .trim();
  return alias || undefined;
}

/** Renders from, and acts on, one `<mfa-passkey-prompt>`; its state lives here, not on the element. */
export class PasskeyPromptView implements ReactiveController {
  private readonly host: MfaPasskeyPrompt;

  /** The client said this browser or device cannot do passkeys (stays so: the browser won't change). */
  @reactive private clientUnsupported = false;
  /** The user cancelled the passkey sheet, or it timed out. */
  @reactive private cancelled = false;
  /** What the last ceremony yielded: a new passkey's name (register) or just that it worked. */
  @reactive private done?: { alias?: string | undefined } | undefined;
  /** The last failure other than a cancellation. */
  @reactive private failure?: MfaError | undefined;
  /** The mode the view last rendered, to notice a switch. */
  private mode: PasskeyPromptMode;

  private readonly enroll: ClientCall<[string | undefined], MfaDevice>;
  private readonly verify: ClientCall<[], MfaProof>;
  /** Registering needs this session to prove a factor it has first (the server said so). */
  private readonly stepUp: StepUp;

  constructor(host: MfaPasskeyPrompt) {
    this.host = host;
    this.mode = host.mode;
    this.stepUp = new StepUp(host);
    const notFailure = (error: MfaError) =>
      error.code === 'passkey-cancelled' || this.stepUp.needs(error);
    const onError = (error: MfaError) => this.fail(error);

    this.enroll = new ClientCall<[string | undefined], MfaDevice>(host, {
      call: (client, [alias], signal) =>
        client.enrollPasskey({ signal, ...(alias ? { alias } : {}) }),
      onSuccess: (device) => {
        this.done = { alias: device.alias };
        host.dispatchEvent(new MfaEnrolledEvent({ device: publicDevice(device) }));
      },
      onError,
      notFailure,
    });

    this.verify = new ClientCall<[], MfaProof>(host, {
      call: (client, _args, signal) => {
        const token = tokenRequestFrom(host.token, host.scopes);
        return client.verifyPasskey({
          signal,
          ...(token ? { token } : {}),
          ...(host.action ? { action: host.action } : {}),
        });
      },
      onSuccess: (proof) => {
        this.done = {};
        host.dispatchEvent(new MfaVerifiedEvent(publicProof(proof)));
      },
      onError,
      notFailure,
    });

    host.addController(this);
  }

  private get pending(): boolean {
    return this.enroll.pending || this.verify.pending;
  }

  private get unsupported(): boolean {
    return this.clientUnsupported || !browserSupportsPasskeys();
  }

  private get button(): HTMLButtonElement | null {
    return this.host.renderRoot.querySelector<HTMLButtonElement>('#button');
  }

  private get aliasInput(): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>('#alias');
  }

  /**
   * The element's own words for errors whose shared text speaks of codes or authenticator apps;
   * undefined for the rest. The element's `describeError` uses it, so `mfa-error` says the same.
   */
  describeError(error: MfaError): string | undefined {
    const msg = this.host.msg;
    if (error.code === 'invalid-code') return msg.passkeyRejected;
    if (error.code === 'already-enrolled' && this.host.mode === 'register')
      return msg.passkeyAlreadyRegistered;
    return undefined;
  }

  /** `MfaPasskeyPrompt.start()` and the button: run the ceremony of the current mode. */
  async start(): Promise<void> {
    if (this.pending || this.unsupported) return;
    this.stepUp.clear();
    this.cancelled = false;
    this.done = undefined;
    this.failure = undefined;
    if (this.host.mode === 'register') {
      const alias = cleanAlias(
        this.host.hideAlias ? this.host.alias : (this.aliasInput?.value ?? this.host.alias),
      );
      await this.enroll.run(alias);
      // The device went out with the event; nothing of it needs keeping.
      if (this.enroll.status === 'complete') this.enroll.reset();
    } else {
      await this.verify.run();
      // The proof went out with the event; its token is the app's, not ours to keep.
      if (this.verify.status === 'complete') this.verify.reset();
    }
  }

  private fail(error: MfaError): void {
    if (error.code === 'passkey-cancelled') {
      this.cancelled = true;
      this.host.dispatchEvent(new MfaCancelEvent({ reason: 'passkey-cancelled' }));
    } else if (error.code === 'passkey-unsupported') {
      this.clientUnsupported = true;
    } else if (this.stepUp.needs(error)) {
      this.stepUp.show();
      return;
    } else {
      this.failure = error;
    }
    // Focus lost while the passkey sheet was up comes back to the button, to try again; focus
    // the user put somewhere (the name field, another part of the page) stays there.
    const active = deepActiveElement();
    if (!active || composedContains(active, this.host)) {
      void this.host.updateComplete.then(() => this.button?.focus());
    }
  }

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.start();
  };

  /** Before each render (state changed here is part of it, as in `willUpdate`). */
  hostUpdate(): void {
    const host = this.host;
    if (host.mode !== this.mode) {
      this.mode = host.mode;
      this.enroll.reset();
      this.verify.reset();
      this.cancelled = false;
      this.done = undefined;
      this.failure = undefined;
    }
    host.toggleState('unsupported', this.unsupported);
    host.toggleState('cancelled', this.cancelled);
    host.toggleState('done', this.done !== undefined);
  }

  render(): TemplateResult {
    const host = this.host;
    const msg = host.msg;
    const register = host.mode === 'register';
    const pending = this.pending;
    const unsupported = this.unsupported;

    let status: string | undefined;
    if (pending) status = msg.passkeyWaiting;
    else if (this.cancelled) status = msg.passkeyCancelled;
    else if (this.done)
      status = register
        ? this.done.alias
          ? msg.passkeyCreatedNamed({ alias: this.done.alias })
          : msg.passkeyCreated
        : msg.passkeyVerified;

    let error: string | undefined;
    if (unsupported) error = msg.errorPasskeyUnsupported;
    else if (this.failure && !pending) error = host.describeError(this.failure);

    const retry = this.cancelled && !pending;
    const label = retry ? msg.tryAgain : register ? msg.passkeyRegister : msg.passkeyAuthenticate;

    return html`
      <form part="base" class="base" novalidate @submit=${this.onSubmit}>
        ${
          register && !host.hideAlias
            ? html`<div class="field">
              <label part="alias-label" for="alias">${msg.passkeyAliasLabel}</label>
              <p id="alias-hint" class="hint">${msg.passkeyAliasHint}</p>
              <input
                id="alias"
                part="alias-input"
                type="text"
                name="passkey-name"
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="go"
                maxlength=${ALIAS_MAX_LENGTH}
                aria-describedby="alias-hint"
                .value=${host.alias ?? ''}
              />
            </div>`
            : nothing
        }
        <button
          id="button"
          part=${retry ? 'button retry-button' : 'button'}
          type="submit"
          aria-disabled=${pending || unsupported ? 'true' : nothing}
          aria-describedby="error"
        >
          ${passkeyIcon}${label}
        </button>
        <div id="status" part="status" role="status" class="status ${this.done && !pending ? 'done' : ''}">${status ?? nothing}</div>
        <div id="error" part="error" role="alert" class="error">${error ?? nothing}</div>
      </form>
      ${this.stepUp.render(() => void this.start())}
    `;
  }
}
