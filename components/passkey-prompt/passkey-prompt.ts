import { property } from 'lit/decorators.js';
import type { MfaError } from '../../src/client/errors.js';
import type { ViewModule } from '../../src/internal/lazy-view.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { PasskeyPromptView } from './passkey-prompt.view.js';

/** What the ceremony is for: signing in with a passkey, or creating one. */
export type PasskeyPromptMode = 'authenticate' | 'register';

/**
 * @summary A button that runs a passkey (WebAuthn) ceremony: signs in with a passkey, or creates one (`mode="register"`).
 * @tagname mfa-passkey-prompt
 *
 * The ceremony starts only from a press of the button (or `start()` called from a click handler),
 * never on load: browsers want a user activation for it. While the browser's passkey sheet is
 * open the element says "Waiting for your passkey…". The user cancelling the sheet, or it timing
 * out, is not an error: the element fires `mfa-cancel` and offers "Try again". Without WebAuthn
 * (or when the client says passkeys are unsupported) it says so and keeps the button disabled.
 * `mode="register"` shows an optional name field for the new passkey (`hide-alias` hides it).
 *
 * @fires {MfaVerifiedEvent} mfa-verified - `mode="authenticate"`: the passkey was accepted. Detail: the proof (`method: 'passkey'`, `deviceId`, `token` when one was requested).
 * @fires {MfaEnrolledEvent} mfa-enrolled - `mode="register"`: the passkey was created. Detail: `{ device }` (with its `alias`).
 * @fires {MfaCancelEvent} mfa-cancel - The user cancelled the passkey sheet or it timed out. Detail: `{ reason: 'passkey-cancelled' }`.
 * @fires {MfaErrorEvent} mfa-error - Any other failure. Detail: `{ code, message, retryAfter? }`.
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart button - Starts the ceremony ("Use a passkey" / "Create a passkey").
 * @csspart retry-button - The same button after a cancellation, labelled "Try again" (it has both parts then).
 * @csspart alias-label - `mode="register"`: the label of the name field.
 * @csspart alias-input - `mode="register"`: the optional name of the new passkey.
 * @csspart status - Progress, cancellation and done messages (`role="status"`).
 * @csspart error - Errors and the unsupported message (`role="alert"`).
 * @csspart step-up - "Confirm it's you first": shown when the server wants a fresh proof before a factor is added.
 * @csspart step-up-message - Its message (`role="alert"`).
 * @csspart step-up-button - Opens the verification dialog; the refused step runs again after the proof.
 *
 * @cssproperty --mfa-font - Font family.
 * @cssproperty --mfa-color-text - Text color.
 * @cssproperty --mfa-color-muted - Secondary text color (hint, progress).
 * @cssproperty --mfa-color-accent - The button and the focus ring.
 * @cssproperty --mfa-color-accent-text - Text on the button.
 * @cssproperty --mfa-color-error - Error text.
 * @cssproperty --mfa-color-success - The done message.
 * @cssproperty --mfa-color-border - Set, the border of the name field unless `--mfa-color-control-border` is set.
 * @cssproperty --mfa-color-control-border - Border of the name field (default at least 3:1 against the background).
 * @cssproperty --mfa-color-background - Background of the name field.
 * @cssproperty --mfa-radius - Corner radius.
 * @cssproperty --mfa-gap - Space between the parts.
 * @cssproperty --mfa-focus-ring - Focus outline color.
 *
 * @cssstate pending - The ceremony (or its check by the server) is under way.
 * @cssstate cancelled - The user cancelled the passkey sheet or it timed out.
 * @cssstate done - The passkey was accepted or created.
 * @cssstate unsupported - This browser or device cannot use passkeys.
 * @cssstate rtl - Lays out right to left: the nearest `dir` is `rtl`, or there is none and the language is written right to left (ar, he, fa, ur…). Codes stay left to right.
 */
export class MfaPasskeyPrompt extends MfaViewElement<PasskeyPromptView> {
  /** `authenticate` (default): sign in with a passkey; `register`: create one. */
  @property({ reflect: true }) mode: PasskeyPromptMode = 'authenticate';

  /** `mode="authenticate"`: ask for an MFA token with the proof, `single-use` or `persistent`. */
  @property() token?: string;

  /** `mode="authenticate"`: space-separated step-up scopes to ask for (e.g. `wallet:export`); wins over `token`. */
  @property() scopes?: string;

  /** `mode="authenticate"`: the action the proof is for (e.g. `wallet.export`); binds a single-use token. */
  @property() action?: string;

  /** `mode="register"`: the name the name field starts with. */
  @property() alias?: string;

  /** `mode="register"`: hide the name field. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-alias' }) hideAlias = false;

  /**
   * Start the ceremony, as a press of the button does. Call it from a user activation (a click
   * handler). Resolves when the ceremony has settled; the outcome comes as events.
   */
  async start(): Promise<void> {
    await (this.lazyView.view ?? (await this.viewReady())).start();
  }

  /**
   * Passkey wording for errors whose shared text speaks of codes or apps (shown and in `mfa-error`).
   * @internal
   */
  override describeError(error: MfaError, retryIn?: number): string {
    return this.lazyView.view?.describeError(error) ?? super.describeError(error, retryIn);
  }

  protected loadView(): Promise<ViewModule<this, PasskeyPromptView>> {
    return import('./passkey-prompt.view.js');
  }
}
