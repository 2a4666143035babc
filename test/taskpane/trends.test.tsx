/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen, within } from "@testing-library/react";
import { readPlan } from "../../src/core/read/readPlan";
import { count, pct } from "../../src/core/numberText";
import { dailyTrends, platformName } from "../../src/core/trends";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, sampleSheets } from "./fakePort";
import { renderPane } from "./render";

const en = paneTexts.en;

describe("Daily trends (Trends tab)", () => {
  it("shows each platform's latest week with its change on the week before, and the weekday pattern", async () => {
    const sheets = sampleSheets();
    const trends = dailyTrends(readPlan({ sheets }), { lang: "en" });
    expect(trends.platforms.length).toBeGreaterThan(0);

    renderPane(fakePort({ sheets }));
    fireEvent.click(screen.getByRole("tab", { name: en.tabTrends }));
    const section = await screen.findByRole("region", { name: en.trendsTitle });

    const keys = [...trends.platforms, null];
    for (const p of keys) {
      const weeks = trends.weekly.filter((w) => w.platform === p);
      const last = weeks[weeks.length - 1];
      const card = within(section).getByRole("region", { name: platformName(p, "en") });
      expect(card).toHaveTextContent(
        en.trendsWeek
          .replace("{{week}}", String(last.week))
          .replace("{{year}}", String(last.isoYear))
          .replace("{{days}}", String(last.days))
      );
      const visitorsRow = within(card).getByText(en.budgetVisitors).closest("tr");
      expect(visitorsRow).toHaveTextContent(count(last.visitors));
      const v = last.change?.visitors;
      expect(visitorsRow?.lastElementChild).toHaveTextContent(
        v === null || v === undefined ? en.notAvailable : `${v > 0 ? "+" : ""}${pct(v)}`
      );
    }
    const messages = trends.weekdays.flatMap((w) => (w.message ? [w.message] : []));
    expect(messages.length).toBeGreaterThan(0);
    const weekdays = within(section).getByRole("region", { name: en.trendsWeekdays });
    for (const m of messages) expect(within(weekdays).getByText(m)).toBeInTheDocument();
  });

  it("says so when the Daily sheet is empty", async () => {
    const sheets = sampleSheets().filter((s) => s.name !== "Daily");
    renderPane(fakePort({ sheets }));
    fireEvent.click(screen.getByRole("tab", { name: en.tabTrends }));
    const section = await screen.findByRole("region", { name: en.trendsTitle });
    expect(
      within(section).getByText(en.trendsEmpty.replace("{{sheet}}", "Daily"))
    ).toBeInTheDocument();
  });

  it("names the workbook's own Daily sheet: 日报 in an English pane", async () => {
    const sheets = sampleSheets("zh-CN").map((s) =>
      s.name === "日报" ? { ...s, rows: s.rows.slice(0, 1) } : s
    );
    renderPane(fakePort({ sheets, displayLanguage: "en" }));
    fireEvent.click(screen.getByRole("tab", { name: en.tabTrends }));
    const section = await screen.findByRole("region", { name: en.trendsTitle });
    expect(within(section).getByText("The 日报 sheet has no rows yet.")).toBeInTheDocument();
  });
});
