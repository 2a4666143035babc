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

/**
 * The sheet's own key of a cell: a number, column-major (a string key was most of the time of a big write: each
 * look-up made and hashed a new string). Up to column 1,024 it is a small integer, which V8 keeps unboxed.
 */
const ROWS = 1_048_576;
const keyOf = (row: number, col: number): number => (col - 1) * ROWS + (row - 1);
const rowOf = (k: number): number => (k % ROWS) + 1;
const colOf = (k: number): number => Math.floor(k / ROWS) + 1;

/** A kept sheet's cells (IndexedDB) from before the numeric keys: keyed by cellKey. */
function rekeyed(cells: Map<unknown, MemoryCell>): Map<number, MemoryCell> {
  const out = new Map<number, MemoryCell>();
  cells.forEach((cell, k) => {
    if (typeof k === "number") out.set(k, cell);
    else if (typeof k === "string") {
      const i = k.indexOf(":");
      out.set(keyOf(Number(k.slice(0, i)), Number(k.slice(i + 1))), cell);
    }
  });
  return out;
}

export class MemorySheet {
  /** Cells holding anything (a value, a formula, a format, a highlight…), by keyOf. */
  private readonly cells = new Map<number, MemoryCell>();
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
   * cells' Map among them, but not the class.
   */
  static revive(clone: object): MemorySheet {
    if (clone instanceof MemorySheet) return clone;
    const data = clone as { name?: unknown; cells?: unknown };
    const s = Object.assign(new MemorySheet(String(data.name ?? "")), clone);
    // A Map of another realm (a clone made by Node's MessageChannel under jest) is no instanceof Map here.
    const cells = data.cells as Map<unknown, MemoryCell> | undefined;
    if (cells && typeof cells.keys === "function" && cells.size > 0)
      if (typeof cells.keys().next().value !== "number")
        Object.assign(s, { cells: rekeyed(cells) });
    return s;
  }

  /** The cell at a 1-based row and column, if it holds anything. */
  cellAt(row: number, col: number): MemoryCell | undefined {
    return this.cells.get(keyOf(row, col));
  }

  /** Puts a cell at a 1-based row and column (the object itself: later changes to it are the cell's). */
  setCellAt(row: number, col: number, cell: MemoryCell): void {
    this.cells.set(keyOf(row, col), cell);
  }

  deleteCellAt(row: number, col: number): void {
    this.cells.delete(keyOf(row, col));
  }

  /** Calls `fn` on every cell held, in the order they were first set; `fn` may delete the cell it is given. */
  forEachCell(fn: (cell: MemoryCell, row: number, col: number) => void): void {
    this.cells.forEach((cell, k) => fn(cell, rowOf(k), colOf(k)));
  }

  /** Every cell held with its 1-based row and column, in the order they were first set (for work done in slices). */
  *cellEntries(): IterableIterator<[cell: MemoryCell, row: number, col: number]> {
    for (const [k, cell] of this.cells) yield [cell, rowOf(k), colOf(k)];
  }

  /** Every cell held (without its place). */
  cellValues(): IterableIterator<MemoryCell> {
    return this.cells.values();
  }

  /** How many cells are held. */
  get cellCount(): number {
    return this.cells.size;
  }
}
