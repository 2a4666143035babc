/**
 * Plan versions in the browser preview, in real Chromium, in English and in 简体中文: save the sample plan as a
 * version, edit a promotion in the grid, compare the version with the working plan (the change and what it does),
 * restore the version (the working plan saved first), and the README's screenshots of the comparison.
 */
import type { Lang } from "../../src/core/schema/types";
import { PROMOTIONS } from "../../src/core/sample/promotions";
import { VERSIONS_SHEET } from "../../src/core/versions/versionsSheet";
import type { BrowserSession } from "./browser";
import { SCREENSHOT_VIEWPORT, shotPath } from "./docsShots";
import { PreviewPage } from "./previewPage";
import { openPreviewPage, servePreviewForFile } from "./previewSuite";

/** The sample's first promotion (row 2) and its Promo price cell. */
const PRICE = "G2";
const SKU = PROMOTIONS[0].sku;

const server = servePreviewForFile();

describe.each<[Lang, string]>([
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
])("plan versions in %s", (lang, locale) => {
  let session: BrowserSession;
  let p: PreviewPage;
  let price = "";
  const name = lang === "en" ? "Original plan" : "原计划";
  beforeAll(async () => {
    ({ session, p } = await openPreviewPage(server, lang, {
      locale,
      viewport: SCREENSHOT_VIEWPORT,
    }));
    await p.createWithSample();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    expect(await p.visibleErrorBars()).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it("saves the plan as a version, in a sheet that has no tab", async () => {
    await p.tab("tabVersions").click();
    // The pane never scrolls sideways: its seven tabs fit Excel's 320 px (they wrap).
    await expect(p.pane.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).resolves.toBe(true);
    await p.pane.getByLabel(p.t("versionName")).fill(name);
    await p.button("saveVersion").click();
    await p.pane.getByText(p.t("versionSaved", { name }), { exact: true }).waitFor();
    await p.pane.getByRole("listitem", { name }).waitFor();
    expect(await p.sheetTabs()).not.toContain(VERSIONS_SHEET);
  });

  it("compares the version with the working plan after an edit in the grid", async () => {
    await p.openSheet(p.sheetName("promotions"));
    await expect(p.cell(`A2`).textContent()).resolves.toBe(SKU);
    price = (await p.cell(PRICE).textContent()) ?? "";
    await p.editCell(PRICE, "1");
    await p.button("compareWithPlan").click();
    const result = p.pane.getByTestId("comparison");
    await result.waitFor();
    const sheet = result.getByRole("region", { name: p.sheetName("promotions"), exact: true });
    await expect(sheet.textContent()).resolves.toContain(
      p.t("compareSheetCounts", { added: 0, removed: 0, changed: 1 })
    );
    await expect(sheet.textContent()).resolves.toMatch(/→ 1$/);
    // Selling at 1 breaks rules: findings appear.
    await expect(result.textContent()).resolves.not.toContain(
      p.t("compareFindingsAppear", { count: 0 })
    );
    await result.scrollIntoViewIfNeeded();
    await p.checkedScreenshot(shotPath("versions-tab", lang), session.problems);
  });

  it("restores the version after the confirmation, the working plan saved first", async () => {
    await p.button("restoreVersion").click();
    const dialog = p.page.getByRole("dialog");
    await dialog.getByText(p.t("restoreChanges"), { exact: true }).waitFor();
    await dialog.getByRole("button", { name: p.t("restoreConfirm"), exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    const backup = p.t("restoreBackupName", { name });
    await p.pane.getByText(p.t("restored", { name, backup }), { exact: true }).waitFor();
    await p.pane.getByRole("listitem", { name: backup }).waitFor();
    await p.openSheet(p.sheetName("promotions"));
    await expect(p.cell(PRICE).textContent()).resolves.toBe(price);
  });
});
