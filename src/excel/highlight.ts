/**
 * Marking findings' cells. A highlight is a conditional format whose rule is always true and carries a marker
 * (`=AND(TRUE,"ops-planner"<>"")`, src/core/presentation.ts): it paints over the cells without changing their own fill, and clearing deletes only
 * the conditional formats that carry the marker, so a planner's own fills and rules stay exactly as they were.
 * One conditional format per sheet and severity covers many cells at once (a multi-area range).
 */
import type { HighlightCell } from "../core/port";
import {
  HIGHLIGHT_FILL,
  HIGHLIGHT_FORMULA,
  isHighlight,
  MAX_AREAS_ADDRESS,
} from "../core/presentation";
import { splitAddress } from "../core/write/addresses";
import { commandBytes, WriteBatch } from "./chunks";
import { loadWorkbook, type WorkbookState } from "./readSheets";

export {
  HIGHLIGHT_FILL,
  HIGHLIGHT_FORMULA,
  HIGHLIGHT_MARKER,
  isHighlight,
} from "../core/presentation";

async function loadMarks(context: Excel.RequestContext): Promise<WorkbookState> {
  return loadWorkbook(context, { read: () => false, conditionalFormats: () => true });
}

async function deleteMarks(batch: WriteBatch, state: WorkbookState): Promise<void> {
  for (const s of state.sheets)
    for (const c of s.conditionalFormats)
      if (isHighlight(c.formula)) {
        // A loaded format: its path again, and the delete.
        await batch.room(commandBytes({ paths: 1, actions: 1 }));
        c.format.delete();
      }
}

/** Joins addresses into comma lists no longer than the limit. */
export function areaLists(addresses: readonly string[], limit = MAX_AREAS_ADDRESS): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (cur !== "" && cur.length + 1 + a.length > limit) {
      out.push(cur);
      cur = "";
    }
    cur = cur === "" ? a : `${cur},${a}`;
  }
  if (cur !== "") out.push(cur);
  return out;
}

/**
 * Replaces the highlights: the old ones are removed, the cells of these findings painted by severity.
 * Syncs: HIGHLIGHT_SYNCS + ⌈bytes sent and received / 4 MB⌉.
 */
export async function highlightCells(
  context: Excel.RequestContext,
  cells: readonly HighlightCell[]
): Promise<void> {
  const state = await loadMarks(context);
  const batch = new WriteBatch(context);
  await deleteMarks(batch, state);
  await paintHighlights(batch, state, cells);
  await batch.sync();
}

/** Queues the highlights of `cells` on the sheets of `state` (an address on a sheet it lacks is skipped). */
export async function paintHighlights(
  batch: WriteBatch,
  state: WorkbookState,
  cells: readonly HighlightCell[]
): Promise<void> {
  const bySheet = new Map<
    string,
    { sheet: Excel.Worksheet; error: Set<string>; warning: Set<string> }
  >();
  for (const c of cells) {
    const { sheet, cell } = splitAddress(c.address);
    if (sheet === undefined || cell === "") continue;
    const s = state.sheets.find((x) => x.name.toLowerCase() === sheet.toLowerCase());
    if (!s) continue;
    let entry = bySheet.get(s.name);
    if (!entry)
      bySheet.set(s.name, (entry = { sheet: s.sheet, error: new Set(), warning: new Set() }));
    entry[c.severity].add(cell);
  }
  for (const { sheet, error, warning } of bySheet.values()) {
    for (const a of error) warning.delete(a); // an error outranks a warning on the same cell
    for (const severity of ["warning", "error"] as const) {
      for (const list of areaLists([...(severity === "error" ? error : warning)])) {
        const fill = HIGHLIGHT_FILL[severity];
        // getRanges, .conditionalFormats, .add, .custom, .rule, .format, .fill; three sets.
        await batch.room(
          commandBytes(
            { ranges: 1, paths: 6, actions: 3 },
            list,
            "Custom",
            HIGHLIGHT_FORMULA,
            fill,
            0
          )
        );
        const cf = sheet.getRanges(list).conditionalFormats.add("Custom");
        cf.custom.rule.formula = HIGHLIGHT_FORMULA;
        cf.custom.format.fill.color = fill;
        cf.priority = 0;
      }
    }
  }
}

/**
 * Syncs of highlight and clearHighlights beyond one per 4 MB: the sheets, their conditional formats, the custom ones'
 * formulas (three reads), and the last write batch.
 */
export const HIGHLIGHT_SYNCS = 4;

/** Removes every highlight (only the marked conditional formats). Syncs: HIGHLIGHT_SYNCS + ⌈bytes / 4 MB⌉. */
export async function clearHighlights(context: Excel.RequestContext): Promise<void> {
  const state = await loadMarks(context);
  const batch = new WriteBatch(context);
  await deleteMarks(batch, state);
  await batch.sync();
}

/** Activates the cell's sheet and selects the cell. */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet, cell } = splitAddress(address);
  if (sheet === undefined) throw new Error(`"${address}" names no sheet`);
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
