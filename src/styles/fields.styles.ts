import { css } from 'lit';
import { controlBox } from './control-box.styles.js';

/**
 * Text fields (`<input>` other than checkboxes and radios) and their labels (`.field-label`).
 * The border is `--_control-border`, ≥ 3:1 against the field's and the page's background (WCAG
 * 1.4.11), red while `aria-invalid="true"`; the placeholder uses the muted text colour (≥ 4.5:1).
 * Checkboxes stay native, in the accent colour.
 */
export const fields = css`
  :where(input:not([type='checkbox'], [type='radio'])) {
    ${controlBox}
    padding-inline: 0.625rem;
    background: var(--_background);
  }

  :where(input)::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  :where(input[aria-invalid='true']) {
    border-color: var(--_error);
  }

  :where(input[type='checkbox'], input[type='radio']) {
    accent-color: var(--_accent);
  }

  :where(.field-label) {
    font-weight: 600;
  }

  @media (forced-colors: active) {
    :where(input:not([type='checkbox'], [type='radio'])) {
      border-color: FieldText;
    }

    :where(input[aria-invalid='true']) {
      border-width: 2px;
      border-style: dashed;
    }
  }
`;
