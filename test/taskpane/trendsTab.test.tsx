/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Grid } from "../../src/core/cells";
import { dashboardLayout } from "../../src/core/dashboard";
import { OutputSheetConflict } from "../../src/core/outputSheets";
import { readPlan, type SheetInput } from "../../src/core/read/readPlan";
import type { Lang } from "../../src/core/schema/types";
import { dailyTrends } from "../../src/core/trends";
import { LIVE_VALIDATION_DELAY_MS } from "../../src/taskpane/hooks/useLiveValidation";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, sampleSheets, type FakePort } from "./fakePort";
import { button, expectDisabledFocusable, findButton, isPressable } from "./queries";
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

const fill = (text: string, params: Record<string, string | number>): string =>
  Object.entries(params).reduce((s, [k, v]) => s.replace(`{{${k}}}`, String(v)), text);

const note = (texts: typeof en, sheet: string, daily: string): string =>
  fill(texts.dashboardNote, { sheet, daily });

/** Until the button can be pressed (the tab's read is done, and nothing is running). */
const pressable = (b: HTMLElement): Promise<void> =>
  waitFor(() => expect(isPressable(b)).toBe(true));

/** Cuts a Daily sheet down to its header; returns its rows, to be added back. */
function cutDailyRows(sheets: SheetInput[], name = "Daily"): Grid {
  const daily = sheets.find((s) => s.name === name);
  if (!daily) throw new Error(`no ${name} sheet`);
  const rows = daily.rows.splice(1);
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

describe("Trends tab", () => {
  it("holds the Daily trends and the Warehousing summary", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    const panel = await openTrends(port);
    const trends = within(panel).getByRole("region", { name: en.trendsTitle });
    expect(within(trends).getByRole("region", { name: en.trendsWeekdays })).toBeInTheDocument();
    expect(within(panel).getByRole("region", { name: en.warehousingTitle })).toBeInTheDocument();
    expect(
      within(panel).getByText(en.trendsIntro.replace("{{daily}}", "Daily"))
    ).toBeInTheDocument();
    expect(within(panel).queryByText(en.budgetTotal)).toBeNull();
    expect(within(panel).getByText(note(en, "Dashboard", "Daily"))).toBeInTheDocument();
    expect(port.writeDashboard).not.toHaveBeenCalled();
  });

  it("reads the plan afresh each time the tab opens", async () => {
    const port = fakePort({ sheets: sampleSheets().filter((s) => s.name !== "Daily") });
    const panel = await openTrends(port);
    const empty = en.trendsEmpty.replace("{{sheet}}", "Daily");
    expect(within(panel).getByText(empty)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("tab", { name: en.tabPlan }));
    port.sheets = sampleSheets();
    fireEvent.click(screen.getByRole("tab", { name: en.tabTrends }));
    await screen.findByRole("region", { name: en.trendsWeekdays });
    expect(screen.queryByText(empty)).toBeNull();
  });

  it("Refresh Dashboard charts writes the layout of the Daily trends to the workbook's own Dashboard sheet", async () => {
    // An English plan whose Dashboard sheet is called 看板: the pane keeps that name, it does not add a second sheet.
    const sheets = [...sampleSheets(), { name: "看板", rows: [["old chart data"]] }];
    const expected = expectedDashboard(sheets, "en", "看板");
    expect(expected.layout.charts).toHaveLength(4);
    const port = fakePort({ sheets });
    const panel = await openTrends(port);
    expect(within(panel).getByText(note(en, "看板", "Daily"))).toBeVisible();
    const refresh = button(en.refreshDashboard, panel);
    await pressable(refresh);
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

  it("an English pane over a 简体中文 workbook: the notes name its 日报 sheet, the money formats its currency", async () => {
    const sheets = sampleSheets("zh-CN");
    const settings = sheets.find((x) => x.name === "设置");
    const currencyRow = settings?.rows.find((r) => r[0] === "币种");
    expect(currencyRow).toBeDefined();
    if (currencyRow) currencyRow[1] = "USD";
    const port = fakePort({ sheets, displayLanguage: "en" });
    const panel = await openTrends(port);
    expect(within(panel).getByText(note(en, "Dashboard", "日报"))).toBeInTheDocument();
    expect(
      within(panel).getByText(en.trendsIntro.replace("{{daily}}", "日报"))
    ).toBeInTheDocument();
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
    const why = en.dashboardNoDaily.replace("{{sheet}}", "Daily");
    await waitFor(() => expect(within(panel).getByText(why)).toBeInTheDocument());
    // Disabled, but a keyboard user still reaches it, and hears why.
    expectDisabledFocusable(refresh);
    act(() => refresh.focus());
    expect(refresh).toHaveFocus();
    expect(refresh).toHaveAttribute("aria-describedby", within(panel).getByText(why).id);
    expect(refresh).toHaveAccessibleDescription(why);
    fireEvent.click(refresh);
    fireEvent.keyDown(refresh, { key: "Enter" });
    expect(port.writeDashboard).not.toHaveBeenCalled();
    // The rest of the tab still works: Warehousing reads the Regions sheet.
    expect(within(panel).getByRole("region", { name: en.warehousingTitle })).toBeInTheDocument();
  });

  it("shows the error bar when the write fails, and no success", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    port.writeDashboard.mockRejectedValueOnce(new Error("The chart could not be added."));
    const panel = await openTrends(port);
    const refresh = button(en.refreshDashboard, panel);
    await pressable(refresh);
    fireEvent.click(refresh);
    const alert = await within(panel).findByText(en.errorTitle);
    expect(alert.closest('[role="alert"]')).toHaveTextContent("The chart could not be added.");
    expect(alert.closest('[role="alert"]')).toHaveTextContent(en.errorNext);
    expect(within(panel).queryByText(/^Dashboard refreshed/)).toBeNull();
    await pressable(refresh); // not stuck busy: the planner can try again

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
    const names = [
      en.tabPlan,
      en.tabValidate,
      en.tabBudget,
      en.tabTrends,
      en.tabReview,
      en.tabMarket,
      en.tabVersions,
    ];
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
    await pressable(refresh);
    expect(refresh.tagName).toBe("BUTTON"); // Enter and Space press a native button
    expect(refresh).not.toHaveAttribute("tabindex", "-1");
    act(() => refresh.focus());
    expect(refresh).toHaveFocus();
    expect(refresh).toHaveAccessibleName(en.refreshDashboard);
    expect(refresh).toHaveAccessibleDescription(note(en, "Dashboard", "Daily"));
  });

  it("turns Refresh on by itself when the planner adds Daily rows with the tab open, and the refresh writes them", async () => {
    const sheets = sampleSheets();
    const rows = cutDailyRows(sheets);
    const port = fakePort({ sheets });
    const panel = await openTrends(port);
    const refresh = button(en.refreshDashboard, panel);
    const why = en.dashboardNoDaily.replace("{{sheet}}", "Daily");
    await within(panel).findByText(why);
    expectDisabledFocusable(refresh);
    expect(within(panel).getByText(en.trendsEmpty.replace("{{sheet}}", "Daily"))).toBeVisible();

    // The planner types the Daily rows in Excel: the port reports an edit of the Daily sheet.
    const daily = port.sheets.find((s) => s.name === "Daily");
    daily?.rows.push(...rows);
    act(() => port.emitChange("Daily"));
    await pressable(refresh);
    expect(refresh).toHaveAccessibleDescription(note(en, "Dashboard", "Daily"));
    expect(within(panel).queryByText(why)).toBeNull();
    // The trends read the new rows too.
    await within(panel).findByRole("region", { name: en.trendsWeekdays });

    const expected = expectedDashboard(port.sheets, "en", "Dashboard");
    fireEvent.click(refresh);
    await within(panel).findByText(refreshed(en, 4, expected.days));
    expect(port.writeDashboard).toHaveBeenCalledTimes(1);
    expect(port.writeDashboard.mock.calls[0][0]).toEqual(expected.layout);
  });

  it("turns Refresh off again when the Daily rows are deleted with the tab open; an edit elsewhere reads nothing", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    const panel = await openTrends(port);
    const refresh = button(en.refreshDashboard, panel);
    await pressable(refresh);
    const reads = port.readSheets.mock.calls.length;
    act(() => port.emitChange("My notes")); // not a plan sheet: the reader skips it
    act(() => port.emitChange("Dashboard")); // output, written by the add-in
    await act(() => new Promise((resolve) => setTimeout(resolve, LIVE_VALIDATION_DELAY_MS + 200)));
    expect(port.readSheets.mock.calls.length).toBe(reads);

    cutDailyRows(port.sheets);
    act(() => port.emitChange("Daily"));
    await within(panel).findByText(en.dashboardNoDaily.replace("{{sheet}}", "Daily"));
    expectDisabledFocusable(refresh);
    expect(port.readSheets.mock.calls.length).toBe(reads + 1);
  });

  it.each<[Lang, string]>([
    ["en", "Dashboard"],
    ["zh-CN", "看板"],
  ])(
    "a planner's own sheet named like the Dashboard (%s): the error bar names it and says to rename it",
    async (lang, name) => {
      const texts = paneTexts[lang];
      const port = fakePort({ sheets: sampleSheets(lang), displayLanguage: lang });
      port.writeDashboard.mockRejectedValueOnce(new OutputSheetConflict(name));
      const panel = await openTrends(port, texts);
      const refresh = button(texts.refreshDashboard, panel);
      await pressable(refresh);
      fireEvent.click(refresh);
      const title = await within(panel).findByText(texts.errorTitle);
      const alert = title.closest('[role="alert"]');
      expect(alert).toHaveTextContent(
        `${texts.outputSheetConflict.replace("{{sheet}}", name)}${texts.dashboardConflictNext}`
      );
      // Not Excel's usual advice (a cell being edited), nor the port's English text.
      expect(alert).not.toHaveTextContent(texts.errorNext);
      expect(alert).not.toHaveTextContent("was not written by Ops Planner");
      const success = texts.dashboardRefreshed.split("{{")[0]; // "Dashboard refreshed: "
      expect(within(panel).queryByText(success, { exact: false })).toBeNull();
      expect(port.writeDashboard).toHaveBeenCalledTimes(1);
      await pressable(refresh); // renamed, the planner presses again
    }
  );

  it("knows the conflict by its name too (an error from another realm), naming the workbook's sheet", async () => {
    const port = fakePort({ sheets: [...sampleSheets(), { name: "DASHBOARD", rows: [["KPI"]] }] });
    const foreign = Object.assign(new Error("not ours"), {
      name: "OutputSheetConflict",
      sheet: "DASHBOARD",
    });
    port.writeDashboard.mockRejectedValueOnce(foreign);
    const panel = await openTrends(port);
    const refresh = button(en.refreshDashboard, panel);
    await pressable(refresh);
    fireEvent.click(refresh);
    const title = await within(panel).findByText(en.errorTitle);
    expect(title.closest('[role="alert"]')).toHaveTextContent(
      "The workbook already has a sheet named “DASHBOARD” that Ops Planner did not write.Rename it, then refresh."
    );
  });

  it("keeps the focus on Refresh while it runs (disabled, but focusable)", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    let finish: () => void = () => undefined;
    port.writeDashboard.mockImplementationOnce(
      () => new Promise<void>((resolve) => (finish = resolve))
    );
    const panel = await openTrends(port);
    const refresh = button(en.refreshDashboard, panel);
    await pressable(refresh);
    act(() => refresh.focus());
    fireEvent.click(refresh);
    await waitFor(() => expect(port.writeDashboard).toHaveBeenCalledTimes(1));
    expectDisabledFocusable(refresh);
    expect(refresh).toHaveFocus();
    fireEvent.click(refresh); // ignored while busy
    await act(async () => finish());
    await within(panel).findByText(/^Dashboard refreshed/);
    expect(port.writeDashboard).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveFocus();
  });
});
