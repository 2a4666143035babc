/** An existing sheet's table after the write: the one on the header row, grown to the write's extent. */
import { columnIndex, columnLetter } from "../../cells";
import { rangePos } from "../addresses";
import type { SheetExtent, WorkbookTable } from "./types";

/**
 * The table of `sheet` whose header row is the extent's and whose columns meet the extent's, grown to cover the
 * extent's columns and rows; it never shrinks, except that rows that `replaced` the old data end it (at least one
 * data row stays). Undefined when the sheet has no such table.
 */
export function grownTable(
  tables: readonly WorkbookTable[] | undefined,
  sheet: string,
  extent: SheetExtent,
  replaced: boolean
): { name: string; range: string } | undefined {
  const first = columnIndex(extent.firstColumn);
  const last = columnIndex(extent.lastColumn);
  const name = sheet.toLowerCase();
  for (const t of tables ?? []) {
    if (t.sheet.toLowerCase() !== name) continue;
    const r = rangePos(t.range);
    if (!r || r.from.row !== extent.headerRow || r.to.col < first || r.from.col > last) continue;
    const toCol = Math.max(r.to.col, last);
    const toRow = replaced
      ? Math.max(extent.lastRow, r.from.row + 1)
      : Math.max(r.to.row, extent.lastRow);
    return {
      name: t.name,
      range: `${columnLetter(r.from.col)}${r.from.row}:${columnLetter(toCol)}${toRow}`,
    };
  }
  return undefined;
}
