/**
 * The whole flow of issue 5 in the browser preview, in real Chromium, in English and in 简体中文, with the task pane
 * at Excel's 320 px: create the plan workbook and add the sample; break a rule by editing a cell in the grid and see
 * the row's Flags formula follow (the formula engine); validate; select a finding's cell; highlight and clear; waive
 * a finding; write the Findings sheet; download the .xlsx and read it back with ExcelJS.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { addDays, format, parseISO } from "date-fns";
import { PROMOTIONS } from "../../src/core/sample/promotions";
import type { Lang } from "../../src/core/schema/types";
import { FINDINGS_SHEET, SHEETS } from "../../src/core/schema/sheets";
import type { BrowserSession } from "./browser";
import { PANE_WIDTH, PreviewPage } from "./previewPage";
import { openPreviewPage, servePreviewForFile } from "./previewSuite";

/**
 * The sample's PC-201 promotion on JD at Double 12: 3 days, and Double 12 has no Calendar override, so Max promo days
 * is the default 3. The sample writes its promotions in order from row 2.
 */
const PROMO = PROMOTIONS.findIndex(
  (p) => p.sku === "PC-201" && p.platform === "JD" && p.when === "d12"
);
const ROW = PROMO + 2;
const START = `D${ROW}`;
const END = `E${ROW}`;
const DAYS = `F${ROW}`;
const FLAGS = `K${ROW}`;
const REASON: Record<Lang, string> = {
  en: "Double 12 runs five days on JD this year",
  "zh-CN": "今年京东双12 活动为期五天",
};

const server = servePreviewForFile();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ops-planner-e2e-flow-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** An ExcelJS cell's formula and cached result. */
function formulaOf(ws: ExcelJS.Worksheet, address: string): { formula: string; result: unknown } {
  return { formula: ws.getCell(address).formula, result: ws.getCell(address).result };
}

function valueOf(ws: ExcelJS.Worksheet, address: string): unknown {
  return ws.getCell(address).value;
}

describe.each<[Lang, string]>([
  ["en", "en-US"],
  ["zh-CN", "zh-CN"],
])("the preview's whole flow in %s", (lang, locale) => {
  let session: BrowserSession;
  let p: PreviewPage;
  /** What the grid showed in the edited row's Flags cell, and how many rows Write Findings sheet wrote. */
  let flagsShown = "";
  let findingsWritten = 0;
  beforeAll(async () => {
    ({ session, p } = await openPreviewPage(server, lang, { locale }));
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    expect(await p.visibleErrorBars()).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  const promotions = () => p.sheetName("promotions");
  const address = (cell: string) => `${promotions()}!${cell}`;

  it("shows the task pane at 320 px in the page's language", async () => {
    // The pane's outer width less its border towards the workbook.
    const width = await p.pane.evaluate((el) => {
      const style = getComputedStyle(el);
      const border = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
      return el.getBoundingClientRect().width - border;
    });
    expect(width).toBe(PANE_WIDTH);
    await expect(p.pane.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      p.t("title")
    );
    await expect(p.page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
  });

  it("creates the plan workbook and adds the sample plan", async () => {
    await p.createWithSample();
    expect(await p.sheetTabs()).toEqual(
      expect.arrayContaining(SHEETS.map((s) => p.sheetName(s.id)))
    );
    await p.openSheet(promotions());
    await expect(p.cell(`A${ROW}`).textContent()).resolves.toBe("PC-201");
    await expect(p.cell(DAYS).textContent()).resolves.toBe("3");
    await expect(p.cell(FLAGS).textContent()).resolves.toBe("");
    await expect(
      p.grid().locator(`tr[data-row="${ROW}"]`).getAttribute("data-row-colour")
    ).resolves.toBeNull();
  });

  it("recomputes the Flags formula when an edit in the grid breaks a rule", async () => {
    await p.cell(START).click();
    await expect(p.nameBox().textContent()).resolves.toBe(START);
    const start = parseISO((await p.formulaBar().textContent()) ?? "");
    expect(Number.isNaN(start.getTime())).toBe(false);
    const fiveDays = format(addDays(start, 4), "yyyy-MM-dd");

    await p.editCell(END, fiveDays);

    await expect(p.cell(END).textContent()).resolves.toBe(fiveDays);
    await expect(p.cell(DAYS).textContent()).resolves.toBe("5");
    // The Flags cell is a PLAN.PROMOCHECK formula: the formula engine re-ran it on the edit.
    flagsShown = (await p.cell(FLAGS).textContent()) ?? "";
    expect(flagsShown).toMatch(/^PROMO_TOO_LONG\b/);
    await expect(
      p.grid().locator(`tr[data-row="${ROW}"]`).getAttribute("data-row-colour")
    ).resolves.toBeTruthy();
    await p.cell(FLAGS).click();
    await expect(p.formulaBar().textContent()).resolves.toMatch(/^=PLAN\.PROMOCHECK\(/);
  });

  it("validates, and a finding's click selects its cell in the grid", async () => {
    await p.openSheet(p.sheetName("settings"));
    await p.validate();
    const counts = await p.counts();
    expect(counts.error).toBeGreaterThan(0);

    const item = await p.showFinding("PROMO_TOO_LONG", address(END));
    await item.click();

    await p.page.locator(`[data-testid="sheet-grid"][data-sheet="${promotions()}"]`).waitFor();
    await expect(p.nameBox().textContent()).resolves.toBe(END);
    await expect(p.cell(END).getAttribute("aria-selected")).resolves.toBe("true");
  });

  it("highlights the findings' cells in the sheets and clears them", async () => {
    const { error, warning } = await p.counts();
    await p.button("highlight").click();
    const notice = p.pane.getByText(p.pattern("highlighted", ["count"]));
    await notice.waitFor();
    const highlighted = p
      .pattern("highlighted", ["count"])
      .exec((await notice.textContent()) ?? "");
    expect(Number(highlighted?.groups?.count)).toBe(error + warning);
    await expect(p.cell(END).getAttribute("data-highlight")).resolves.toBe("error");
    const background = await p.cell(END).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");

    await p.button("clearHighlights").click();
    await p.notice(p.t("highlightsCleared")).waitFor();
    await expect(p.grid().locator("[data-highlight]").count()).resolves.toBe(0);
    await expect(
      p.cell(END).evaluate((el) => getComputedStyle(el).backgroundColor)
    ).resolves.not.toBe(background);
  });

  it("waives a finding with a reason: it moves to the waived findings and a Waivers row appears", async () => {
    const before = await p.counts();
    const item = await p.showFinding("PROMO_TOO_LONG", address(END));
    if ((await item.getAttribute("aria-expanded")) !== "true") await item.click();
    await p.button("waive").click();

    const dialog = p.page.getByRole("dialog");
    await dialog.getByText(p.t("waiveTitle"), { exact: true }).waitFor();
    // A waiver needs a reason.
    await dialog.getByRole("button", { name: p.t("waiveConfirm"), exact: true }).click();
    await dialog.getByText(p.t("waiveReasonRequired"), { exact: true }).waitFor();
    await dialog.getByRole("textbox", { name: p.t("waiveReason") }).fill(REASON[lang]);
    await dialog.getByRole("button", { name: p.t("waiveConfirm"), exact: true }).click();
    await dialog.waitFor({ state: "detached" });

    await p
      .notice(p.t("waiverAdded", { rule: p.ruleTitle("PROMO_TOO_LONG"), address: address(END) }))
      .waitFor();
    const waivedItem = p.finding(p.waivedSection(), address(END));
    await waivedItem.waitFor();
    await expect(waivedItem.textContent()).resolves.toContain(
      p.t("waivedReason", { reason: REASON[lang] })
    );
    const after = await p.counts();
    expect(after).toEqual({
      error: before.error - 1,
      warning: before.warning,
      waived: before.waived + 1,
    });
    // Out of the active findings: its rule's group no longer lists it (or is gone).
    const header = p.groupHeader("PROMO_TOO_LONG");
    if ((await header.count()) > 0) {
      if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
      const list = p.groupList("PROMO_TOO_LONG");
      await list.waitFor();
      await expect(list.getByRole("listitem").count()).resolves.toBeGreaterThan(0);
      await expect(p.finding(list, address(END)).count()).resolves.toBe(0);
    }

    await p.openSheet(p.sheetName("waivers"));
    const row = p.grid().locator("tr", { has: p.page.getByText(REASON[lang], { exact: true }) });
    await expect(row.count()).resolves.toBe(1);
    const cells = await row.getByRole("gridcell").allTextContents();
    expect(cells.slice(0, 3)).toEqual(["PROMO_TOO_LONG", address(END), REASON[lang]]);
  });

  it("writes the Findings sheet and shows it in the grid", async () => {
    const { error, warning, waived } = await p.counts();
    await p.button("writeFindings").click();
    const re = p.pattern("findingsWritten", ["count"]);
    const notice = p.pane.getByText(re);
    await notice.waitFor();
    const count = Number(re.exec((await notice.textContent()) ?? "")?.groups?.count);
    expect(count).toBe(error + warning + waived);
    findingsWritten = count;

    await p.openSheet(p.sheetName("findings"));
    // A header row and one row per finding, then nothing.
    const rows = await p
      .grid()
      .locator("tbody tr[data-row]")
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          row: Number(tr.getAttribute("data-row")),
          text: [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
        }))
      );
    const filled = rows.filter((r) => r.text.some((t) => t !== ""));
    expect(filled.map((r) => r.row)).toEqual(Array.from({ length: count }, (_, i) => i + 2));
    const waivedRow = filled.find((r) => r.text.includes(address(END)));
    expect(waivedRow?.text).toEqual(expect.arrayContaining(["PROMO_TOO_LONG"]));
    const header = await p.grid().locator('thead tr[data-row="1"] td').allTextContents();
    expect(header.slice(0, 5)).toEqual(
      FINDINGS_SHEET.columns.slice(0, 5).map((c) => (lang === "en" ? c.names.en : c.names.zh))
    );
  });

  it("downloads the workbook as an .xlsx that ExcelJS reads: every sheet, formulas with cached values", async () => {
    const [download] = await Promise.all([
      p.page.waitForEvent("download"),
      p.page.getByTestId("download-xlsx").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(dir, `${lang}-${download.suggestedFilename()}`);
    await download.saveAs(file);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining(SHEETS.map((s) => p.sheetName(s.id))));

    const promo = wb.getWorksheet(promotions());
    expect(promo).toBeDefined();
    expect(formulaOf(promo!, DAYS)).toEqual({
      formula: expect.stringMatching(/PLAN\.PROMODAYS/),
      result: 5,
    });
    expect(formulaOf(promo!, FLAGS)).toEqual({
      formula: expect.stringMatching(/PLAN\.PROMOCHECK/),
      result: flagsShown,
    });
    const end = valueOf(promo!, END);
    const start = valueOf(promo!, START);
    expect(end).toBeInstanceOf(Date);
    expect(start).toBeInstanceOf(Date);
    expect(((end as Date).getTime() - (start as Date).getTime()) / 86_400_000).toBe(4);

    const waivers = wb.getWorksheet(p.sheetName("waivers"))!;
    const waiverRows: unknown[][] = [];
    waivers.eachRow((_row, n) =>
      waiverRows.push(["A", "B", "C"].map((col) => valueOf(waivers, `${col}${n}`)))
    );
    expect(waiverRows).toContainEqual(["PROMO_TOO_LONG", address(END), REASON[lang]]);

    const findings = wb.getWorksheet(p.sheetName("findings"))!;
    expect(findings.actualRowCount).toBe(findingsWritten + 1);
  });
});
