import { html, type TemplateResult } from 'lit';

/**
 * One empty cell. Lit renders only the row's shape (so server-rendered HTML has the cells); the
 * digits are the native input's own text, laid over the row (docs/ARCHITECTURE.md, "The code
 * field"), and `paintCells` sets the parts.
 */
const CELL = html`<div class="cell" part="cell"></div>`;

const rows = new Map<number, TemplateResult[]>();

/** `count` empty cells, the same array each time so that re-rendering the row changes nothing. */
export function cellRow(count: number): TemplateResult[] {
  let row = rows.get(count);
  if (!row) rows.set(count, (row = Array.from({ length: count }, () => CELL)));
  return row;
}

/** What the row shows: how many digits there are, and the selection while the field has focus. */
export interface CellsState {
  filled: number;
  focused: boolean;
  selectionStart: number;
  selectionEnd: number;
}

const CELL_PARTS = [
  'cell',
  'cell cell-filled',
  'cell cell-active',
  'cell cell-active cell-filled',
] as const;
/** Added to a cell's code in `shown` when it is in a selection of digits (`data-selected`). */
const SELECTED = 4;

/**
 * What each row's cells show, as codes (`CELL_PARTS` index, plus `SELECTED`), so a keystroke
 * compares numbers instead of reading attributes. A row whose number of cells changed (a new
 * `length`: Lit keeps the first cells and adds or removes the rest) starts a new record, read
 * from the attributes once.
 */
const shown = new WeakMap<HTMLElement, { cells: Element[]; codes: number[] }>();

/**
 * Set each cell's parts from the value's length and the selection, writing only what changed.
 * The field's own styles never select by part (nor by any attribute a keystroke changes): a
 * keystroke moves `cell-active` and `cell-filled`, which restyles nothing unless the page styles
 * them with `::part()`. A selection of digits is drawn from `data-selected`, which typing (a
 * collapsed selection) never changes. So a typed digit costs no style recalculation at all
 * (`npm run bench`, docs/ARCHITECTURE.md "The code field").
 */
export function paintCells(row: HTMLElement, state: CellsState): void {
  const { focused, filled } = state;
  const start = Math.min(state.selectionStart, state.selectionEnd);
  const end = Math.max(state.selectionStart, state.selectionEnd);
  const collapsed = start === end;
  const children = row.children;
  let record = shown.get(row);
  if (!record || record.cells.length !== children.length) {
    record = { cells: Array.from(children), codes: [] };
    shown.set(row, record);
  }
  const { cells, codes } = record;
  const caretCell = Math.min(start, cells.length - 1);
  for (let index = 0; index < cells.length; index++) {
    const selected = focused && index >= start && index < end;
    const active = collapsed ? focused && index === caretCell : selected;
    const part = (active ? 2 : 0) + (index < filled ? 1 : 0);
    const code = part + (selected ? SELECTED : 0);
    const before = codes[index];
    if (before === code) continue;
    const cell = cells[index];
    if (before === undefined) {
      if (cell.getAttribute('part') !== CELL_PARTS[part])
        cell.setAttribute('part', CELL_PARTS[part]);
      cell.toggleAttribute('data-selected', selected);
    } else {
      if (before % SELECTED !== part) cell.setAttribute('part', CELL_PARTS[part]);
      if (before >= SELECTED !== selected) cell.toggleAttribute('data-selected', selected);
    }
    codes[index] = code;
  }
}
