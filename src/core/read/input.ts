/** What the reader reads: sheets as 2-D cell values (Office.js `range.values`, or ExcelJS rows). */
import type { Grid } from "../cells";

export interface SheetInput {
  /** The sheet's name as it is in the workbook. */
  name: string;
  rows: Grid;
  /** Sheet row of rows[0] (default 1): a used range need not start at A1. */
  firstRow?: number;
  /** 1-based column of rows[i][0] (default 1). */
  firstCol?: number;
  /**
   * Sheet rows that are an Excel table's total row (Table Design → Total Row: "Total" / 汇总 and its sums), which
   * are not data: the reader skips them.
   */
  totalRows?: readonly number[];
}

export interface WorkbookInput {
  sheets: SheetInput[];
}

/** The grid without its table total rows (the same grid when there are none). */
export function gridOf(input: SheetInput, firstRow: number): Grid {
  const rows: Grid = Array.isArray(input.rows) ? input.rows : [];
  const totals = Array.isArray(input.totalRows) ? input.totalRows : [];
  let out: Grid | undefined;
  for (const r of totals) {
    const i = r - firstRow;
    if (!Number.isInteger(i) || i < 0 || i >= rows.length || rows[i] === undefined) continue;
    out ??= rows.slice();
    delete out[i];
  }
  return out ?? rows;
}

/** A positive whole offset, or 1 for anything else. */
export function origin(n: number | undefined): number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 ? n : 1;
}
