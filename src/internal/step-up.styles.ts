import { css } from 'lit';

/**
 * The "Confirm it's you first" step (step-up.ts) in the views that show it: the message, then its
 * button as the primary action (the step is what the user has to do next). The button's look is
 * the shared primary button (`src/styles/buttons.styles.ts`, which lists `step-up-button`), which
 * the views that show this step compose into their styles.
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
`;
