// The sheet grid's pure parts: moving the selection (Excel's arrows skip hidden rows and columns), the keys' steps,
// and which body rows and columns the viewport keeps in the DOM.
import { MemorySheet } from "../../../src/preview/memorySheet";
import { ROW_HEIGHT } from "../../../src/preview/sheetModel";
import {
  lowerBound,
  MAX_COLS,
  MAX_ROWS,
  moved,
  nearestShown,
} from "../../../src/preview/components/SheetGrid/gridNavigation";
import { keyStep } from "../../../src/preview/components/SheetGrid/useGridKeyboard";
import { colsInView, rowsInView } from "../../../src/preview/components/SheetGrid/useGridViewport";

describe("gridNavigation", () => {
  test("lowerBound: the index of the first item at least n", () => {
    expect(lowerBound([2, 4, 4, 9], 4)).toBe(1);
    expect(lowerBound([2, 4, 4, 9], 5)).toBe(3);
    expect(lowerBound([2, 4, 4, 9], 10)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });

  test("nearestShown goes on in the step's direction over hidden ones, else back", () => {
    const hidden = (n: number) => n === 3 || n === 4;
    expect(nearestShown(3, 1, 10, hidden)).toBe(5);
    expect(nearestShown(4, -1, 10, hidden)).toBe(2);
    // Hidden up to the end: back the other way.
    expect(nearestShown(9, 1, 10, (n) => n >= 9)).toBe(8);
    expect(nearestShown(2, 1, 10, hidden)).toBe(2);
  });

  test("moved keeps the selection in the sheet and off hidden rows and columns", () => {
    const s = new MemorySheet("S");
    s.hiddenColumns.add("B");
    s.hiddenRows.add(2);
    expect(moved(s, { row: 1, col: 1 }, 0, 1)).toEqual({ row: 1, col: 3 });
    expect(moved(s, { row: 1, col: 3 }, 0, -1)).toEqual({ row: 1, col: 1 });
    expect(moved(s, { row: 1, col: 1 }, 1, 0)).toEqual({ row: 3, col: 1 });
    expect(moved(s, { row: 1, col: 1 }, -5, -5)).toEqual({ row: 1, col: 1 });
    expect(moved(s, { row: MAX_ROWS, col: MAX_COLS }, 9, 9)).toEqual({
      row: MAX_ROWS,
      col: MAX_COLS,
    });
  });
});

test("keyStep: arrows by one, pages by a screen less one row, other keys none", () => {
  expect(keyStep("ArrowUp", 500)).toEqual([-1, 0]);
  expect(keyStep("ArrowRight", 500)).toEqual([0, 1]);
  const page = Math.floor((20 * ROW_HEIGHT) / ROW_HEIGHT) - 1;
  expect(keyStep("PageDown", 20 * ROW_HEIGHT)).toEqual([page, 0]);
  expect(keyStep("PageUp", 20 * ROW_HEIGHT)).toEqual([-page, 0]);
  expect(keyStep("PageDown", 0)).toEqual([1, 0]);
  expect(keyStep("a", 500)).toBeUndefined();
});

test("rowsInView: the rows in view and a margin of 12, within the body", () => {
  expect(rowsInView(0, 10 * ROW_HEIGHT, ROW_HEIGHT, 1000)).toEqual({ first: 0, last: 9 + 12 });
  const top = 100 * ROW_HEIGHT;
  expect(rowsInView(top, 10 * ROW_HEIGHT, ROW_HEIGHT, 1000)).toEqual({
    first: 100 - 12,
    last: 109 + 12,
  });
  expect(rowsInView(top, 10 * ROW_HEIGHT, ROW_HEIGHT, 50)).toEqual({ first: 88, last: 50 });
});

test("colsInView: the scrolled columns in view and a margin of 3, right of the frozen ones", () => {
  // Twenty columns of 100 px, the first two frozen; lefts are their offsets and the total last.
  const lefts = Array.from({ length: 21 }, (_, i) => i * 100);
  const view = 48 + 400; // the row numbers and four columns
  expect(colsInView(0, view, lefts, 2)).toEqual({ firstCol: 2, lastCol: 7 });
  // Scrolled by 250 px: columns 2 and 3 have passed under the frozen ones, 4 shows its right half, 6 its left half.
  expect(colsInView(250, view, lefts, 2)).toEqual({ firstCol: 2, lastCol: 10 });
  expect(colsInView(650, view, lefts, 2)).toEqual({ firstCol: 5, lastCol: 14 });
  // No frozen columns: the view starts right of the row numbers.
  expect(colsInView(650, view, lefts, 0)).toEqual({ firstCol: 3, lastCol: 14 });
  // Not laid out yet: every column.
  expect(colsInView(0, 0, lefts, 2)).toEqual({ firstCol: 2, lastCol: 20 });
  // Scrolled past the end: a margin, never first after last.
  expect(colsInView(5000, view, lefts, 0)).toEqual({ firstCol: 17, lastCol: 20 });
  // Frozen columns wider than the view (an opened file's many frozen columns in a narrow window): none scrolled drawn,
  // and the header and the rows both start their scrolled columns after the frozen ones.
  expect(colsInView(0, 48 + 300, lefts, 10)).toEqual({ firstCol: 10, lastCol: 10 });
  const scrolled = colsInView(700, 48 + 300, lefts, 10);
  expect(scrolled.firstCol).toBeGreaterThanOrEqual(10);
  expect(scrolled.lastCol).toBeGreaterThanOrEqual(scrolled.firstCol);
});
