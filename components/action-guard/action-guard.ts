import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { MfaToken } from '../../src/client/types.js';
import type { ViewModule } from '../../src/internal/lazy-view.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { ActionGuardView } from './action-guard.view.js';

/**
 * @summary Guards the controls it wraps: when their action needs a fresh MFA proof, it holds the click or submit, asks for a passkey, an authenticator code or a recovery code, then lets the action run.
 * @tagname mfa-action-guard
 *
 * When a slotted control is activated — a click on a button, link or `[role=button]` (Enter and
 * Space on a button are clicks too), or the submit of a slotted form — the guard holds it and asks
 * the client `isRequiredForAction(action)`, or, with `scopes` and no `action` (Dynamic's
 * 2026-04 step-up), `isStepUpRequired(scopes)` — a client without that method, or a failed check,
 * asks for a proof (fail closed). Every activation asks again; nothing is cached.
 *
 * - Not required: the activation is replayed at once (`control.click()`, or
 *   `form.requestSubmit(submitter)`), so the app's own listeners run exactly once, on the same
 *   control, with the same submitter. A replayed event is not `isTrusted`.
 * - Required: a modal dialog offers the methods the user has — passkey first, then the
 *   authenticator app, then a recovery code — reusing `<mfa-passkey-prompt>`, `<mfa-otp-input>`
 *   and `<mfa-recovery-codes>`. On success the guard fires `mfa-action-authorized` with the
 *   token, closes the dialog, puts the focus back on the control and replays the activation once.
 * - Escape or Cancel: the dialog closes, the focus goes back, `mfa-cancel` fires and the
 *   activation is dropped.
 * - No method set up: the dialog says a method is needed first; with `enroll-if-missing` it lets
 *   the user set up an authenticator app or a passkey, then verify with it (a fresh proof). A
 *   client that can re-authenticate (`sendReauthCode`) offers "Email me a code" and, when a phone
 *   is on the account, "Text me a code", each with the masked destination; "Send a new code"
 *   counts its wait down.
 *
 * `await guard.authorize()` does the same without an activation, for apps that call their
 * backend themselves. The server enforces the token; the guard only gathers the proof.
 * Activations made with `form.submit()` (which fires no `submit` event) cannot be held.
 *
 * @slot - The controls to guard: buttons, links, `[role=button]` elements, or a form.
 *
 * @fires {MfaActionAuthorizedEvent} mfa-action-authorized - A fresh proof was given; the held activation runs right after. Detail: `{ action, method, token? }`, never a code.
 * @fires {MfaCancelEvent} mfa-cancel - The user closed the dialog; the activation was dropped. Detail: `{ reason: 'dismissed', action }`.
 * @fires {MfaErrorEvent} mfa-error - A client call failed (shown in the dialog with Try again). Detail: `{ code, message, retryAfter? }`.
 * @fires {MfaEnrolledEvent} mfa-enrolled - `enroll-if-missing`: the user set up a method in the dialog. Detail: `{ device }`.
 *
 * @csspart dialog - The modal `<dialog>`.
 * @csspart base - The wrapper of the dialog's content.
 * @csspart heading - The dialog's heading ("Confirm it's you").
 * @csspart description - The `label` text under the heading.
 * @csspart methods - The tab list that switches between methods (shown when there is a choice).
 * @csspart method-tab - Each tab of the tab list.
 * @csspart method-tab-selected - The selected tab (it also has `method-tab`).
 * @csspart method-panel - The selected method's panel.
 * @csspart hint - The short instruction in a method's panel.
 * @csspart verify-button - The Verify button of the authenticator-code form.
 * @csspart code-status - "Checking your code…" under the authenticator-code form (`role="status"`).
 * @csspart countdown - How long until another code can be tried, after too many attempts.
 * @csspart message - The "a method is needed first" message.
 * @csspart status - Progress messages (`role="status"`).
 * @csspart error - Errors (`role="alert"`).
 * @csspart retry-button - Tries a failed check again.
 * @csspart cancel-button - Closes the dialog without running the action ("Cancel", or "Close").
 * @csspart code-input - The code field's native input (and `code-cell`, `code-cell-active`, `code-cell-filled`, `code-error`). The input is a light-DOM child of this element (or of the outermost kit element around it), for password managers: `::part()` does not reach it; select it as `mfa-action-guard > input[autocomplete=one-time-code]`.
 * @csspart passkey-button - The passkey prompt's button (and `passkey-status`, `passkey-error`).
 * @csspart recovery-code-input - The recovery code field (and `recovery-code-button`, `recovery-code-status`, `recovery-code-error`).
 * @csspart reauth-send-button - "Email me a code" / "Text me a code", for a user with no method when the client can re-authenticate (`sendReauthCode`).
 * @csspart reauth-sms-button - "Text me a code" (it also has `reauth-send-button`).
 * @csspart reauth-destination - The masked address or number inside a send button.
 * @csspart reauth-resend-button - "Send a new code", disabled until the client's wait is over.
 * @csspart reauth-countdown - The seconds left before a new code can be sent (visible, not announced each second).
 * @csspart reauth-code-input - The emailed or texted code's field (and `reauth-code-error`); a light-DOM child like `code-input`.
 * @csspart reauth-error - Why a code could not be sent.
 *
 * @cssproperty --mfa-font - Font family of the dialog.
 * @cssproperty --mfa-color-text - Text color.
 * @cssproperty --mfa-color-muted - Secondary text (description, hints, progress).
 * @cssproperty --mfa-color-background - Background of the dialog.
 * @cssproperty --mfa-color-accent - Primary buttons and the focus ring.
 * @cssproperty --mfa-color-accent-text - Text on primary buttons.
 * @cssproperty --mfa-color-error - Error text.
 * @cssproperty --mfa-color-border - Borders of the dialog and the tab list; set, also of the buttons unless `--mfa-color-control-border` is set.
 * @cssproperty --mfa-color-control-border - Borders of the buttons and the selected tab (default at least 3:1 against the background).
 * @cssproperty --mfa-color-surface - Background of the tab list and button hover.
 * @cssproperty --mfa-radius - Corner radius.
 * @cssproperty --mfa-gap - Space between the parts.
 * @cssproperty --mfa-focus-ring - Focus outline color.
 * @cssproperty [--mfa-dialog-width=30rem] - Width of the dialog (at most the viewport less 2rem).
 * @cssproperty [--mfa-backdrop=rgb(0 0 0 / 0.45)] - The backdrop behind the dialog.
 *
 * @cssstate checking - Asking the client whether the action needs a proof.
 * @cssstate open - The dialog is open.
 * @cssstate pending - A client call is under way.
 * @cssstate rtl - Lays out right to left: the nearest `dir` is `rtl`, or there is none and the language is written right to left (ar, he, fa, ur…). Codes stay left to right.
 */
export class MfaActionGuard extends MfaViewElement<ActionGuardView> {
  /** The action the guarded controls perform (`wallet.export`, `wallet.waas.sign`, …); binds a single-use token. Leave it out to guard by `scopes` alone. */
  @property() action = '';

  /** The MFA token to ask for with the proof: `single-use` (default), `persistent`, or `none`. */
  @property() token = 'single-use';

  /** Space-separated step-up scopes to ask for instead of a token (e.g. `wallet:export`). Without `action`, the guard asks the client whether these scopes need a proof. */
  @property() scopes?: string;

  /** What the action is, in words, shown under the dialog's heading (e.g. "Export your private key"). */
  @property() label?: string;

  /** Let a user with no MFA method set one up in the dialog, then verify with it. */
  @property({ type: Boolean, attribute: 'enroll-if-missing' }) enrollIfMissing = false;

  /**
   * Wait for Enter or the Verify button instead of sending a code as soon as its last digit
   * arrives (typed, pasted or filled in by a password manager). Enter and the button always work.
   */
  @property({ type: Boolean, attribute: 'manual-submit' }) manualSubmit = false;

  constructor() {
    super();
    this.addEventListener('click', this.hold, true);
    this.addEventListener('submit', this.hold, true);
  }

  /**
   * Ask for a fresh proof for `action` without an activation. Resolves with the token (undefined
   * when the action needs no proof, or the client issued none). Rejects with a `DOMException`
   * named `AbortError` when the user closes the dialog, or with `MfaError('not-enrolled')` when
   * they have no method (without `enroll-if-missing`). A call while one is under way joins it.
   */
  authorize(): Promise<MfaToken | undefined> {
    return this.viewReady().then((view) => view.authorize());
  }

  protected override render(): unknown {
    return html`<slot></slot>${this.renderMissingClient()}${this.lazyView.view?.render()}`;
  }

  /** Capture phase: the view decides; before it has arrived, activations are held for it. */
  private hold = (event: Event): void => {
    const path = event.composedPath();
    const view = this.lazyView.view;
    if (view) return view.intercept(event, path);
    // Until the view renders, the shadow root holds nothing to click: anything else is the content's.
    if (event.target === this) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void this.viewReady().then(
      (loaded) => loaded.intercept(event, path),
      () => undefined,
    );
  };

  protected loadView(): Promise<ViewModule<this, ActionGuardView>> {
    return import('./action-guard.view.js');
  }
}
