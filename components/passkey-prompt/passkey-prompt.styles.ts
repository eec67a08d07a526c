import { css } from 'lit';

/** Styles of `<mfa-passkey-prompt>`'s view (the element itself only styles its loading line). */
export const styles = css`
  :host {
    /* No color-scheme of its own: light-dark() follows the page's. */
    display: block;
    max-width: 34rem;
    color: var(--_text);
  }

  .base {
    position: relative;
    display: grid;
    gap: var(--_gap);
    justify-items: start;
  }

  p {
    margin: 0;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    justify-self: stretch;
  }

  label {
    font-weight: 600;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  input {
    box-sizing: border-box;
    width: 100%;
    max-width: 22rem;
    min-height: 2.25rem;
    margin-top: 0.25rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: light-dark(#fff, #0d1117);
    color: inherit;
    font: inherit;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button:hover:not([aria-disabled='true']) {
    background: color-mix(in srgb, var(--_accent) 88%, #000);
  }

  /* aria-disabled, not disabled: the button keeps focus while the passkey sheet is open. */
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .icon {
    width: 1.125em;
    height: 1.125em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }


  .status {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .status.done {
    padding: 0.5rem 0.875rem;
    border: 1px solid color-mix(in srgb, var(--_success) 45%, transparent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_success) 10%, transparent);
    color: var(--_text);
  }

  .error {
    color: var(--_error);
    font-size: 0.9375em;
  }
`;
