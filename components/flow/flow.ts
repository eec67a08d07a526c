import { property } from 'lit/decorators.js';
import type { ViewModule } from '../../src/internal/lazy-view.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { FlowView } from './flow.view.js';

/**
 * @summary Account-level MFA after sign-in: enroll a first method, or verify with one, then save the recovery codes.
 * @tagname mfa-flow
 *
 * Reads `client.status()` when it connects and shows the step that is pending: a choice of
 * authenticator app or passkey (the passkey only where the browser has WebAuthn) and then its
 * enrollment; or a verification with one of the user's methods; or the recovery codes to save.
 * After each step it reads the status again — it never moves on from memory alone — so a page
 * reloaded in the middle lands on the same step. When nothing is pending it fires
 * `mfa-flow-complete` once and says so. Focus moves to each new step's heading.
 *
 * The verify step is the same piece `<mfa-action-guard>`'s dialog shows (passkey first, then the
 * authenticator app, then a recovery code). The nested elements' own events (`mfa-enrolled`,
 * `mfa-recovery-codes-acknowledged`, `mfa-error`) bubble out of it as well.
 *
 * @fires {MfaFlowCompleteEvent} mfa-flow-complete - Nothing is pending any more. Detail: `{ method, enrolled }` — the method enrolled or verified with in this flow (absent when nothing was pending), and whether one was enrolled.
 * @fires {MfaVerifiedEvent} mfa-verified - The verify step succeeded. Detail: the proof (`method`, `deviceId`, `token` when `token` or `scopes` asked for one), never a code.
 * @fires {MfaErrorEvent} mfa-error - Reading the status failed. Detail: `{ code, message, retryAfter? }`.
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart heading - The step's heading (focused when the step changes).
 * @csspart intro - The line under a heading.
 * @csspart choice - The group of enrollment choices.
 * @csspart choice-button - One choice (authenticator app, passkey).
 * @csspart back-button - Back to the choice from an enrollment.
 * @csspart totp-enroll - The nested `<mfa-totp-enroll>`.
 * @csspart passkey-prompt - The nested `<mfa-passkey-prompt mode="register">` of the enrollment.
 * @csspart recovery-codes - The nested `<mfa-recovery-codes>` of the acknowledgement step.
 * @csspart methods - Verify step: the tab list that switches between methods (when there is a choice).
 * @csspart method-tab - Verify step: each tab (the selected one also has `method-tab-selected`).
 * @csspart method-panel - Verify step: the selected method's panel.
 * @csspart hint - Verify step: the short instruction in a method's panel.
 * @csspart verify-button - Verify step: the Verify button of the authenticator-code form.
 * @csspart countdown - Verify step: how long until another code can be tried.
 * @csspart code-input - Verify step: the code field's native input (and `code-cell`, `code-cell-active`, `code-cell-filled`, `code-error`). The input is a light-DOM child of this element (or of the outermost kit element around it), for password managers: `::part()` does not reach it; select it as `mfa-flow > input[autocomplete=one-time-code]`.
 * @csspart passkey-button - Verify step: the passkey prompt's button (and `passkey-status`, `passkey-error`).
 * @csspart recovery-code-input - Verify step: the recovery code field (and `recovery-code-button`, `recovery-code-status`, `recovery-code-error`).
 * @csspart status - Progress and the done message (`role="status"`).
 * @csspart error - Why the status could not be read (`role="alert"`).
 * @csspart retry-button - Reads the status again after a failure.
 *
 * @cssproperty --mfa-font - Font family.
 * @cssproperty --mfa-color-text - Text color.
 * @cssproperty --mfa-color-muted - Intro lines, hints and progress.
 * @cssproperty --mfa-color-accent - Focus ring and the hovered choice.
 * @cssproperty --mfa-color-error - Error text.
 * @cssproperty --mfa-color-success - The done message.
 * @cssproperty --mfa-color-border - Set, the borders of the choices and buttons unless `--mfa-color-control-border` is set.
 * @cssproperty --mfa-color-control-border - Borders of the choices, buttons and the selected tab (default at least 3:1 against the background).
 * @cssproperty --mfa-color-surface - Background of a hovered choice.
 * @cssproperty --mfa-radius - Corner radius.
 * @cssproperty --mfa-gap - Space between the parts.
 * @cssproperty --mfa-focus-ring - Focus outline color.
 *
 * @cssstate pending - The status is being read.
 * @cssstate enroll - No method yet: choosing and enrolling one.
 * @cssstate verify - Verifying with an existing method.
 * @cssstate acknowledge - The recovery codes are waiting to be saved.
 * @cssstate complete - Nothing is pending.
 * @cssstate error - The status could not be read.
 * @cssstate rtl - Lays out right to left: the nearest `dir` is `rtl`, or there is none and the language is written right to left (ar, he, fa, ur…). Codes stay left to right.
 */
export class MfaFlow extends MfaViewElement<FlowView> {
  /** Verify step: ask for an MFA token with the proof, `single-use` or `persistent` (it comes with the bubbling `mfa-verified`). */
  @property() token?: string;

  /** Verify step: space-separated step-up scopes to ask for; wins over `token`. */
  @property() scopes?: string;

  /** Enrollment choices to offer, space-separated: `totp`, `passkey` (default both). */
  @property() methods?: string;

  /** Level of the step headings (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Show nothing once complete instead of the done message. */
  @property({ type: Boolean, attribute: 'hide-done' }) hideDone = false;

  /**
   * Wait for Enter or the Verify button instead of sending a code as soon as its last digit
   * arrives (typed, pasted or filled in by a password manager). Enter and the button always work.
   */
  @property({ type: Boolean, attribute: 'manual-submit' }) manualSubmit = false;

  // The union is spelt out so the manifest (and types generated from it) names no internal type.
  /** The step on show, once the status has been read. */
  get step(): 'enroll' | 'verify' | 'acknowledge' | 'complete' | undefined {
    return this.lazyView.view?.step;
  }

  /** Read the status again and show the step it says; resolves when it has been read. */
  async refresh(): Promise<void> {
    await (await this.viewReady()).refresh();
  }

  protected loadView(): Promise<ViewModule<this, FlowView>> {
    return import('./flow.view.js');
  }
}
