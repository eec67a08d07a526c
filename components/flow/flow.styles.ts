import { css } from 'lit';

/** Styles of `<mfa-flow>`'s view (the element itself only styles its loading line). */
export const styles = css`
  :host {
    max-width: 36rem;
  }

  .base {
    position: relative;
    display: grid;
    gap: var(--_gap);
  }

  p {
    margin: 0;
  }

  .heading {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .intro {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .choice {
    display: grid;
    gap: 0.5rem;
  }

  .choice-button {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .choice-button:hover {
    border-color: var(--_accent);
    background: var(--_surface);
  }

  .choice-text {
    display: grid;
    gap: 0.125rem;
  }

  .choice-label {
    font-weight: 600;
  }

  .choice-hint {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .icon {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin-top: 0.125rem;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .button {
    justify-self: start;
    min-height: 2.25rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.9375em;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_surface);
  }

  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }


  .status {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .status.done {
    padding: 0.75rem 1rem;
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
