import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { MemorySheet } from "../../memorySheet";
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from "../../sheetModel";
import { lowerBound, upperBound } from "./gridNavigation";
import type { GridLayout, GridSelection, GridViewport } from "./SheetGrid.types";

/** Rows drawn above and below the visible ones. */
const OVERSCAN = 12;
/** Columns drawn left and right of the visible ones. */
const OVERSCAN_COLS = 3;
/** The viewport height assumed before the browser has laid the grid out (and in jsdom). */
export const FALLBACK_HEIGHT = 720;

/**
 * The last viewport size a grid measured on this page. A grid is made anew for each sheet: the new sheet's first
 * drawing takes this size (the pane's layout is the same) instead of drawing every column, and FALLBACK_HEIGHT's
 * rows, before its own measure. Until a grid has been laid out (and in jsdom, which lays nothing out) it is 0: every
 * column is drawn.
 */
const lastMeasuredViewport = { width: 0, height: 0 };

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

/**
 * The scrolled columns in view (and a margin of OVERSCAN_COLS) for the scroll position, as indexes into the shown
 * columns: `lefts` are their offsets (GridLayout.lefts), the first `frozenCount` of them frozen; `left` and `width`
 * in px. Scrolled columns pass under the row numbers and the frozen columns. A width of 0 (not laid out): all of them.
 */
export function colsInView(
  left: number,
  width: number,
  lefts: readonly number[],
  frozenCount: number
): { firstCol: number; lastCol: number } {
  const count = lefts.length - 1;
  if (width <= 0) return { firstCol: frozenCount, lastCol: count };
  // The first column whose right edge is past the frozen ones, and the first whose left edge is past the view.
  const from = upperBound(lefts, left + lefts[frozenCount]) - 1;
  const to = lowerBound(lefts, left + width - ROW_HEADER_WIDTH);
  // Frozen columns wider than the view: no scrolled one, never fewer than the frozen ones.
  const lastCol = Math.min(count, Math.max(frozenCount, to + OVERSCAN_COLS));
  return { firstCol: Math.min(lastCol, Math.max(frozenCount, from - OVERSCAN_COLS)), lastCol };
}

interface View {
  top: number;
  height: number;
  left: number;
  width: number;
}

const sameView = (a: View, b: View): boolean =>
  a.top === b.top && a.height === b.height && a.left === b.left && a.width === b.width;

/**
 * The scroll position: which body rows and which columns are in the DOM; the selected cell scrolled into view when it
 * moves.
 */
export function useGridViewport(
  sheet: MemorySheet,
  layout: GridLayout,
  selection: GridSelection
): GridViewport {
  const scroller = useRef<HTMLDivElement>(null);
  // From the size the last grid measured, so that the grid's own measure, the same, draws nothing again.
  const [view, setView] = useState<View>(() => ({ top: 0, left: 0, ...lastMeasuredViewport }));
  const {
    frozenRows,
    frozenCols,
    frozenCount,
    frozenWidth,
    headHeight,
    widths,
    lefts,
    cols,
    body,
  } = layout;
  const height = view.height || FALLBACK_HEIGHT;
  const { first, last } = rowsInView(view.top, height, headHeight, body.length);
  const { firstCol, lastCol } = colsInView(view.left, view.width, lefts, frozenCount);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = {
      top: el.scrollTop,
      height: el.clientHeight,
      left: el.scrollLeft,
      width: el.clientWidth,
    };
    if (next.width > 0 && next.height > 0) {
      lastMeasuredViewport.width = next.width;
      lastMeasuredViewport.height = next.height;
    }
    setView((v) => (sameView(v, next) ? v : next));
  }, []);

  useEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [measure]);

  // Keep the selected cell in view (a finding's click, the keyboard); the rows and columns drawn follow at once.
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
        setView((v) => ({ ...v, top: el.scrollTop, height: el.clientHeight }));
      }
    }
    if (selection.col > frozenCols) {
      const index = lowerBound(cols, selection.col);
      const left = ROW_HEADER_WIDTH + lefts[Math.min(index, lefts.length - 1)];
      const w = widths[index] ?? 64;
      // Scrolled columns pass under the frozen ones: the selected one is in view right of them.
      const x = left - ROW_HEADER_WIDTH - frozenWidth;
      let next = el.scrollLeft;
      if (x < el.scrollLeft) next = x;
      else if (el.clientWidth > 0 && left + w > el.scrollLeft + el.clientWidth)
        next = left + w - el.clientWidth;
      if (next !== el.scrollLeft) {
        el.scrollLeft = next;
        setView((v) => ({ ...v, left: el.scrollLeft, width: el.clientWidth }));
      }
    }
  }, [
    selection.row,
    selection.col,
    frozenRows,
    frozenCols,
    frozenWidth,
    headHeight,
    widths,
    lefts,
    cols,
    body,
    sheet,
  ]);

  return { scroller, height, first, last, firstCol, lastCol, measure };
}
