/**
 * The Timeline in the browser preview, in real Chromium, in English and in 简体中文: the sample plan, the Plan tab's
 * "Write Timeline sheet", then the Timeline tab shows the week cells coloured by kind (a launch cell and a promotion
 * cell's computed backgrounds are the layout's colours), its helper columns and criteria rows hidden and its months
 * merged — saved as the README screenshot docs/timeline.png (docs/timeline.zh-CN.png). As in screenshots.test.ts, a
 * screenshot is refused (the test fails) when the page shows an error bar or logged a page error, a console error or a
 * failed request.
 *
 * Then the preview's side of the Dashboard, written through the workbook port (the pane's button is tested in
 * previewViews.test.ts): its four charts are svg images named by their titles, free of axe violations, and typing
 * into a data cell of the grid redraws the chart.
 */
import AxeBuilder from "@axe-core/playwright";
import { join } from "path";
import { dashboardLayout, type DashboardLayout } from "../../src/core/dashboard";
import { readPlan, type SheetInput } from "../../src/core/read/readPlan";
import { DASHBOARD_NAMES, TIMELINE_NAMES } from "../../src/core/schema/sheets";
import type { Lang } from "../../src/core/schema/types";
import {
  timelineLayout,
  timelineTexts,
  TIMELINE_ROWS,
  type TimelineLayout,
} from "../../src/core/timeline";
import { dailyTrends } from "../../src/core/trends";
import { rangePos } from "../../src/core/write/addresses";
import { nameIn } from "../../src/core/write/layout";
import type { BrowserSession } from "./browser";
import { PreviewPage } from "./previewPage";
import { DOCS, SCREENSHOT_VIEWPORT, shotPath } from "./docsShots";
import { openPreviewPage, servePreviewForFile } from "./previewSuite";

/** readPlan's today: the workbook's own Plan year setting decides the Timeline's year. */
const TODAY = new Date();

const server = servePreviewForFile();

/** A CSS hex colour as getComputedStyle gives it. */
function rgb(hex: string): string {
  const n = parseInt(hex.replace("#", ""), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

interface PageWorkbook {
  readSheets(): Promise<SheetInput[]>;
  writeDashboard(layout: DashboardLayout): Promise<void>;
  select(address: string): Promise<void>;
  cell(sheet: string, address: string): { value: unknown } | undefined;
}

/** The page's workbook, read as the pane reads it. */
async function pageSheets(p: PreviewPage): Promise<SheetInput[]> {
  return p.page.evaluate(() =>
    (window as unknown as { opsPlannerWorkbook: PageWorkbook }).opsPlannerWorkbook.readSheets()
  );
}

/** Selects a cell through the workbook (as a finding's click does): the grid activates its sheet and reveals it. */
async function reveal(p: PreviewPage, sheet: string, address: string): Promise<void> {
  await p.page.evaluate(
    (a) => (window as unknown as { opsPlannerWorkbook: PageWorkbook }).opsPlannerWorkbook.select(a),
    `'${sheet}'!${address}`
  );
  await p.nameBox().getByText(address, { exact: true }).waitFor();
  await p.cell(address).waitFor();
}

/** The first week cell of the product rows whose value passes `test`, per the layout the page's plan gives. */
async function weekCell(
  p: PreviewPage,
  timeline: TimelineLayout,
  test: (v: unknown) => boolean
): Promise<string> {
  const values = await p.page.evaluate(
    ({ sheet, addresses }) => {
      const wb = (window as unknown as { opsPlannerWorkbook: PageWorkbook }).opsPlannerWorkbook;
      return addresses.map((a) => wb.cell(sheet, a)?.value ?? null);
    },
    {
      sheet: timeline.name,
      addresses: Array.from({ length: timeline.rows.length - TIMELINE_ROWS.first + 1 }, (_, i) =>
        timeline.weeks.map((w) => `${w.column}${TIMELINE_ROWS.first + i}`)
      ).flat(),
    }
  );
  const n = timeline.weeks.length;
  const i = values.findIndex(test);
  if (i < 0) throw new Error("no such week cell");
  return `${timeline.weeks[i % n].column}${TIMELINE_ROWS.first + Math.floor(i / n)}`;
}

const background = (p: PreviewPage, address: string): Promise<string> =>
  p.cell(address).evaluate((el) => getComputedStyle(el).backgroundColor);

describe.each<[Lang, string]>([
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
])("the Timeline and the Dashboard's charts in the preview, in %s", (lang, locale) => {
  let session: BrowserSession;
  let p: PreviewPage;
  beforeAll(async () => {
    ({ session, p } = await openPreviewPage(server, lang, {
      locale,
      viewport: SCREENSHOT_VIEWPORT,
    }));
    await p.addSample();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(() => {
    expect(session.problems).toEqual([]);
  });

  it("Write Timeline sheet: the week cells are coloured by kind; screenshot", async () => {
    await p.button("writeTimeline").click();
    await p.pane.getByText(p.pattern("timelineWritten", ["products", "weeks", "year"])).waitFor();
    const name = nameIn(TIMELINE_NAMES, lang);
    await expect(p.sheetTabs()).resolves.toContain(name);
    await p.openSheet(name);

    // What the page's plan gives, laid out here: the colours and places to expect.
    const plan = readPlan({ sheets: await pageSheets(p) }, { today: TODAY });
    const timeline = timelineLayout(plan, { lang });
    const { code } = timelineTexts(lang);
    const colour = (kind: string): string =>
      rgb(timeline.formats.find((f) => f.kind === kind)?.fill ?? "#000000");
    // Read as Excel shows it: no helper columns or criteria rows, the months merged. The grid draws the columns in
    // view, so this looks at A1, where the sheet opens: January's merged header is there (the helper columns are
    // right of the weeks, out of view: test/preview/timelineGrid.test.tsx sees every column).
    const letters = await p.grid().getByRole("columnheader").allTextContents();
    for (const c of timeline.columns.filter((x) => x.hidden))
      expect(letters).not.toContain(c.letter);
    await expect(p.cell(`A${TIMELINE_ROWS.before}`).count()).resolves.toBe(0);
    const [from] = timeline.merges[0].split(":");
    await expect(p.cell(from).getAttribute("colspan")).resolves.not.toBeNull();

    // A promotion's week shows its platform: any text but the launch, warehouse and presale codes.
    const marks = [code.launch, code.warehouse, code.presale];
    const promo = await weekCell(
      p,
      timeline,
      (v) => typeof v === "string" && v !== "" && !marks.includes(v)
    );
    await reveal(p, name, promo);
    expect(await background(p, promo)).toBe(colour("promotion"));

    const launch = await weekCell(p, timeline, (v) => v === code.launch);
    await reveal(p, name, launch);
    await expect(p.cell(launch).textContent()).resolves.toBe(code.launch);
    expect(await background(p, launch)).toBe(colour("launch"));
    expect(colour("launch")).not.toBe(colour("promotion"));

    // The screenshot: the launch week's quarter, the weeks before it in view beside the frozen SKU / Name / Tier.
    await p.page.getByTestId("grid-scroller").evaluate((el, address) => {
      const td = el.querySelector<HTMLElement>(`[data-address="${address}"]`);
      const frozen = [...el.querySelectorAll<HTMLElement>("thead tr:first-child th")]
        .slice(0, 4)
        .reduce((w, th) => w + th.offsetWidth, 0);
      if (td) el.scrollLeft = Math.max(0, td.offsetLeft - frozen - 4 * td.offsetWidth);
    }, launch);
    await expect(background(p, launch)).resolves.toBe(colour("launch"));
    await p.checkedScreenshot(shotPath("timeline", lang), session.problems);
  });

  it("refuses a screenshot when the page logged a problem", async () => {
    const file = join(DOCS, "never-written.png");
    await expect(p.checkedScreenshot(file, ["console error: boom"])).rejects.toThrow(
      /screenshot refused: console error: boom/
    );
  });

  it("the Dashboard's charts: svg images named by their titles, no axe violations, redrawn after an edit", async () => {
    const plan = readPlan({ sheets: await pageSheets(p) }, { today: TODAY });
    const layout = dashboardLayout(dailyTrends(plan, { lang }), {
      lang,
      sheetName: nameIn(DASHBOARD_NAMES, lang),
    });
    expect(layout.charts).toHaveLength(4);
    await p.page.evaluate(
      (l) =>
        (
          window as unknown as { opsPlannerWorkbook: PageWorkbook }
        ).opsPlannerWorkbook.writeDashboard(l),
      layout
    );
    await p.openSheet(layout.name);
    const panel = p.page.getByTestId("dashboard-charts");
    for (const chart of layout.charts) {
      const img = panel.getByRole("img", { name: chart.title, exact: true });
      await img.locator("svg.recharts-surface").first().waitFor();
      const box = await img.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(150);
    }
    const first = layout.charts[0];
    const lines = panel
      .getByRole("img", { name: first.title, exact: true })
      .locator(".recharts-line-curve");
    await expect(lines.count()).resolves.toBe(first.series.length);

    const axe = await new AxeBuilder({ page: p.page })
      .include('[data-testid="dashboard-charts"]')
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Type into a data cell of the grid: the chart reads that cell.
    const y = first.series[0].y;
    const r = rangePos(y);
    if (!r) throw new Error(y);
    const address = `${y.replace(/\d+.*$/, "")}${r.from.row + 5}`;
    const before = await lines.first().getAttribute("d");
    await reveal(p, layout.name, address);
    await p.editCell(address, "1");
    await p.page.waitForFunction(
      ({ title, d }) =>
        document
          .querySelector(`[role="img"][aria-label="${title}"] .recharts-line-curve`)
          ?.getAttribute("d") !== d,
      { title: first.title, d: before }
    );
    expect(await lines.first().getAttribute("d")).not.toBe(before);
  });
});
