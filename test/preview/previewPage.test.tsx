/**
 * @jest-environment jsdom
 */
// The preview page in jsdom: the real task pane beside the workbook view. The grid shows values through their number
// formats, highlights and flagged rows; cells are editable; the pane's select() activates the sheet and selects the
// cell; rows are virtualised; the toolbar follows the pane's language.
import "@testing-library/jest-dom";
import "../taskpane/jsdomLayout";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import { paneTexts } from "../../src/taskpane/i18n";
import { PreviewApp } from "../../src/preview/components/PreviewApp";
import type { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import { previewTexts } from "../../src/preview/texts";
import "../taskpane/lazyModules";

jest.setTimeout(60_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));
const en = previewTexts.en;

async function sampleWorkbook(lang: "en" | "zh-CN" = "en"): Promise<MemoryWorkbook> {
  const wb = newPreviewWorkbook(lang);
  await wb.applyPlanLayout(
    planWorkbookLayout({ lang, year: 2027, sample: true, today: TODAY, formulas: true }),
    { sample: true }
  );
  return wb;
}

const grid = (): HTMLElement => screen.getByTestId("sheet-grid");
const cell = (address: string): HTMLElement => within(grid()).getByTestId(`cell-${address}`);
const tab = (sheet: string): HTMLElement => screen.getByTestId(`sheet-tab-${sheet}`);

function showSheet(sheet: string): void {
  fireEvent.click(tab(sheet));
  expect(grid()).toHaveAttribute("data-sheet", sheet);
}

/** The first data row of a sheet whose cell in `col` (1-based) satisfies the test. */
function rowWhere(
  wb: MemoryWorkbook,
  sheet: string,
  col: number,
  test: (v: unknown) => boolean
): number {
  const s = wb.sheet(sheet);
  for (let row = 2; row < 500; row++) if (test(s?.cellAt(row, col)?.value)) return row;
  throw new Error(`no such row in ${sheet}`);
}

describe("the preview page", () => {
  test("puts the real task pane beside a new workbook, with a toolbar", async () => {
    const wb = newPreviewWorkbook("en");
    render(<PreviewApp workbook={wb} />);
    expect(screen.getByTestId("task-pane")).toHaveTextContent(paneTexts.en.createWorkbook);
    expect(screen.getByTestId("download-xlsx")).toHaveTextContent(en.download);
    expect(tab("Sheet1")).toHaveAttribute("aria-selected", "true");
    expect(grid()).toHaveAttribute("aria-label", "Sheet Sheet1");
    expect(screen.getByTestId("name-box")).toHaveTextContent("A1");
    // The pane's Create / update writes into this workbook, and the new sheets show.
    fireEvent.click(
      within(screen.getByTestId("task-pane")).getByText(paneTexts.en.createWorkbook, {
        selector: "button",
      })
    );
    // The write runs in slices (src/preview/slices.ts): on a busy machine it takes longer than findBy's default second.
    await screen.findByTestId("sheet-tab-Promotions", {}, { timeout: 30_000 });
    expect(wb.sheet("Promotions")).toBeDefined();
    // The first new sheet is shown instead of the blank Sheet1.
    expect(grid()).toHaveAttribute("data-sheet", "Settings");
  });

  test("shows values through their number formats: dates, currency, percentages, bold headers", async () => {
    const wb = await sampleWorkbook();
    render(<PreviewApp workbook={wb} />);
    showSheet("Promotions");
    expect(cell("A1")).toHaveTextContent("SKU");
    expect(cell("A1")).toHaveStyle({ fontWeight: "600" });
    expect(cell("D2")).toHaveTextContent(/^\d{4}-\d{2}-\d{2}$/);
    expect(cell("G2")).toHaveTextContent(/^¥\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(cell("G2")).toHaveStyle({ textAlign: "right" });
    showSheet("Budget");
    const row = rowWhere(wb, "Budget", 7, (v) => typeof v === "number");
    expect(cell(`G${row}`)).toHaveTextContent(/^\d+\.\d%$/);
    showSheet("Settings");
    expect(cell("B2")).toHaveTextContent("2027");
  });

  test("colours flagged rows and highlighted cells", async () => {
    const wb = await sampleWorkbook();
    render(<PreviewApp workbook={wb} />);
    showSheet("Promotions");
    const flagged = rowWhere(wb, "Promotions", 11, (v) => typeof v === "string" && v !== "");
    const clean = rowWhere(wb, "Promotions", 11, (v) => v === "" || v === null || v === undefined);
    const rowOf = (r: number) => cell(`A${r}`).closest("tr") as HTMLElement;
    await act(() => wb.select(`Promotions!A${flagged}`));
    expect(rowOf(flagged)).toHaveAttribute("data-row-colour", "flag");
    expect(cell(`B${flagged}`)).toHaveStyle({ background: "#FFC7CE", color: "#9C0006" });
    await act(() => wb.select(`Promotions!A${clean}`));
    expect(rowOf(clean)).not.toHaveAttribute("data-row-colour");

    await act(() =>
      wb.highlight([
        { address: `Promotions!E${clean}`, severity: "error" },
        { address: `Promotions!G${clean}`, severity: "warning" },
      ])
    );
    expect(cell(`E${clean}`)).toHaveAttribute("data-highlight", "error");
    expect(cell(`E${clean}`)).toHaveStyle({ background: "#FF8B8B" });
    expect(cell(`G${clean}`)).toHaveStyle({ background: "#FFD966" });
    await act(() => wb.clearHighlights());
    expect(cell(`E${clean}`)).not.toHaveAttribute("data-highlight");
  });

  test("editing a cell recomputes its Flags: double-click, type, Enter", async () => {
    const wb = await sampleWorkbook();
    render(<PreviewApp workbook={wb} />);
    showSheet("Promotions");
    const r = rowWhere(wb, "Promotions", 6, (v) => v === 3);
    expect(cell(`K${r}`)).toHaveTextContent(/^$/);
    const start = Number(wb.cell("Promotions", `D${r}`)?.value);

    fireEvent.mouseDown(cell(`E${r}`));
    expect(screen.getByTestId("name-box")).toHaveTextContent(`E${r}`);
    fireEvent.doubleClick(cell(`E${r}`));
    const editor = screen.getByTestId("cell-editor") as HTMLInputElement;
    expect(editor).toHaveAttribute("aria-label", `Edit cell E${r}`);
    expect(editor.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    fireEvent.change(editor, { target: { value: "2027-12-31" } });
    fireEvent.keyDown(editor, { key: "Enter" });

    expect(screen.queryByTestId("cell-editor")).not.toBeInTheDocument();
    expect(cell(`E${r}`)).toHaveTextContent("2027-12-31");
    const days = Number(wb.cell("Promotions", `E${r}`)?.value) - start + 1;
    expect(cell(`F${r}`)).toHaveTextContent(String(days));
    expect(cell(`K${r}`)).toHaveTextContent(
      new RegExp(`^PROMO_TOO_LONG \\(${days} days > \\d+\\)`)
    );
    expect(cell(`A${r}`).closest("tr")).toHaveAttribute("data-row-colour", "flag");
    // Enter moved the selection down, as in Excel.
    expect(cell(`E${r + 1}`)).toHaveAttribute("aria-selected", "true");
  });

  test("the keyboard moves, edits, cancels and clears; the formula bar shows formulas", async () => {
    const wb = await sampleWorkbook();
    render(<PreviewApp workbook={wb} />);
    showSheet("Promotions");
    fireEvent.mouseDown(cell("F2"));
    expect(screen.getByTestId("formula-bar")).toHaveTextContent(
      '=IF(OR(D2="",E2=""),"",PLAN.PROMODAYS(D2,E2))'
    );
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    fireEvent.keyDown(grid(), { key: "ArrowLeft" });
    expect(cell("E3")).toHaveAttribute("aria-selected", "true");
    expect(grid()).toHaveAttribute("aria-activedescendant", cell("E3").id);
    const before = wb.cell("Promotions", "E3")?.value;
    fireEvent.keyDown(grid(), { key: "9" });
    const editor = screen.getByTestId("cell-editor") as HTMLInputElement;
    expect(editor.value).toBe("9");
    fireEvent.keyDown(editor, { key: "Escape" });
    expect(wb.cell("Promotions", "E3")?.value).toBe(before);
    // Typing into a blank cell beside the table, then clearing it.
    fireEvent.mouseDown(cell("M3"));
    fireEvent.keyDown(grid(), { key: "x" });
    fireEvent.keyDown(screen.getByTestId("cell-editor"), { key: "Tab" });
    expect(wb.cell("Promotions", "M3")?.value).toBe("x");
    expect(cell("N3")).toHaveAttribute("aria-selected", "true");
    fireEvent.mouseDown(cell("M3"));
    fireEvent.keyDown(grid(), { key: "Delete" });
    expect(wb.cell("Promotions", "M3")?.value ?? null).toBeNull();
  });

  test("the pane's select() activates the sheet and selects the cell", async () => {
    const wb = await sampleWorkbook();
    render(<PreviewApp workbook={wb} />);
    expect(grid()).toHaveAttribute("data-sheet", "Sheet1");
    await act(() => wb.select("Prices!C5"));
    expect(tab("Prices")).toHaveAttribute("aria-selected", "true");
    expect(grid()).toHaveAttribute("data-sheet", "Prices");
    expect(screen.getByTestId("name-box")).toHaveTextContent("C5");
    expect(cell("C5")).toHaveAttribute("aria-selected", "true");
    expect(grid()).toHaveAttribute("aria-activedescendant", cell("C5").id);
  });

  test("a link in the Findings sheet goes to its cell on a click", async () => {
    const wb = await sampleWorkbook();
    await wb.writeFindings(
      [
        {
          rule: "STOCK_SHORT",
          severity: "warning",
          sheet: "Products",
          row: 17,
          column: "H",
          address: "Products!H17",
          message: "Short",
          related: [],
        },
      ],
      "en"
    );
    render(<PreviewApp workbook={wb} />);
    showSheet("Findings");
    expect(cell("D2")).toHaveTextContent("Products!H17");
    expect(cell("D2")).toHaveStyle({ textDecoration: "underline" });
    fireEvent.mouseDown(cell("D2"));
    await act(async () => {
      fireEvent.click(cell("D2"));
    });
    expect(grid()).toHaveAttribute("data-sheet", "Products");
    expect(cell("H17")).toHaveAttribute("aria-selected", "true");
  });

  test("renders only the visible rows of a 2,000-row sheet, and reveals a selected far row", async () => {
    const wb = newPreviewWorkbook("en");
    wb.addSheet(
      "Big",
      Array.from({ length: 2000 }, (_, i) => [`SKU-${i + 1}`, i + 1, (i + 1) * 1.5, "x", "y"])
    );
    render(<PreviewApp workbook={wb} />);
    showSheet("Big");
    expect(grid()).toHaveAttribute("aria-rowcount", String(2000 + 50 + 1));
    expect(grid().querySelectorAll("tr[data-row]").length).toBeLessThan(120);
    expect(within(grid()).queryByTestId("cell-A1500")).not.toBeInTheDocument();
    await act(() => wb.select("Big!B1500"));
    expect(cell("B1500")).toHaveTextContent("1500");
    expect(cell("B1500")).toHaveAttribute("aria-selected", "true");
    expect(grid().querySelectorAll("tr[data-row]").length).toBeLessThan(120);
  });

  test("follows the pane's language, and Download hands the workbook over in it", async () => {
    const wb = await sampleWorkbook("zh-CN");
    const download = jest.fn(async () => undefined);
    render(<PreviewApp workbook={wb} download={download} />);
    await waitFor(() =>
      expect(screen.getByTestId("download-xlsx")).toHaveTextContent(previewTexts["zh-CN"].download)
    );
    expect(screen.getByTestId("task-pane")).toHaveTextContent(paneTexts["zh-CN"].createWorkbook);
    showSheet("活动");
    expect(grid()).toHaveAttribute("aria-label", "工作表 活动");
    fireEvent.click(screen.getByTestId("download-xlsx"));
    await waitFor(() => expect(download).toHaveBeenCalledWith(wb, "zh-CN"));
  });

  test("a failed download says so in a message bar", async () => {
    const wb = await sampleWorkbook();
    render(
      <PreviewApp workbook={wb} download={async () => Promise.reject(new Error("disk full"))} />
    );
    fireEvent.click(screen.getByTestId("download-xlsx"));
    expect(await screen.findByTestId("preview-error")).toHaveTextContent(
      "The .xlsx could not be built: disk full"
    );
  });
});
