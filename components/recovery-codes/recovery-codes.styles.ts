import { css } from 'lit';

export const styles = css`
  :host {
    /* No color-scheme of its own: light-dark() follows the page's, so a page that opts into
       dark mode (color-scheme: light dark) gets the dark palette and a light page stays light. */
    display: block;
    max-width: 34rem;
    color: var(--_text);
    font: 1rem/1.5 var(--mfa-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    position: relative;
    display: grid;
    gap: var(--_gap);
  }

  p {
    margin: 0;
  }

  .intro,
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* The codes: a real ordered list, two columns where they fit, monospaced and easy to read aloud. */
  .list {
    margin: 0;
    padding: 0.75rem 1rem 0.75rem 2.75rem;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12.5em), 1fr));
    gap: 0.25rem 2.5rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-family: var(--mfa-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace);
    font-size: 0.9375em;
    font-variant-numeric: slashed-zero tabular-nums;
    letter-spacing: 0.04em;
  }

  .code {
    display: list-item;
    white-space: nowrap;
  }

  .code::marker {
    color: var(--_muted);
    font-size: 0.8em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
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

  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .confirm {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    cursor: pointer;
  }

  .confirm input {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0.1875rem 0 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }

  .acknowledge {
    justify-self: start;
  }

  /* Verify mode */
  form {
    display: grid;
    gap: 0.375rem;
  }

  label.field-label {
    font-weight: 600;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }

  .row input {
    box-sizing: border-box;
    flex: 1 1 14em;
    min-width: 0;
    min-height: 2.25rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: light-dark(#fff, #0d1117);
    color: inherit;
    font: inherit;
    font-family: var(--mfa-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace);
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .row input::placeholder {
    text-transform: none;
  }

  .row input[aria-invalid='true'] {
    border-color: var(--_error);
  }


  .status {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .status:focus {
    outline: none;
  }

  .status.done {
    display: grid;
    gap: 0.25rem;
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

  .remaining {
    display: block;
  }

  .remaining.low {
    color: var(--_warning);
    font-weight: 600;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The print frame is never seen: it only carries the codes to the printer. */
  .print-frame {
    position: fixed;
    right: 0;
    bottom: 0;
    width: 0;
    height: 0;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }
`;
