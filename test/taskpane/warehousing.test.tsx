/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen, within } from "@testing-library/react";
import { readPlan } from "../../src/core/read/readPlan";
import { pct } from "../../src/core/numberText";
import { warehousingSummary } from "../../src/core/warehousing";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, sampleSheets } from "./fakePort";
import { renderPane } from "./render";

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];

describe("Warehousing summary (Trends tab)", () => {
  it("shows each region's share of orders, which are not served locally, and the days saved", async () => {
    const sheets = sampleSheets();
    const summary = warehousingSummary(readPlan({ sheets }), { lang: "en" });
    expect(summary.regions.some((r) => r.suggested)).toBe(true);
    expect(summary.regions.some((r) => r.servedLocally)).toBe(true);

    renderPane(fakePort({ sheets }));
    fireEvent.click(screen.getByRole("tab", { name: en.tabTrends }));
    const section = await screen.findByRole("region", { name: en.warehousingTitle });
    expect(within(section).getByText(summary.message)).toBeInTheDocument();
    const rows = within(section).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(summary.regions.length);
    summary.regions.forEach((r, i) => {
      const row = rows[i];
      expect(row).toHaveTextContent(r.region);
      expect(row).toHaveTextContent(pct(r.share));
      if (r.suggested) expect(row).toHaveTextContent(en.warehousingSuggested);
      else if (!r.servedLocally) expect(row).toHaveTextContent(en.warehousingNotLocal);
      else {
        expect(row).not.toHaveTextContent(en.warehousingNotLocal);
        expect(row.lastElementChild).toHaveTextContent("0");
      }
    });
    for (const r of summary.regions.filter((x) => x.suggested))
      expect(within(section).getByText(r.detail)).toBeInTheDocument();
  });

  it("says so when the Regions sheet is empty, in 简体中文 too", async () => {
    const sheets = sampleSheets("zh-CN").filter((s) => s.name !== "地区" && s.name !== "Regions");
    renderPane(fakePort({ sheets, displayLanguage: "zh-CN" }));
    fireEvent.click(screen.getByRole("tab", { name: zh.tabTrends }));
    const section = await screen.findByRole("region", { name: zh.warehousingTitle });
    expect(
      within(section).getByText(zh.warehousingEmpty.replace("{{sheet}}", "地区"))
    ).toBeInTheDocument();
  });

  it("names the workbook's own Regions sheet: 地区 in an English pane", async () => {
    const sheets = sampleSheets("zh-CN").map((s) =>
      s.name === "地区" ? { ...s, rows: s.rows.slice(0, 1) } : s
    );
    renderPane(fakePort({ sheets, displayLanguage: "en" }));
    fireEvent.click(screen.getByRole("tab", { name: en.tabTrends }));
    const section = await screen.findByRole("region", { name: en.warehousingTitle });
    expect(within(section).getByText("The 地区 sheet has no rows yet.")).toBeInTheDocument();
  });
});
