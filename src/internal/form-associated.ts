import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { MfaElement } from './mfa-element.js';

/** What a control submits and saves for restoring: the types `ElementInternals.setFormValue()` takes. */
export type FormValue = File | string | FormData | null;

/** What the browser hands back to `formStateRestoreCallback()` (a saved `FormData` comes back as its entries). */
export type FormRestoreState = File | string | Array<[string, FormDataEntryValue]>;

/**
 * The kit's form controls hold one-time codes, which are never saved as restorable state
 * (docs/SECURITY.md 26): the browser gets no state to bring back on back/forward or reload.
 */
const NO_RESTORE = null;

/** Why the state is restored: the page came back (`restore`) or the browser autofilled it (`autocomplete`). */
export type FormRestoreReason = 'restore' | 'autocomplete';

/** A constraint flag a validator can raise. `customError` belongs to `setCustomValidity()`. */
export type ValidityFlag = Exclude<keyof ValidityStateFlags, 'customError'>;

/**
 * One constraint. `invalid` runs on every change of a reactive property (every keystroke), so it
 * must be cheap and must not read layout; `message` runs only for a set of failing flags not seen
 * since the last forced refresh (language, `messages`, `validationMessage`, a subclass's
 * `updateValidity(true)`), so it may look up translated text, and must not depend on anything
 * else that changes without one.
 */
export interface Validator<E> {
  readonly flag: ValidityFlag;
  /** True when the element breaks this constraint. */
  invalid(element: E): boolean;
  /** The text the browser shows for this failure, in the element's language. */
  message(element: E): string;
}

/**
 * Base of form controls: a form-associated custom element on `ElementInternals` that behaves like
 * a native `<input>` towards its form.
 *
 * - `name`, `disabled`, `required`, `readonly` and `defaultValue` (the `value` attribute) are backed
 *   by their attributes and change them synchronously, because the platform reads the attributes
 *   (`name` for `FormData`, `disabled` and `readonly` to bar validation) in the same task.
 * - `value` is the current value. It is handed to the form (`setFormValue`) and the validity is
 *   recomputed synchronously on every change of a public reactive property, so `new FormData(form)`,
 *   `form.checkValidity()` and `form.requestSubmit()` never see a stale value.
 * - Validity comes from `validators()` (ValidityState flags + message) and `setCustomValidity()`,
 *   anchored to `validityAnchor` (the inner native control) for the browser's validation bubble.
 * - `formResetCallback` returns to `defaultValue`; `formStateRestoreCallback` takes back a string;
 *   `formDisabledCallback` follows a disabled `<fieldset>` (see `isDisabled`).
 */
export class MfaFormAssociatedElement extends MfaElement {
  static readonly formAssociated = true;

  private currentValue = '';
  private fieldsetDisabled = false;
  private customValidityMessage = '';
  private validityKey: string | undefined;
  /** Messages by failing flags since the last forced refresh: typing goes back and forth. */
  private validityMessages = new Map<string, string>();
  private validityAnchorUsed: HTMLElement | undefined;
  /** The message last handed to `setValidity`, so a forced refresh that finds it unchanged skips the call. */
  private validityMessageUsed: string | undefined;
  /** The string last handed to `setFormValue` (`undefined` before the first, or for a non-string). */
  private formValueUsed: string | undefined;

  /** Whether the value has been changed by the user or a script since the last reset. */
  protected dirty = false;

  /** The name the value is submitted under. */
  @property({ noAccessor: true })
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(name: string) {
    this.setAttribute('name', name ?? '');
  }

  /** Disables the control: it cannot be focused or edited and is left out of the form data. */
  @property({ type: Boolean, noAccessor: true })
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(disabled: boolean) {
    this.toggleAttribute('disabled', Boolean(disabled));
  }

  /** The form cannot be submitted while the control is empty. */
  @property({ type: Boolean, noAccessor: true })
  get required(): boolean {
    return this.hasAttribute('required');
  }
  set required(required: boolean) {
    this.toggleAttribute('required', Boolean(required));
  }

  /** The value can be focused and selected but not edited; the control is not validated. */
  @property({ type: Boolean, noAccessor: true })
  get readonly(): boolean {
    return this.hasAttribute('readonly');
  }
  set readonly(readonly: boolean) {
    this.toggleAttribute('readonly', Boolean(readonly));
  }

  /** The initial value (the `value` attribute); a form reset returns to it. */
  @property({ attribute: 'value', noAccessor: true })
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }
  set defaultValue(value: string) {
    this.setAttribute('value', value ?? '');
  }

  /** The current value, submitted with the form. Setting it fires no event. */
  @property({ attribute: false })
  get value(): string {
    return this.currentValue;
  }
  set value(value: string) {
    this.currentValue = value == null ? '' : String(value);
    this.dirty = true;
  }

  /** The `<form>` this control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements that label this control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** The control's validity flags. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message the browser would show for the current failure, or `''`. */
  get validationMessage(): string {
    this.updateValidity(true);
    return this.internals.validationMessage;
  }

  /** False when the control is barred from validation (disabled, read-only, in a `<datalist>`). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the value meets its constraints; fires `invalid` when it does not. */
  checkValidity(): boolean {
    this.updateValidity();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and the browser shows the message at the field when invalid. */
  reportValidity(): boolean {
    this.updateValidity(true);
    return this.internals.reportValidity();
  }

  /** Set a failure of your own (`validity.customError`); `''` clears it. */
  setCustomValidity(message: string): void {
    this.customValidityMessage = message ?? '';
    this.updateValidity(true);
  }

  /** Disabled by its own attribute or by a disabled `<fieldset>` around it. */
  protected get isDisabled(): boolean {
    return this.disabled || this.fieldsetDisabled;
  }

  /** The constraints of this control, checked in order; the first failure's message is shown. */
  protected validators(): ReadonlyArray<Validator<this>> {
    return [];
  }

  /** The inner element the browser anchors its validation bubble to. */
  protected get validityAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** The value handed to the form. */
  protected formValue(): FormValue {
    return this.value;
  }

  /** Text of the `<label>`s of this control, to name an inner control that labels cannot reach. */
  protected labelText(): string {
    let text = '';
    for (const label of Array.from(this.internals.labels)) text += ` ${label.textContent ?? ''}`;
    return text.replace(/\s+/g, ' ').trim();
  }

  /**
   * Set the value as the user's edit without asking Lit for an update: the form value and the
   * validity are set now, as for `value = …`. For a control that draws the edit itself (the
   * code field, docs/ARCHITECTURE.md "The code field"); it calls `requestUpdate()` when what it
   * renders depends on the change.
   */
  protected setUserValue(value: string): void {
    this.currentValue = value;
    this.dirty = true;
    this.syncFormValue();
    this.updateValidity();
  }

  /** Set the value as the clean, not-yet-edited value (reset, `value` attribute). */
  protected setCleanValue(value: string): void {
    this.value = value;
    this.dirty = false;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // The accessors above read and write these attributes directly; Lit only needs to know that
    // something changed (letting Lit set the property from the attribute would loop).
    switch (name) {
      case 'name':
        this.requestUpdate('name', old ?? '');
        return;
      case 'disabled':
      case 'required':
      case 'readonly':
        this.requestUpdate(name, old !== null);
        return;
      case 'value':
        // Like a native input: the attribute drives the value until the value is edited.
        if (!this.dirty) this.setCleanValue(value ?? '');
        this.requestUpdate('defaultValue', old ?? '');
        return;
      default:
        super.attributeChangedCallback(name, old, value);
    }
  }

  override requestUpdate(...args: Parameters<MfaElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    const [name] = args;
    // Lit calls this from its constructor, before `internals` exists. Internal @state changes
    // (focus, selection) do not touch the form.
    if (!this.internals || name === undefined) return;
    if ((this.constructor as typeof MfaFormAssociatedElement).getPropertyOptions(name).state)
      return;
    this.syncFormValue();
    this.updateValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncFormValue();
    this.updateValidity(true);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The anchor exists now.
    this.updateValidity(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('messages')) this.updateValidity(true);
  }

  /**
   * Hand the value to the form. An unchanged string is not handed again: creating a field sets
   * several properties, and each would call `setFormValue` (docs/ARCHITECTURE.md, "Performance
   * targets").
   */
  private syncFormValue(): void {
    const value = this.formValue();
    if (typeof value === 'string' && value === this.formValueUsed) return;
    this.formValueUsed = typeof value === 'string' ? value : undefined;
    this.internals.setFormValue(value, NO_RESTORE);
  }

  /**
   * Recompute the validity. Skips `setValidity` when the failing flags (and anchor) are the same
   * as last time, and reuses the message of flags seen before, so typing does not format
   * messages; `force` refreshes the message too.
   */
  protected updateValidity(force = false): void {
    const flags: ValidityStateFlags = {};
    let key = '';
    let first: Validator<this> | undefined;
    for (const validator of this.validators()) {
      if (!validator.invalid(this)) continue;
      flags[validator.flag] = true;
      key += `${validator.flag} `;
      first ??= validator;
    }
    if (this.customValidityMessage) {
      flags.customError = true;
      key += `customError:${this.customValidityMessage}`;
    }
    const anchor = this.validityAnchor;
    if (force) this.validityMessages.clear();
    else if (key === this.validityKey && anchor === this.validityAnchorUsed) return;
    // A forced refresh that finds the same flags, anchor and message changes nothing.
    const same = key === this.validityKey && anchor === this.validityAnchorUsed;
    this.validityKey = key;
    this.validityAnchorUsed = anchor;
    if (!same) this.validityMessageUsed = undefined;
    if (!key) {
      if (this.validityMessageUsed !== '') this.internals.setValidity({});
      this.validityMessageUsed = '';
      return;
    }
    // setValidity throws on an empty message while a flag is set.
    let message = this.validityMessages.get(key);
    if (message === undefined) {
      message =
        this.customValidityMessage || first?.message(this) || first?.flag || 'Invalid value.';
      this.validityMessages.set(key, message);
    }
    if (message === this.validityMessageUsed) return;
    this.validityMessageUsed = message;
    this.internals.setValidity(flags, message, anchor);
  }

  /** The form was reset: back to the `value` attribute. */
  formResetCallback(): void {
    this.setCleanValue(this.defaultValue);
  }

  /** An autofill fills the control; a page restore (back/forward, reload) brings nothing back. */
  formStateRestoreCallback(state: FormRestoreState | null, reason: FormRestoreReason): void {
    if (reason === 'autocomplete' && typeof state === 'string') this.value = state;
  }

  /** The control's own `disabled` or a `<fieldset disabled>` around it changed. */
  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
    this.requestUpdate();
  }
}
