/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { columnLetter, type Grid } from "../../src/core/cells";
import type { SheetInput } from "../../src/core/read/readPlan";
import type { Lang } from "../../src/core/schema/types";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, type FakePort } from "./fakePort";
import { button, expectDisabledFocusable, isPressable } from "./queries";
import { renderPane } from "./render";

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];

// Role queries compute accessible names through jsdom's getComputedStyle over Fluent's CSS: slow, not stuck.
jest.setTimeout(30_000);

const fill = (text: string, params: Record<string, string | number>): string =>
  Object.entries(params).reduce((s, [k, v]) => s.replace(`{{${k}}}`, String(v)), text);

/** Until the button can be pressed (the tab's read is done, and nothing is running). */
const pressable = (b: HTMLElement): Promise<void> =>
  waitFor(() => expect(isPressable(b)).toBe(true));

/** Opens the Trends tab; resolves to the Warehousing section once the plan was read. */
async function openWarehousing(texts = en): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("tab", { name: texts.tabTrends }));
  return screen.findByRole("region", { name: texts.warehousingTitle });
}

/** A planner's Regions sheet with the Suggestion column moved to B, a stale suggestion and a blank row. */
function regionsSheet(): SheetInput {
  return {
    name: "Regions",
    rows: [
      ["Region", "Suggestion", "Orders share", "Warehouse", "Delivery days"],
      ["Jiangsu", null, 0.3, "Guangzhou DC", 2],
      ["Guangdong", "Open a split warehouse in Guangdong", 0.3, "Guangdong warehouse", 1],
      [null, null, null, null, null],
      ["Sichuan", null, 0.1, "Chengdu", 3],
      ["Beijing", null, 0.3, null, 1.5],
    ],
  };
}

const copy = (rows: Grid): Grid => rows.map((r) => [...r]);

describe("Fill Regions suggestions (Trends tab, Warehousing)", () => {
  it("re-reads Regions and writes only its Suggestion cells, in one batch; the summary agrees", async () => {
    const port = fakePort({ sheets: [regionsSheet()] });
    renderPane(port);
    const section = await openWarehousing();
    const fillButton = button(en.fillSuggestions, section);
    await pressable(fillButton);
    expect(fillButton).toHaveAccessibleDescription(
      fill(en.fillSuggestionsNote, { header: "Suggestion", column: "B", sheet: "Regions" })
    );
    expect(within(section).getByText("Jiangsu").textContent).toContain(en.warehousingSuggested);

    // The planner edits Regions after the tab read it: Jiangsu gets its own warehouse, Sichuan grows.
    const rows = port.sheets[0].rows;
    rows[1][3] = "Jiangsu DC";
    rows[4][2] = 0.3;
    const before = copy(rows);
    const reads = port.readSheets.mock.calls.length;

    fireEvent.click(fillButton);
    await within(section).findByText(fill(en.suggestionsFilled, { suggested: 2, regions: 4 }));
    expect(port.readSheets.mock.calls.length).toBe(reads + 1);
    expect(port.writeCells).toHaveBeenCalledTimes(1);
    expect(port.writeCells.mock.calls[0][0]).toEqual([
      { address: "Regions!B2", value: "" },
      { address: "Regions!B3", value: "" },
      { address: "Regions!B5", value: "Open a split warehouse in Sichuan" },
      { address: "Regions!B6", value: "Open a split warehouse in Beijing" },
    ]);
    // Nothing else moved: every other cell is as the planner left it, and no row was added.
    const expected = copy(before);
    expected[1][1] = "";
    expected[2][1] = "";
    expected[4][1] = "Open a split warehouse in Sichuan";
    expected[5][1] = "Open a split warehouse in Beijing";
    expect(port.sheets[0].rows).toEqual(expected);

    // The summary shows the plan the suggestions were written from.
    expect(within(section).getByText("Sichuan").textContent).toContain(en.warehousingSuggested);
    expect(within(section).getByText("Jiangsu").textContent).not.toContain(en.warehousingSuggested);
    expect(within(section).queryByText(en.errorTitle)).toBeNull();
  });

  it.each<[Lang, typeof en]>([
    ["zh-CN", zh],
    ["en", en],
  ])(
    "writes 简体中文 suggestions into a 地区 sheet, whatever the pane's language (%s)",
    async (lang, texts) => {
      const port = fakePort({
        displayLanguage: lang,
        sheets: [
          {
            name: "地区",
            rows: [
              ["地区", "订单占比", "仓库", "配送天数", "建议"],
              ["华东", 0.34, "华南", 2.5, "Open a split warehouse in 华东"], // ours, from an English pane once
              ["华南", 0.22, "华南仓", 1.2, "建议在华南设分仓"],
              ["华北", 0.3, null, 1.5, null],
            ],
          },
        ],
      });
      renderPane(port);
      const section = await openWarehousing(texts);
      const fillButton = button(texts.fillSuggestions, section);
      await pressable(fillButton);
      expect(
        within(section).getByText(
          fill(texts.fillSuggestionsNote, { header: "建议", column: "E", sheet: "地区" })
        )
      ).toBeInTheDocument();
      fireEvent.click(fillButton);
      await within(section).findByText(fill(texts.suggestionsFilled, { suggested: 2, regions: 3 }));
      expect(port.writeCells.mock.calls).toEqual([
        [
          [
            { address: "地区!E2", value: "建议在华东设分仓" },
            { address: "地区!E3", value: "" },
            { address: "地区!E4", value: "建议在华北设分仓" },
          ],
        ],
      ]);
    }
  );

  it("writes English suggestions into a Regions sheet from a Chinese pane, and says what it kept in Chinese", async () => {
    const port = fakePort({ displayLanguage: "zh-CN", sheets: [regionsSheet()] });
    port.sheets[0].rows[5][1] = "先问问北京的仓储外包"; // Beijing: the planner's own note
    renderPane(port);
    const section = await openWarehousing(zh);
    const fillButton = button(zh.fillSuggestions, section);
    await pressable(fillButton);
    fireEvent.click(fillButton);
    await within(section).findByText(
      fill(zh.suggestionsFilledKeptOne, { suggested: 1, regions: 4, cells: "Regions!B6" })
    );
    expect(port.writeCells.mock.calls[0][0]).toEqual([
      { address: "Regions!B2", value: "Open a split warehouse in Jiangsu" },
      { address: "Regions!B3", value: "" },
      { address: "Regions!B5", value: "" },
    ]);
    expect(port.sheets[0].rows[5][1]).toBe("先问问北京的仓储外包");
  });

  it("never overwrites what the planner typed: it names the cells it kept", async () => {
    // Twelve regions, Suggestion in F; the planner wrote their own plan for the region on row 5.
    const names =
      "Jiangsu Zhejiang Shanghai Anhui Guangdong Fujian Beijing Hebei Sichuan Hubei Henan Shandong";
    const rows: Grid = [
      ["Region", "Orders share", "Warehouse", "Delivery days", "Notes", "Suggestion"],
    ];
    for (const [i, region] of names.split(" ").entries())
      rows.push([region, i < 2 ? 0.3 : 0.04, i < 2 ? null : `${region} DC`, 2, null, null]);
    rows[4][5] = "Wait for the Q3 volume before a split warehouse"; // F5, Anhui: the planner's
    rows[4][1] = 0.3; // Anhui is suggested too: still the planner's text stays
    rows[4][2] = null;
    rows[6][5] = "Open a split warehouse in Fujian"; // F7: ours, stale (Fujian has its own DC)
    const port = fakePort({ sheets: [{ name: "Regions", rows }] });
    renderPane(port);
    const section = await openWarehousing();
    const fillButton = button(en.fillSuggestions, section);
    await pressable(fillButton);
    fireEvent.click(fillButton);
    await within(section).findByText(
      "Suggestions filled in 2 of 12 regions; 1 cell you typed kept (Regions!F5)."
    );
    const written = port.writeCells.mock.calls[0][0];
    expect(written).toHaveLength(11);
    expect(written.map((c) => c.address)).not.toContain("Regions!F5");
    expect(written.filter((c) => c.value !== "")).toEqual([
      { address: "Regions!F2", value: "Open a split warehouse in Jiangsu" },
      { address: "Regions!F3", value: "Open a split warehouse in Zhejiang" },
    ]);
    expect(written).toContainEqual({ address: "Regions!F7", value: "" });
    expect(port.sheets[0].rows[4][5]).toBe("Wait for the Q3 volume before a split warehouse");
  });

  it("clears a stale suggestion of ours whose region the planner cleared, and lists many kept cells briefly", async () => {
    const port = fakePort({
      sheets: [
        {
          name: "Regions",
          rows: [
            ["Region", "Orders share", "Warehouse", "Suggestion"],
            ["Jiangsu", 0.3, null, "mine 1"],
            ["Zhejiang", 0.3, null, "mine 2"],
            [null, null, null, "Open a split warehouse in Hubei"], // Hubei's data deleted: ours goes
            ["Anhui", 0.1, null, "mine 3"],
            ["Henan", 0.1, null, "mine 4"],
            ["Hebei", 0.1, null, "mine 5"],
            ["Beijing", 0.1, null, null],
          ],
        },
      ],
    });
    renderPane(port);
    const section = await openWarehousing();
    const fillButton = button(en.fillSuggestions, section);
    await pressable(fillButton);
    fireEvent.click(fillButton);
    await within(section).findByText(
      "Suggestions filled in 0 of 6 regions; 5 cells you typed kept (Regions!D2, Regions!D3, Regions!D5 and 2 more)."
    );
    expect(port.writeCells.mock.calls).toEqual([
      [
        [
          { address: "Regions!D4", value: "" },
          { address: "Regions!D8", value: "" },
        ],
      ],
    ]);
  });

  it("with every Suggestion cell typed by the planner: writes nothing, and says so", async () => {
    const port = fakePort({
      sheets: [
        {
          name: "Regions",
          rows: [
            ["Region", "Orders share", "Warehouse", "Suggestion"],
            ["Jiangsu", 0.3, null, "our own plan"],
            ["Zhejiang", 0.1, null, "later"],
          ],
        },
      ],
    });
    renderPane(port);
    const section = await openWarehousing();
    const fillButton = button(en.fillSuggestions, section);
    await pressable(fillButton);
    fireEvent.click(fillButton);
    await within(section).findByText(
      "Suggestions filled in 0 of 2 regions; 2 cells you typed kept (Regions!D2, Regions!D3)."
    );
    expect(port.writeCells).not.toHaveBeenCalled();
  });

  it.each<[string, SheetInput[], string]>([
    [
      "a Regions sheet without a Suggestion column",
      [
        {
          name: "Regions",
          rows: [
            ["Region", "Orders share", "Warehouse"],
            ["Jiangsu", 0.4, null],
          ],
        },
      ],
      fill(en.fillSuggestionsNoColumn, { sheet: "Regions" }),
    ],
    ["no Regions sheet", [], en.fillSuggestionsNoSheet],
    [
      "a Regions sheet with its header only",
      [{ name: "Regions", rows: [["Region", "Orders share", "Suggestion"]] }],
      fill(en.fillSuggestionsNoRows, { sheet: "Regions" }),
    ],
  ])("is disabled, with a hint, for %s", async (_, sheets, hint) => {
    const port = fakePort({ sheets });
    renderPane(port);
    const section = await openWarehousing();
    const fillButton = button(en.fillSuggestions, section);
    await waitFor(() => expect(fillButton).toHaveAccessibleDescription(hint));
    // Disabled, but a keyboard user still reaches it, and hears why.
    expectDisabledFocusable(fillButton);
    act(() => fillButton.focus());
    expect(fillButton).toHaveFocus();
    fireEvent.click(fillButton);
    fireEvent.keyDown(fillButton, { key: "Enter" });
    await act(() => Promise.resolve());
    expect(port.writeCells).not.toHaveBeenCalled();
  });

  it("writes nothing when the Suggestion column was deleted since the tab read the plan", async () => {
    const port = fakePort({ sheets: [regionsSheet()] });
    renderPane(port);
    const section = await openWarehousing();
    const fillButton = button(en.fillSuggestions, section);
    await pressable(fillButton);
    port.sheets = [
      { name: "Regions", rows: regionsSheet().rows.map((r) => r.filter((_, j) => j !== 1)) },
    ];
    fireEvent.click(fillButton);
    await within(section).findByText(fill(en.fillSuggestionsNoColumn, { sheet: "Regions" }));
    expectDisabledFocusable(fillButton);
    expect(port.writeCells).not.toHaveBeenCalled();
    expect(within(section).queryByText(/^Suggestions filled/)).toBeNull();
  });

  it("shows the error bar when the write fails, and no success; the planner can try again", async () => {
    const port: FakePort = fakePort({ sheets: [regionsSheet()] });
    port.writeCells.mockRejectedValueOnce(new Error("The sheet is protected."));
    renderPane(port);
    const section = await openWarehousing();
    const fillButton = button(en.fillSuggestions, section);
    await pressable(fillButton);
    fireEvent.click(fillButton);
    const title = await within(section).findByText(en.errorTitle);
    expect(title.closest('[role="alert"]')).toHaveTextContent("The sheet is protected.");
    expect(within(section).queryByText(/^Suggestions filled/)).toBeNull();
    await pressable(fillButton);

    fireEvent.click(button(en.dismiss, section));
    await waitFor(() => expect(within(section).queryByText(en.errorTitle)).toBeNull());
    fireEvent.click(fillButton);
    await within(section).findByText(fill(en.suggestionsFilled, { suggested: 2, regions: 4 }));
    expect(port.writeCells).toHaveBeenCalledTimes(2);
  });
});

describe("Fill Regions suggestions over the in-memory workbook", () => {
  it("leaves the new suggestions in the Regions sheet's cells after an edit", async () => {
    const wb = new MemoryWorkbook("en-US");
    render(<App port={wb} />);
    fireEvent.click(button(en.addSample));
    // The sample (its Sales rows too) written and calculated by HyperFormula: seconds on a loaded machine.
    await screen.findByText(en.summaryTitle, undefined, { timeout: 20_000 });

    const regions = (await wb.readSheets()).find((s) => s.name === "Regions");
    if (!regions) throw new Error("no Regions sheet");
    const header = regions.rows[0];
    const col = (name: string): string => columnLetter(header.indexOf(name) + 1);
    const rowOf = (region: string): number =>
      (regions.firstRow ?? 1) + regions.rows.findIndex((r) => r[0] === region);
    const suggestion = (region: string) =>
      wb.cell("Regions", `${col("Suggestion")}${rowOf(region)}`)?.value ?? null;
    // The template suggested 华东 (34 %, shipped from 华南); 华中 (10 %) is below the share.
    expect(suggestion("华东")).toBe("Open a split warehouse in 华东");
    expect(suggestion("华中")).toBeFalsy();

    const section = await openWarehousing();
    const fillButton = button(en.fillSuggestions, section);
    await pressable(fillButton);
    // With the tab open, 华东 gets a warehouse of its own and 华中 grows past the split-warehouse share.
    act(() => {
      wb.setCell("Regions", `${col("Warehouse")}${rowOf("华东")}`, "华东仓");
      wb.setCell("Regions", `${col("Orders share")}${rowOf("华中")}`, 0.3);
    });
    fireEvent.click(fillButton);
    await within(section).findByText(/^Suggestions filled in 1 of \d+ regions\.$/);
    expect(suggestion("华东")).toBe("");
    expect(suggestion("华中")).toBe("Open a split warehouse in 华中");
    expect(within(section).getByText("华中").textContent).toContain(en.warehousingSuggested);
  });
});
