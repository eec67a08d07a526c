import {
  ClientCall,
  MfaVerifiedEvent,
  browserSupportsPasskeys,
  headingLevel,
  liveRegions,
  passkeyIcon,
  reactive,
  tokenRequestFrom,
  totpIcon,
  viewCommonMessages,
  viewTokens,
} from '../../src/internal/view-common.js';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Phrase } from '../../src/messages/en.js';
import type { MfaMethod, MfaProof, MfaStatus } from '../../src/client/types.js';
import type { MfaEnrolledEvent } from '../../src/events/mfa-enrolled.js';
import { MfaFlowCompleteEvent } from '../../src/events/mfa-flow-complete.js';
import {
  VerifyMethods,
  verifyMethodsMessages,
  verifyMethodsStyles,
} from '../../src/internal/verify/verify-methods.js';
import { flowMessages } from './flow.messages.js';
import { styles as viewStyles } from './flow.styles.js';
import type { MfaFlow } from './flow.js';

// The lazily loaded part of <mfa-flow> (see src/internal/lazy-view.ts): the steps' templates,
// the status reads and the moves between steps. The element keeps the public API.

export const styles = [viewTokens, liveRegions, viewStyles, verifyMethodsStyles];
export const messages = { ...viewCommonMessages, ...flowMessages, ...verifyMethodsMessages };
/** The "no client" watcher, for the element (see `ViewModule`). */
export { MissingClient } from '../../src/internal/view-common.js';

export function createView(host: MfaFlow): FlowView {
  return new FlowView(host);
}

/** The step on show; `complete` once nothing is pending. */
export type FlowStep = 'enroll' | 'verify' | 'acknowledge' | 'complete';

/** What can be enrolled from the flow. */
type EnrollChoice = 'totp' | 'passkey';

/**
 * While a choice of methods is on screen, fetch the views of what it offers, so the one picked
 * renders at once rather than one round trip later. A single method needs nothing: its element
 * renders straight away and asks for its view itself. Only the views: the QR encoder comes when
 * an enrollment starts (totp-enroll.ts). The module loader keeps one copy; a failure here is left
 * to the element's own import, which reports it.
 */
function preloadChoices(choices: EnrollChoice[]): void {
  if (choices.length < 2) return;
  for (const choice of choices) {
    const view =
      choice === 'totp'
        ? import('../totp-enroll/totp-enroll.view.js')
        : import('../passkey-prompt/passkey-prompt.view.js');
    void view.catch(() => undefined);
  }
}

const STEP_OF: Record<NonNullable<MfaStatus['pending']> | 'none', FlowStep> = {
  enroll: 'enroll',
  verify: 'verify',
  'acknowledge-recovery-codes': 'acknowledge',
  none: 'complete',
};

const STATES = ['enroll', 'verify', 'acknowledge', 'complete', 'error'] as const;

/** A real heading of the level the page asks for (kept to h2–h6), focusable by script only. */
function heading(level: number, text: string): TemplateResult {
  switch (headingLevel(level)) {
    case 3:
      return html`<h3 part="heading" class="heading" tabindex="-1">${text}</h3>`;
    case 4:
      return html`<h4 part="heading" class="heading" tabindex="-1">${text}</h4>`;
    case 5:
      return html`<h5 part="heading" class="heading" tabindex="-1">${text}</h5>`;
    case 6:
      return html`<h6 part="heading" class="heading" tabindex="-1">${text}</h6>`;
    default:
      return html`<h2 part="heading" class="heading" tabindex="-1">${text}</h2>`;
  }
}

/** Renders from, and acts on, one `<mfa-flow>`; its state lives here, not on the element. */
export class FlowView implements ReactiveController {
  private readonly host: MfaFlow;
  private readonly read: ClientCall<[], MfaStatus>;
  private readonly verifier: VerifyMethods;

  /** The last status read (the call's own value is gone while it reads again). */
  @reactive private status: MfaStatus | undefined;
  /** The enrollment the user picked, while in the `enroll` step. */
  @reactive private choice: EnrollChoice | undefined;
  /** The method enrolled or verified with in this flow, for `mfa-flow-complete`. */
  private method: MfaMethod | undefined;
  private enrolled = false;
  /** A short progress line ("Authenticator app added."), announced with the next step. */
  @reactive private notice: Phrase | undefined;
  /** Set once `mfa-flow-complete` went out, until a step is pending again. */
  private completed = false;
  /** Move focus to the heading once the next render is done (set with a change that renders). */
  private focusPending = false;
  /** The user did something here (chose, retried, finished a step) that the next read answers. */
  private userActed = false;

  constructor(host: MfaFlow) {
    this.host = host;
    // Read when the element connects, as soon as it has a client (set or provided late).
    this.read = new ClientCall<[], MfaStatus>(host, {
      call: (client, _args, signal) => client.status({ signal }),
      onSuccess: (status) => this.arrive(status),
      onError: () => this.failed(),
      auto: () => [],
    });
    this.verifier = new VerifyMethods(
      host,
      () => ({
        methods: this.status?.methods ?? [],
        token: tokenRequestFrom(host.token, host.scopes),
        manualSubmit: host.manualSubmit,
      }),
      (proof) => this.verified(proof),
    );
    host.addController(this);
  }

  /** The step on show, once the status has been read. */
  get step(): FlowStep | undefined {
    return this.status ? STEP_OF[this.status.pending ?? 'none'] : undefined;
  }

  /** `MfaFlow.refresh()`. */
  async refresh(): Promise<void> {
    await this.read.run();
  }

  /** Before each render (state changed here is part of it, as in `willUpdate`). */
  hostUpdate(): void {
    const step = this.read.status === 'error' ? 'error' : this.step;
    for (const name of STATES) this.host.toggleState(name, name === step);
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.host.renderRoot
      .querySelector<HTMLElement>('[part~="heading"], [part~="retry-button"]')
      ?.focus();
  }

  /**
   * Whether to move focus along: the user is working in the element, or acted here and the
   * control they used went away (focus fell back to the body). On first load, or when the app
   * calls refresh(), the page keeps its focus.
   */
  private followUser(): boolean {
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    const follow = this.host.matches(':focus-within') || (this.userActed && lost);
    this.userActed = false;
    return follow;
  }

  private arrive(status: MfaStatus): void {
    const before = this.step;
    this.status = status;
    const step = this.step!;
    const follow = this.followUser();
    if (step !== before) {
      if (step !== 'enroll') this.choice = undefined;
      if (step !== 'verify') this.verifier.reset();
      this.focusPending = follow;
      if (step === 'enroll') preloadChoices(this.choices());
    }
    if (step === 'complete') {
      if (!this.completed) {
        this.completed = true;
        this.host.dispatchEvent(
          new MfaFlowCompleteEvent({
            enrolled: this.enrolled,
            ...(this.method ? { method: this.method } : {}),
          }),
        );
      }
    } else if (this.completed) {
      // Something is pending again (signed out, a method deleted): a new flow begins.
      this.completed = false;
      this.enrolled = false;
      this.method = undefined;
      this.notice = undefined;
    }
  }

  private failed(): void {
    // The call's own error renders; the focus follows it.
    this.focusPending = this.followUser();
  }

  /** A step succeeded: say so, and ask the client what comes next. */
  private stepDone(method: MfaMethod | undefined, notice: Phrase): void {
    if (method) this.method = method;
    this.notice = notice;
    this.userActed = true;
    void this.read.run();
  }

  /** The verify step's proof goes to the page (its token is the page's), then on to the next step. */
  private verified(proof: MfaProof): void {
    this.host.dispatchEvent(new MfaVerifiedEvent(proof));
    this.stepDone(proof.method, (msg) => msg.flowVerified);
  }

  private choose(choice: EnrollChoice | undefined): void {
    this.focusPending = true;
    this.choice = choice;
    this.notice = undefined;
  }

  private onEnrolled = (event: MfaEnrolledEvent): void => {
    const type = event.detail.device.type;
    this.enrolled = true;
    this.stepDone(type, (msg) =>
      type === 'passkey' ? msg.flowEnrolledPasskey : msg.flowEnrolledTotp,
    );
  };

  private onAcknowledged = (): void => {
    // Saving the codes proves nothing: the flow's method stays the one enrolled or verified with.
    this.stepDone(undefined, (msg) => msg.flowCodesSaved);
  };

  private retry = (): void => {
    this.userActed = true;
    void this.read.run();
  };

  /** The enrollment choices this page and browser allow, in the order offered. */
  private choices(): EnrollChoice[] {
    const wanted = (this.host.methods ?? '')
      .split(/\s+/)
      .filter((m): m is EnrollChoice => m === 'totp' || m === 'passkey');
    const allowed: EnrollChoice[] = wanted.length > 0 ? wanted : ['totp', 'passkey'];
    return allowed.filter(
      (choice, i) =>
        allowed.indexOf(choice) === i && (choice === 'totp' || browserSupportsPasskeys()),
    );
  }

  render(): TemplateResult {
    const host = this.host;
    const msg = host.msg;
    const reading = this.read.pending;
    const error = this.read.status === 'error' ? this.read.error : undefined;
    const step = error ? undefined : this.step;

    let body: TemplateResult | typeof nothing = nothing;
    if (step === 'enroll') body = this.renderEnroll();
    else if (step === 'verify') body = this.renderVerify();
    else if (step === 'acknowledge') body = this.renderAcknowledge();
    else if (step === 'complete' && !host.hideDone)
      body = heading(host.headingLevel, msg.flowDoneHeading);

    let status: string | undefined;
    // A read that waits for its client shows the same line.
    if (
      (reading || (this.read.status === 'initial' && !host.missingClient?.visible)) &&
      !this.status
    )
      status = msg.flowChecking;
    else if (step === 'complete') status = host.hideDone ? undefined : msg.flowDone;
    else status = this.notice?.(this.host.msg);

    return html`<div part="base" class="base">
      ${body}
      <div part="status" role="status" class="status ${step === 'complete' ? 'done' : ''}">${status ?? nothing}</div>
      <div part="error" role="alert" class="error">${error ? host.describeError(error) : nothing}</div>
      ${
        error && !reading
          ? html`<button part="retry-button" class="button" type="button" @click=${this.retry}>${msg.tryAgain}</button>`
          : nothing
      }
    </div>`;
  }

  private renderEnroll(): TemplateResult {
    const host = this.host;
    const msg = host.msg;
    const choices = this.choices();
    const choice =
      choices.length === 1
        ? choices[0]
        : this.choice && choices.includes(this.choice)
          ? this.choice
          : undefined;
    const back =
      choices.length > 1
        ? html`<button part="back-button" class="button back" type="button" @click=${() => this.choose(undefined)}>
            ${msg.flowBack}
          </button>`
        : nothing;
    const level = host.headingLevel;

    if (choice === 'totp') {
      return html`${heading(level, msg.flowTotpHeading)}
        <mfa-totp-enroll part="totp-enroll" heading-level=${headingLevel(level + 1)} .client=${host.activeClient} .manualSubmit=${host.manualSubmit} @mfa-enrolled=${this.onEnrolled}></mfa-totp-enroll>
        ${back}`;
    }
    if (choice === 'passkey') {
      return html`${heading(level, msg.flowPasskeyHeading)}
        <p part="intro" class="intro">${msg.flowPasskeyIntro}</p>
        <mfa-passkey-prompt
          part="passkey-prompt"
          mode="register"
          .client=${host.activeClient}
          @mfa-enrolled=${this.onEnrolled}
        ></mfa-passkey-prompt>
        ${back}`;
    }
    if (choices.length === 0) {
      return html`${heading(level, msg.flowEnrollHeading)}
        <p part="intro" class="intro">${msg.flowNoMethod}</p>`;
    }
    return html`${heading(level, msg.flowEnrollHeading)}
      <p part="intro" id="intro" class="intro">${msg.flowEnrollIntro}</p>
      <div part="choice" class="choice" role="group" aria-labelledby="intro">
        ${choices.map((option) => {
          const [label, hint, icon] =
            option === 'totp'
              ? [msg.flowChoiceTotp, msg.flowChoiceTotpHint, totpIcon]
              : [msg.flowChoicePasskey, msg.flowChoicePasskeyHint, passkeyIcon];
          return html`<button
            part="choice-button"
            class="choice-button"
            type="button"
            @click=${() => this.choose(option)}
          >
            ${icon}<span class="choice-text"
              ><span class="choice-label">${label}</span><span class="choice-hint">${hint}</span></span
            >
          </button>`;
        })}
      </div>`;
  }

  private renderVerify(): TemplateResult {
    const msg = this.host.msg;
    return html`${heading(this.host.headingLevel, msg.flowVerifyHeading)}
      <p part="intro" class="intro">${msg.flowVerifyIntro}</p>
      <div class="verify">${this.verifier.render()}</div>`;
  }

  private renderAcknowledge(): TemplateResult {
    return html`${heading(this.host.headingLevel, this.host.msg.flowAcknowledgeHeading)}
      <mfa-recovery-codes
        part="recovery-codes"
        .client=${this.host.activeClient}
        @mfa-recovery-codes-acknowledged=${this.onAcknowledged}
      ></mfa-recovery-codes>`;
  }
}
