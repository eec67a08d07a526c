import { html, type TemplateResult } from 'lit';

/**
 * One empty cell. Lit renders only the row's shape (so server-rendered HTML has the cells);
 * `paintCells` fills in digits and parts. Every cell keeps its caret element, hidden unless it
 * has the `caret` part. The digit's own box (`.d`) is a relayout boundary (see the styles' notes).
 */
const CELL = html`<div part="cell"><div class="d"></div><span class="caret"></span></div>`;

const rows = new Map<number, TemplateResult[]>();

/** `count` empty cells, the same array each time so that re-rendering the row changes nothing. */
export function cellRow(count: number): TemplateResult[] {
  let row = rows.get(count);
  if (!row) rows.set(count, (row = Array.from({ length: count }, () => CELL)));
  return row;
}

/** What the row shows: the value, and the selection while the field has focus. */
export interface CellsState {
  value: string;
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

function setPart(element: Element, part: string): void {
  if (element.getAttribute('part') !== part) element.setAttribute('part', part);
}

/**
 * Draw the value and selection into the row's cells, writing only the digits and parts that
 * differ from what is shown: a keystroke changes one digit and moves the active cell, so it
 * restyles two or three elements and lays out one digit box (`npm run bench`,
 * docs/ARCHITECTURE.md "Performance targets"), instead of Lit re-rendering every cell.
 */
export function paintCells(row: HTMLElement, state: CellsState): void {
  const { value, focused } = state;
  const start = Math.min(state.selectionStart, state.selectionEnd);
  const end = Math.max(state.selectionStart, state.selectionEnd);
  const collapsed = start === end;
  const cells = row.children;
  const caretCell = Math.min(start, cells.length - 1);
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    const box = cell.firstElementChild as Element;
    const char = value[index] ?? '';
    const active = focused && (collapsed ? index === caretCell : index >= start && index < end);
    const filled = char !== '';
    // The digit's text node is kept and rewritten, not replaced.
    const digit = box.firstChild as Text | null;
    if (!digit) box.append(char);
    else if (digit.data !== char) digit.data = char;
    setPart(cell, CELL_PARTS[(active ? 2 : 0) + (filled ? 1 : 0)]);
    setPart(cell.lastElementChild as Element, active && !filled && collapsed ? 'caret' : '');
  }
}
