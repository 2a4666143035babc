/**
 * @jest-environment jsdom
 */
// The grid draws only the columns in view (and a margin), as it does rows: a wide sheet's drawing costs a screen,
// not the sheet. Scrolling right draws the others; frozen columns stay; a merge or a text that starts left of the
// view still shows; the keyboard scrolls to the cell it selects; every row keeps its cells under their letters; a new
// sheet's grid starts from the size the last one measured.
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { columnLetter } from "../../../src/core/cells";
import { SheetGrid } from "../../../src/preview/components/SheetGrid/SheetGrid";
import type { GridSelection } from "../../../src/preview/components/SheetGrid/SheetGrid.types";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import type { MemorySheet } from "../../../src/preview/memorySheet";
import * as sheetModel from "../../../src/preview/sheetModel";
import { ROW_HEADER_WIDTH } from "../../../src/preview/sheetModel";
import { createPreviewI18n, previewT } from "../../../src/preview/texts";

const COLS = 200;
const COL_PX = 75; // a width of 10 characters (sheetModel.columnWidthPx)
const VIEW = { width: 800, height: 400 };

// jsdom lays nothing out: the scroller reports a viewport's size, every other element none.
beforeAll(() => {
  for (const [prop, size] of [
    ["clientWidth", VIEW.width],
    ["clientHeight", VIEW.height],
  ] as const)
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.testid === "grid-scroller" ? size : 0;
      },
    });
});

afterAll(() => {
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).clientWidth;
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).clientHeight;
});

const t = previewT(createPreviewI18n("en"));

function wideSheet(): { wb: MemoryWorkbook; sheet: MemorySheet } {
  const wb = new MemoryWorkbook();
  const rows = Array.from({ length: 30 }, (_, r) =>
    Array.from({ length: COLS }, (_, c) => (r === 1 || r === 2 ? null : (r + 1) * 1000 + c + 1))
  );
  const sheet = wb.addSheet("Wide", rows);
  for (let c = 1; c <= COLS; c++) sheet.widths.set(columnLetter(c), 10);
  return { wb, sheet };
}

function Grid({ wb, sheet }: { wb: MemoryWorkbook; sheet: MemorySheet }) {
  const [selection, setSelection] = useState<GridSelection>({ row: 1, col: 1 });
  return (
    <SheetGrid
      workbook={wb}
      sheet={sheet}
      version={wb.version}
      selection={selection}
      onSelect={setSelection}
      t={t}
    />
  );
}

const scroller = () => screen.getByTestId("grid-scroller");
const cell = (address: string) => screen.queryByTestId(`cell-${address}`);
const letters = () => screen.getAllByRole("columnheader").map((h) => h.textContent);

function scrollTo(left: number) {
  act(() => {
    scroller().scrollLeft = left;
    fireEvent.scroll(scroller());
  });
}

/** Every row's cells and gaps span all the columns: each cell stays under its letter. */
function expectRowsAligned(columns: number) {
  for (const tr of screen.getByTestId("sheet-grid").querySelectorAll("tr")) {
    const spans = [...tr.children].reduce((n, c) => n + Number(c.getAttribute("colspan") ?? 1), 0);
    expect(spans).toBe(columns + 1);
  }
}

/** The shown columns the grid draws: the used range and room to grow (sheetModel.drawnExtent). */
const drawnColumns = () =>
  Number(screen.getByTestId("sheet-grid").getAttribute("aria-colcount")) - 1;

test("a 200-column sheet draws the columns in view and a margin, its width kept", () => {
  const { wb, sheet } = wideSheet();
  render(<Grid wb={wb} sheet={sheet} />);
  const inView = Math.ceil((VIEW.width - ROW_HEADER_WIDTH) / COL_PX);
  expect(letters().length).toBeGreaterThanOrEqual(inView);
  expect(letters().length).toBeLessThanOrEqual(inView + 4);
  expect(letters()).toContain("K");
  expect(letters()).not.toContain("Z");
  expect(cell("A1")).toHaveTextContent("1001");
  expect(cell("CV1")).toBeNull();
  // The table is as wide as every column: the scroll bar covers the whole sheet.
  const width = parseFloat(screen.getByTestId("sheet-grid").style.width);
  expect(width).toBeGreaterThanOrEqual(ROW_HEADER_WIDTH + COLS * COL_PX);
  expectRowsAligned(drawnColumns());
});

test("scrolling right draws the columns come into view, and drops those gone", () => {
  const { wb, sheet } = wideSheet();
  render(<Grid wb={wb} sheet={sheet} />);
  scrollTo(100 * COL_PX);
  expect(cell("CW1")).toHaveTextContent("1101");
  expect(cell("A1")).toBeNull();
  expect(letters()).toContain("CW");
  expect(letters()).not.toContain("B");
  expectRowsAligned(drawnColumns());
  scrollTo(0);
  expect(cell("A1")).toHaveTextContent("1001");
  expect(cell("CW1")).toBeNull();
});

test("frozen columns stay drawn, at their place, wherever the sheet is scrolled", () => {
  const { wb, sheet } = wideSheet();
  sheet.frozenColumns = 2;
  render(<Grid wb={wb} sheet={sheet} />);
  scrollTo(150 * COL_PX);
  expect(cell("A4")).toHaveTextContent("4001");
  expect(cell("B4")?.style.left).toBe(`${ROW_HEADER_WIDTH + COL_PX}px`);
  expect(letters().slice(0, 2)).toEqual(["A", "B"]);
  expect(cell("C4")).toBeNull();
  expect(cell(`${columnLetter(153)}4`)).not.toBeNull();
  expectRowsAligned(drawnColumns());
});

test("a merge that starts left of the view is drawn whole, from its first cell", () => {
  const { wb, sheet } = wideSheet();
  sheet.merges.push("AX1:BH1"); // columns 50 to 60
  render(<Grid wb={wb} sheet={sheet} />);
  scrollTo(57 * COL_PX);
  expect(cell("AX4")).toBeNull();
  expect(cell("AX1")).toHaveAttribute("colspan", "11");
  expect(cell("BE1")).toBeNull();
  expectRowsAligned(drawnColumns());
});

test("a text that runs over empty cells into the view is drawn from its own cell; a number is not", () => {
  const { wb, sheet } = wideSheet();
  wb.setCell("Wide", "AN2", "A title that runs far to the right over the empty cells");
  wb.setCell("Wide", "AN3", 42);
  render(<Grid wb={wb} sheet={sheet} />);
  scrollTo(45 * COL_PX);
  expect(cell("AN4")).toBeNull();
  expect(cell("AN2")).toHaveTextContent("A title");
  expect(cell("AN2")?.querySelector("span")).not.toBeNull();
  expect(cell("AN3")).toBeNull();
  expectRowsAligned(drawnColumns());
});

test("moving right past the view scrolls to the selected cell and draws it", () => {
  const { wb, sheet } = wideSheet();
  render(<Grid wb={wb} sheet={sheet} />);
  const grid = screen.getByTestId("sheet-grid");
  fireEvent.mouseDown(cell("A1") as HTMLElement);
  for (let i = 0; i < 30; i++) fireEvent.keyDown(grid, { key: "ArrowRight" });
  const selected = cell("AE1");
  expect(selected).toHaveTextContent("1031");
  expect(selected).toHaveAttribute("aria-selected", "true");
  expect(grid).toHaveAttribute("aria-activedescendant", selected?.id);
  expect(scroller().scrollLeft).toBe(ROW_HEADER_WIDTH + 31 * COL_PX - VIEW.width);
  expect(cell("A1")).toBeNull();
  for (let i = 0; i < 30; i++) fireEvent.keyDown(grid, { key: "ArrowLeft" });
  expect(scroller().scrollLeft).toBe(0);
  expect(cell("A1")).toHaveAttribute("aria-selected", "true");
  expectRowsAligned(drawnColumns());
});

test("editing a cell scrolled into view: Tab commits and the next cell to the right is drawn", () => {
  const { wb, sheet } = wideSheet();
  render(<Grid wb={wb} sheet={sheet} />);
  const grid = screen.getByTestId("sheet-grid");
  fireEvent.mouseDown(cell("A5") as HTMLElement);
  for (let i = 0; i < 19; i++) fireEvent.keyDown(grid, { key: "ArrowRight" });
  fireEvent.keyDown(grid, { key: "7" });
  const editor = screen.getByTestId("cell-editor");
  fireEvent.change(editor, { target: { value: "77" } });
  fireEvent.keyDown(editor, { key: "Tab" });
  expect(wb.cell("Wide", "T5")?.value).toBe(77);
  expect(cell("U5")).toHaveAttribute("aria-selected", "true");
});

test("a new sheet's grid draws only the view from its first commit, with the size the last grid measured", () => {
  const first = wideSheet();
  const { unmount } = render(<Grid wb={first.wb} sheet={first.sheet} />);
  unmount();
  const { wb, sheet } = wideSheet();
  const views = jest.spyOn(sheetModel, "cellView");
  render(<Grid wb={wb} sheet={sheet} />);
  const drawn = screen.getAllByRole("gridcell").length;
  const rows = screen.getAllByRole("rowheader").length;
  expect(drawn).toBeLessThanOrEqual(rows * (Math.ceil(VIEW.width / COL_PX) + 4));
  // Each cell drawn once: no first commit of every column, nor a second drawing after the grid's own measure.
  expect(views).toHaveBeenCalledTimes(drawn);
  views.mockRestore();
});
