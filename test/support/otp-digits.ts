import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';

/**
 * Where `<mfa-otp-input>`'s native input draws its text, measured: a probe span with the input's
 * font, figures and letter-spacing (Chromium adds letter-spacing after each character, and the
 * caret advances with it). The field draws its digits with the native input over static cells
 * (docs/ARCHITECTURE.md, "The code field"), so these say what the user sees in each cell.
 */
function measure(input: HTMLInputElement, text: string, spaced = true): number {
  const style = getComputedStyle(input);
  const probe = document.createElement('span');
  for (const name of ['font-family', 'font-size', 'font-weight', 'font-variant-numeric'])
    probe.style.setProperty(name, style.getPropertyValue(name));
  probe.style.setProperty('letter-spacing', spaced ? style.letterSpacing : '0');
  probe.style.setProperty('white-space', 'pre');
  probe.style.setProperty('position', 'absolute');
  probe.textContent = text;
  document.body.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

/** The x of the input's text start: its content edge, less what it scrolled. */
function textStart(input: HTMLInputElement): number {
  const style = getComputedStyle(input);
  return (
    input.getBoundingClientRect().left +
    parseFloat(style.borderLeftWidth) +
    parseFloat(style.paddingLeft) -
    input.scrollLeft
  );
}

/** Where the native caret is at `position`. */
export function nativeCaretX(input: HTMLInputElement, position: number): number {
  return (
    textStart(input) + measure(input, (input.value || '0'.repeat(position)).slice(0, position))
  );
}

/** The width of one digit in the input's font, without letter-spacing. */
export function digitWidth(input: HTMLInputElement): number {
  return measure(input, '0', false);
}

/** The digit drawn in each cell (by the centre of its glyph), `''` for an empty cell. */
export function shownDigits(el: MfaOtpInput, input: HTMLInputElement): string[] {
  const cells = Array.from(
    el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="cell"]') ?? [],
    (cell) => cell.getBoundingClientRect(),
  );
  const shown = cells.map(() => '');
  const visible = getComputedStyle(input).webkitTextFillColor !== 'rgba(0, 0, 0, 0)';
  if (!visible) return shown;
  const start = textStart(input);
  for (let index = 0; index < input.value.length; index++) {
    const char = input.value[index];
    const centre =
      start + measure(input, input.value.slice(0, index)) + measure(input, char, false) / 2;
    const cell = cells.findIndex((box) => centre >= box.left && centre <= box.right);
    if (cell >= 0) shown[cell] += char;
  }
  return shown;
}

/**
 * The cell the native caret stands in while the input has focus and nothing is selected, or
 * `null` (no focus, a selection, a transparent caret, or past the last cell).
 */
export function caretCell(el: MfaOtpInput, input: HTMLInputElement): number | null {
  if (!input.matches(':focus') || input.selectionStart !== input.selectionEnd) return null;
  if (getComputedStyle(input).caretColor === 'rgba(0, 0, 0, 0)') return null;
  const x = nativeCaretX(input, input.selectionStart ?? 0);
  const index = Array.from(
    el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="cell"]') ?? [],
  ).findIndex((cell) => {
    const box = cell.getBoundingClientRect();
    return x >= box.left && x <= box.right;
  });
  return index >= 0 ? index : null;
}
