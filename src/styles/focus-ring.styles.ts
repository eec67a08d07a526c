import { css } from 'lit';

/**
 * One focus ring: the accent (or `--mfa-focus-ring`), 2px, 2px out, on whatever the keyboard
 * reaches; an element focused by script (`tabindex="-1"`: a heading, a list) shows it only when
 * the keyboard brought the user there. In forced colours the ring is the system `Highlight`.
 */
export const focusRing = css`
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
