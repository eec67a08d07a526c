/**
 * "Email me a code" / "Text me a code" — the guard's way for a user with no MFA method to confirm
 * it is them, when the client offers re-authentication (`sendReauthCode` / `verifyReauthCode`,
 * e.g. Dynamic's 2026-04 step-up). One button per channel the user has (`reauthDestinations`,
 * masked as the client returns them), send, resend after the client's wait (counted down, see
 * resend-countdown.ts), type the code, verify; the proof goes to the guard like a factor's. The
 * code is never kept here: the field is cleared after each try.
 *
 * Part of the guard's lazily loaded view: nothing here reaches the initial load.
 */
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { MfaError } from '../../src/client/errors.js';
import type {
  MfaToken,
  ReauthChannel,
  ReauthCodeSent,
  ReauthDestination,
  ReauthProof,
  TokenRequest,
} from '../../src/client/types.js';
import { ClientCall } from '../../src/controllers/client-call.js';
import { CodeEntry } from '../../src/internal/code-entry.js';
import { describeAttempt, Lockout, lockSeconds } from '../../src/internal/lockout.js';
import { ResendCountdown } from './resend-countdown.js';
import type { MfaClientElement } from '../../src/internal/mfa-client-element.js';
import type { MfaOtpInput } from '../otp-input/otp-input.js';
import { reactive } from '../../src/internal/reactive.js';

const CODE_LENGTH = 6;
const CODE_PARTS = 'input: reauth-code-input, error: reauth-code-error';

export interface ReauthOptions {
  token: TokenRequest | undefined;
  action: string | undefined;
  /** Wait for Enter or Verify instead of sending the code on its last digit. */
  manualSubmit?: boolean | undefined;
}

/** The token copied field by field: nothing else a client returned travels on. */
function publicToken(token: MfaToken): MfaToken {
  const copy: MfaToken = {
    value: token.value,
    singleUse: token.singleUse,
    scopes: [...token.scopes],
    expiresAt: token.expiresAt,
  };
  if (token.action !== undefined) copy.action = token.action;
  return copy;
}

/** Whether the client offers re-authentication at all. */
export function offersReauth(host: MfaClientElement): boolean {
  const client = host.activeClient;
  return (
    typeof client?.sendReauthCode === 'function' && typeof client.verifyReauthCode === 'function'
  );
}

/** A client with `sendReauthCode` but no `reauthDestinations` sends by email only. */
const EMAIL_ONLY: ReauthDestination[] = [{ channel: 'email', destination: '' }];

export class ReauthCode implements ReactiveController {
  @reactive private sent: ReauthCodeSent | undefined;
  @reactive private codeError: MfaError | undefined;
  /** Why the last code was not accepted (`codeError` is why one could not be sent). */
  @reactive private attemptError: MfaError | undefined;
  /** Where the user can get a code; undefined while the client is asked. */
  @reactive private destinations: ReauthDestination[] | undefined;
  private readonly lookup: ClientCall<[], ReauthDestination[]>;
  private readonly send: ClientCall<[ReauthChannel], ReauthCodeSent>;
  private readonly verify: ClientCall<[string], ReauthProof>;
  /** Until another code may be sent. */
  private readonly wait: ResendCountdown;
  /** Too many wrong codes: the field is locked as in the other methods (its own, not `wait`). */
  private readonly lockout: Lockout;
  /** Sends the code on its last digit unless `manual-submit` (src/internal/code-entry.ts). */
  private readonly entry: CodeEntry;
  private looked: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: MfaClientElement,
    private readonly options: () => ReauthOptions,
    private readonly onVerified: (proof: ReauthProof) => void,
  ) {
    this.lookup = new ClientCall<[], ReauthDestination[]>(host, {
      call: (client, _args, signal) =>
        client.reauthDestinations
          ? client.reauthDestinations({ signal })
          : Promise.resolve(EMAIL_ONLY),
      onSuccess: (destinations) => {
        this.destinations = destinations.filter(
          (entry) => entry.channel === 'email' || entry.channel === 'sms',
        );
      },
      onError: (error) => {
        this.destinations = [];
        this.codeError = error;
      },
    });
    this.send = new ClientCall<[ReauthChannel], ReauthCodeSent>(host, {
      call: (client, [channel], signal) => client.sendReauthCode!({ channel, signal }),
      onSuccess: (sent) => {
        this.sent = {
          channel: sent.channel === 'sms' ? 'sms' : 'email',
          destination: sent.destination,
          resendAfter: sent.resendAfter,
        };
        this.codeError = undefined;
        this.attemptError = undefined;
        this.wait.start(sent.resendAfter);
        void this.focusField();
      },
      onError: (error) => {
        this.codeError = error;
        if (error.code === 'rate-limited') this.wait.start(error.retryAfter ?? 30);
      },
    });
    this.verify = new ClientCall<[string], ReauthProof>(host, {
      call: (client, [code], signal) => {
        const { token, action } = this.options();
        return client.verifyReauthCode!({
          code,
          signal,
          ...(token ? { token } : {}),
          ...(action ? { action } : {}),
        });
      },
      onSuccess: (proof) => {
        this.field?.clear();
        this.entry.forget();
        this.onVerified({
          method: proof.method === 'sms-code' ? 'sms-code' : 'email-code',
          ...(proof.token ? { token: publicToken(proof.token) } : {}),
        });
      },
      describe: (error) => describeAttempt(host, error),
      onError: (error) => {
        this.field?.clear();
        this.attemptError = error;
        this.entry.refused(error);
        const lock = lockSeconds(error);
        // Read-only, not disabled: the focus stays where it is.
        if (lock > 0) this.lockout.start(lock);
        else void this.focusField();
      },
    });
    this.wait = new ResendCountdown(host);
    this.lockout = new Lockout(host, () => {
      if (lockSeconds(this.attemptError) > 0) this.attemptError = undefined;
    });
    this.entry = new CodeEntry(() => this.options().manualSubmit === true);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Back to "Email me a code" (a new request of the guard). */
  reset(): void {
    this.sent = undefined;
    this.codeError = undefined;
    this.attemptError = undefined;
    this.destinations = undefined;
    this.lookup.reset();
    this.field?.clear();
    this.lockout.stop();
    this.entry.forget();
  }

  /** The step shows: ask the client where a code can go. */
  load(): void {
    this.destinations = undefined;
    this.looked = this.lookup.run();
  }

  /**
   * Where focus goes when this step shows: the code field once sent, else the first send button
   * — if `stillWanted()` says so once that is known.
   */
  async focus(stillWanted: () => boolean = () => true): Promise<void> {
    await this.looked;
    await this.host.updateComplete;
    if (!stillWanted()) return;
    if (this.sent) await this.focusField();
    else this.host.renderRoot.querySelector<HTMLElement>('[part~="reauth-send-button"]')?.focus();
  }

  private get field(): MfaOtpInput | null {
    return this.host.renderRoot?.querySelector<MfaOtpInput>('.reauth mfa-otp-input') ?? null;
  }

  private async focusField(): Promise<void> {
    await this.host.updateComplete;
    this.field?.focus();
  }

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  /** The last digit arrived (typed, pasted, filled in): send it, the kit's default. */
  private onComplete = (): void => {
    const field = this.field;
    if (
      field &&
      this.entry.sendsOnComplete(field.value, this.verify.pending || this.lockout.running)
    )
      void this.submit();
  };

  private async submit(): Promise<void> {
    const field = this.field;
    if (!field || this.verify.pending || this.lockout.running || !field.complete) {
      field?.focus();
      return;
    }
    const code = field.value;
    this.entry.sending(code);
    // The last message goes first, so the answer is announced even when it says the same.
    this.codeError = undefined;
    this.attemptError = undefined;
    this.lockout.quiet();
    await this.host.updateComplete;
    if (!this.verify.pending) await this.verify.run(code);
  }

  render(): TemplateResult {
    const host = this.host;
    const msg = host.msg;
    const error = this.codeError ? host.describeError(this.codeError) : '';
    const refused = this.attemptError;
    // A timed lock has its own message (the countdown); the field says nothing meanwhile.
    let fieldError = error;
    if (refused) fieldError = lockSeconds(refused) > 0 ? '' : describeAttempt(host, refused);
    const locked = this.lockout.running;
    const destinations = this.destinations;
    if (!destinations)
      return html`<div class="reauth"><p part="hint" class="hint">${msg.actionGuardLoading}</p></div>`;
    if (destinations.length === 0 && !this.sent) {
      return html`<div class="reauth">
        <p id="message" part="message" class="intro">${msg.actionGuardNoMethod}</p>
        ${error ? html`<p part="reauth-error" class="error" role="alert">${error}</p>` : nothing}
      </div>`;
    }
    const sendButton = (destination: ReauthDestination, primary: boolean) => {
      const sms = destination.channel === 'sms';
      return html`<button
        part=${sms ? 'reauth-send-button reauth-sms-button' : 'reauth-send-button'}
        class=${primary ? 'primary' : ''}
        type="button"
        ?disabled=${this.wait.running}
        aria-describedby=${this.wait.describedBy ?? nothing}
        aria-busy=${this.send.pending ? 'true' : 'false'}
        @click=${() => void this.send.run(destination.channel)}
      >
        ${sms ? msg.actionGuardReauthSendSms : msg.actionGuardReauthSend}${
          destination.destination
            ? html` <span part="reauth-destination" class="destination" dir="ltr">${destination.destination}</span>`
            : nothing
        }
      </button>`;
    };
    const sent = this.sent;
    if (!sent) {
      return html`<div class="reauth">
        ${destinations.map((destination, index) => sendButton(destination, index === 0))}
        ${this.wait.render()}
        ${error ? html`<p part="reauth-error" class="error" role="alert">${error}</p>` : nothing}
      </div>`;
    }
    const sms = sent.channel === 'sms';
    const others = destinations.filter((entry) => entry.channel !== sent.channel);
    return html`<form class="reauth code-form" novalidate @submit=${this.onSubmit}>
      <p part="hint" class="hint" role="status">${
        sms
          ? msg.actionGuardReauthSentSms({ destination: sent.destination })
          : msg.actionGuardReauthSent({ destination: sent.destination })
      }</p>
      <div class="code-entry">
        <mfa-otp-input
          exportparts=${CODE_PARTS}
          .length=${CODE_LENGTH}
          .label=${sms ? msg.actionGuardReauthLabelSms : msg.actionGuardReauthLabel}
          .errorMessage=${fieldError}
          ?readonly=${this.verify.pending || locked}
          @mfa-complete=${this.onComplete}
        ></mfa-otp-input>
        <button part="verify-button" class="primary" type="submit" aria-disabled=${locked ? 'true' : 'false'} aria-busy=${this.verify.pending ? 'true' : 'false'}>
          ${msg.verifyTotpSubmit}
        </button>
      </div>
      ${this.lockout.render((time) => msg.errorRetryIn({ time }))}
      <div class="resend-row">
        <button
          part="reauth-resend-button"
          type="button"
          ?disabled=${this.wait.running}
          aria-describedby=${this.wait.describedBy ?? nothing}
          aria-busy=${this.send.pending ? 'true' : 'false'}
          @click=${() => void this.send.run(sent.channel)}
        >
          ${msg.actionGuardReauthResend}
        </button>
        ${others.map((destination) => sendButton(destination, false))}
      </div>
      ${this.wait.render()}
    </form>`;
  }
}

/** The step's layout (the guard's view adopts it); buttons take the view's own look. */
export const reauthStyles = css`
  .reauth {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .reauth .hint,
  .reauth .countdown {
    margin: 0;
    color: var(--mfa-color-muted, light-dark(#59636e, #9198a1));
    font-size: 0.9375em;
  }

  .reauth .destination {
    font-weight: normal;
    unicode-bidi: isolate;
  }

  .reauth .resend-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
