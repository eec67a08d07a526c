import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import {
  ClientCall,
  MfaCancelEvent,
  MfaError,
  browserSupportsPasskeys,
  deepActiveElement,
  firstFocusable,
  liveRegions,
  reactive,
  scopeList,
  settledUnder,
  stopEvent,
  tokenRequestFrom,
  viewCommonMessages,
  viewTokens,
} from '../../src/internal/view-common.js';
import type {
  MfaMethod,
  MfaProof,
  MfaStatus,
  MfaToken,
  ReauthProof,
} from '../../src/client/types.js';
import { MfaActionAuthorizedEvent } from '../../src/events/mfa-action-authorized.js';
import { actionGuardMessages } from './action-guard.messages.js';
import { styles as viewStyles } from './action-guard.styles.js';
import type { MfaActionGuard } from './action-guard.js';
import { renderTabbed, type MethodTabs } from '../../src/internal/verify/method-tabs.js';
import { offersReauth, ReauthCode, reauthStyles } from './reauth-code.js';
import { VerifyMethods, verifyMethodsStyles } from '../../src/internal/verify/verify-methods.js';

// The lazily loaded part of <mfa-action-guard> (see src/internal/lazy-view.ts): holding and
// replaying activations, the dialog, the client calls. The element keeps the public API.

export const styles = [viewTokens, liveRegions, viewStyles, verifyMethodsStyles, reauthStyles];
export const messages = { ...viewCommonMessages, ...actionGuardMessages };
/** The "no client" watcher, for the element (see `ViewModule`). */
export { MissingClient } from '../../src/internal/view-common.js';

export function createView(host: MfaActionGuard): ActionGuardView {
  return new ActionGuardView(host);
}

/** What a user activates in the slotted content: these are held; other clicks pass untouched. */
const CONTROLS =
  'button, input[type="submit"], input[type="image"], input[type="button"], input[type="reset"], a[href], area[href], [role="button"], [role="link"]';

/** An activation held until the action is allowed. */
interface Held {
  /** The control to click again, or the form to submit again. */
  control: HTMLElement;
  form?: HTMLFormElement;
  submitter?: HTMLElement | null;
  /** Guards that already allowed it (this guard sits inside another guard). */
  approved: ReadonlySet<Element>;
}

/** One request for the action, from an activation or `authorize()`; a second one joins it. */
interface Attempt {
  held: Held | undefined;
  returnFocus: HTMLElement | null;
  promise: Promise<MfaToken | undefined>;
  resolve(token: MfaToken | undefined): void;
  reject(reason: unknown): void;
  /** The dialog was opened for it. */
  opened: boolean;
}

type Step = 'check' | 'methods' | 'verify' | 'enroll' | 'reauth' | 'missing';
type EnrollChoice = 'passkey' | 'totp';

/**
 * The guards that allowed the activation being replayed right now. Replays are synchronous, so
 * a module-wide value set around the re-dispatch marks exactly that activation — and a guard
 * inside another one still asks for its own action.
 */
let replaying: ReadonlySet<Element> | undefined;

function replay(host: Element, held: Held): void {
  const previous = replaying;
  replaying = new Set([...held.approved, host]);
  try {
    const { form, submitter } = held;
    if (form) {
      const stillIts =
        submitter && submitter.isConnected && (submitter as HTMLButtonElement).form === form;
      form.requestSubmit(stillIts ? submitter : null);
    } else {
      held.control.click();
    }
  } finally {
    replaying = previous;
  }
}

/** Renders from, and acts on, one `<mfa-action-guard>`; its state lives here, not on the element. */
export class ActionGuardView implements ReactiveController {
  private readonly host: MfaActionGuard;

  @reactive private attempt: Attempt | undefined;
  @reactive private step: Step | undefined;
  /** The last failed check or status read, and how to try it again. */
  @reactive private failure: { error: MfaError; retry: () => void } | undefined;
  /** The methods the user has, from the last status read. */
  @reactive private methods: MfaMethod[] = [];
  @reactive private enrollChoice: EnrollChoice | undefined;
  /** A method was just set up in the dialog: say that a fresh proof is still needed. */
  @reactive private enrolled = false;
  /** Keys and pointer presses in the dialog so far: a step's late focus yields to them. */
  private userInputs = 0;

  private readonly check: ClientCall<[string], boolean>;
  private readonly read: ClientCall<[], MfaStatus>;
  private readonly verifier: VerifyMethods;
  /** No method, but the client can re-authenticate the user with an emailed code. */
  private readonly reauth: ReauthCode;

  constructor(host: MfaActionGuard) {
    this.host = host;
    this.check = new ClientCall<[string], boolean>(host, {
      call: (client, [action], signal) => {
        if (action !== '') return client.isRequiredForAction(action, { signal });
        // Scopes and no action (Dynamic's 2026-04 step-up): a client that cannot check scopes
        // gets no benefit of the doubt — the proof is asked for (fail closed).
        const scopes = scopeList(host.scopes);
        if (scopes.length === 0) return client.isRequiredForAction(action, { signal });
        return client.isStepUpRequired
          ? client.isStepUpRequired(scopes, { signal })
          : Promise.resolve(true);
      },
      onSuccess: (required) => this.checked(required),
      onError: (error) => this.failed(error, () => this.runCheck()),
    });
    this.read = new ClientCall<[], MfaStatus>(host, {
      call: (client, _args, signal) => client.status({ signal }),
      onSuccess: (status) => this.arrive(status),
      onError: (error) => this.failed(error, () => this.loadMethods()),
    });
    this.verifier = new VerifyMethods(
      host,
      () => ({
        methods: this.methods,
        token: tokenRequestFrom(host.token, host.scopes),
        action: this.action,
        manualSubmit: host.manualSubmit,
      }),
      (proof) => this.verified(proof),
    );
    this.reauth = new ReauthCode(
      host,
      () => ({
        token: tokenRequestFrom(host.token, host.scopes),
        action: this.action,
        manualSubmit: host.manualSubmit,
      }),
      (proof) => this.verified(proof),
    );
    host.addController(this);
  }

  hostDisconnected(): void {
    // Leaving the page ends the request: nothing is replayed later, and nothing typed is kept.
    const attempt = this.attempt;
    if (!attempt) return;
    this.end(attempt, false);
    attempt.reject(new DOMException('The guard left the page.', 'AbortError'));
  }

  /** The guarded action; '' when none is named (removing the attribute sets the property to null). */
  private get action(): string {
    const action: unknown = this.host.action;
    return typeof action === 'string' ? action.trim() : '';
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /**
   * A click or submit seen by the element in the capture phase (`path` is its composed path,
   * taken while it was dispatched: the element may hand it over after the dispatch ended).
   */
  intercept(event: Event, path: EventTarget[]): void {
    if (replaying?.has(this.host)) return;
    const root = this.host.renderRoot;
    const end = path.indexOf(this.host);
    const inside = path.slice(0, Math.max(0, end));
    // Only the guarded content's: not the dialog's own controls, nor a click on the element itself.
    // (Slotted content passes the slot; before the first render nothing passes the shadow root.)
    const fromContent =
      inside.length > 0 &&
      (!inside.includes(root) || inside.includes(root.querySelector('slot') as Element));
    if (!fromContent) return;
    const approved = replaying ?? new Set<Element>();
    let held: Held | undefined;
    if (event.type === 'submit') {
      const form = path[0] as HTMLFormElement;
      held = { control: form, form, submitter: (event as SubmitEvent).submitter, approved };
    } else {
      const control = inside.find(
        (node): node is HTMLElement => node instanceof HTMLElement && node.matches(CONTROLS),
      );
      if (control) held = { control, approved };
    }
    if (!held) {
      // Held by the element before this view arrived, but not an activation: let it happen now.
      if (event.eventPhase === Event.NONE && path[0] instanceof HTMLElement)
        replay(this.host, { control: path[0], approved });
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    // One request at a time: a second activation while one is under way is dropped.
    if (!this.attempt) void this.begin(held);
  }

  /** `MfaActionGuard.authorize()`. */
  authorize(): Promise<MfaToken | undefined> {
    return this.begin(undefined);
  }

  private begin(held: Held | undefined): Promise<MfaToken | undefined> {
    if (this.attempt) return this.attempt.promise;
    let resolve!: Attempt['resolve'];
    let reject!: Attempt['reject'];
    const promise = new Promise<MfaToken | undefined>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    // An activation has nobody awaiting it: its dismissal is not an unhandled rejection.
    promise.catch(() => undefined);
    const returnFocus =
      held && !held.form ? held.control : (held?.submitter ?? deepActiveElement());
    this.attempt = { held, returnFocus, promise, resolve, reject, opened: false };
    this.runCheck();
    return promise;
  }

  private runCheck(): void {
    this.step = 'check';
    this.failure = undefined;
    this.host.toggleState('checking', true);
    void this.check.run(this.action);
  }

  private checked(required: boolean): void {
    this.host.toggleState('checking', false);
    const attempt = this.attempt;
    if (!attempt) return;
    if (!required) {
      this.end(attempt);
      attempt.resolve(undefined);
      if (attempt.held) replay(this.host, attempt.held);
      return;
    }
    this.open(attempt);
    this.loadMethods();
  }

  private loadMethods(): void {
    this.step = 'methods';
    this.failure = undefined;
    void this.read.run();
  }

  private arrive(status: MfaStatus): void {
    if (!this.attempt) return;
    const methods = [...status.methods];
    const host = this.host;
    this.reauth.reset();
    this.methods = methods;
    this.step =
      methods.length > 0
        ? 'verify'
        : host.enrollIfMissing
          ? 'enroll'
          : offersReauth(host)
            ? 'reauth'
            : 'missing';
    if (this.step === 'reauth') this.reauth.load();
    void this.focusStep();
  }

  private failed(error: MfaError, retry: () => void): void {
    this.host.toggleState('checking', false);
    const attempt = this.attempt;
    if (!attempt) return;
    this.failure = { error, retry };
    this.open(attempt);
    void this.focusStep();
  }

  private open(attempt: Attempt): void {
    attempt.opened = true;
    this.host.toggleState('open', true);
    // `opened` changed in place: the attempt stays the same one.
    this.host.requestUpdate();
    const show = (): void => {
      const dialog = this.dialog;
      if (this.attempt === attempt && dialog && !dialog.open && dialog.isConnected)
        dialog.showModal();
    };
    // The dialog is drawn with the view's first render, which may still be on its way.
    if (this.dialog) show();
    else void this.host.updateComplete.then(show);
  }

  /** After a step change: focus where the user goes on (the method's field, Try again, Close). */
  // The step's content may still be loading; a user who pressed a key or a pointer meanwhile
  // (an arrow on the method tabs, say) has put the focus where they want it: it is not moved.
  private async focusStep(): Promise<void> {
    const inputs = this.userInputs;
    const untouched = (): boolean => this.userInputs === inputs;
    await this.host.updateComplete;
    if (!untouched()) return;
    const root = this.host.renderRoot;
    if (this.failure) {
      root.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
    } else if (this.step === 'verify') {
      await this.verifier.focus(untouched);
    } else if (this.step === 'enroll') {
      const panel = root.querySelector<HTMLElement>('.enroll [part~="method-panel"]');
      if (!panel) return;
      await settledUnder(panel);
      if (panel.isConnected && untouched()) firstFocusable(panel)?.focus();
    } else if (this.step === 'reauth') {
      await this.reauth.focus(untouched);
    } else if (this.step === 'missing') {
      root.querySelector<HTMLElement>('[part~="cancel-button"]')?.focus();
    }
  }

  private verified(proof: MfaProof | ReauthProof): void {
    const attempt = this.attempt;
    if (!attempt) return;
    const action = this.action;
    this.host.dispatchEvent(
      new MfaActionAuthorizedEvent({
        action,
        method: proof.method,
        ...(proof.token ? { token: proof.token } : {}),
      }),
    );
    this.end(attempt);
    attempt.resolve(proof.token);
    if (attempt.held) replay(this.host, attempt.held);
  }

  /** Cancel, Close, Escape: nothing runs. */
  private dismiss = (): void => {
    const attempt = this.attempt;
    if (!attempt) return;
    const missing = this.step === 'missing';
    this.end(attempt);
    this.host.dispatchEvent(new MfaCancelEvent({ reason: 'dismissed', action: this.action }));
    attempt.reject(
      missing
        ? new MfaError('not-enrolled', 'the action needs an MFA method and the user has none')
        : new DOMException('The user dismissed the verification.', 'AbortError'),
    );
  };

  /** The dialog closed (Escape closes it natively); a close of our own has ended the attempt already. */
  private onClose = (): void => {
    const attempt = this.attempt;
    if (attempt?.opened && !this.dialog?.open) this.dismiss();
  };

  private onEnrolled = (): void => {
    // The enrollment code is no proof (docs/SECURITY.md 16): verify afresh with the new method.
    this.enrolled = true;
    this.verifier.reset();
    this.loadMethods();
  };

  /** Close, drop every nested element and what was typed, and put the focus back. */
  private end(attempt: Attempt, restoreFocus = true): void {
    this.attempt = undefined;
    this.check.abort();
    this.read.reset();
    this.verifier.reset();
    this.step = undefined;
    this.failure = undefined;
    this.methods = [];
    this.enrollChoice = undefined;
    this.enrolled = false;
    this.host.toggleState('checking', false);
    this.host.toggleState('open', false);
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
    if (restoreFocus && attempt.returnFocus?.isConnected) attempt.returnFocus.focus();
  }

  private readonly noteUserInput = (): void => {
    this.userInputs += 1;
  };

  render(): TemplateResult {
    const open = this.attempt?.opened === true;
    const label = this.host.label?.trim();
    // The dialog says what it is for and, with no method to verify with, why it cannot go on.
    const described = [
      ...(label ? ['description'] : []),
      ...(this.step === 'missing' && !this.failure ? ['message'] : []),
    ].join(' ');
    return html`<dialog
      part="dialog"
      aria-labelledby=${open ? 'heading' : nothing}
      aria-describedby=${open && described ? described : nothing}
      @close=${this.onClose}
      @keydown=${this.noteUserInput}
      @pointerdown=${this.noteUserInput}
      @mfa-verified=${stopEvent}
    >
      ${open ? this.renderContent(label) : nothing}
    </dialog>`;
  }

  private renderContent(label: string | undefined): TemplateResult {
    const host = this.host;
    const msg = host.msg;
    const step = this.step;
    const failure = this.failure;
    let status: string | undefined;
    if (!failure && step === 'check') status = msg.actionGuardChecking;
    else if (!failure && step === 'methods') status = msg.actionGuardLoading;
    else if (step === 'verify' && this.enrolled) status = msg.actionGuardEnrolled;

    let body: unknown = nothing;
    if (!failure) {
      if (step === 'verify') body = this.verifier.render();
      else if (step === 'enroll') body = this.renderEnroll();
      else if (step === 'reauth') body = this.reauth.render();
      else if (step === 'missing')
        body = html`<p id="message" part="message" class="intro">${msg.actionGuardNoMethod}</p>`;
    }

    return html`<div part="base" class="base">
      <h2 id="heading" part="heading">${msg.actionGuardHeading}</h2>
      ${label ? html`<p id="description" part="description" class="description">${label}</p>` : nothing}
      ${body}
      <div part="status" class="status" role="status">${status ?? nothing}</div>
      <div part="error" class="error" role="alert">${failure ? host.describeError(failure.error) : nothing}</div>
      <div class="actions">
        ${
          failure
            ? html`<button part="retry-button" class="primary" type="button" @click=${failure.retry}>${msg.tryAgain}</button>`
            : nothing
        }
        <button part="cancel-button" type="button" @click=${this.dismiss}>
          ${step === 'missing' ? msg.actionGuardClose : msg.actionGuardCancel}
        </button>
      </div>
    </div>`;
  }

  private renderEnroll(): TemplateResult {
    const msg = this.host.msg;
    const client = this.host.activeClient;
    const choices: EnrollChoice[] = browserSupportsPasskeys() ? ['passkey', 'totp'] : ['totp'];
    const selected =
      this.enrollChoice && choices.includes(this.enrollChoice) ? this.enrollChoice : choices[0];
    const tabs: MethodTabs<EnrollChoice> = {
      id: 'enroll',
      label: msg.actionGuardEnrollLabel,
      items: choices,
      selected,
      name: (item) =>
        item === 'passkey' ? msg.actionGuardEnrollPasskey : msg.actionGuardEnrollTotp,
      onSelect: (item) => (this.enrollChoice = item),
    };
    const panel =
      selected === 'passkey'
        ? html`<mfa-passkey-prompt
            mode="register"
            exportparts="button: passkey-button, retry-button: passkey-button, alias-input: passkey-alias-input, status: passkey-status, error: passkey-error"
            .client=${client}
            @mfa-enrolled=${this.onEnrolled}
            @mfa-cancel=${stopEvent}
          ></mfa-passkey-prompt>`
        : html`<mfa-totp-enroll
            heading-level="3"
            exportparts="qr-code, secret, copy-button, otpauth-link, code-input, submit-button: enroll-submit-button, error: enroll-error, status: enroll-status"
            .client=${client}
            .manualSubmit=${this.host.manualSubmit}
            @mfa-enrolled=${this.onEnrolled}
          ></mfa-totp-enroll>`;
    return html`<div class="enroll">
      <p class="intro">${msg.actionGuardEnrollIntro}</p>
      ${renderTabbed(tabs, panel)}
    </div>`;
  }
}
