/**
 * The grid of one sheet, Excel-like: column letters and row numbers, the sheet's frozen rows and columns kept in view,
 * hidden rows and columns left out, merged cells within a row drawn as one, values through their number formats,
 * highlights, flagged rows and the cell-value rules coloured, one selected cell. Rows and columns are virtualised
 * (only the visible ones and a margin are in the DOM, the frozen ones always: ./useGridViewport.ts; gap cells stand for
 * the columns left out, so a merge or a text that starts left of the view is drawn from its own cell:
 * ./renderSheetGrid.tsx), so a 2,000-row sheet scrolls smoothly and a wide one draws a screen, not the sheet.
 *
 * Keyboard (./useGridKeyboard.ts): arrows move; Enter, F2 or typing edits; in the editor (./useGridEditing.ts) Enter
 * commits and moves down, Tab commits and moves right, Escape cancels; Delete clears. Double-click edits too; a click
 * on a link cell (the Findings sheet's Cell) goes to the linked cell. A commit is `MemoryWorkbook.setCell`: the
 * formula engine recomputes the dependents and the task pane hears of the change.
 */
import { renderSheetGrid } from "./renderSheetGrid";
import type { SheetGridProps } from "./SheetGrid.types";
import { useSheetGrid } from "./useSheetGrid";
import { useSheetGridStyles } from "./useSheetGridStyles.styles";

export { cellTestId } from "./renderSheetGrid";
export type { GridSelection, SheetGridProps } from "./SheetGrid.types";

export function SheetGrid(props: SheetGridProps) {
  const state = useSheetGrid(props);
  return renderSheetGrid(state, useSheetGridStyles());
}
