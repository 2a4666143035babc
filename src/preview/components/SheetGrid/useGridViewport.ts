import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { MemorySheet } from "../../memorySheet";
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from "../../sheetModel";
import { lowerBound } from "./gridNavigation";
import type { GridLayout, GridSelection, GridViewport } from "./SheetGrid.types";

/** Rows drawn above and below the visible ones. */
const OVERSCAN = 12;
/** The viewport height assumed before the browser has laid the grid out (and in jsdom). */
export const FALLBACK_HEIGHT = 720;

/** The body rows in view (and a margin) for the scroll position; `top` and `height` in px. */
export function rowsInView(
  top: number,
  height: number,
  headHeight: number,
  bodyRows: number
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(bodyRows, Math.ceil((top + height - headHeight) / ROW_HEIGHT) + OVERSCAN);
  return { first, last };
}

/** The scroll position: which body rows are in the DOM; the selected cell scrolled into view when it moves. */
export function useGridViewport(
  sheet: MemorySheet,
  layout: GridLayout,
  selection: GridSelection
): GridViewport {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const { frozenRows, frozenCols, frozenWidth, headHeight, widths, cols, body } = layout;
  const height = view.height > 0 ? view.height : FALLBACK_HEIGHT;
  const { first, last } = rowsInView(view.top, height, headHeight, body.length);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  }, []);

  useEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [measure]);

  // Keep the selected cell in view (a finding's click, the keyboard).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (selection.row > frozenRows) {
      // Only below the frozen rows: reading clientHeight and scrollTop makes the browser lay out a sheet just drawn in
      // this task, and A1 (where the pane leaves a big sheet it just wrote) needs none.
      const h = el.clientHeight || FALLBACK_HEIGHT;
      const top = headHeight + lowerBound(body, selection.row) * ROW_HEIGHT;
      let next = el.scrollTop;
      if (top < el.scrollTop + headHeight) next = top - headHeight - ROW_HEIGHT;
      else if (top + ROW_HEIGHT > el.scrollTop + h) next = top + ROW_HEIGHT - h + 2 * ROW_HEIGHT;
      next = Math.max(0, next);
      if (next !== el.scrollTop) {
        el.scrollTop = next;
        setView({ top: next, height: el.clientHeight });
      }
    }
    if (selection.col > frozenCols) {
      const index = lowerBound(cols, selection.col);
      let left = ROW_HEADER_WIDTH;
      for (let i = 0; i < index && i < widths.length; i++) left += widths[i];
      const w = widths[index] ?? 64;
      // Scrolled columns pass under the frozen ones: the selected one is in view right of them.
      const x = left - ROW_HEADER_WIDTH - frozenWidth;
      if (x < el.scrollLeft) el.scrollLeft = x;
      else if (el.clientWidth > 0 && left + w > el.scrollLeft + el.clientWidth)
        el.scrollLeft = left + w - el.clientWidth;
    }
  }, [
    selection.row,
    selection.col,
    frozenRows,
    frozenCols,
    frozenWidth,
    headHeight,
    widths,
    cols,
    body,
    sheet,
  ]);

  return { scroller, height, first, last, measure };
}
