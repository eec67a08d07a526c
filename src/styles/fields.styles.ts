import { css } from 'lit';

/**
 * Text fields (`<input>` other than checkboxes and radios) and their labels (`.field-label`).
 * The border is `--_control-border`, ≥ 3:1 against the field's and the page's background (WCAG
 * 1.4.11), red while `aria-invalid="true"`; the placeholder uses the muted text colour (≥ 4.5:1).
 * Checkboxes stay native, in the accent colour.
 */
export const fields = css`
  :where(input:not([type='checkbox'], [type='radio'])) {
    box-sizing: border-box;
    min-block-size: 2.25rem;
    padding-block: 0.375rem;
    padding-inline: 0.625rem;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
    font: inherit;
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
