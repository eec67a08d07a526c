import { css } from 'lit';

/**
 * The layout pieces every view repeats: the `.base` grid (the positioning context of its live
 * regions), paragraphs without margins, muted `.hint` and `.intro` lines, a wrapping row of
 * `.actions`, and line icons (`.icon`: strokes in the current colour unless a view says so).
 * Logical properties only, so a right-to-left page mirrors them.
 */
export const base = css`
  .base {
    position: relative;
    display: grid;
    gap: var(--_gap);
  }

  p {
    margin: 0;
  }

  .hint,
  .intro {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
