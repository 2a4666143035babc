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
}

export interface WorkbookInput {
  sheets: SheetInput[];
}

/** A positive whole offset, or 1 for anything else. */
export function origin(n: number | undefined): number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 ? n : 1;
}
