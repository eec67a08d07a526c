import { css } from 'lit';

/**
 * The "Confirm it's you first" step (step-up.ts) in the views that show it: the message, then its
 * button as the primary action (the step is what the user has to do next). It reads the view's
 * private `--_*` tokens, so it follows the page's accent and colour scheme like the rest.
 */
export const stepUpStyles = css`
  [part~='step-up'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
    margin-block: var(--_gap, 0.75rem);
  }

  [part~='step-up-message'] {
    margin: 0;
    font-weight: 600;
  }

  [part~='step-up-button'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius, 0.5rem);
    background: var(--_accent);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  [part~='step-up-button']:focus-visible {
    outline: 2px solid var(--_focus, var(--_accent));
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    [part~='step-up-button'] {
      border-color: ButtonText;
    }
  }
`;
