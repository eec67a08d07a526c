/**
 * `exportparts` for an `<mfa-otp-input>` inside a view: its parts renamed `code-*`, so they do
 * not clash with the hosting element's own (`input`, `error`…).
 */
export const CODE_FIELD_PARTS =
  'input: code-input, cell: code-cell, cell-active: code-cell-active, cell-filled: code-cell-filled, error: code-error';
