import { css } from 'lit';

/**
 * The declarations buttons and text fields share, so that side by side they line up: one height,
 * one border (`--_control-border`) and corner, and the text of the element around them. Each
 * module adds its own inline padding and background after them.
 */
export const controlBox = css`
  box-sizing: border-box;
  min-block-size: 2.25rem;
  padding-block: 0.375rem;
  border: 1px solid var(--_control-border);
  border-radius: var(--_radius);
  color: inherit;
  font: inherit;
`;
