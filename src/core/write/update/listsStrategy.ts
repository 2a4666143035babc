/**
 * The Lists sheet: it feeds the other sheets' dropdowns, so it is planned first and its placement (real name, columns,
 * rows) given to the others. Its default entries go into an empty sheet even without the sample, and a list the sheet
 * lacks comes with its default entries (a dropdown fed by an empty range offers nothing).
 */
import { LISTS_SHEET } from "../../schema/sheets";
import type { ListId } from "../../schema/types";
import { LIST_LAST_ROW, type SheetLayout } from "../layout";
import type { LocatedSheet } from "./locate";
import { rowsByMode, type RowsPlan, type SheetStrategy } from "./strategy";
import type { ListsPlacement, RowMode, SheetWrite } from "./types";

/** The Lists sheet's fields are the list ids. */
const LIST_FIELDS: ReadonlySet<string> = new Set(LISTS_SHEET.columns.map((c) => c.field));
const isListField = (field: string): field is ListId => LIST_FIELDS.has(field);

function listsRows(sheet: LocatedSheet, layout: SheetLayout, mode: RowMode): RowsPlan {
  const out = rowsByMode(sheet, layout, mode);
  if (out.adding.length > 0) return out;
  const filled = sheet.placed.filter((p) => p.added);
  if (filled.length === 0) return out;
  out.filled = filled;
  if (layout.rows.length > 0)
    out.dataEnd = Math.max(out.dataEnd ?? 0, sheet.dataFirst + layout.rows.length - 1);
  return out;
}

/** The Lists placement of a planned Lists sheet. */
export function listsPlacementOf(plan: SheetWrite): ListsPlacement {
  const columns: Partial<Record<ListId, string>> = {};
  for (const p of plan.columns) if (isListField(p.column.field)) columns[p.column.field] = p.letter;
  const firstRow = plan.extent.headerRow + 1;
  const lastRow = Math.max(LIST_LAST_ROW + plan.extent.headerRow - 1, plan.extent.lastRow);
  return { sheet: plan.sheet, columns, firstRow, lastRow };
}

export const LISTS_STRATEGY: SheetStrategy = {
  rowMode: () => "ifEmpty",
  rowsOf: listsRows,
  listsPlacement: listsPlacementOf,
};
