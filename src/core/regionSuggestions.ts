/**
 * "Fill Regions suggestions": which cells of the Regions sheet's Suggestion column get which text. A formula cannot
 * do SPLIT_WAREHOUSE's loose name matching, so the task pane refreshes the column from the warehousing summary.
 *
 * Only the Suggestion cells of the sheet's data rows are addressed: the rows the reader reads (non-blank in a column
 * it reads), bad rows included, so a row the planner broke loses its stale suggestion too. A suggested region gets
 * the Suggestion text; every other row gets "" (the cell is cleared). A sheet without a Suggestion column gets none.
 */
import { cellAddress, columnLetter } from "./cells";
import type { Plan } from "./plan";
import { isBlankCell, normCell } from "./read/cellValue";
import type { SheetInput } from "./read/input";
import { locateHeader } from "./read/readSheet";
import { REGIONS_SHEET } from "./schema/sheets";
import type { Lang } from "./schema/types";
import { warehousingSummary } from "./warehousing";

export interface SuggestionCell {
  /** Sheet-qualified, as the port's writeCells takes it ("Regions!E2", "地区!E2"). */
  address: string;
  row: number;
  /** The Suggestion text, or "" to clear the cell. */
  value: string;
}

export interface RegionSuggestionFill {
  /** The Regions sheet as named in the workbook; null when the workbook has none with a readable header. */
  sheet: string | null;
  /** The Suggestion column's letters, and its header as written; null when the sheet has no Suggestion column. */
  column: string | null;
  header: string | null;
  /** One per data row, in sheet order; empty without a Suggestion column. */
  cells: SuggestionCell[];
  /** How many of the cells get a suggestion (the others are cleared). */
  suggested: number;
}

/**
 * The Suggestion cells to write. `plan` must be read from `sheets` (the same read): its Regions rows say which rows
 * SPLIT_WAREHOUSE suggests, in the language `lang`.
 */
export function regionSuggestionFill(
  sheets: readonly SheetInput[],
  plan: Pick<Plan, "sheetNames" | "regions" | "settings">,
  opts: { lang: Lang }
): RegionSuggestionFill {
  const none: RegionSuggestionFill = {
    sheet: null,
    column: null,
    header: null,
    cells: [],
    suggested: 0,
  };
  const name = plan.sheetNames.regions;
  const input = name === undefined ? undefined : sheets.find((s) => s.name === name);
  if (!input) return none;
  const { grid, firstRow, firstCol, header } = locateHeader(input, REGIONS_SHEET);
  if (!header) return none;
  const suggestionCol = header.byField.get("suggestion");
  if (!suggestionCol) return { ...none, sheet: input.name };

  const column = columnLetter(firstCol + suggestionCol.index);
  // The columns the reader reads: a row blank in all of them is not a data row (see readSheet).
  const readIndexes = [...header.byField.values()]
    .filter((c) => !c.spec.computed)
    .map((c) => c.index);
  const text = new Map<number, string>();
  for (const r of warehousingSummary(plan, opts).regions)
    if (r.suggested) text.set(r.row, r.suggestion);

  const cells: SuggestionCell[] = [];
  for (let i = header.rowIndex + 1; i < grid.length; i++) {
    const row = grid[i];
    if (!Array.isArray(row)) continue;
    if (readIndexes.every((j) => isBlankCell(normCell(row[j])))) continue;
    const rowNo = firstRow + i;
    cells.push({
      address: cellAddress(input.name, column, rowNo),
      row: rowNo,
      value: text.get(rowNo) ?? "",
    });
  }
  return {
    sheet: input.name,
    column,
    header: suggestionCol.header,
    cells,
    suggested: cells.filter((c) => c.value !== "").length,
  };
}
