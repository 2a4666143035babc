/**
 * How one kind of sheet goes into an update: the per-sheet part of planning, kept out of the common code. Most sheets
 * take the default (rows by the row mode); the Settings and Lists sheets have their own (./settingsStrategy.ts,
 * ./listsStrategy.ts), looked up by sheet id in ./strategies.ts.
 */
import type { LayoutCell, SheetLayout } from "../layout";
import type { LocatedSheet } from "./locate";
import type { ClearRows, ListsPlacement, PlacedColumn, RowMode, SheetWrite } from "./types";

/** A layout row going into an existing sheet, on sheet row `row`. */
export interface AddedRow {
  cells: LayoutCell[];
  row: number;
  /** Its index in `layout.rows`. */
  layoutIndex: number;
}

/** What an existing sheet's rows get. */
export interface RowsPlan {
  adding: AddedRow[];
  clear?: ClearRows;
  /** The last data row after the write (none: no data rows). */
  dataEnd: number | undefined;
  /** Columns written with all the layout's entries from the first data row (a list the Lists sheet lacks). */
  filled?: PlacedColumn[];
  /** The Settings sheet: the row of each setting, existing or added. */
  settingRows?: Record<string, number>;
}

export interface SheetStrategy {
  /** How Create / update puts the layout's rows into the existing sheet (`sample`: the planner asked for it). */
  rowMode(sample: boolean): RowMode;
  /** The rows an existing sheet gets. */
  rowsOf(sheet: LocatedSheet, layout: SheetLayout, mode: RowMode): RowsPlan;
  /** What a new sheet's plan carries besides the layout. */
  newSheet?(layout: SheetLayout): Pick<SheetWrite, "settingRows">;
  /** The workbook names the planned sheet defines. */
  names?(plan: SheetWrite): { name: string; ref: string }[];
  /** The sheet feeds other sheets' dropdowns: it is planned first, and its placement given to the others. */
  listsPlacement?(plan: SheetWrite): ListsPlacement;
}

/** Rows by the row mode: none, the layout's into an empty sheet, after the last row, or in place of the old ones. */
export function rowsByMode(sheet: LocatedSheet, layout: SheetLayout, mode: RowMode): RowsPlan {
  const { headerRow, dataFirst } = sheet;
  let dataEnd = sheet.dataEnd;
  let adding: AddedRow[] = [];
  let clear: ClearRows | undefined;
  if (mode === "append" || (mode === "ifEmpty" && dataEnd === undefined)) {
    const start = (dataEnd ?? headerRow) + 1;
    adding = layout.rows.map((cells, i) => ({ cells, row: start + i, layoutIndex: i }));
  } else if (mode === "replace") {
    if (dataEnd !== undefined) clear = { fromRow: dataFirst, toRow: dataEnd };
    adding = layout.rows.map((cells, i) => ({ cells, row: dataFirst + i, layoutIndex: i }));
    dataEnd = undefined;
  }
  const out: RowsPlan = { adding, dataEnd: withAdded(dataEnd, adding) };
  if (clear) out.clear = clear;
  return out;
}

/** The last data row once `adding` is written. */
export const withAdded = (dataEnd: number | undefined, adding: readonly AddedRow[]) =>
  adding.length > 0 ? Math.max(dataEnd ?? 0, adding[adding.length - 1].row) : dataEnd;

/** Data sheets, Waivers, Findings: rows by the row mode; the sample only when asked for. */
export const DEFAULT_STRATEGY: SheetStrategy = {
  rowMode: (sample) => (sample ? "ifEmpty" : "keep"),
  rowsOf: rowsByMode,
};
