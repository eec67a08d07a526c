import { css } from 'lit';
import { controls } from '../../src/styles/controls.styles.js';
import { methodTabs } from '../../src/styles/tabs.styles.js';

/**
 * Styles of `<mfa-action-guard>`'s view. The element itself is transparent (`display: contents`,
 * the page's own font and colour for the guarded controls); everything it draws is in the dialog.
 * Tokens and live regions come first in the view (`src/internal/view-styles.ts`).
 */
export const styles = css`
  ${controls}
  ${methodTabs}

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
    inline-size: min(var(--mfa-dialog-width, 30rem), calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: 1.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_background);
    color: var(--_text);
    font: 1rem/1.5 var(--_font);
    text-align: start;
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.25);
  }

  dialog::backdrop {
    background: var(--mfa-backdrop, rgb(0 0 0 / 0.45));
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

  .description {
    color: var(--_muted);
  }

  .actions {
    justify-content: flex-end;
  }

  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;
