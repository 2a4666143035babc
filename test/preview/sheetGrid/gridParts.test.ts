// The sheet grid's pure parts: moving the selection (Excel's arrows skip hidden rows and columns), the keys' steps,
// and which body rows the viewport keeps in the DOM.
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
import { rowsInView } from "../../../src/preview/components/SheetGrid/useGridViewport";

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
