import { css } from 'lit';

/**
 * Where a code field's Verify button goes, the same in every element and tab: under the field, at
 * its start edge (right in a right-to-left page), never beside it, floating or wrapping with the
 * width. `.code-entry` wraps the `<mfa-otp-input>` and its submit button; the field's own error
 * line sits between them. Logical properties only, so a right-to-left page mirrors it.
 */
export const codeEntry = css`
  .code-entry {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    min-inline-size: 0;
  }

  .code-entry > mfa-otp-input {
    max-inline-size: 100%;
  }
`;
