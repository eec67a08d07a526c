/** Zeros of the decimal digit sets people type codes in (Arabic-Indic, Persian, Devanagari, …, Thai, full-width). */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10,
];

/**
 * `text` with every decimal digit of another script written as its Latin digit (`٤`, `۴`, `४`,
 * `４` → `4`); everything else unchanged. Codes are compared and shown in Latin digits whatever
 * keyboard the user typed them on.
 */
export function latinDigits(text: string): string {
  let latin = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
    latin += zero === undefined ? char : String(code - zero);
  }
  return latin;
}
