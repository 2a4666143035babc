/** What the reader reads: sheets as 2-D cell values (Office.js `range.values`, or ExcelJS rows). */
import type { Grid } from "../cells";

/** A formula cell by sheet row and column (1-based); `formula` without "=", "" when the file does not say it. */
export interface StoredFormula {
  row: number;
  col: number;
  formula: string;
}

export interface SheetInput {
  /** The sheet's name as it is in the workbook. */
  name: string;
  rows: Grid;
  /** Sheet row of rows[0] (default 1): a used range need not start at A1. */
  firstRow?: number;
  /** 1-based column of rows[i][0] (default 1). */
  firstCol?: number;
  /**
   * Formula cells whose value the file does not give the reader (their cells in `rows` are blank): none was stored
   * (openpyxl and many generators store none), or the workbook asks for a full recalculation on load
   * (`fullCalcOnLoad`, as XlsxWriter and pandas files do), so the stored one cannot be trusted. Only a file reader
   * gives these; Excel and the preview hand over calculated values. The reader calculates what it can
   * (formulaCells.ts); the rest are DQ_NOT_CALCULATED where it reads them.
   */
  formulas?: readonly StoredFormula[];
  /**
   * Sheet rows that are an Excel table's total row (Table Design → Total Row: "Total" / 汇总 and its sums), which
   * are not data: the reader skips them.
   */
  totalRows?: readonly number[];
  /**
   * Merged areas as A1 ranges in sheet coordinates ("A2:A4"; a sheet prefix is ignored). A cell a merge covers in
   * the SKU column counts as holding the merge's value (see merges.ts).
   */
  merges?: readonly string[];
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
