/**
 * "Confirm it's you first" — the visible step a view shows when the server refuses to add a
 * factor because this session has no fresh proof (`step-up-required`, docs/SECURITY.md 27). It is
 * not an error to dismiss: the user confirms with a method they already have, in the guard's
 * dialog, and the refused step runs again.
 *
 * A view keeps one `StepUp`, asks `needs(error)` when a call fails, renders `render()` where the
 * step belongs, and passes the retry to `confirm()`. The guard verifies without asking for a
 * token: the verification itself is the session's fresh proof. The registering files of the
 * elements that use it import `mfa-action-guard.js` (a lazily loaded view must not: bundlers
 * would then split the guard out of all.js and could define it before `<mfa-provider>`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import type { MfaError } from '../client/errors.js';
import { composedContains, deepActiveElement, stopEvent } from './dom.js';
import type { MfaClientElement } from './mfa-client-element.js';
import { reactive } from './reactive.js';

/** The kit's name for adding a factor; servers always require a fresh proof for it. */
const ADD_FACTOR_ACTION = 'device.add';

export class StepUp {
  /** The refused step waits for the user to confirm. */
  @reactive private waiting = false;
  private confirming = false;

  /** `manualSubmit()`: the dialog's code fields wait for Enter (the host's `manual-submit`). */
  constructor(
    private readonly host: MfaClientElement,
    private readonly manualSubmit: () => boolean = () => false,
  ) {}

  /** Whether this failure is the refusal this piece answers. */
  needs(error: MfaError | undefined): boolean {
    return error?.code === 'step-up-required';
  }

  /**
   * Show the step (call when `needs()` said yes). Focus lost with the refused step, or still in
   * this element, moves to the step's button; focus the user put elsewhere stays.
   */
  show(): void {
    this.waiting = true;
    const active = deepActiveElement();
    if (active && !composedContains(active, this.host)) return;
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('[part="step-up-button"]')?.focus(),
    );
  }

  /** Hide it (the step started over some other way). */
  clear(): void {
    this.waiting = false;
  }

  /** Open the guard's dialog; on a proof, hide the step and `retry()`. Cancelling keeps it. */
  private async confirm(retry: () => void): Promise<void> {
    const guard = this.host.renderRoot.querySelector<MfaActionGuard>(
      'mfa-action-guard[data-step-up]',
    );
    if (!guard || this.confirming) return;
    this.confirming = true;
    try {
      await guard.authorize();
    } catch {
      // Dismissed, or no method to prove with (the guard said so): the step stays.
      this.confirming = false;
      this.host.renderRoot.querySelector<HTMLElement>('[part="step-up-button"]')?.focus();
      return;
    }
    this.confirming = false;
    this.waiting = false;
    retry();
  }

  /** The message, the button and the (closed) dialog; nothing unless the step is shown. */
  render(retry: () => void): TemplateResult | typeof nothing {
    if (!this.waiting) return nothing;
    const msg = this.host.msg;
    return html`<div part="step-up">
      <p part="step-up-message" role="alert">${msg.errorStepUpRequired}</p>
      <button part="step-up-button" type="button" @click=${() => void this.confirm(retry)}>
        ${msg.stepUpConfirm}
      </button>
      <mfa-action-guard
        data-step-up
        action=${ADD_FACTOR_ACTION}
        token="none"
        .client=${this.host.activeClient}
        .manualSubmit=${this.manualSubmit()}
        @mfa-action-authorized=${stopEvent}
        @mfa-cancel=${stopEvent}
        @mfa-error=${stopEvent}
      ></mfa-action-guard>
    </div>`;
  }
}
