/**
 * @jest-environment jsdom
 */
// The Timeline in the preview grid reads as Excel shows it: helper columns and criteria rows hidden, month headers
// merged, the title rows and SKU / Name / Tier columns frozen, week cells coloured by kind — and the colours move when
// an edit recomputes the week cells. Arrow keys skip hidden columns.
import "@testing-library/jest-dom";
import "../taskpane/jsdomLayout";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { columnIndex } from "../../src/core/cells";
import { readPlan } from "../../src/core/read/readPlan";
import { timelineLayout, TIMELINE_ROWS, type TimelineLayout } from "../../src/core/timeline";
import { schemaLetters } from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { PreviewApp } from "../../src/preview/components/PreviewApp";
import type { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import "../taskpane/lazyModules";

jest.setTimeout(60_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));

async function withTimeline(): Promise<{ wb: MemoryWorkbook; timeline: TimelineLayout }> {
  const wb = newPreviewWorkbook("en");
  await wb.applyPlanLayout(
    planWorkbookLayout({ lang: "en", year: 2027, sample: true, today: TODAY, formulas: true }),
    { sample: true }
  );
  const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
  const timeline = timelineLayout(plan, { lang: "en", year: 2027 });
  await wb.writeTimeline(timeline);
  return { wb, timeline };
}

const grid = (): HTMLElement => screen.getByTestId("sheet-grid");
const cell = (address: string): HTMLElement | null =>
  within(grid()).queryByTestId(`cell-${address}`);

/** A CSS hex colour as jsdom reports an inline background: rgb(r, g, b). */
function rgb(hex: string): string {
  const n = parseInt(hex.replace("#", ""), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

const fill = (timeline: TimelineLayout, kind: string): string =>
  rgb(timeline.formats.find((f) => f.kind === kind)?.fill ?? "#000000");

function firstWith(wb: MemoryWorkbook, timeline: TimelineLayout, text: string): string {
  for (let row = TIMELINE_ROWS.first; row <= timeline.rows.length; row++)
    for (const w of timeline.weeks)
      if (wb.cell(timeline.name, `${w.column}${row}`)?.value === text) return `${w.column}${row}`;
  throw new Error(`no ${text}`);
}

describe("the Timeline in the preview grid", () => {
  test("hides the helper columns and criteria rows, merges the months, freezes the panes, colours the weeks", async () => {
    const { wb, timeline } = await withTimeline();
    render(<PreviewApp workbook={wb} />);
    fireEvent.click(screen.getByTestId(`sheet-tab-${timeline.name}`));
    expect(grid()).toHaveAttribute("data-sheet", timeline.name);

    const headers = within(grid())
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    for (const c of timeline.columns.filter((x) => x.hidden))
      expect(headers).not.toContain(c.letter);
    expect(headers).toContain(timeline.weeks[0].column);
    expect(cell(`A${TIMELINE_ROWS.before}`)).toBeNull();
    expect(cell(`A${TIMELINE_ROWS.from}`)).toBeNull();
    expect(cell(`A${TIMELINE_ROWS.calendar}`)).not.toBeNull();
    const rowNumbers = within(grid())
      .getAllByRole("rowheader")
      .map((h) => Number(h.textContent));
    expect(rowNumbers.slice(0, 5)).toEqual([1, 2, 3, TIMELINE_ROWS.calendar, TIMELINE_ROWS.first]);

    // January's weeks under one merged header cell.
    const [from, to] = timeline.merges[0].split(":");
    const span = columnIndex(to.replace(/\d+/, "")) - columnIndex(from.replace(/\d+/, "")) + 1;
    expect(cell(from)).toHaveAttribute("colspan", String(span));
    expect(cell(from)).toHaveTextContent("Jan");
    expect(cell(`${timeline.weeks[1].column}1`)).toBeNull();

    // Frozen: the title rows stick to the top, SKU / Name / Tier to the left.
    expect(cell("A1")?.style.top).not.toBe("");
    expect(cell(`C${TIMELINE_ROWS.first}`)?.style.left).not.toBe("");
    expect(cell(`D${TIMELINE_ROWS.first}`)?.style.left).toBe("");

    const launch = firstWith(wb, timeline, "L");
    expect(cell(launch)).toHaveTextContent("L");
    expect(cell(launch)?.style.background).toBe(fill(timeline, "launch"));
    expect(cell(launch)).toHaveAttribute("data-rule-coloured", "true");
    const promo = firstWith(wb, timeline, "Tmall");
    expect(cell(promo)?.style.background).toBe(fill(timeline, "promotion"));
  });

  test("an edit that moves a launch recolours the week cells", async () => {
    const { wb, timeline } = await withTimeline();
    render(<PreviewApp workbook={wb} />);
    fireEvent.click(screen.getByTestId(`sheet-tab-${timeline.name}`));
    const launch = firstWith(wb, timeline, "L");
    const row = Number(/\d+$/.exec(launch)?.[0]);
    const sku = wb.cell(timeline.name, `A${row}`)?.value;
    const skuCol = columnIndex(schemaLetters("products", "sku"));
    let productRow = 0;
    for (let r = 2; r < 200 && !productRow; r++)
      if (wb.sheet("Products")?.cellAt(r, skuCol)?.value === sku) productRow = r;
    const i = timeline.weeks.findIndex((w) => `${w.column}${row}` === launch);
    const target = timeline.weeks.find(
      (w, j) => Math.abs(j - i) >= 8 && wb.cell(timeline.name, `${w.column}${row}`)?.value === ""
    );
    if (!target) throw new Error("no empty week");
    const to = `${target.column}${row}`;
    expect(cell(to)?.style.background).toBe("");

    act(() =>
      wb.setCell(
        "Products",
        `${schemaLetters("products", "launchDate")}${productRow}`,
        target.monday + 1
      )
    );
    expect(cell(to)).toHaveTextContent("L");
    expect(cell(to)?.style.background).toBe(fill(timeline, "launch"));
    expect(cell(launch)?.style.background).not.toBe(fill(timeline, "launch"));
  });

  test("arrow keys step over hidden columns and rows", async () => {
    const { wb, timeline } = await withTimeline();
    render(<PreviewApp workbook={wb} />);
    fireEvent.click(screen.getByTestId(`sheet-tab-${timeline.name}`));
    fireEvent.mouseDown(cell("A3") as HTMLElement);
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    expect(screen.getByTestId("name-box")).toHaveTextContent(`A${TIMELINE_ROWS.calendar}`);
    fireEvent.keyDown(grid(), { key: "ArrowUp" });
    expect(screen.getByTestId("name-box")).toHaveTextContent("A3");

    const lastWeek = timeline.weeks[timeline.weeks.length - 1].column;
    const firstHidden = timeline.columns.find((c) => c.hidden)?.letter ?? "";
    const lastHidden = timeline.columns[timeline.columns.length - 1].letter;
    fireEvent.mouseDown(cell(`${lastWeek}3`) as HTMLElement);
    fireEvent.keyDown(grid(), { key: "ArrowRight" });
    // Past the helper and promotion-slot columns, to the first column after them.
    const next = columnIndex(lastHidden) + 1;
    const name = screen.getByTestId("name-box").textContent ?? "";
    expect(columnIndex(name.replace(/\d+$/, ""))).toBe(next);
    expect(columnIndex(firstHidden)).toBe(columnIndex(lastWeek) + 1);
  });
});
