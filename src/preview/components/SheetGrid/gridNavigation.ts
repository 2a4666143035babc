/** Moving the grid's selection as Excel's arrows do: within the sheet, over hidden rows and columns. */
import { columnLetter } from "../../../core/cells";
import type { MemorySheet } from "../../memorySheet";
import type { GridSelection } from "./SheetGrid.types";

/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** The index of the first item ≥ n in a sorted list (its length when none). */
export function lowerBound(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item > n in a sorted list (its length when none). */
export function upperBound(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** From `at`, the nearest row or column that is shown, going `step` first (Excel's arrows skip hidden ones). */
export function nearestShown(
  at: number,
  step: number,
  max: number,
  hidden: (n: number) => boolean
): number {
  const dir = step < 0 ? -1 : 1;
  for (const d of [dir, -dir]) {
    let n = at;
    while (hidden(n) && n + d >= 1 && n + d <= max) n += d;
    if (!hidden(n)) return n;
  }
  return at;
}

/** The selection moved by a step: kept within the sheet, on a shown row and column. */
export function moved(
  sheet: MemorySheet,
  from: GridSelection,
  dRow: number,
  dCol: number
): GridSelection {
  return {
    row: nearestShown(Math.min(MAX_ROWS, Math.max(1, from.row + dRow)), dRow, MAX_ROWS, (r) =>
      sheet.hiddenRows.has(r)
    ),
    col: nearestShown(Math.min(MAX_COLS, Math.max(1, from.col + dCol)), dCol, MAX_COLS, (c) =>
      sheet.hiddenColumns.has(columnLetter(c))
    ),
  };
}

/** A cell's A1 address. */
export const addressOf = (row: number, col: number): string => `${columnLetter(col)}${row}`;
