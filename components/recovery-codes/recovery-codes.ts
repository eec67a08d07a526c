import { css } from 'lit';
import { property } from 'lit/decorators.js';
import type { ViewModule } from '../../src/internal/lazy-view.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { RecoveryCodesView } from './recovery-codes.view.js';

/** What the element is for: showing a new set of codes, or signing in with one. */
export type RecoveryCodesMode = 'show' | 'verify';

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
 * @fires {MfaRecoveryCodesAcknowledgedEvent} mfa-recovery-codes-acknowledged - The user confirmed they saved the codes and the client recorded it. No detail.
 * @fires {MfaRecoveryCodesRegeneratedEvent} mfa-recovery-codes-regenerated - `regenerate()` replaced the codes; the old set no longer works. Detail: `{ count }` only.
 * @fires {MfaVerifiedEvent} mfa-verified - `mode="verify"`: a recovery code was accepted. Detail: the proof (`method: 'recovery-code'`, `token` when requested, `recoveryCodesRemaining`), never the code.
 * @fires {MfaErrorEvent} mfa-error - A client call failed. Detail: `{ code, message, retryAfter? }`.
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
 * @csspart countdown - `mode="verify"`: how long until another code can be tried, after too many attempts (shown, not announced: the lock's length is announced once as it starts).
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
 * @cssproperty --mfa-color-border - Border of the list; set, also of the buttons and the field unless `--mfa-color-control-border` is set.
 * @cssproperty --mfa-color-control-border - Borders of the buttons and the code field (default at least 3:1 against the background).
 * @cssproperty --mfa-color-background - Background of the code field.
 * @cssproperty --mfa-color-surface - Background of the code list and button hover.
 * @cssproperty --mfa-radius - Corner radius.
 * @cssproperty --mfa-gap - Space between the parts.
 * @cssproperty --mfa-focus-ring - Focus outline color.
 *
 * @cssstate pending - A client call is under way.
 * @cssstate acknowledged - The user confirmed the codes are saved (they are no longer held).
 * @cssstate verified - `mode="verify"`: a recovery code was accepted.
 * @cssstate rtl - Lays out right to left: the nearest `dir` is `rtl`, or there is none and the language is written right to left (ar, he, fa, ur…). Codes stay left to right.
 */
export class MfaRecoveryCodes extends MfaViewElement<RecoveryCodesView> {
  /** Only what the loading line needs; the view brings the rest of the styles. */
  static override styles = css`
    :host {
      display: block;
      max-width: 34rem;
      color: var(--mfa-color-text, light-dark(#1f2328, #e6edf3));
      font: 1rem/1.5 var(--mfa-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    }
    :host([hidden]) {
      display: none;
    }
    p[part] {
      margin: 0;
      font-size: 0.9375em;
    }
    p[part~='status'] {
      color: var(--mfa-color-muted, light-dark(#59636e, #9198a1));
    }
    p[part~='error'] {
      color: var(--mfa-color-error, light-dark(#cf222e, #f85149));
    }
  `;

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

  /**
   * Replace every recovery code with a new set; the old codes stop working. Needs a fresh MFA
   * token (e.g. `proof.token.value` from a verification made with `token="single-use"`); without a
   * valid one the element shows the `unauthorized` message. The new codes must be acknowledged
   * again. Resolves when the call has settled.
   */
  async regenerate({ mfaToken }: { mfaToken?: string } = {}): Promise<void> {
    await (await this.viewReady()).regenerate(mfaToken);
  }

  protected override loadView(): Promise<ViewModule<this, RecoveryCodesView>> {
    return import('./recovery-codes.view.js');
  }
}
