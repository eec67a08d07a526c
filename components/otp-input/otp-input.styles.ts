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
 * - The native input draws the digits and the caret itself, over static cells: its text has the
 *   digits' font and size, tabular figures, `letter-spacing` = cell pitch − 1ch and a padding of
 *   (cell − 1ch) / 2, so each digit is centred in its cell and the native caret stands at the
 *   left edge of the digit it comes before, inside the active cell (magnifiers and IME windows
 *   follow it there). The code is left to right, so in a right-to-left host the padding also
 *   skips the badge room on the left.
 * - Cells are `direction: ltr` (codes read left to right), but the row itself sits at the host's
 *   inline start: `.field` is `max-content` wide and the badge room is `padding-inline-end`.
 * - Colours are the kit's public `--mfa-color-*` properties with the views' defaults, except the
 *   cell border's default, which is darker than the views' decorative border so a cell's edge has
 *   3:1 against its surface and the page (WCAG 1.4.11) in light and dark.
 * - Typing must cost about what a native input costs (`npm run bench`, docs/ARCHITECTURE.md "The
 *   code field"): a typed digit changes no style at all, and the only layout is the native
 *   input's own edit, kept inside it by `contain: strict` (its box comes from `.field`).
 *   - Nothing here selects by part or by anything a keystroke changes: `paintCells` moves the
 *     `cell-active` and `cell-filled` parts on every key, which restyles nothing unless the page
 *     styles them with `::part()` (a `[part…]` selector here would restyle every cell whose
 *     part moved). The error is `#error`, not `[part=error]`, for the same reason.
 *   - Focus rings the whole row (`:focus-within`, once per focus); a selection of digits rings
 *     its cells (`data-selected`, which a collapsed selection never changes).
 *   - The caret is the native one: it blinks by itself, without a timer or a style change, and
 *     `caret-animation: manual` holds it still under `prefers-reduced-motion: reduce`.
 * - No transitions: they would restyle the cells on every frame while the user types.
 * - The native selection highlight is transparent (a selection rings its cells instead); 16px
 *   and up keeps iOS from zooming in on focus. In forced colours the input keeps its transparent
 *   background and draws with `CanvasText`.
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
  .cell {
    box-sizing: border-box;
    inline-size: var(--_size);
    block-size: calc(var(--_size) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--mfa-color-surface, light-dark(#f6f8fa, #151b23));
    contain: strict;
  }
  .field:focus-within .cell {
    border-color: var(--_accent);
  }
  .field:focus-within .cells,
  .cell[data-selected] {
    outline: 2px solid var(--mfa-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  .field[data-invalid] .cell {
    border-color: var(--_error);
  }
  .field[data-invalid]:focus-within .cells,
  .field[data-invalid] .cell[data-selected] {
    outline-color: var(--_error);
  }
  .field[data-disabled] .cell {
    border-style: dashed;
    border-color: var(--_muted);
    background: transparent;
  }
  ::slotted(input) {
    all: initial !important;
    /* all: initial makes it light; light-dark() below must follow the page scheme. */
    color-scheme: inherit !important;
    position: absolute !important;
    inset: 0 !important;
    box-sizing: border-box !important;
    inline-size: 100% !important;
    block-size: 100% !important;
    padding: 0 0 0 calc((var(--_size) - 1ch) / 2) !important;
    border-radius: var(--_radius) !important;
    color: var(--_text) !important;
    -webkit-text-fill-color: var(--_text) !important;
    caret-color: var(--_text) !important;
    font-family: var(--mfa-otp-font, inherit) !important;
    font-size: var(--mfa-otp-font-size, 1.5rem) !important;
    font-variant-numeric: tabular-nums !important;
    letter-spacing: calc(var(--_size) + var(--_gap) - 1ch) !important;
    direction: ltr !important;
    cursor: text !important;
    contain: strict !important;
  }
  :host(:state(rtl)) ::slotted(input) {
    padding-left: calc(var(--_room) + (var(--_size) - 1ch) / 2) !important;
  }
  ::slotted(input:-webkit-autofill) {
    transition:
      background-color 0s 99999s,
      color 0s 99999s !important;
  }
  ::slotted(input:disabled) {
    -webkit-text-fill-color: var(--_muted) !important;
    cursor: not-allowed !important;
  }
  #error {
    inline-size: 0;
    min-inline-size: 100%;
    color: var(--_error);
    font-size: 0.875em;
    line-height: 1.4;
  }
  #error:not(:empty) {
    margin-block-start: 0.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    ::slotted(input) {
      caret-animation: manual !important;
    }
  }
  @media (forced-colors: active) {
    ::slotted(input) {
      forced-color-adjust: none !important;
      -webkit-text-fill-color: CanvasText !important;
      caret-color: CanvasText !important;
    }
    .field:focus-within .cells,
    .cell[data-selected] {
      outline-color: Highlight;
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
