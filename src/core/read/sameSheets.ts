/** Whether two reads of sheets hold the same, value for value (what the pane reuses while nothing changed). */
import { isCellError, type CellValue } from "../cells";
import type { SheetInput } from "./input";

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime());
  if (isCellError(a) && isCellError(b)) return a.error === b.error;
  return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
}

function sameList<T>(
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
  same: (x: T, y: T) => boolean
): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!same(x[i], y[i])) return false;
  return true;
}

/** Rows alike cell by cell; a missing cell and a blank one are alike (the reader reads both as blank). */
function sameRow(
  a: readonly CellValue[] | undefined,
  b: readonly CellValue[] | undefined
): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  const n = Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) if (!sameCell(x[i], y[i])) return false;
  return true;
}

/** Whether two reads of a sheet hold the same: name, origin, cells, merges, total rows, formulas. */
export function sameSheet(x: SheetInput, y: SheetInput): boolean {
  return (
    x === y ||
    (x.name === y.name &&
      (x.firstRow ?? 1) === (y.firstRow ?? 1) &&
      (x.firstCol ?? 1) === (y.firstCol ?? 1) &&
      sameList(x.merges, y.merges, (m, n) => m === n) &&
      sameList(x.totalRows, y.totalRows, (m, n) => m === n) &&
      sameList(
        x.formulas,
        y.formulas,
        (m, n) => m.row === n.row && m.col === n.col && m.formula === n.formula
      ) &&
      sameList(x.rows, y.rows, (m, n) => sameRow(m, n)))
  );
}

/** Whether two reads of a workbook's sheets hold the same, sheet by sheet. */
export function sameSheets(a: readonly SheetInput[], b: readonly SheetInput[]): boolean {
  return sameList(a, b, sameSheet);
}
