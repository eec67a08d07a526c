import { css } from 'lit';
import { controls } from '../../src/styles/controls.styles.js';
import { fields } from '../../src/styles/fields.styles.js';

/**
 * Styles of `<mfa-passkey-prompt>`'s view (the element itself only styles its loading line). Its
 * one button (`part="button"`) is the shared primary button; `aria-disabled`, not `disabled`,
 * keeps its focus while the passkey sheet is open.
 */
export const styles = css`
  ${controls}
  ${fields}

  :host {
    /* No color-scheme of its own: light-dark() follows the page's. */
    display: block;
    max-inline-size: 34rem;
    color: var(--_text);
  }

  .base {
    justify-items: start;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    justify-self: stretch;
  }

  label {
    font-weight: 600;
  }

  input {
    inline-size: 100%;
    max-inline-size: 22rem;
    margin-block-start: 0.25rem;
  }

  [part~='button'] {
    gap: 0.5rem;
    min-block-size: 2.5rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    font-size: inherit;
  }

  [part~='button'] .icon {
    inline-size: 1.125em;
    block-size: 1.125em;
  }

  .status.done {
    padding-block: 0.5rem;
    padding-inline: 0.875rem;
  }
`;
