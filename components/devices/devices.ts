import { property } from 'lit/decorators.js';
import type { ViewModule } from '../../src/internal/lazy-view.js';
import { MfaViewElement } from '../../src/internal/mfa-view-element.js';
import type { DevicesView } from './devices.view.js';

/**
 * @summary The user's sign-in methods (type, name, added, last used), with delete after a fresh proof, new recovery codes, and adding a method.
 * @tagname mfa-devices
 *
 * Lists `client.status().devices` with dates in the element's language, and the number of unused
 * recovery codes. Deleting a method needs a fresh proof: an internal `<mfa-action-guard
 * action="device.delete">` asks for one and its single-use token goes to `client.deleteDevice()`.
 * Deleting the last verified method first asks for an explicit confirmation that two-step
 * verification will be off. "Create new codes" is guarded the same way
 * (`recovery-codes.regenerate`), then shows the new codes until the user acknowledges them.
 * "Add authenticator app" / "Add passkey" set one up in place; as there can be only one
 * authenticator app, once one is verified the element explains that instead.
 *
 * The nested elements' own events (`mfa-enrolled`, `mfa-recovery-codes-regenerated`,
 * `mfa-recovery-codes-acknowledged`, `mfa-error`) bubble out of it as well.
 *
 * @fires {MfaDeviceDeletedEvent} mfa-device-deleted - A method was deleted after a fresh proof. Detail: `{ deviceId, type }`.
 * @fires {MfaErrorEvent} mfa-error - A client call failed. Detail: `{ code, message, retryAfter? }`.
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart list - The list of methods.
 * @csspart device - One method (a list item).
 * @csspart device-name - Its name: the alias, or the kind of method.
 * @csspart device-type - The kind of method, under an alias.
 * @csspart details - Added, last used and (authenticator app) status.
 * @csspart delete-button - Deletes the method (after a fresh proof).
 * @csspart confirm - The "this is your last method" confirmation.
 * @csspart confirm-button - "Delete anyway".
 * @csspart keep-button - "Keep it".
 * @csspart empty - The line shown when there is no method.
 * @csspart recovery - The recovery codes row.
 * @csspart regenerate-button - "Create new codes" (after a fresh proof).
 * @csspart recovery-codes - The nested `<mfa-recovery-codes>` showing a new set.
 * @csspart add - The row of "Add …" buttons.
 * @csspart add-button - "Add authenticator app", "Add passkey".
 * @csspart note - Why there is no "Add authenticator app" (one per account).
 * @csspart panel - Where a method is added or new codes are shown.
 * @csspart totp-enroll - The nested `<mfa-totp-enroll>`.
 * @csspart passkey-prompt - The nested `<mfa-passkey-prompt mode="register">`.
 * @csspart close-button - Closes the add or new-codes panel.
 * @csspart status - Progress and outcomes (`role="status"`).
 * @csspart error - Errors (`role="alert"`).
 * @csspart retry-button - Reads the list again after a failure.
 *
 * @cssproperty --mfa-font - Font family.
 * @cssproperty --mfa-color-text - Text color.
 * @cssproperty --mfa-color-muted - Details, hints and progress.
 * @cssproperty --mfa-color-accent - Icons and the focus ring.
 * @cssproperty --mfa-color-error - Errors and the delete buttons.
 * @cssproperty --mfa-color-success - Verified.
 * @cssproperty --mfa-color-warning - The last-method warning and a low code count.
 * @cssproperty --mfa-color-border - Borders of the list and panels; set, also of the buttons unless `--mfa-color-control-border` is set.
 * @cssproperty --mfa-color-control-border - Borders of the buttons (default at least 3:1 against the background).
 * @cssproperty --mfa-color-surface - Background of the panels and button hover.
 * @cssproperty --mfa-radius - Corner radius.
 * @cssproperty --mfa-gap - Space between the parts.
 * @cssproperty --mfa-focus-ring - Focus outline color.
 *
 * @cssstate pending - A client call is under way.
 * @cssstate empty - The user has no method.
 * @cssstate confirming - Waiting for the user to confirm deleting the last method.
 * @cssstate rtl - Lays out right to left: the nearest `dir` is `rtl`, or there is none and the language is written right to left (ar, he, fa, ur…). Codes stay left to right.
 */
export class MfaDevices extends MfaViewElement<DevicesView> {
  /** Hide the "Add authenticator app" / "Add passkey" buttons. */
  @property({ type: Boolean, attribute: 'hide-add' }) hideAdd = false;

  /** Level of the section and panel titles in the page's outline (2–6); they are headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Adding an authenticator app: wait for Enter or the Verify button instead of sending a code as soon as its last digit
   * arrives (typed, pasted or filled in by a password manager). Enter and the button always work.
   */
  @property({ type: Boolean, attribute: 'manual-submit' }) manualSubmit = false;

  /** Read the list again (after a change made elsewhere); resolves when it has been read. */
  async refresh(): Promise<void> {
    await (await this.viewReady()).refresh();
  }

  protected loadView(): Promise<ViewModule<this, DevicesView>> {
    return import('./devices.view.js');
  }
}
