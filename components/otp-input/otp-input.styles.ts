import { css } from 'lit';

/*
 * Notes (kept out of the CSS text, which ships as is):
 * - `.field` has `padding-right: --mfa-otp-badge-room`; the native input covers the cells and that
 *   room, so password-manager icons drawn at its end do not cover the last digit.
 * - Typing must cost about what a native input costs (`npm run bench`), so a keystroke restyles
 *   only the two or three elements whose part changed and lays out only what it must:
 *   - the native input has `contain: strict` (its box comes from `inset: 0`), so the browser's
 *     own layout of the edit stays inside it instead of laying out the page;
 *   - a digit sits in `.d`, a grid box with `contain: strict` inside its cell. A flex item (the
 *     cell) is never a relayout boundary in Chromium, a box inside it is: a new digit lays out
 *     that one box, not the document.
 *   - part changes only touch colours, outline and the caret's visibility: paint, not layout.
 *   `contain: strict` also makes the cell the containing block of its absolutely placed caret.
 * - Every cell has a `.caret`; only the active empty cell's has the `caret` part and is visible.
 *   It blinks through `data-caret-off` on `.field` (a timer, not a CSS animation: measured, an
 *   `opacity` animation restyles on the main thread every frame), and stays on under
 *   `prefers-reduced-motion: reduce`.
 * - No transitions: they would restyle the cells on every frame while the user types.
 * - The native input is transparent (text, caret, selection, Chrome's autofill paint); 16px keeps
 *   iOS from zooming in on focus. In forced colours it keeps its transparency.
 */
export const styles = css`
  :host {
    --_size: var(--mfa-otp-cell-size, min(2.75rem, 9.5vw));
    --_radius: var(--mfa-otp-radius, var(--mfa-radius, 0.5rem));
    --_text: var(--mfa-color-text, CanvasText);
    --_border: var(--mfa-color-border, light-dark(#6b6b6b, #8f8f8f));
    --_muted: var(--mfa-color-muted, light-dark(#595959, #a8a8a8));
    --_accent: var(--mfa-color-accent, light-dark(#1d4ed8, #7aa7ff));
    --_error: var(--mfa-color-error, light-dark(#b3261e, #ff8a80));
    display: inline-block;
    vertical-align: top;
    font-family: var(--mfa-font, inherit);
    color: var(--_text);
  }
  :host(:state(rtl)) {
    direction: rtl;
  }
  :host([hidden]) {
    display: none;
  }
  .field {
    position: relative;
    padding-right: var(--mfa-otp-badge-room, min(2.5rem, 6vw));
  }
  .cells {
    display: flex;
    gap: var(--mfa-otp-gap, min(0.5rem, 2vw));
    pointer-events: none;
  }
  [part~='cell'] {
    box-sizing: border-box;
    inline-size: var(--_size);
    block-size: calc(var(--_size) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--mfa-color-surface, Canvas);
    color: var(--_text);
    font-family: var(--mfa-otp-font, inherit);
    font-size: var(--mfa-otp-font-size, 1.5rem);
    font-variant-numeric: tabular-nums;
    contain: strict;
  }
  .d {
    display: grid;
    place-items: center;
    block-size: 100%;
    contain: strict;
  }
  [part~='cell-filled'],
  [part~='cell-active'] {
    border-color: var(--_accent);
  }
  [part~='cell-active'] {
    outline: 2px solid var(--mfa-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  .caret {
    position: absolute;
    inset: 0;
    inline-size: 2px;
    block-size: 1.1em;
    margin: auto;
    border-radius: 1px;
    background: currentColor;
    visibility: hidden;
  }
  [part~='caret'] {
    visibility: visible;
  }
  .field[data-caret-off] [part~='caret'] {
    visibility: hidden;
  }
  .field[data-invalid] [part~='cell'] {
    border-color: var(--_error);
  }
  .field[data-invalid] [part~='cell-active'] {
    outline-color: var(--_error);
  }
  .field[data-disabled] [part~='cell'] {
    border-style: dashed;
    border-color: var(--_muted);
    color: var(--_muted);
    background: transparent;
  }
  [part='input'] {
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    outline: none;
    background: transparent;
    color: transparent;
    -webkit-text-fill-color: transparent;
    caret-color: transparent;
    font: 16px monospace;
    cursor: text;
    appearance: none;
    contain: strict;
  }
  [part='input']::selection {
    background: transparent;
  }
  [part='input']:-webkit-autofill {
    transition:
      background-color 0s 99999s,
      color 0s 99999s;
  }
  [part='input']:disabled {
    cursor: not-allowed;
  }
  [part='error'] {
    inline-size: 0;
    min-inline-size: 100%;
    color: var(--_error);
    font-size: 0.875em;
    line-height: 1.4;
  }
  [part='error']:not(:empty) {
    margin-block-start: 0.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .field[data-caret-off] [part~='caret'] {
      visibility: visible;
    }
  }
  @media (forced-colors: active) {
    [part='input'] {
      forced-color-adjust: none;
    }
    [part~='cell-active'] {
      outline-color: Highlight;
    }
    .caret {
      background: CanvasText;
    }
  }
`;
