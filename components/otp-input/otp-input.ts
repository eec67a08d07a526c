import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MfaCompleteEvent } from '../../src/events/mfa-complete.js';
import {
  MfaFormAssociatedElement,
  type FormRestoreReason,
  type FormRestoreState,
  type Validator,
} from '../../src/internal/form-associated.js';
import { latinDigits } from '../../src/internal/latin-digits.js';
import { cellRow, paintCells } from './otp-cells.js';
import { leavePage, placeInPage, type PageInputPlace } from './page-input.js';
import { selectionStyles, styles } from './otp-input.styles.js';

const DEFAULT_LENGTH = 6;
const MAX_LENGTH = 32;
const ASCII_DIGITS = /^[0-9]*$/;

/** The digits of `text` as ASCII: spaces, dashes and other separators go, `٤` and `４` become `4`. */
function toDigits(text: string): string {
  return ASCII_DIGITS.test(text) ? text : latinDigits(text).replace(/[^0-9]/g, '');
}

/**
 * Turn what the native input holds after an edit into a code, and say where the caret goes.
 * `previous` is the value before the edit, `caret` the caret after it (the end of the insertion).
 *
 * - Separators are dropped: `123 456`, `123-456`, ` 123456 ` → `123456`.
 * - A whole code (paste, autofill) replaces everything, wherever the caret was.
 * - Digits typed or pasted into a full field overwrite the digits after the caret, as in a row
 *   of boxes; at the end they are ignored, as with `maxlength`.
 */
function sanitizeEdit(
  previous: string,
  raw: string,
  caret: number,
  length: number,
): { value: string; caret: number } {
  const bound = Math.min(previous.length, caret);
  let same = 0;
  while (same < bound && raw[same] === previous[same]) same++;
  const head = toDigits(raw.slice(0, same));
  const inserted = toDigits(raw.slice(same, caret));
  if (inserted.length >= length) return { value: inserted.slice(0, length), caret: length };
  let tail = toDigits(raw.slice(caret));
  const room = length - head.length - inserted.length;
  tail = room > 0 ? tail.slice(Math.max(0, tail.length - room)) : '';
  const value = (head + inserted + tail).slice(0, length);
  return { value, caret: Math.min(head.length + inserted.length, length) };
}

/** Input types that, like a text field, stop Enter from submitting a form without a submit button. */
const BLOCKS_IMPLICIT_SUBMISSION = new Set([
  'text',
  'search',
  'url',
  'tel',
  'email',
  'password',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
  'number',
]);

/**
 * What Enter does in a native text field: click the form's default button, or submit a form with
 * one field (the native input itself is one). Done here rather than by the browser: the browser's
 * click on the default button is trusted, and an enclosing `<mfa-action-guard>` would hold it as
 * an activation of its content.
 */
function implicitSubmission(form: HTMLFormElement): void {
  let blocking = 0;
  for (const element of Array.from(form.elements)) {
    const isButton = element instanceof HTMLButtonElement && element.type === 'submit';
    const isInput = element instanceof HTMLInputElement;
    if (isButton || (isInput && (element.type === 'submit' || element.type === 'image'))) {
      (element as HTMLElement).click(); // does nothing when the default button is disabled
      return;
    }
    if (isInput && BLOCKS_IMPLICIT_SUBMISSION.has(element.type)) blocking++;
  }
  if (blocking <= 1) form.requestSubmit();
}

/** The native input's fixed attributes (`slot` is set where it is put). No `name`: the host submits. */
const NATIVE_ATTRIBUTES = [
  ['autocomplete', 'one-time-code'],
  ['inputmode', 'numeric'],
  ['spellcheck', 'false'],
  ['autocapitalize', 'off'],
  ['dir', 'ltr'],
] as const;

/** Set `aria-<name>`, or remove it for `null`; unchanged values are not written again. */
function aria(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(`aria-${name}`) === value) return;
  if (value === null) element.removeAttribute(`aria-${name}`);
  else element.setAttribute(`aria-${name}`, value);
}

/**
 * @summary A one-time-code field: one native input, drawn as a row of digit cells.
 * @tagname mfa-otp-input
 *
 * There is exactly one native `<input autocomplete="one-time-code" inputmode="numeric">`. It lies
 * over the cells and draws the digits and the caret itself, one digit centred in each cell, so
 * clicks, selection, IME, OS and password-manager autofill and assistive technology all use a
 * real text field, and typing costs about what it costs in a native input.
 *
 * - Pasting or autofilling `123 456`, `123-456` or ` 123456 ` gives `123456`: every edit is
 *   cleaned on `input` (non-digits dropped, other scripts' digits turned into ASCII, cut to
 *   `length`) and the caret is put back where the edit ended. A whole code replaces the value
 *   wherever the caret is; digits typed into a full field overwrite the digit after the caret.
 * - Clicking a cell selects its digit (typing replaces it), or puts the caret at the end when the
 *   cell is beyond the value. Keys, Backspace, Delete, Home/End and selections work as in any field.
 * - Enter commits the value (`change`) and submits the form like in a native text field.
 * - Form-associated: `name`, `value` (the `value` attribute is the default a reset returns to),
 *   `required`, `disabled`, `readonly`, `form`, `labels`, `validity` (`valueMissing` when
 *   required and empty, `tooShort` when partly filled, `patternMismatch` when a script set
 *   non-digits, `tooLong` when a script set more than `length` digits), `checkValidity()`,
 *   `reportValidity()`, `setCustomValidity()`.
 * - Its accessible name comes from its `<label>`s (`<label for=id>` or a wrapping label), else
 *   `label`, else the translated "Verification code".
 * - The native input (no `name`) is in the page's light DOM, slotted over the cells, so password
 *   managers that scan the page's light DOM find it: the host's own child (`<input slot="input">`)
 *   in the document, or, when a kit element renders the field in its shadow root, a child of the
 *   outermost kit element (`<input slot="mfa-code-<n>">`), carried down through slots. A
 *   manager's fill (`value` set, `input` and `change` dispatched) is cleaned and completes like
 *   typing. Its look is fixed by `!important` rules of the shadow root, which page styles
 *   (`input { … !important }`) cannot override. Other children of the host are kept but not
 *   shown; an `<input slot="input">` child (a clone's) is taken as the native input. An element
 *   upgraded while already in the page (server-rendered HTML) adds the input at the next idle
 *   moment, after a framework's hydration.
 * - The native field's own `beforeinput`, `input` and `change` events are stopped; the host fires
 *   `input` and `change` with the cleaned value instead. No event carries the code.
 *
 * @fires input - The user changed the value (typing, deleting, paste, autofill); fired from the host after cleaning, bubbles and is composed. Read `.value`.
 * @fires change - The user committed a changed value: the field became complete, Enter was pressed, or it lost focus. Bubbles, not composed (like a native input).
 * @fires {MfaCompleteEvent} mfa-complete - The user filled every cell. Once per completion: again only after the value changes and is complete again. Carries no detail; read `.value`.
 *
 * @csspart input - The native `<input>` over the cells (it draws the digits and the caret; it extends `--mfa-otp-badge-room` past the last cell). It is in the page's light DOM, so `::part()` does not reach it: in the document select it as `mfa-otp-input > input`. In a kit element's shadow root it is a child of the outermost kit element (`mfa-flow > input[autocomplete=one-time-code]`) and its `part` attribute is the name that `exportparts` gives `input`.
 * @csspart cell - Each digit cell.
 * @csspart cell-active - The cell at the caret, or every cell in the selection, while the field has focus. The field rings the whole row while focused and the cells of a selection; style this part to ring the caret's cell too (a page rule on a part that moves restyles a cell per keystroke).
 * @csspart cell-filled - A cell that holds a digit.
 * @csspart error - The `errorMessage`, with `role="alert"`, that describes the input (its text is the input's `aria-description`: an ID reference cannot reach into the shadow root).
 *
 * @cssproperty [--mfa-otp-cell-size=min(2.75rem, 9.5vw)] - Width of a cell; its height is 1.25 times that. Shrinks on narrow screens by default.
 * @cssproperty [--mfa-otp-gap=min(0.5rem, 2vw)] - Space between cells.
 * @cssproperty [--mfa-otp-radius=var(--mfa-radius, 0.5rem)] - Corner radius of a cell.
 * @cssproperty [--mfa-otp-font-size=1.5rem] - Size of the digits.
 * @cssproperty [--mfa-otp-font=var(--mfa-font, inherit)] - Font of the digits (tabular figures are used).
 * @cssproperty [--mfa-otp-badge-room=min(2.5rem, 6vw)] - Room at the inline end of the row (right, or left in a right-to-left page) that the native input extends over, so password-manager icons drawn at its end do not cover a digit. `0` removes it.
 * @cssproperty [--mfa-font=inherit] - Font of the kit.
 * @cssproperty [--mfa-color-text=light-dark(#1f2328, #e6edf3)] - Digits and caret.
 * @cssproperty [--mfa-color-surface=light-dark(#f6f8fa, #151b23)] - Cell background.
 * @cssproperty [--mfa-color-border=light-dark(#818b98, #6e7781)] - Cell border (3:1 against the cell and the page by default; the views' lighter default is for decorative borders).
 * @cssproperty [--mfa-color-muted=light-dark(#59636e, #9198a1)] - Borders and digits when disabled.
 * @cssproperty [--mfa-color-accent=light-dark(#0969da, #4493f8)] - Border of the cells while the field has focus.
 * @cssproperty [--mfa-focus-ring=var(--mfa-color-accent)] - Colour of the focus ring around the row while the field has focus, and around the cells of a selection.
 * @cssproperty [--mfa-color-error=light-dark(#cf222e, #f85149)] - Cell borders and text of the error.
 *
 * @cssstate complete - The value is `length` digits.
 * @cssstate invalid - `errorMessage` is set, or an `invalid` event (failed submit, `checkValidity()`, `reportValidity()`) was seen and the value is still invalid. Cleared by a reset or `clear()`. The inner input then has `aria-invalid="true"`.
 * @cssstate rtl - Lays out right to left: the nearest `dir` is `rtl`, or there is none and the language is written right to left (ar, he, fa, ur…). The row starts at the right edge; the code's digits stay left to right.
 */
export class MfaOtpInput extends MfaFormAssociatedElement {
  static override styles = styles;

  static override shadowRootOptions: ShadowRootInit = {
    ...MfaFormAssociatedElement.shadowRootOptions,
    delegatesFocus: true,
  };

  private static readonly checks: ReadonlyArray<Validator<MfaOtpInput>> = [
    {
      flag: 'valueMissing',
      invalid: (el) => el.required && el.value === '',
      message: (el) => el.msg.otpValueMissing,
    },
    {
      flag: 'patternMismatch',
      invalid: (el) => !ASCII_DIGITS.test(el.value),
      message: (el) => el.msg.otpPatternMismatch,
    },
    {
      flag: 'tooLong',
      invalid: (el) => el.value.length > el.cellCount,
      message: (el) => el.msg.otpTooLong({ count: el.cellCount }),
    },
    {
      flag: 'tooShort',
      invalid: (el) => el.value.length > 0 && el.value.length < el.cellCount,
      message: (el) => el.msg.otpTooShort({ count: el.cellCount }),
    },
  ];

  /** Number of digits (cells). */
  @property({ type: Number }) length = DEFAULT_LENGTH;

  /** When the user completes the code, submit the field's form (`form.requestSubmit()`). */
  @property({ type: Boolean, attribute: 'auto-submit' }) autoSubmit = false;

  /** Accessible name when no `<label>` labels the field. Defaults to the translated "Verification code". */
  @property() label = '';

  /** An error to show under the field (e.g. "That code didn't work"). Sets `:state(invalid)` and `aria-invalid`. `''` hides it. */
  @property({ attribute: 'error-message' }) errorMessage = '';

  @state() private focused = false;
  /** The native input's selection, drawn by `paintCells` without a Lit update. */
  private selectionStart = 0;
  private selectionEnd = 0;
  @state() private accessibleName = '';
  @state() private reportedInvalid = false;

  /** The native input, in the page's light DOM (`page-input.ts`), slotted over the cells. */
  private input: HTMLInputElement | null = null;
  /** Where the input is while the host is in the page. */
  private place: PageInputPlace | null = null;
  /** Upgraded while already in the page (server-rendered HTML): wait before adding a child. */
  private upgraded = this.isConnected;

  @query('.cells', true) private cells!: HTMLElement | null;

  /** The value at focus or at the last `change`, to know whether leaving the field commits a change. */
  private committed = '';

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      this.reportedInvalid = true;
    });
    // A click on a <label> of the host (or on the host around the input) focuses the input:
    // `delegatesFocus` only looks inside the shadow root, and the input is slotted into it.
    this.addEventListener('click', (event) => {
      if (event.target === this) this.focus();
    });
  }

  /** The number of cells: `length`, or 6 when `length` is not a number from 1 to 32. */
  get cellCount(): number {
    const length = Math.floor(Number(this.length));
    return length >= 1 && length <= MAX_LENGTH ? length : DEFAULT_LENGTH;
  }

  /** Whether the value is `length` digits. */
  get complete(): boolean {
    return this.value.length === this.cellCount && ASCII_DIGITS.test(this.value);
  }

  /** Focus the native input. */
  override focus(options?: FocusOptions): void {
    this.upgraded = false;
    const input = this.native();
    if (input) input.focus(options);
    else super.focus(options);
  }

  /** Take focus away from the native input. */
  override blur(): void {
    this.input?.blur();
  }

  /** Empty the field without firing events. Focus stays where it is. */
  clear(): void {
    this.value = '';
    this.reportedInvalid = false;
    const input = this.input;
    if (input) {
      input.value = '';
      this.readSelection(); // drawn by the update the value asked for
    }
  }

  protected override validators(): ReadonlyArray<Validator<this>> {
    return MfaOtpInput.checks;
  }

  protected override get validityAnchor(): HTMLElement | undefined {
    const input = this.input;
    return input?.parentNode === this ? input : undefined;
  }

  override requestUpdate(...args: Parameters<MfaFormAssociatedElement['requestUpdate']>): void {
    // A script's change is not the user's (those skip `requestUpdate`, see `showUserValue`):
    // leaving the field afterwards fires no `change`.
    if (args[0] === 'value') this.committed = this.value;
    super.requestUpdate(...args);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshName();
    // Render again: that puts the native input back if something took it out while away.
    this.requestUpdate();
  }

  /** The page's language changed: the field's accessible name and validation text follow. */
  protected override languageChanged(): void {
    super.languageChanged();
    this.refreshName();
    this.updateValidity(true);
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.reportedInvalid = false;
  }

  override formStateRestoreCallback(
    state: FormRestoreState | null,
    reason: FormRestoreReason,
  ): void {
    // Nothing is saved for a page restore (a one-time code); an autofill is cleaned like a paste.
    if (reason !== 'autocomplete' || typeof state !== 'string') return;
    this.value = sanitizeEdit('', state, state.length, this.cellCount).value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('length')) this.updateValidity(true);
    if (changed.has('label') || changed.has('messages')) this.refreshName();
    if (this.focused && this.isDisabled) this.leave();
    this.toggleState('complete', this.complete);
    this.toggleState('invalid', this.showsInvalid);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.paint();
    const input = this.native();
    if (!input) return;
    if (this.isConnected && input.parentNode !== this.place?.holder) this.putInPage(input);
    // A script set the value: show it in the native input (the user's edits are there already).
    if (input.value !== this.value) input.value = this.value;
    const invalid = this.showsInvalid;
    // A disabled field gives up focus (Chromium would keep it on a disabled light-DOM input).
    if (this.isDisabled) input.blur();
    input.disabled = this.isDisabled;
    input.readOnly = this.readonly;
    // Not `required`: the host validates; a required inner field would block the form twice.
    aria(input, 'required', this.required ? 'true' : null);
    aria(input, 'label', this.accessibleName);
    aria(input, 'invalid', invalid ? 'true' : 'false');
    // ID references cannot reach the error inside the shadow root: the text itself describes.
    aria(input, 'description', this.errorMessage || null);
  }

  /**
   * The native input, made (or adopted from a clone: `input[slot=input]`) on the first update.
   * An element upgraded while already in the page waits for an idle moment, so a framework
   * hydrating the page's HTML (React) finds the children it rendered; `focus()` does not wait.
   */
  private native(): HTMLInputElement | null {
    if (this.input || !this.isConnected) return this.input;
    if (this.upgraded) {
      this.upgraded = false;
      (self.requestIdleCallback ?? setTimeout)(() => this.requestUpdate());
      return null;
    }
    const input =
      this.querySelector<HTMLInputElement>(':scope > input[slot=input]') ??
      this.ownerDocument.createElement('input');
    this.input = input;
    for (const [name, value] of NATIVE_ATTRIBUTES) input.setAttribute(name, value);
    this.putInPage(input);
    // In a view the input keeps the name the view's `exportparts` gives `input` (`code-input`),
    // as a name to select it by: it is in the page's light DOM, which `::part()` does not reach.
    const exported = /(?:^|,)\s*input\s*:\s*([\w-]+)/.exec(this.getAttribute('exportparts') ?? '');
    input.setAttribute('part', exported?.[1] ?? 'input');
    input.value = this.value;
    const on = <E extends Event>(type: string, listener: (event: E) => void): void =>
      input.addEventListener(type, (event) => listener.call(this, event as E));
    on('beforeinput', this.stopNative);
    on('change', this.stopNative);
    on('input', this.onInput);
    on('paste', this.onPaste);
    on('compositionend', this.onCompositionEnd);
    on('keypress', this.onKeypress);
    on('focus', this.onFocus);
    on('blur', this.onBlur);
    on('click', this.onClick);
    this.updateValidity(true);
    return input;
  }

  /**
   * Put the input where password managers find it: the host's child, or, in a kit element's
   * shadow root, the outermost kit element's (`page-input.ts`, docs/SECURITY.md 26).
   */
  private putInPage(input: HTMLInputElement): void {
    if (this.place) leavePage(this, this.place, input);
    this.place = placeInPage(this, input);
    const root = input.getRootNode() as Document | ShadowRoot;
    const sheet = selectionStyles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets.push(sheet);
  }

  private get showsInvalid(): boolean {
    return this.errorMessage !== '' || (this.reportedInvalid && !this.internals.validity.valid);
  }

  /** Name the native input after the host's labels, which cannot reach into the shadow root. */
  private refreshName(): void {
    this.accessibleName = this.labelText() || this.label || this.msg.otpLabel;
  }

  /** Keep the native input's selection for `paint`; true when it moved. */
  private readSelection(): boolean {
    const input = this.input;
    if (!input) return false;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    if (start === this.selectionStart && end === this.selectionEnd) return false;
    this.selectionStart = start;
    this.selectionEnd = end;
    return true;
  }

  /** Set the cells' parts and ring from the value and selection, touching only what changed. */
  private paint(): void {
    const row = this.cells;
    if (row) {
      const { focused, selectionStart, selectionEnd } = this;
      paintCells(row, { filled: this.value.length, focused, selectionStart, selectionEnd });
    }
  }

  /** Take the native input's content after an edit, clean it and tell listeners. */
  private takeInput(): void {
    const input = this.input;
    if (!input) return;
    const raw = input.value;
    const length = this.cellCount;
    let next = raw;
    if (raw.length > length || !ASCII_DIGITS.test(raw)) {
      const edit = sanitizeEdit(this.value, raw, input.selectionEnd ?? raw.length, length);
      next = edit.value;
      input.value = next;
      input.setSelectionRange(edit.caret, edit.caret);
    }
    if (next === this.value) {
      if (this.readSelection()) this.paint();
      return;
    }
    this.showUserValue(next);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // A listener may have changed the value; only a complete value the user made counts.
    if (this.value === next && this.complete) {
      this.commitChange();
      const complete = new MfaCompleteEvent();
      this.dispatchEvent(complete);
      if (this.autoSubmit) this.internals.form?.requestSubmit();
    }
  }

  /**
   * The user's edit, shown without a Lit update: the native input already draws the digits, so
   * the form value, validity, `:state(complete)` and the cells' parts are set here, and Lit
   * renders again only when what it renders changes (the invalid look). Typing then costs about
   * what it costs in a native input (docs/ARCHITECTURE.md, "The code field").
   */
  private showUserValue(next: string): void {
    // Only a reported failure (`invalid` seen) can appear or go with the value.
    const shownInvalid = this.reportedInvalid && this.showsInvalid;
    this.setUserValue(next);
    const complete = this.complete;
    if (this.hasState('complete') !== complete) this.toggleState('complete', complete);
    if (this.reportedInvalid && this.showsInvalid !== shownInvalid) this.requestUpdate();
    this.readSelection();
    this.paint();
  }

  private commitChange(): void {
    if (this.value === this.committed) return;
    this.committed = this.value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onInput(event: InputEvent): void {
    event.stopPropagation();
    // An IME is still composing: clean up when it commits (compositionend).
    if (event.isComposing) return;
    this.takeInput();
  }

  /**
   * Paste the clipboard's digits as if typed: the browser keeps its undo history and fires `input`,
   * which cleans the rest (a whole code replacing the value, a full field…). Handling the event
   * also makes a scripted `ClipboardEvent` with a `DataTransfer` work.
   */
  private onPaste(event: ClipboardEvent): void {
    const input = this.input;
    if (!input || this.readonly || this.isDisabled || !event.clipboardData) return;
    event.preventDefault();
    const digits = toDigits(event.clipboardData.getData('text/plain'));
    if (!digits) return;
    if (input.matches(':focus') && input.ownerDocument.execCommand('insertText', false, digits))
      return;
    const start = input.selectionStart ?? input.value.length;
    input.setRangeText(digits, start, input.selectionEnd ?? start, 'end');
    this.takeInput();
  }

  private onCompositionEnd(): void {
    this.takeInput();
  }

  private stopNative(event: Event): void {
    event.stopPropagation();
  }

  private onKeypress(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.commitChange();
    const form = this.internals.form;
    if (form) implicitSubmission(form);
  }

  private onFocus(): void {
    this.focused = true;
    this.committed = this.value;
    this.refreshName();
    this.readSelection(); // drawn by the update `focused` asks for
    // Caret moves by keys or touch handles are reported on the document (not always on the input).
    this.ownerDocument.addEventListener('selectionchange', this.onSelectionChange);
  }

  private onBlur(): void {
    this.leave();
    this.commitChange();
  }

  /** Focus left (or the field was disabled under it, which fires no `blur`): stop drawing focus. */
  private leave(): void {
    this.focused = false;
    this.ownerDocument.removeEventListener('selectionchange', this.onSelectionChange);
  }

  private readonly onSelectionChange = (): void => {
    if (this.readSelection() && !this.isUpdatePending) this.paint();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leave();
    // An input in an outer element's light DOM leaves with the field: no stale code field stays.
    if (this.place && this.input) leavePage(this, this.place, this.input);
    this.place = null;
  }

  /** Clicking a cell selects its digit (typing replaces it), or goes to the end past the value. */
  private onClick(event: MouseEvent): void {
    const input = this.input;
    if (!input || input.selectionStart !== input.selectionEnd) return; // a drag or double click selected text
    const index = this.cellIndexAt(event.clientX);
    const filled = Math.min(input.value.length, this.cellCount);
    if (index < filled) input.setSelectionRange(index, index + 1, 'forward');
    else input.setSelectionRange(filled, filled);
    if (this.readSelection()) this.paint();
  }

  /** Which cell is at `x` (layout is read here, on a click, never while rendering). */
  private cellIndexAt(x: number): number {
    const cells = this.cells?.children ?? [];
    for (let index = 0; index < cells.length; index++) {
      if (x < cells[index].getBoundingClientRect().right) return index;
    }
    return cells.length;
  }

  protected override render(): TemplateResult {
    return html`<div
        class="field"
        ?data-disabled=${this.isDisabled}
        ?data-invalid=${this.showsInvalid}
      >
        <div class="cells" aria-hidden="true">${cellRow(this.cellCount)}</div>
        <slot name="input"></slot>
      </div>
      <div id="error" part="error" role="alert">${this.errorMessage || nothing}</div>`;
  }
}
