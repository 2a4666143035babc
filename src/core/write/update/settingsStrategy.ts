/**
 * The Settings sheet: one row per setting, found by its name in the Setting column (any language), whatever the row
 * mode; a setting the sheet lacks is appended after the last row. Its rows give the Settings workbook names.
 */
import { columnIndex, quoteSheetName } from "../../cells";
import { cellText, isBlankCell } from "../../read/cellValue";
import { origin } from "../../read/input";
import { settingSpecOf } from "../../read/settingsSheet";
import { SETTING_SPECS } from "../../settings";
import type { SheetLayout } from "../layout";
import { gridCell, gridRows, type LocatedSheet } from "./locate";
import { withAdded, type AddedRow, type RowsPlan, type SheetStrategy } from "./strategy";
import type { SheetWrite } from "./types";

/** The row of each setting the sheet has (the first row naming it). */
function existingSettingRows(sheet: LocatedSheet): Map<string, number> {
  const rows = gridRows(sheet.input);
  const firstRow = origin(sheet.input.firstRow);
  const firstCol = origin(sheet.input.firstCol);
  const at = sheet.placed.find((p) => p.column.field === "setting");
  const rowOf = new Map<string, number>();
  if (!at) return rowOf;
  const index = columnIndex(at.letter) - firstCol;
  for (let r = sheet.headerIndex + 1; r < rows.length; r++) {
    const v = gridCell(rows, r, index);
    if (isBlankCell(v)) continue;
    const s = settingSpecOf(cellText(v));
    if (s && !rowOf.has(s.key)) rowOf.set(s.key, firstRow + r);
  }
  return rowOf;
}

function settingsRows(sheet: LocatedSheet, layout: SheetLayout): RowsPlan {
  const have = existingSettingRows(sheet);
  const settingRows: Record<string, number> = Object.fromEntries(have);
  const adding: AddedRow[] = [];
  let next = (sheet.dataEnd ?? sheet.headerRow) + 1;
  SETTING_SPECS.forEach((s, i) => {
    if (have.has(s.key) || !layout.rows[i]) return;
    settingRows[s.key] = next;
    adding.push({ cells: layout.rows[i], row: next++, layoutIndex: i });
  });
  return { adding, dataEnd: withAdded(sheet.dataEnd, adding), settingRows };
}

/** The Settings workbook names, pointing at the Value cell of each setting's row in the planned Settings sheet. */
export function settingsNamesOf(plan: SheetWrite): { name: string; ref: string }[] {
  const value = plan.columns.find((p) => p.column.field === "value")?.letter;
  const rows = plan.settingRows;
  if (!value || !rows) return [];
  const sheet = quoteSheetName(plan.sheet);
  return SETTING_SPECS.flatMap((s) => {
    const r = rows[s.key];
    return r === undefined ? [] : [{ name: s.workbookName, ref: `${sheet}!$${value}$${r}` }];
  });
}

export const SETTINGS_STRATEGY: SheetStrategy = {
  rowMode: (sample) => (sample ? "ifEmpty" : "keep"),
  rowsOf: settingsRows,
  // A new sheet is the layout: its rows are SETTING_SPECS in order.
  newSheet: (layout) => ({
    settingRows: Object.fromEntries(SETTING_SPECS.map((s, i) => [s.key, layout.firstRow + i])),
  }),
  names: settingsNamesOf,
};
