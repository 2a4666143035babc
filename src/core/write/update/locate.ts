/**
 * Finding our sheet in a workbook's sheet: its header row (as the reader finds it, in any language, columns in any
 * order), where each layout column is or will be appended, and how far the data goes. Done once per sheet and update.
 */
import { columnLetter, type CellValue } from "../../cells";
import { isBlankCell, normCell } from "../../read/cellValue";
import { findHeader } from "../../read/header";
import { origin, type SheetInput } from "../../read/input";
import { sheetSpec } from "../../schema/sheets";
import type { SheetLayout } from "../layout";
import type { PlacedColumn, SheetConflict } from "./types";

/** An existing sheet that is ours, as found. */
export interface LocatedSheet {
  input: SheetInput;
  placed: PlacedColumn[];
  headerRow: number;
  /** Sheet rows of the data: first below the header, last holding a value in one of our input columns (or none). */
  dataFirst: number;
  dataEnd: number | undefined;
  /** 0-based grid index of the header row. */
  headerIndex: number;
  firstHeaderIndex: number;
  lastHeaderIndex: number;
}

/** The input's grid (an empty one for a malformed input). */
export const gridRows = (input: SheetInput): unknown[][] =>
  Array.isArray(input.rows) ? (input.rows as unknown[][]) : [];

/** A cell of a grid by 0-based indexes, normalised as the reader sees it. */
export const gridCell = (rows: readonly unknown[][], r: number, c: number): CellValue => {
  const row = rows[r];
  return Array.isArray(row) ? normCell(row[c]) : undefined;
};

/** Columns of the sheet (0-based grid indexes) holding nothing from the header row down. */
function blankColumnsAfter(
  rows: readonly unknown[][],
  headerIndex: number,
  from: number,
  n: number
): number[] {
  const out: number[] = [];
  for (let c = from; out.length < n; c++) {
    let blank = true;
    for (let r = headerIndex; r < rows.length && blank; r++)
      if (!isBlankCell(gridCell(rows, r, c))) blank = false;
    if (blank) out.push(c);
  }
  return out;
}

/** The sheet located, or a conflict when its header row lacks key headers (it is not ours). */
export function locateSheet(input: SheetInput, layout: SheetLayout): LocatedSheet | SheetConflict {
  const spec = sheetSpec(layout.id);
  const rows = gridRows(input);
  const firstRow = origin(input.firstRow);
  const firstCol = origin(input.firstCol);
  const header = findHeader(input.rows ?? [], spec);
  if (!header || header.missingKeys.length > 0) {
    const keys = header ? header.missingKeys : spec.columns.filter((c) => c.key);
    const missing = keys.map(
      (k) => layout.columns.find((c) => c.field === k.field)?.header ?? k.names.en
    );
    return {
      kind: "conflict",
      layout,
      sheet: input.name,
      missing: missing.length > 0 ? missing : layout.headers.slice(),
    };
  }
  const hi = header.rowIndex;
  const headerCells = Array.isArray(rows[hi]) ? rows[hi] : [];
  let firstHeaderIndex = -1;
  let lastHeaderIndex = -1;
  for (let c = 0; c < headerCells.length; c++)
    if (!isBlankCell(normCell(headerCells[c]))) {
      if (firstHeaderIndex < 0) firstHeaderIndex = c;
      lastHeaderIndex = c;
    }

  const inputCols = [...header.byField.values()]
    .filter((h) => !h.spec.computed)
    .map((h) => h.index);
  let dataEnd: number | undefined;
  for (let r = rows.length - 1; r > hi && dataEnd === undefined; r--)
    if (inputCols.some((c) => !isBlankCell(gridCell(rows, r, c)))) dataEnd = firstRow + r;

  const missing = layout.columns.filter((c) => !header.byField.has(c.field));
  const free = blankColumnsAfter(rows, hi, lastHeaderIndex + 1, missing.length);
  const placed: PlacedColumn[] = layout.columns.map((c) => {
    const h = header.byField.get(c.field);
    if (h) return { column: c, letter: columnLetter(firstCol + h.index), added: false };
    const index = free[missing.indexOf(c)];
    return { column: c, letter: columnLetter(firstCol + index), added: true };
  });
  const headerRow = firstRow + hi;
  return {
    input,
    placed,
    headerRow,
    dataFirst: headerRow + 1,
    dataEnd,
    headerIndex: hi,
    firstHeaderIndex,
    lastHeaderIndex,
  };
}

export const isConflict = (x: LocatedSheet | SheetConflict): x is SheetConflict => "kind" in x;
