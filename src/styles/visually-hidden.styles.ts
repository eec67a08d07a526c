import { css } from 'lit';

/**
 * Read by screen readers, not shown: `.visually-hidden`, and the live regions while they are
 * empty (they stay in the accessibility tree, so later text is announced, but take no room).
 */
export const visuallyHidden = css`
  .visually-hidden,
  .status:empty,
  .error:empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
