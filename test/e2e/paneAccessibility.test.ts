/**
 * axe-core over the task pane in Chromium: no serious or critical violations on the Plan tab (fresh, and with the
 * sample's summary), on the Validate tab with findings (a group expanded, a finding selected), in the waiver
 * dialog (rendered in a portal outside the pane, so checked on its own), on the Budget tab with the sample's
 * allocation and in its Apply dialog, on the Market tab, or on the Trends tab (the Daily trends, Warehousing, Refresh Dashboard charts),
 * in English and in 简体中文.
 */
import type { Lang } from "../../src/core/schema/types";
import { seriousViolations } from "./axe";
import type { BrowserSession } from "./browser";
import { PreviewPage } from "./previewPage";
import { openPreviewPage, servePreviewForFile } from "./previewSuite";

const PANE = '[data-testid="task-pane"]';

const server = servePreviewForFile();

describe.each<[Lang, string]>([
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
])("the task pane's accessibility in %s", (lang, locale) => {
  let session: BrowserSession;
  let p: PreviewPage;
  beforeAll(async () => {
    ({ session, p } = await openPreviewPage(server, lang, { locale }));
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(() => {
    expect(session.problems).toEqual([]);
  });

  it("the Plan tab, before and after the sample is added", async () => {
    expect(await seriousViolations(p, PANE)).toEqual([]);
    await p.createWithSample();
    expect(await seriousViolations(p, PANE)).toEqual([]);
  });

  it("the Validate tab with findings, a group expanded and a finding selected", async () => {
    await p.validate();
    const item = await p.firstFinding();
    await item.click();
    await expect(item.getAttribute("aria-expanded")).resolves.toBe("true");
    await p.button("highlight").click();
    await p.pane.getByText(p.pattern("highlighted", ["count"])).waitFor();
    expect(await seriousViolations(p, PANE)).toEqual([]);
  });

  it("the waiver dialog, with the missing reason reported", async () => {
    await p.button("waive").click();
    const dialog = p.page.getByRole("dialog");
    await dialog.getByRole("button", { name: p.t("waiveConfirm"), exact: true }).click();
    await dialog.getByText(p.t("waiveReasonRequired"), { exact: true }).waitFor();
    expect(await seriousViolations(p, '[role="dialog"]')).toEqual([]);
    await dialog.getByRole("button", { name: p.t("cancel"), exact: true }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("the Budget tab with the sample's allocation, and its Apply dialog", async () => {
    await p.tab("tabBudget").click();
    await p.pane.getByRole("region", { name: p.t("budgetTotal"), exact: true }).waitFor();
    expect(await seriousViolations(p, PANE)).toEqual([]);
    await p.button("applyAllocation").click();
    const dialog = p.page.getByRole("dialog");
    await dialog.getByText(p.t("applyTitle"), { exact: true }).waitFor();
    expect(await seriousViolations(p, '[role="dialog"]')).toEqual([]);
    await dialog.getByRole("button", { name: p.t("cancel"), exact: true }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("the Trends tab: Daily trends, Warehousing and Refresh Dashboard charts", async () => {
    await p.tab("tabTrends").click();
    await p.pane.getByRole("region", { name: p.t("warehousingTitle"), exact: true }).waitFor();
    await p.pane.getByRole("region", { name: p.t("trendsWeekdays"), exact: true }).waitFor();
    await expect(p.button("refreshDashboard").isEnabled()).resolves.toBe(true);
    expect(await seriousViolations(p, PANE)).toEqual([]);
    await p.button("refreshDashboard").click();
    await p.pane.getByText(p.pattern("dashboardRefreshed", ["charts", "days"])).waitFor();
    expect(await seriousViolations(p, PANE)).toEqual([]);
  });

  it("the Market tab: customer service, price bands, competitors and the event slot", async () => {
    await p.tab("tabMarket").click();
    await p.pane.getByRole("region", { name: p.t("slotTitle"), exact: true }).waitFor();
    await p.pane.getByRole("region", { name: p.t("serviceTitle"), exact: true }).waitFor();
    expect(await seriousViolations(p, PANE)).toEqual([]);
  });

  it("the Versions tab with a version saved and compared, and its Restore dialog", async () => {
    await p.tab("tabVersions").click();
    await p.pane.getByLabel(p.t("versionName")).fill("Original");
    await p.button("saveVersion").click();
    await p.pane.getByText(p.t("versionSaved", { name: "Original" }), { exact: true }).waitFor();
    await p.button("compareWithPlan").click();
    await p.pane.getByTestId("comparison").waitFor();
    expect(await seriousViolations(p, PANE)).toEqual([]);
    await p.button("restoreVersion").click();
    const dialog = p.page.getByRole("dialog");
    await dialog.getByText(p.t("restoreNothing"), { exact: true }).waitFor();
    expect(await seriousViolations(p, '[role="dialog"]')).toEqual([]);
    await dialog.getByRole("button", { name: p.t("cancel"), exact: true }).click();
    await dialog.waitFor({ state: "detached" });
  });
});
