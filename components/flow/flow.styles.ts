import { css } from 'lit';
import { controls } from '../../src/styles/controls.styles.js';
import { methodIcon } from '../../src/styles/method-icon.styles.js';
import { methodTabs } from '../../src/styles/tabs.styles.js';

/** Styles of `<mfa-flow>`'s view (the element itself only styles its loading line). */
export const styles = css`
  ${controls}
  ${methodTabs}

  :host {
    max-inline-size: 36rem;
  }

  .heading {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .choice {
    display: grid;
    gap: 0.5rem;
  }

  /* A button (buttons.styles.ts gives its border, corners, font and cursor), laid out as a row. */
  .choice-button {
    display: flex;
    align-items: flex-start;
    justify-content: flex-start;
    gap: 0.75rem;
    padding-block: 0.75rem;
    padding-inline: 1rem;
    text-align: start;
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

  .choice-button .icon {
    ${methodIcon}
  }

  .button {
    justify-self: start;
  }

  @media (forced-colors: active) {
    .choice-button {
      border-color: ButtonText;
    }

    .choice-button .icon {
      stroke: currentColor;
    }
  }
`;
