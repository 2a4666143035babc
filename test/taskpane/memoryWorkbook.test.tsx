/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { splitAddress } from "../../src/core/write/addresses";
import { readPlan } from "../../src/core/read/readPlan";
import { countFindings, validatePlan } from "../../src/core/validate";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import { paneTexts, ruleTitles } from "../../src/taskpane/i18n";
import { groupByRule } from "../../src/taskpane/model/findingGroups";
import { button, findButton } from "./queries";
import "./lazyModules";

// The whole pane over the browser preview's in-memory workbook: the same App, a real port.
jest.setTimeout(30_000);

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];

async function findingsOf(wb: MemoryWorkbook, lang: "en" | "zh-CN" = "en") {
  const plan = readPlan({ sheets: await wb.readSheets() });
  return validatePlan(plan, plan.settings, { lang });
}

async function setYear(year: number): Promise<void> {
  const box = screen.getByRole("spinbutton");
  fireEvent.change(box, { target: { value: String(year) } });
  fireEvent.blur(box);
  await waitFor(() => expect(box).toHaveValue(String(year)));
}

/** The summary line's value next to its label. */
const summaryValue = (label: string): string | null | undefined =>
  screen.getByText(label).nextSibling?.textContent;

describe("the pane over the in-memory workbook", () => {
  it("writes the sample plan, validates it, selects, highlights, writes Findings and waives", async () => {
    const wb = new MemoryWorkbook("en-US");
    render(<App port={wb} />);
    await setYear(2027);
    fireEvent.click(button(en.addSample));
    await screen.findByText(en.summaryTitle);
    expect(wb.sheet("Products")).toBeDefined();
    expect(summaryValue(en.summaryCreated)).toContain("Products");
    expect(Number(summaryValue(en.summarySample))).toBeGreaterThan(100);
    expect(Number(summaryValue(en.summaryFormulas))).toBeGreaterThan(0);

    const expected = await findingsOf(wb);
    const counts = countFindings(expected);
    expect(counts.error).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("tab", { name: en.tabValidate }));
    fireEvent.click(button(en.validate));
    expect(await screen.findByText(`${en.countErrors} ${counts.error}`)).toBeInTheDocument();
    expect(screen.getByText(`${en.countWarnings} ${counts.warning}`)).toBeInTheDocument();

    // Click → the workbook's selection moves to the cell.
    const first = groupByRule(expected.filter((f) => !f.waived))[0];
    fireEvent.click(screen.getByText(ruleTitles.en[first.rule as keyof (typeof ruleTitles)["en"]]));
    fireEvent.click(await screen.findByText(first.findings[0].address));
    const at = splitAddress(first.findings[0].address);
    await waitFor(() => expect(wb.selection).toEqual({ sheet: at.sheet, address: at.cell }));

    fireEvent.click(button(en.highlight));
    await screen.findByText(/^Highlighted \d+ cells/);
    expect(wb.cell(at.sheet!, at.cell)?.highlight).toBe(first.severity);
    fireEvent.click(button(en.clearHighlights));
    await screen.findByText(en.highlightsCleared);
    expect(wb.cell(at.sheet!, at.cell)?.highlight).toBeUndefined();

    fireEvent.click(button(en.writeFindings));
    await screen.findByText(`Findings sheet written with ${expected.length} rows.`);
    const written = (await wb.readSheets()).find((s) => s.name === "Findings")!;
    expect(written.rows.slice(1).filter((r) => r.some((v) => v !== null && v !== ""))).toHaveLength(
      expected.length
    );

    fireEvent.click(await findButton(en.waive));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByRole("textbox", { name: /Reason/ }), {
      target: { value: "Agreed with the brand" },
    });
    fireEvent.click(button(en.waiveConfirm, dialog));
    await screen.findByText(`${en.countWaived} ${counts.waived + 1}`);
    const after = await findingsOf(wb);
    const waived = after.find(
      (f) => f.rule === first.rule && f.address === first.findings[0].address
    );
    expect(waived).toMatchObject({ waived: true, reason: "Agreed with the brand" });
  });

  it("runs Create / update again without creating anything", async () => {
    const wb = new MemoryWorkbook();
    render(<App port={wb} />);
    fireEvent.click(button(en.createWorkbook));
    await screen.findByText(en.summaryTitle);
    const sheets = wb.sheets.length;
    fireEvent.click(button(en.createWorkbook));
    await waitFor(() => expect(summaryValue(en.summaryCreated)).toBe(en.summaryNone));
    expect(summaryValue(en.summaryKept)).toContain("Products");
    expect(wb.sheets).toHaveLength(sheets);
  });

  it("refuses to write into a sheet with our name that is not ours", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Budget", [["Quarterly notes"], ["ask finance"]]);
    render(<App port={wb} />);
    fireEvent.click(button(en.createWorkbook));
    expect(await screen.findByText("Sheet “Budget” not written")).toBeInTheDocument();
    expect((await wb.readSheets()).find((s) => s.name === "Budget")?.rows).toEqual([
      ["Quarterly notes"],
      ["ask finance"],
    ]);
  });

  it("re-validates after an edit, and speaks Chinese when the host does", async () => {
    jest.useFakeTimers();
    try {
      const wb = new MemoryWorkbook("zh-CN");
      render(<App port={wb} />);
      fireEvent.click(button(zh.createWorkbook));
      await screen.findByText(zh.summaryTitle);
      expect(wb.sheet("产品")).toBeDefined();
      fireEvent.click(screen.getByRole("tab", { name: zh.tabValidate }));
      fireEvent.click(button(zh.validate));
      expect(await screen.findByText(zh.allClear)).toBeInTheDocument();

      // A 刷单 (fake orders) budget line: always a breach.
      const budget = (await wb.readSheets()).find((s) => s.name === "预算")!;
      const row = (budget.firstRow ?? 1) + 1;
      act(() => {
        wb.setCell("预算", `A${row}`, "刷单");
        wb.setCell("预算", `B${row}`, 5000);
      });
      await act(async () => jest.advanceTimersByTime(500));
      await waitFor(() => expect(screen.queryByText(zh.allClear)).toBeNull());
      const expected = await findingsOf(wb, "zh-CN");
      expect(expected.map((f) => f.rule)).toContain("BUDGET_FORBIDDEN");
      expect(
        screen.getByText(`${zh.countErrors} ${countFindings(expected).error}`)
      ).toBeInTheDocument();
      expect(screen.getByText(ruleTitles["zh-CN"].BUDGET_FORBIDDEN)).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });
});
