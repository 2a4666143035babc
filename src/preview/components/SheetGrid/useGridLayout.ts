import { useMemo } from "react";
import type { MemorySheet } from "../../memorySheet";
import {
  colourRules,
  columnWidthPx,
  drawnExtent,
  mergedCells,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  shownColumns,
  shownRows,
} from "../../sheetModel";
import { lowerBound } from "./gridNavigation";
import type { GridLayout, GridSelection } from "./SheetGrid.types";

/** What the grid draws of the sheet. The sheet mutates in place: `version` says when it changed. */
export function useGridLayout(
  sheet: MemorySheet,
  version: number,
  selection: GridSelection
): GridLayout {
  const drawn = useMemo(() => drawnExtent(sheet), [sheet, version]);
  // The selection may lie beyond the used range (Excel's sheet has no end): draw up to it and one more.
  const extent = {
    rows: Math.max(drawn.rows, selection.row + 1),
    cols: Math.max(drawn.cols, selection.col + 1),
  };
  const rules = useMemo(() => colourRules(sheet), [sheet, version]);
  const merges = useMemo(() => mergedCells(sheet), [sheet, version]);
  const cols = useMemo(() => shownColumns(sheet, extent.cols), [sheet, version, extent.cols]);
  const widths = useMemo(() => cols.map((c) => columnWidthPx(sheet, c)), [cols, sheet, version]);
  // Frozen columns stick at these offsets from the left edge.
  const frozenCols = Math.min(sheet.frozenColumns, extent.cols);
  const { stickyLeft, frozenWidth } = useMemo(() => {
    const at = new Map<number, number>();
    let left = ROW_HEADER_WIDTH;
    cols.forEach((c, i) => {
      if (c > frozenCols) return;
      at.set(c, left);
      left += widths[i];
    });
    return { stickyLeft: at, frozenWidth: left - ROW_HEADER_WIDTH };
  }, [cols, widths, frozenCols]);
  const lefts = useMemo(() => {
    const at = new Array<number>(widths.length + 1);
    at[0] = 0;
    for (let i = 0; i < widths.length; i++) at[i + 1] = at[i] + widths[i];
    return at;
  }, [widths]);
  const frozenRows = Math.min(sheet.frozenRows, extent.rows);
  const frozenShown = useMemo(() => shownRows(sheet, 1, frozenRows), [sheet, version, frozenRows]);
  const body = useMemo(
    () => shownRows(sheet, frozenRows + 1, extent.rows),
    [sheet, version, frozenRows, extent.rows]
  );
  return {
    extent,
    rules,
    merges,
    cols,
    widths,
    lefts,
    frozenCount: lowerBound(cols, frozenCols + 1),
    stickyLeft,
    frozenWidth,
    frozenCols,
    frozenRows,
    frozenShown,
    body,
    headHeight: (1 + frozenShown.length) * ROW_HEIGHT,
  };
}
