import { css } from 'lit';

/*
 * Notes (kept out of the CSS text, which ships as is):
 * - The native input is in the page's light DOM (so password managers that scan the page find
 *   it): the host's own child, or an outer kit element's (`page-input.ts`), slotted into `.field` and laid over the cells and `--mfa-otp-badge-room` (at the
 *   inline end, so password-manager icons drawn at its end do not cover the last digit).
 * - Page styles reach a light-DOM child, and a page's `input { … !important }` beats a shadow
 *   root's normal rules. An `!important` rule of the shadow root beats the page's `!important`
 *   (inner context wins for important declarations), so `::slotted(input)` starts from
 *   `all: initial !important` and sets every property it needs `!important` too.
 * - Its text is 16px monospace with `letter-spacing` = cell pitch − 1ch and half a cell of
 *   padding, so the invisible native caret (which magnifiers and IME windows follow) stands at
 *   the centre of the cell whose drawn caret is shown. The code is left to right, so in a
 *   right-to-left host the padding also skips the badge room on the left.
 * - Cells are `direction: ltr` (codes read left to right), but the row itself sits at the host's
 *   inline start: `.field` is `max-content` wide and the badge room is `padding-inline-end`.
 * - Colours are the kit's public `--mfa-color-*` properties with the views' defaults, except the
 *   cell border's default, which is darker than the views' decorative border so a cell's edge has
 *   3:1 against its surface and the page (WCAG 1.4.11) in light and dark.
 * - Typing must cost about what a native input costs (`npm run bench`), so a keystroke restyles
 *   only the two or three elements whose part changed and lays out only what it must:
 *   - the native input has `contain: strict` (its box comes from `.field`), so the browser's
 *     own layout of the edit stays inside it instead of laying out the page;
 *   - a digit sits in `.d`, a block with `contain: strict` inside its cell, centred by a line
 *     box as tall as the cell (cheaper to lay out than a grid). A flex item (the cell) is never
 *     a relayout boundary in Chromium, a box inside it is: a new digit lays out that one box.
 *   - the cells are drawn by `paintCells` (otp-cells.ts), which writes only the digits and
 *     parts that changed: a keystroke restyles the cells and carets whose part moved.
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
    --_gap: var(--mfa-otp-gap, min(0.5rem, 2vw));
    --_room: var(--mfa-otp-badge-room, min(2.5rem, 6vw));
    --_radius: var(--mfa-otp-radius, var(--mfa-radius, 0.5rem));
    --_text: var(--mfa-color-text, light-dark(#1f2328, #e6edf3));
    --_border: var(
      --mfa-color-control-border,
      var(--mfa-color-border, light-dark(#818b98, #656c76))
    );
    --_muted: var(--mfa-color-muted, light-dark(#59636e, #9198a1));
    --_accent: var(--mfa-color-accent, light-dark(#0969da, #4493f8));
    --_error: var(--mfa-color-error, light-dark(#cf222e, #f85149));
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
    inline-size: max-content;
    padding-inline-end: var(--_room);
  }
  .cells {
    display: flex;
    direction: ltr;
    gap: var(--_gap);
    pointer-events: none;
  }
  [part~='cell'] {
    box-sizing: border-box;
    inline-size: var(--_size);
    block-size: calc(var(--_size) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--mfa-color-surface, light-dark(#f6f8fa, #151b23));
    color: var(--_text);
    font-family: var(--mfa-otp-font, inherit);
    font-size: var(--mfa-otp-font-size, 1.5rem);
    font-variant-numeric: tabular-nums;
    contain: strict;
  }
  .d {
    block-size: 100%;
    line-height: calc(var(--_size) * 1.25 - 2px);
    text-align: center;
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
  ::slotted(input) {
    all: initial !important;
    position: absolute !important;
    inset: 0 !important;
    box-sizing: border-box !important;
    inline-size: 100% !important;
    block-size: 100% !important;
    padding: 0 0 0 calc(var(--_size) / 2) !important;
    border-radius: var(--_radius) !important;
    color: transparent !important;
    -webkit-text-fill-color: transparent !important;
    caret-color: transparent !important;
    font: 16px monospace !important;
    letter-spacing: calc(var(--_size) + var(--_gap) - 1ch) !important;
    direction: ltr !important;
    cursor: text !important;
    contain: strict !important;
  }
  :host(:state(rtl)) ::slotted(input) {
    padding-left: calc(var(--_room) + var(--_size) / 2) !important;
  }
  ::slotted(input:-webkit-autofill) {
    transition:
      background-color 0s 99999s,
      color 0s 99999s !important;
  }
  ::slotted(input:disabled) {
    cursor: not-allowed !important;
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
    ::slotted(input) {
      forced-color-adjust: none !important;
    }
    [part~='cell-active'] {
      outline-color: Highlight;
    }
    .caret {
      background: CanvasText;
    }
  }
`;

/**
 * `::slotted()` cannot reach `::selection`, so the native input's selection highlight is hidden
 * by a rule adopted into the tree the input is in (the document, or an app's shadow root): the
 * field's own child, or the input it put in an outer kit element (`slot="mfa-code-<n>"`,
 * `page-input.ts`). Its specificity beats a page's `::selection` and `input::selection`,
 * `!important` or not.
 */
export const selectionStyles = css`
  mfa-otp-input > input[slot='input']::selection,
  input[slot^='mfa-code-']::selection {
    background: transparent !important;
  }
`;
