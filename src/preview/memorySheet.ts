/**
 * One sheet of the preview's in-memory workbook (./memoryWorkbook.ts): its cells by 1-based row and column, and what
 * else the grid draws (tables, dropdowns, conditional formats, formats, widths, frozen panes, hidden rows and columns,
 * merged cells, charts). Only this module knows how cells are keyed: the others ask `cellAt(row, col)`.
 */
import type { CellValue } from "../core/cells";
import type { DashboardChart } from "../core/dashboard/types";
import type { Severity } from "../core/finding";
import type { RowColourKind } from "../core/presentation";
import type { FormatRange } from "../core/write/update";
import type { CellTest } from "./cellRules";

export interface MemoryCell {
  value: CellValue;
  /** Without the leading "=". */
  formula?: string;
  numFmt?: string;
  /** The user's own fill (a colour); highlights never change it. */
  fill?: string;
  /** Set by `highlight`, removed by `clearHighlights`. */
  highlight?: Severity;
  /** A link to a cell of the workbook (`Promotions!E12`). */
  link?: string;
  bold?: boolean;
  /** The formula engine's message for an error result (shown as the cell's note). */
  message?: string;
  /**
   * A formula from an opened file the formula engine cannot compute (structured references, LET, links to other
   * workbooks…): kept verbatim, its value is the one the file saved.
   */
  notRecomputed?: boolean;
}

export interface MemoryTable {
  name: string;
  /** A1 range, e.g. `A1:N45`. */
  range: string;
}

export interface MemoryValidation {
  range: string;
  /** `=Lists!$A$2:$A$200`. */
  source: string;
}

/** The plan sheets' row colouring: a row of the range whose Flags (or Suggestion) cell is not empty is coloured. */
export interface RowColouringFormat {
  range: string;
  /** With the leading "=": `=AND($K2<>"","ops-planner:rows"<>"")` (src/core/write/rowColouring.ts). */
  formula: string;
  kind: RowColourKind;
}

/** A cell of the range whose value passes the test takes the colours (the Timeline's kinds of cell). */
export interface CellValueFormat {
  range: string;
  kind: "cellValue";
  when: CellTest;
  /** CSS colours (`#F4B183`). */
  fill: string;
  font: string;
}

/** In priority order on a sheet: the first rule that applies to a cell colours it. */
export type MemoryConditionalFormat = RowColouringFormat | CellValueFormat;

/** The key of a cell (1-based row and column): the grid's merge lookups are keyed the same way. */
export const cellKey = (row: number, col: number): string => `${row}:${col}`;

function rowColOf(k: string): [number, number] {
  const i = k.indexOf(":");
  return [Number(k.slice(0, i)), Number(k.slice(i + 1))];
}

/**
 * A row's cells by column (index = 1-based column; holes where there is none). Rows of arrays, not one Map keyed by
 * "row:col": a big plan is a million cells, and a string key per cell made every read and write of a cell (opening
 * a file, the engine's content, the grid) several times slower.
 */
type CellRow = (MemoryCell | undefined)[];

export class MemorySheet {
  /** Cells holding anything (a value, a formula, a format, a highlight…), by row, then column. */
  private rows = new Map<number, CellRow>();
  private count = 0;
  tables: MemoryTable[] = [];
  validations: MemoryValidation[] = [];
  conditionalFormats: MemoryConditionalFormat[] = [];
  /** Number formats of whole column stretches (the template's formats); a cell's own format wins. */
  formats: FormatRange[] = [];
  widths = new Map<string, number>();
  frozenRows = 0;
  frozenColumns = 0;
  /** Column letters. */
  hiddenColumns = new Set<string>();
  /** 1-based. */
  hiddenRows = new Set<number>();
  /** Merged ranges (`D1:G1`): the top-left cell holds the value. */
  merges: string[] = [];
  /** Native charts floating on the sheet (the Dashboard's), each reading the cells its series name. */
  charts: DashboardChart[] = [];
  /** Rows of its tables' Total rows (an opened file's): the reader skips them, as the CLI's does. */
  totalRows?: number[];
  /** Worksheet.visibility: a very hidden sheet (the versions sheet) has no tab. */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Worksheet protection: every cell locked, as Excel's protect() leaves them; a write is refused. */
  protected = false;

  constructor(public name: string) {}

  /**
   * The sheet again from its structured clone (a worker's message, IndexedDB): the clone keeps every field, the
   * cells among them, but not the class.
   */
  static revive(clone: object): MemorySheet {
    if (clone instanceof MemorySheet) return clone;
    const { cells, ...data } = clone as { name?: unknown; cells?: Map<string, MemoryCell> };
    const s = Object.assign(new MemorySheet(String(data.name ?? "")), data);
    // Kept before the cells were held by row (IndexedDB keeps what an earlier version saved): one Map by "row:col".
    // (A Map of another realm, as jest's clones are, is no `instanceof Map`.)
    if (Object.prototype.toString.call(cells) === "[object Map]")
      for (const [k, cell] of cells as Map<string, MemoryCell>) {
        const [row, col] = rowColOf(k);
        s.setCellAt(row, col, cell);
      }
    return s;
  }

  /** The sheet's fields but its cells, as a plain object (its cells are packed apart: ./open/packedSheets.ts). */
  fieldsWithoutCells(): Record<string, unknown> & { name: string } {
    const { rows: _rows, count: _count, ...fields } = this;
    return { ...fields };
  }

  /** The cell at a 1-based row and column, if it holds anything. */
  cellAt(row: number, col: number): MemoryCell | undefined {
    return this.rows.get(row)?.[col];
  }

  /**
   * A row's cells by 1-based column (holes where there is none), undefined for a row holding none: for reading a
   * sheet row by row without a look-up per cell. Read only.
   */
  rowCells(row: number): readonly (MemoryCell | undefined)[] | undefined {
    return this.rows.get(row);
  }

  /** The last row and column holding a cell (0 and 0 for an empty sheet). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [row, line] of this.rows) {
      let last = line.length - 1;
      while (last > 0 && line[last] === undefined) last--;
      if (last < 1) continue;
      if (row > rows) rows = row;
      if (last > cols) cols = last;
    }
    return { rows, cols };
  }

  /** Puts a cell at a 1-based row and column (the object itself: later changes to it are the cell's). */
  setCellAt(row: number, col: number, cell: MemoryCell): void {
    let line = this.rows.get(row);
    if (!line) this.rows.set(row, (line = []));
    if (line[col] === undefined) this.count++;
    line[col] = cell;
  }

  deleteCellAt(row: number, col: number): void {
    const line = this.rows.get(row);
    if (line?.[col] === undefined) return;
    delete line[col];
    this.count--;
  }

  /**
   * Calls `fn` on every cell held: rows in the order they were first set, a row's cells by column; `fn` may delete
   * the cell it is given.
   */
  forEachCell(fn: (cell: MemoryCell, row: number, col: number) => void): void {
    for (const [cell, row, col] of this.cellEntries()) fn(cell, row, col);
  }

  /** Every cell held with its 1-based row and column, in forEachCell's order (for work done in slices). */
  *cellEntries(): IterableIterator<[cell: MemoryCell, row: number, col: number]> {
    for (const [row, line] of this.rows)
      for (let col = 1; col < line.length; col++) {
        const cell = line[col];
        if (cell !== undefined) yield [cell, row, col];
      }
  }

  /** Every cell held (without its place). */
  *cellValues(): IterableIterator<MemoryCell> {
    for (const [cell] of this.cellEntries()) yield cell;
  }

  /** How many cells are held. */
  get cellCount(): number {
    return this.count;
  }
}
