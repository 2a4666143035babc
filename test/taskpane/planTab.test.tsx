/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ApplySummary } from "../../src/core/port";
import { isFormulaCell } from "../../src/core/write/layout";
import { workbookLayout } from "../../src/core/write/workbookLayout";
import { paneTexts } from "../../src/taskpane/i18n";
import { cleanSheets, EMPTY_SUMMARY, fakePort, YEAR } from "./fakePort";
import { button, findButton } from "./queries";
import { renderPane } from "./render";

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];

const SUMMARY: ApplySummary = {
  created: ["Promotions", "Prices"],
  addedColumns: [{ sheet: "Products", headers: ["Owner", "Flags"] }],
  formulasEntered: 42,
  sampleRows: 0,
  keptSheets: ["Settings", "Lists"],
  conflicts: [],
};

const yearBox = (): HTMLInputElement => screen.getByRole("spinbutton", { name: en.planYear });

describe("Plan tab", () => {
  it("defaults the plan year to next calendar year when the workbook has no Settings sheet", async () => {
    const port = fakePort();
    renderPane(port);
    await waitFor(() => expect(port.readSheets).toHaveBeenCalled());
    expect(yearBox().value).toBe(String(new Date().getFullYear() + 1));
  });

  it("takes the plan year from the workbook's Settings sheet", async () => {
    const port = fakePort({
      sheets: [
        {
          name: "Settings",
          rows: [
            ["Setting", "Value"],
            ["Plan year", 2031],
          ],
        },
      ],
    });
    renderPane(port);
    await waitFor(() => expect(yearBox().value).toBe("2031"));
  });

  it("creates the plan workbook from the schema layout and shows what it did", async () => {
    const port = fakePort({ sheets: cleanSheets(), summary: SUMMARY });
    renderPane(port);
    await waitFor(() => expect(yearBox().value).toBe(String(YEAR)));
    fireEvent.click(button(en.createWorkbook));

    await screen.findByText(en.summaryTitle);
    expect(port.applyPlanLayout).toHaveBeenCalledTimes(1);
    const [layout, opts] = port.applyPlanLayout.mock.calls[0];
    // The recipe the layout was made from, for a port that plans elsewhere (the preview's plan worker): the same layout.
    expect(opts).toEqual({
      sample: false,
      onProgress: expect.any(Function),
      recipe: expect.any(Object),
    });
    const again = workbookLayout(opts.recipe!);
    expect(again.sheets.map((s) => [s.name, s.columns.map((c) => c.header)])).toEqual(
      layout.sheets.map((s) => [s.name, s.columns.map((c) => c.header)])
    );
    expect(again.names).toEqual(layout.names);
    expect(layout.settings.planYear).toBe(YEAR);
    expect(layout.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Settings", "Products", "Promotions"])
    );
    // Empty plan sheets (no sample rows) written with formulas on.
    expect(layout.sheets.find((s) => s.id === "products")?.rows).toEqual([]);
    expect(layout.sheets.find((s) => s.id === "products")?.columns.some((c) => c.formula)).toBe(
      true
    );

    const status = screen.getByText(en.summaryTitle).closest("[aria-live]") as HTMLElement;
    expect(status).toHaveAttribute("aria-live", "polite");
    const summary = within(status);
    expect(summary.getByText(en.summaryCreated).nextSibling).toHaveTextContent(
      "Promotions, Prices"
    );
    expect(summary.getByText(en.summaryColumns).nextSibling).toHaveTextContent(
      "Products: Owner, Flags"
    );
    expect(summary.getByText(en.summaryFormulas).nextSibling).toHaveTextContent("42");
    expect(summary.getByText(en.summaryKept).nextSibling).toHaveTextContent("Settings, Lists");
    expect(summary.queryByText(en.summarySample)).toBeNull();
  });

  it.each([
    ["an existing plan gets blank platform figures", true, false],
    ["a workbook holding none of our sheets gets them", false, true],
  ])(
    "asks a port that names its sheets for their names, not for a second read: %s",
    async (_, plan, seeds) => {
      const port = fakePort({ sheets: plan ? cleanSheets() : [], summary: SUMMARY });
      const sheetNames = jest.fn(async () => port.sheets.map((s) => s.name));
      const named = { ...port, sheetNames };
      renderPane(named);
      await waitFor(() => expect(port.readSheets).toHaveBeenCalled());
      const reads = port.readSheets.mock.calls.length;
      fireEvent.click(button(en.createWorkbook));
      await screen.findByText(en.summaryTitle);
      expect(sheetNames).toHaveBeenCalledTimes(1);
      expect(port.readSheets).toHaveBeenCalledTimes(reads);
      expect(port.applyPlanLayout.mock.calls[0][1].recipe?.platformFigures).toBe(seeds);
    }
  );

  it("adds the sample plan and reports its rows", async () => {
    const port = fakePort({
      summary: { ...EMPTY_SUMMARY, created: ["Products"], sampleRows: 312, formulasEntered: 9 },
    });
    renderPane(port);
    fireEvent.click(button(en.addSample));
    await screen.findByText(en.summaryTitle);
    const [layout, opts] = port.applyPlanLayout.mock.calls[0];
    expect(opts).toEqual({ sample: true, onProgress: expect.any(Function) });
    const products = layout.sheets.find((s) => s.id === "products");
    expect(products?.rows.length).toBeGreaterThan(0);
    expect(
      layout.sheets.find((s) => s.id === "promotions")?.rows.some((r) => r.some(isFormulaCell))
    ).toBe(true);
    expect(screen.getByText(en.summarySample).nextSibling).toHaveTextContent("312");
    expect(screen.getByText(en.sampleNote)).toBeInTheDocument();
  });

  it("says so when the sample found the plan sheets already filled", async () => {
    const port = fakePort({ summary: { ...EMPTY_SUMMARY, keptSheets: ["Products"] } });
    renderPane(port);
    fireEvent.click(button(en.addSample));
    expect(await screen.findByText(en.sampleSkipped)).toBeInTheDocument();
  });

  it("warns about a sheet with our name that is not ours: nothing was written to it", async () => {
    const port = fakePort({ summary: { ...SUMMARY, conflicts: ["Budget"] } });
    renderPane(port);
    fireEvent.click(button(en.createWorkbook));
    const title = await screen.findByText("Sheet “Budget” not written");
    expect(title.closest(".fui-MessageBar")).toHaveTextContent(en.conflictBody);
    expect(screen.getByText(en.conflictBody)).toBeInTheDocument();
  });

  it("shows the busy state and disables both buttons while writing", async () => {
    let finish: (s: ApplySummary) => void = () => undefined;
    const port = fakePort();
    port.applyPlanLayout.mockImplementation(
      () => new Promise<ApplySummary>((resolve) => (finish = resolve))
    );
    renderPane(port);
    fireEvent.click(button(en.createWorkbook));
    expect(await screen.findByText(en.writing)).toBeInTheDocument();
    expect(button(en.createWorkbook)).toBeDisabled();
    expect(button(en.addSample)).toBeDisabled();
    await act(async () => finish(SUMMARY));
    expect(screen.queryByText(en.writing)).toBeNull();
    expect(button(en.createWorkbook)).toBeEnabled();
  });

  it("shows a port error in an error bar, keeps the pane, and lets the planner dismiss it", async () => {
    const port = fakePort();
    port.applyPlanLayout.mockRejectedValue(new Error("The workbook is protected."));
    renderPane(port);
    fireEvent.click(button(en.createWorkbook));
    const alert = await screen.findByText("The workbook is protected.");
    expect(alert.closest("[role=alert]")).toHaveTextContent(en.errorNext);
    expect(button(en.createWorkbook)).toBeEnabled();
    fireEvent.click(button(en.dismiss));
    expect(screen.queryByText("The workbook is protected.")).toBeNull();
  });

  it("refuses a year out of range and does not write", async () => {
    const port = fakePort();
    renderPane(port);
    fireEvent.change(yearBox(), { target: { value: "12" } });
    fireEvent.blur(yearBox());
    expect(await screen.findByText("Enter a plan year from 1901 to 9998.")).toBeInTheDocument();
    expect(button(en.createWorkbook)).toBeDisabled();
    expect(port.applyPlanLayout).not.toHaveBeenCalled();
  });

  it("writes the year typed by the planner", async () => {
    const port = fakePort({ sheets: cleanSheets() });
    renderPane(port);
    await waitFor(() => expect(yearBox().value).toBe(String(YEAR)));
    fireEvent.change(yearBox(), { target: { value: "2030" } });
    fireEvent.blur(yearBox());
    await waitFor(() => expect(yearBox().value).toBe("2030"));
    fireEvent.click(button(en.createWorkbook));
    await waitFor(() => expect(port.applyPlanLayout).toHaveBeenCalled());
    expect(port.applyPlanLayout.mock.calls[0][0].settings.planYear).toBe(2030);
  });

  it("switches the pane and the written sheets to 简体中文", async () => {
    const port = fakePort();
    renderPane(port);
    fireEvent.click(screen.getByRole("combobox", { name: en.language }));
    fireEvent.click(await screen.findByRole("option", { name: "简体中文" }));
    expect(await findButton(zh.createWorkbook)).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: zh.tabValidate })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("zh-CN");
    fireEvent.click(button(zh.createWorkbook));
    await waitFor(() => expect(port.applyPlanLayout).toHaveBeenCalled());
    expect(port.applyPlanLayout.mock.calls[0][0].sheets.map((s) => s.name)).toContain("产品");
  });

  describe("a long write shows its progress", () => {
    /** Stands in for a port call: `hold` reports through the port's callback and waits until `finish`. */
    function held() {
      let finish = (): void => undefined;
      let started: (report: (f: number) => void) => void = () => undefined;
      const whenStarted = new Promise<(f: number) => void>((r) => (started = r));
      const hold = (report: (f: number) => void): Promise<void> =>
        new Promise<void>((resolve) => {
          finish = resolve;
          started(report);
        });
      return { hold, whenStarted, finish: () => finish() };
    }

    it.each(["en", "zh-CN"] as const)(
      "Create / update: a labelled progress bar in a live region, gone when done (%s)",
      async (lang) => {
        const texts = lang === "en" ? en : zh;
        const port = fakePort({ sheets: cleanSheets(), summary: SUMMARY });
        const h = held();
        port.applyPlanLayout.mockImplementation(async (_layout, opts) => {
          await h.hold((f) => opts.onProgress?.(f));
          return SUMMARY;
        });
        renderPane(port);
        await waitFor(() => expect(port.readSheets).toHaveBeenCalled());
        if (lang === "zh-CN") {
          fireEvent.click(screen.getByRole("combobox", { name: en.language }));
          fireEvent.click(await screen.findByRole("option", { name: "简体中文" }));
        }
        fireEvent.click(await findButton(texts.createWorkbook));
        const report = await h.whenStarted;
        act(() => report(0.437));
        const bar = await screen.findByRole("progressbar", { name: texts.writing });
        expect(bar).toHaveAttribute("aria-valuenow", "0.437");
        const done = texts.progressDone.replace("{{percent}}", "40");
        expect(screen.getByText(done).closest("[aria-live]")).toHaveAttribute(
          "aria-live",
          "polite"
        );
        await act(async () => h.finish());
        await screen.findByText(texts.summaryTitle);
        expect(screen.queryByRole("progressbar")).toBeNull();
      },
      30_000
    );

    it("Write Timeline sheet: its own label, the fraction the port reports", async () => {
      const port = fakePort({ sheets: cleanSheets() });
      const h = held();
      port.writeTimeline.mockImplementation((_layout, _lang, onProgress) =>
        h.hold((f) => onProgress?.(f))
      );
      renderPane(port);
      await waitFor(() => expect(yearBox().value).toBe(String(YEAR)));
      fireEvent.click(button(en.writeTimeline));
      const report = await h.whenStarted;
      act(() => report(0.9));
      const bar = await screen.findByRole("progressbar", { name: en.writingTimeline });
      expect(bar).toHaveAttribute("aria-valuenow", "0.9");
      expect(screen.getByText("90 % done")).toBeInTheDocument();
      await act(async () => h.finish());
      await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    });
  });
});
