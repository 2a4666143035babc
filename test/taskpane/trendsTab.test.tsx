/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { dashboardLayout } from "../../src/core/dashboard";
import { readPlan, type SheetInput } from "../../src/core/read/readPlan";
import type { Lang } from "../../src/core/schema/types";
import { dailyTrends } from "../../src/core/trends";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, sampleSheets, type FakePort } from "./fakePort";
import { button, findButton } from "./queries";
import { renderPane } from "./render";

const en = paneTexts.en;

// Role queries compute accessible names through jsdom's getComputedStyle over Fluent's CSS: slow, not stuck.
jest.setTimeout(30_000);

/** Opens the Trends tab; resolves when the plan was read (the Daily trends section shows). */
async function openTrends(port: FakePort, texts = en): Promise<HTMLElement> {
  renderPane(port);
  fireEvent.click(screen.getByRole("tab", { name: texts.tabTrends }));
  await screen.findByRole("region", { name: texts.trendsTitle });
  return screen.getByRole("tabpanel");
}

/**
 * What the pane should hand to writeDashboard for these sheets: the core's layout under `sheetName`, its note naming
 * the workbook's own Daily sheet, in the plan's currency.
 */
function expectedDashboard(sheets: SheetInput[], lang: Lang, sheetName: string) {
  const plan = readPlan({ sheets });
  const trends = dailyTrends(plan, { lang });
  const dailySheetName = sheets.find((s) => s.name === "Daily" || s.name === "日报")?.name;
  return {
    layout: dashboardLayout(trends, {
      lang,
      sheetName,
      dailySheetName,
      currency: plan.settings.currency,
    }),
    days: trends.charts.visitors.x.length,
  };
}

const refreshed = (texts: typeof en, charts: number, days: number): string =>
  texts.dashboardRefreshed.replace("{{charts}}", String(charts)).replace("{{days}}", String(days));

describe("Trends tab", () => {
  it("holds the Daily trends and the Warehousing summary", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    const panel = await openTrends(port);
    const trends = within(panel).getByRole("region", { name: en.trendsTitle });
    expect(within(trends).getByRole("region", { name: en.trendsWeekdays })).toBeInTheDocument();
    expect(within(panel).getByRole("region", { name: en.warehousingTitle })).toBeInTheDocument();
    expect(within(panel).getByText(en.trendsIntro)).toBeInTheDocument();
    expect(within(panel).queryByText(en.budgetTotal)).toBeNull();
    expect(
      within(panel).getByText(en.dashboardNote.replace("{{sheet}}", "Dashboard"))
    ).toBeInTheDocument();
    expect(port.writeDashboard).not.toHaveBeenCalled();
  });

  it("reads the plan afresh each time the tab opens", async () => {
    const port = fakePort({ sheets: sampleSheets().filter((s) => s.name !== "Daily") });
    const panel = await openTrends(port);
    expect(within(panel).getByText(en.trendsEmpty)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("tab", { name: en.tabPlan }));
    port.sheets = sampleSheets();
    fireEvent.click(screen.getByRole("tab", { name: en.tabTrends }));
    await screen.findByRole("region", { name: en.trendsWeekdays });
    expect(screen.queryByText(en.trendsEmpty)).toBeNull();
  });

  it("Refresh Dashboard charts writes the layout of the Daily trends to the workbook's own Dashboard sheet", async () => {
    // An English plan whose Dashboard sheet is called 看板: the pane keeps that name, it does not add a second sheet.
    const sheets = [...sampleSheets(), { name: "看板", rows: [["old chart data"]] }];
    const expected = expectedDashboard(sheets, "en", "看板");
    expect(expected.layout.charts).toHaveLength(4);
    const port = fakePort({ sheets });
    const panel = await openTrends(port);
    expect(within(panel).getByText(en.dashboardNote.replace("{{sheet}}", "看板"))).toBeVisible();
    const refresh = button(en.refreshDashboard, panel);
    await waitFor(() => expect(refresh).toBeEnabled());
    const reads = port.readSheets.mock.calls.length;

    fireEvent.click(refresh);
    await within(panel).findByText(refreshed(en, 4, expected.days));
    expect(port.readSheets.mock.calls.length).toBe(reads + 1); // the plan as it is now
    expect(port.writeDashboard).toHaveBeenCalledTimes(1);
    const [layout] = port.writeDashboard.mock.calls[0];
    expect(layout.name).toBe("看板");
    expect(layout).toEqual(expected.layout);
    expect(within(panel).queryByText(en.errorTitle)).toBeNull();
  });

  it.each<[Lang, string]>([
    ["en", "Dashboard"],
    ["zh-CN", "看板"],
  ])("names a new Dashboard sheet in the pane's language: %s", async (lang, name) => {
    const texts = paneTexts[lang];
    const sheets = sampleSheets(lang);
    const expected = expectedDashboard(sheets, lang, name);
    const port = fakePort({ sheets, displayLanguage: lang });
    const panel = await openTrends(port, texts);
    fireEvent.click(await findButton(texts.refreshDashboard, panel));
    await within(panel).findByText(refreshed(texts, expected.layout.charts.length, expected.days));
    expect(port.writeDashboard).toHaveBeenCalledTimes(1);
    expect(port.writeDashboard.mock.calls[0][0]).toEqual(expected.layout);
    expect(port.writeDashboard.mock.calls[0][0].name).toBe(name);
  });

  it("an English pane over a 简体中文 workbook: the note names its 日报 sheet, the money formats its currency", async () => {
    const sheets = sampleSheets("zh-CN");
    const settings = sheets.find((x) => x.name === "设置");
    const currencyRow = settings?.rows.find((r) => r[0] === "币种");
    expect(currencyRow).toBeDefined();
    if (currencyRow) currencyRow[1] = "USD";
    const port = fakePort({ sheets, displayLanguage: "en" });
    const panel = await openTrends(port);
    fireEvent.click(await findButton(en.refreshDashboard, panel));
    await waitFor(() => expect(port.writeDashboard).toHaveBeenCalledTimes(1));
    const [layout] = port.writeDashboard.mock.calls[0];
    expect(layout).toEqual(expectedDashboard(sheets, "en", "Dashboard").layout);
    expect(String(layout.rows[1][0])).toContain("日报");
    const formats = layout.numberFormats.map((f) => f.numFmt).join(" ");
    expect(formats).toContain("$");
    expect(formats).not.toContain("¥");
  });

  it.each([
    ["no Daily sheet", (s: SheetInput[]) => s.filter((x) => x.name !== "Daily")],
    [
      "a Daily sheet with its header only",
      (s: SheetInput[]) =>
        s.map((x) => (x.name === "Daily" ? { ...x, rows: x.rows.slice(0, 1) } : x)),
    ],
  ])("is disabled, with a note saying why, when Daily has no rows: %s", async (_, cut) => {
    const port = fakePort({ sheets: cut(sampleSheets()) });
    const panel = await openTrends(port);
    const refresh = button(en.refreshDashboard, panel);
    expect(refresh).toBeDisabled();
    const note = within(panel).getByText(en.dashboardNoDaily);
    expect(refresh).toHaveAttribute("aria-describedby", note.id);
    expect(refresh).toHaveAccessibleDescription(en.dashboardNoDaily);
    fireEvent.click(refresh);
    expect(port.writeDashboard).not.toHaveBeenCalled();
    // The rest of the tab still works: Warehousing reads the Regions sheet.
    expect(within(panel).getByRole("region", { name: en.warehousingTitle })).toBeInTheDocument();
  });

  it("shows the error bar when the write fails, and no success", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    port.writeDashboard.mockRejectedValueOnce(new Error("The chart could not be added."));
    const panel = await openTrends(port);
    const refresh = button(en.refreshDashboard, panel);
    await waitFor(() => expect(refresh).toBeEnabled());
    fireEvent.click(refresh);
    const alert = await within(panel).findByText(en.errorTitle);
    expect(alert.closest('[role="alert"]')).toHaveTextContent("The chart could not be added.");
    expect(within(panel).queryByText(/^Dashboard refreshed/)).toBeNull();
    await waitFor(() => expect(refresh).toBeEnabled()); // not stuck busy: the planner can try again

    fireEvent.click(button(en.dismiss, panel));
    await waitFor(() => expect(within(panel).queryByText(en.errorTitle)).toBeNull());
    fireEvent.click(refresh);
    await within(panel).findByText(/^Dashboard refreshed: 4 charts over \d+ days\.$/);
    expect(port.writeDashboard).toHaveBeenCalledTimes(2);
  });

  // Arrow keys between the tabs and Enter on the button are pressed in Chromium (test/e2e/previewViews.test.ts):
  // Fluent's focus manager needs a real layout to move focus.
  it("is keyboard operable: the tab and the button are native buttons that take focus, with their name and note", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    renderPane(port);
    const tabs = screen.getAllByRole("tab");
    const names = [en.tabPlan, en.tabValidate, en.tabBudget, en.tabTrends];
    expect(tabs).toHaveLength(names.length);
    tabs.forEach((tab, i) => expect(tab).toHaveAccessibleName(names[i]));
    const trendsTab = tabs[3];
    expect(trendsTab.tagName).toBe("BUTTON");
    act(() => trendsTab.focus());
    expect(trendsTab).toHaveFocus();
    fireEvent.click(trendsTab);
    expect(trendsTab).toHaveAttribute("aria-selected", "true");
    const panel = screen.getByRole("tabpanel");
    expect(panel).toHaveAttribute("aria-labelledby", trendsTab.id);
    expect(trendsTab).toHaveAttribute("aria-controls", panel.id);
    await within(panel).findByRole("region", { name: en.trendsTitle });

    const refresh = button(en.refreshDashboard, panel);
    await waitFor(() => expect(refresh).toBeEnabled());
    expect(refresh.tagName).toBe("BUTTON"); // Enter and Space press a native button
    expect(refresh).not.toHaveAttribute("tabindex", "-1");
    act(() => refresh.focus());
    expect(refresh).toHaveFocus();
    expect(refresh).toHaveAccessibleName(en.refreshDashboard);
    expect(refresh).toHaveAccessibleDescription(en.dashboardNote.replace("{{sheet}}", "Dashboard"));
  });
});
