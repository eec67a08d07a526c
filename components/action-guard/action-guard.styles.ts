import { css } from 'lit';

/**
 * Styles of `<mfa-action-guard>`'s view. The element itself is transparent (`display: contents`,
 * the page's own font and colour for the guarded controls); everything it draws is in the dialog.
 */
export const styles = css`
  :host {
    display: contents;
    color: inherit;
    font: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  dialog {
    box-sizing: border-box;
    width: min(var(--mfa-dialog-width, 30rem), calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 1.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--mfa-color-background, light-dark(#fff, #0d1117));
    color: var(--_text);
    font: 1rem/1.5 var(--mfa-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.25);
  }

  dialog::backdrop {
    background: var(--mfa-backdrop, rgb(0 0 0 / 0.45));
  }

  .base {
    position: relative;
    display: grid;
    gap: var(--_gap);
  }

  .enroll {
    display: grid;
    gap: var(--_gap);
  }

  h2 {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  .description,
  .intro {
    color: var(--_muted);
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
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

  button:hover:not(:disabled) {
    background: var(--_surface);
  }

  button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  button.primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 88%, #000);
  }

  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }

  .status {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .error {
    color: var(--_error);
    font-size: 0.9375em;
  }

`;
