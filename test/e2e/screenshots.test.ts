/**
 * The README's screenshots, taken in Chromium from the browser preview and saved into docs/: the Plan tab after the
 * sample was added, the Validate tab with findings, and the grid with the findings highlighted — in English, and the
 * same three in 简体中文 (*.zh-CN.png). A screenshot is refused (the test fails) when the page shows an error bar or
 * logged a page error, a console error or a failed request.
 */
import type { Lang } from "../../src/core/schema/types";
import type { BrowserSession } from "./browser";
import { SCREENSHOT_VIEWPORT, shotPath } from "./docsShots";
import { PreviewPage } from "./previewPage";
import { openPreviewPage, servePreviewForFile } from "./previewSuite";

const server = servePreviewForFile();

describe.each<[Lang, string]>([
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
])("screenshots in %s", (lang, locale) => {
  let session: BrowserSession;
  let p: PreviewPage;
  beforeAll(async () => {
    ({ session, p } = await openPreviewPage(server, lang, {
      locale,
      viewport: SCREENSHOT_VIEWPORT,
    }));
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Saves a screenshot of the page, after checking it shows no error (refused otherwise). */
  async function shoot(name: string): Promise<void> {
    await p.checkedScreenshot(shotPath(name, lang), session.problems);
  }

  it("the Plan tab after the sample plan was added", async () => {
    await p.addSample();
    await expect(p.sheetTabs()).resolves.toContain(p.sheetName("promotions"));
    await p.openSheet(p.sheetName("promotions"));
    await shoot("plan-tab");
  });

  it("the Validate tab with findings", async () => {
    await p.validate();
    const item = await p.firstFinding();
    await item.click();
    await expect(item.getAttribute("aria-expanded")).resolves.toBe("true");
    await shoot("validate-tab");
  });

  it("the grid with the findings highlighted", async () => {
    await p.button("highlight").click();
    await p.pane.getByText(p.pattern("highlighted", ["count"])).waitFor();
    await p.openSheet(p.sheetName("promotions"));
    await p.cell("A1").click();
    await expect(p.grid().locator("[data-highlight]").count()).resolves.toBeGreaterThan(0);
    await shoot("grid-highlights");
  });

  it("refuses a screenshot of an error bar: the check sees one", async () => {
    // Make the workbook fail the next highlight, as Excel does when a cell is being edited.
    await p.page.evaluate(() => {
      const wb = (window as unknown as { opsPlannerWorkbook: { highlight: () => Promise<void> } })
        .opsPlannerWorkbook;
      wb.highlight = () => Promise.reject(new Error("The workbook is busy."));
    });
    await p.button("highlight").click();
    await p.pane.getByText(p.t("errorTitle"), { exact: true }).waitFor();
    const bars = await p.visibleErrorBars();
    expect(bars).toHaveLength(1);
    expect(bars[0]).toContain("The workbook is busy.");
    await p.button("dismiss").click();
    await expect(p.visibleErrorBars()).resolves.toEqual([]);
  });
});
