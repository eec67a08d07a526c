import { css } from 'lit';
import { controls } from '../../src/styles/controls.styles.js';
import { fields } from '../../src/styles/fields.styles.js';

/** Styles of `<mfa-recovery-codes>`'s view (the element itself only styles its loading line). */
export const styles = css`
  ${controls}
  ${fields}

  :host {
    /* No color-scheme of its own: light-dark() follows the page's, so a page that opts into
       dark mode (color-scheme: light dark) gets the dark palette and a light page stays light. */
    display: block;
    max-inline-size: 34rem;
    color: var(--_text);
    font: 1rem/1.5 var(--_font);
  }

  :host([hidden]) {
    display: none;
  }

  /* The codes: a real ordered list, two columns where they fit, monospaced and easy to read
     aloud. The list is always left to right (dir="ltr"), its numbers in the start padding. */
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12.5em), 1fr));
    gap: 0.25rem 2.5rem;
    margin: 0;
    padding-block: 0.75rem;
    padding-inline: 2.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-family: var(--_font-mono);
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

  .confirm {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    cursor: pointer;
  }

  .confirm input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    margin-block-start: 0.1875rem;
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

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }

  .row input {
    flex: 1 1 14em;
    min-inline-size: 0;
    font-family: var(--_font-mono);
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .row input::placeholder {
    text-transform: none;
  }

  .status:focus {
    outline: none;
  }

  .status.done {
    display: grid;
    gap: 0.25rem;
  }

  .remaining {
    display: block;
  }

  .remaining.low {
    color: var(--_warning);
    font-weight: 600;
  }

  /* The print frame is never seen: it only carries the codes to the printer. */
  .print-frame {
    position: fixed;
    inset-block-end: 0;
    inset-inline-end: 0;
    inline-size: 0;
    block-size: 0;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }

  @media (forced-colors: active) {
    .list {
      border-color: CanvasText;
    }
  }

  /* A lockout's seconds, shown (not announced) while attempts wait. */
  .countdown {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
`;
