import { css } from 'lit';

/**
 * The declarations of a method's icon at the head of a row of text (`<mfa-flow>`'s choices,
 * `<mfa-devices>`'s list), for a view's own `.icon` rule: larger than an inline icon, in the
 * accent colour, level with the first line.
 */
export const methodIcon = css`
  inline-size: 1.5rem;
  block-size: 1.5rem;
  margin-block-start: 0.125rem;
  stroke: var(--_accent);
  stroke-width: 1.75;
`;
