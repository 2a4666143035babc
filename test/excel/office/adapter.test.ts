/**
 * The Excel adapter (src/excel/) driven through Office.js's own Excel client (installOfficeClient.ts): every proxy,
 * load, sync, property and method name and request body is Microsoft's; only the answering side (fakeExcelHost.ts
 * over fakeExcel.ts) is ours. The outcomes asserted are those of the fake-only tests (excelWorkbook.test.ts,
 * timeline.test.ts, dashboard.test.ts), so a difference between the fake's idea of Office.js and Office.js shows here.
 */
import { readPlan } from "../../../src/core/read/readPlan";
import { dashboardLayout, type DashboardLayout } from "../../../src/core/dashboard";
import { OutputSheetConflict } from "../../../src/core/outputSheets";
import type { DailyRow } from "../../../src/core/plan";
import type { WorkbookPort } from "../../../src/core/port";
import { timelineLayout, type TimelineLayout } from "../../../src/core/timeline";
import { dailyTrends } from "../../../src/core/trends";
import { isFormulaCell } from "../../../src/core/write/layout";
import { planWorkbookLayout, type PlanWorkbookLayout } from "../../../src/core/write/planWorkbook";
import { SheetConflictError } from "../../../src/core/write/update";
import { MAX_REQUEST_BYTES } from "../../../src/excel/chunks";
import { createExcelWorkbook } from "../../../src/excel/excelWorkbook";
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA } from "../../../src/excel/highlight";
import { formatFormula } from "../../../src/excel/timeline";
import { d, planOf } from "../../core/fixtures";
import { sampleSheets, YEAR } from "../../taskpane/fakePort";
import { chartsOf, refText } from "../fakeCharts";
import { a1Of, FakeExcel, rectOf } from "../fakeExcel";
import { installOfficeClient, type InstalledClient } from "./installOfficeClient";

const TODAY = new Date(2026, 5, 1);
const layoutOf = (sample: boolean, lang: "en" | "zh-CN" = "en"): PlanWorkbookLayout =>
  planWorkbookLayout({ lang, year: 2027, sample, today: TODAY, formulas: true });
const SAMPLE = layoutOf(true);
const rowsOf = (id: string): number => SAMPLE.sheets.find((s) => s.id === id)?.rows.length ?? 0;

let fake: FakeExcel;
let port: WorkbookPort;
let installed: InstalledClient;

/** A new fake workbook behind the client (the previous one uninstalled). */
function setUp(sheets?: string[], apiVersion?: string): void {
  installed?.uninstall();
  fake = new FakeExcel(sheets);
  installed = installOfficeClient(fake, { displayLanguage: "zh-CN", apiVersion });
  port = createExcelWorkbook();
}
afterAll(() => installed?.uninstall());

/** Every request stayed within the adapter's own 4 MB budget (as Office.js serialised it). */
function expectWithinBudget(): void {
  expect(installed.host.largestRequest).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
}

describe("Create / update plan workbook on a blank workbook (the sample plan)", () => {
  // One workbook for the block: the tests read what one Create / update wrote, the last two go on from there.
  beforeAll(() => {
    setUp();
    return port.applyPlanLayout(SAMPLE, { sample: true });
  });

  test("creates every sheet after the workbook's own, each with its Excel table", () => {
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", ...SAMPLE.sheets.map((s) => s.name)]);
    expect(fake.tables.map((t) => `${t.name}@${t.sheet.name}!${a1Of(t.rect)}`)).toEqual(
      SAMPLE.sheets.map(
        (s) =>
          `${s.tableName}@${s.name}!A1:${s.columns[s.columns.length - 1].letter}${Math.max(2, s.rows.length + 1)}`
      )
    );
    expect(fake.tableOf("tblPromotions")?.style).toBe("TableStyleMedium2");
  });

  test("headers (bold), values, number formats and PLAN formulas where the layout puts them", () => {
    expect(fake.cell("Promotions", "A1")).toMatchObject({ value: "SKU", bold: true });
    const first = SAMPLE.sheets.find((s) => s.id === "promotions")?.rows[0] ?? [];
    expect(fake.cell("Promotions", "A2")?.value).toBe(first[0]);
    expect(fake.cell("Promotions", "D2")).toMatchObject({ value: first[3], numFmt: "yyyy-mm-dd" });
    expect(fake.cell("Promotions", "F2")?.formula).toMatch(/PLAN\.PROMODAYS\(D2,E2\)/);
    expect(fake.cell("Promotions", "D1000")?.numFmt).toBe("yyyy-mm-dd");
    expect(fake.cell("Settings", "B2")).toMatchObject({ value: 2027, numFmt: "0" });
  });

  test("dropdowns, the flagged-row colouring, frozen header, widths, workbook names", () => {
    const v = fake.sheet("Promotions")?.validations ?? [];
    expect(
      v.map((x) => ({ range: a1Of(x.rect), rule: x.rule, style: x.errorAlert?.style }))
    ).toEqual([
      {
        range: "B2:B1000",
        rule: { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$200" } },
        style: "Warning",
      },
    ]);
    const cf = fake.sheet("Promotions")?.cfs ?? [];
    // Flags (K) and issue 16's Presale flags (Q), a rule each.
    expect(cf.map((c) => [a1Of(c.rects[0]), c.type, c.formula, c.fill, c.font])).toEqual(
      ["K", "Q"].map((k) => [
        "A2:U1000",
        "Custom",
        `=IF(ISERROR($${k}2),TRUE,AND($${k}2<>"","ops-planner:rows"<>""))`,
        "#FFC7CE",
        "#9C0006",
      ])
    );
    expect(fake.sheet("Promotions")?.frozenRows).toBe(1);
    expect(fake.sheet("Promotions")?.widths.get(1)).toBe(77.25);
    expect(fake.names).toContainEqual({ name: "PlanYear", reference: "=Settings!$B$2" });
    expect(fake.names).toHaveLength(SAMPLE.names.length);
  });

  test("the Findings sheet's Cell column links to the cells (HYPERLINK formulas)", () => {
    const f = SAMPLE.findings[0];
    expect(fake.cell("Findings", "D2")).toMatchObject({
      value: f.address,
      formula: `=HYPERLINK("#${f.address}","${f.address}")`,
    });
  });

  test("every request within the 4 MB budget", () => expectWithinBudget());

  test("readSheets reads the plan back in four syncs (one for the merged SKU cells, ExcelApi 1.13): the sample validates to the same rows", async () => {
    installed.host.reset();
    const sheets = await port.readSheets();
    expect(sheets.map((s) => s.name)).not.toContain("Findings");
    const plan = readPlan({ sheets }, { today: TODAY });
    expect(plan.products).toHaveLength(rowsOf("products"));
    expect(plan.promotions).toHaveLength(rowsOf("promotions"));
    expect(plan.settings.planYear).toBe(2027);
    expect(installed.host.syncs).toBe(4);
  });

  test("a second run changes nothing a user typed and adds no second rule, table or name", async () => {
    fake.type("Products", "B2", "My own name");
    const newRow = rowsOf("products") + 2;
    fake.type("Products", `A${newRow}`, "NEW-1");
    fake.type("Products", `D${newRow}`, "hero");
    const summary = await port.applyPlanLayout(SAMPLE, { sample: true });
    expect(summary).toMatchObject({ created: [], addedColumns: [], sampleRows: 0, conflicts: [] });
    expect(fake.cell("Products", "B2")?.value).toBe("My own name");
    expect(fake.cell("Products", `N${newRow}`)?.formula).toContain(`PLAN.PRODUCTCHECK(D${newRow},`);
    expect(fake.tableOf("tblProducts")?.rect.r2).toBe(newRow);
    expect(fake.sheets).toHaveLength(SAMPLE.sheets.length + 1);
    expect(fake.names).toHaveLength(SAMPLE.names.length);
    expect(fake.sheet("Promotions")?.validations).toHaveLength(1);
    expect(fake.sheet("Promotions")?.cfs).toHaveLength(2);
  });
});

describe("highlights, select, Findings, Waivers, settings", () => {
  beforeEach(async () => {
    setUp();
    await port.applyPlanLayout(SAMPLE, { sample: true });
    installed.host.reset();
  });

  test("highlight paints with marked conditional formats; clear removes only those", async () => {
    await port.highlight([
      { address: "Promotions!G3", severity: "error" },
      { address: "Promotions!E5", severity: "warning" },
      { address: "Products!A2", severity: "warning" },
    ]);
    const marked = (name: string) =>
      (fake.sheet(name)?.cfs ?? []).filter((c) => c.formula === HIGHLIGHT_FORMULA);
    expect(
      marked("Promotions").map((c) => ({
        at: c.rects.map(a1Of),
        fill: c.fill,
        priority: c.priority,
      }))
    ).toEqual(
      expect.arrayContaining([
        { at: ["G3"], fill: HIGHLIGHT_FILL.error, priority: 0 },
        { at: ["E5"], fill: HIGHLIGHT_FILL.warning, priority: expect.any(Number) },
      ])
    );
    expect(marked("Products")).toHaveLength(1);
    await port.highlight([{ address: "Prices!C2", severity: "error" }]);
    expect(marked("Promotions")).toHaveLength(0);
    expect(marked("Prices")).toHaveLength(1);
    await port.clearHighlights();
    for (const s of fake.sheets) expect(marked(s.name)).toEqual([]);
    expect(fake.sheet("Promotions")?.cfs.map((c) => c.formula)).toEqual([
      '=IF(ISERROR($K2),TRUE,AND($K2<>"","ops-planner:rows"<>""))',
      '=IF(ISERROR($Q2),TRUE,AND($Q2<>"","ops-planner:rows"<>""))',
    ]);
  });

  test("select activates the sheet and selects the cell; a missing sheet is ItemNotFound", async () => {
    await port.select("'Promotions'!E12");
    expect(fake.active?.name).toBe("Promotions");
    expect(fake.selection).toEqual({ sheet: "Promotions", address: "E12" });
    await expect(port.select("Nowhere!A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("writeFindings rewrites the sheet: new rows with hyperlinks, old rows cleared, the table fitted", async () => {
    const findings = SAMPLE.findings.slice(0, 3);
    await port.writeFindings(findings, "en");
    for (let i = 0; i < 3; i++)
      expect(fake.cell("Findings", `D${i + 2}`)).toMatchObject({
        value: findings[i].address,
        formula: `=HYPERLINK("#${findings[i].address}","${findings[i].address}")`,
      });
    expect(fake.cell("Findings", "B5")?.value ?? "").toBe("");
    expect(fake.cell("Findings", "D5")?.formula).toBeUndefined();
    expect(a1Of(fake.tableOf("tblFindings")?.rect ?? { r1: 0, c1: 0, r2: 0, c2: 0 })).toBe("A1:E4");
  });

  test("writeFindings refuses a Findings sheet that is not ours", async () => {
    setUp(["Sheet1"]);
    fake.addSheet("Findings", [["Totally", "mine"]]);
    await expect(port.writeFindings(SAMPLE.findings, "en")).rejects.toBeInstanceOf(
      SheetConflictError
    );
    expect(fake.sheet("Findings")?.cells.size).toBe(2);
  });

  test("addWaiver appends after the last row and grows the table", async () => {
    const last = rowsOf("waivers") + 1;
    await port.addWaiver(
      { rule: "PROMO_TOO_LONG", target: "Promotions!E5", reason: "=618 runs long", until: 46600 },
      "en"
    );
    expect(fake.cell("Waivers", `A${last + 1}`)?.value).toBe("PROMO_TOO_LONG");
    expect(fake.cell("Waivers", `C${last + 1}`)).toMatchObject({ value: "=618 runs long" });
    expect(fake.tableOf("tblWaivers")?.rect.r2).toBe(last + 1);
  });

  test("writeCells writes single values in one sync", async () => {
    await port.writeCells([
      { address: "Budget!E5", value: 1234 },
      { address: "'Promotions'!G3", value: 99.5 },
    ]);
    expect(fake.cell("Budget", "E5")?.value).toBe(1234);
    expect(fake.cell("Promotions", "G3")?.value).toBe(99.5);
    expect(installed.host.syncs).toBe(1);
  });

  test("a pane setting round-trips through Workbook.settings, one sync each way", async () => {
    expect(await port.getSetting("autoValidate")).toBeUndefined();
    installed.host.reset();
    await port.setSetting("autoValidate", "false");
    expect(installed.host.syncs).toBe(1);
    expect(fake.settings.get("opsPlanner.autoValidate")).toBe("false");
    expect(await port.getSetting("autoValidate")).toBe("false");
  });

  test("displayLanguage is Office's", () => {
    expect(port.displayLanguage()).toBe("zh-CN");
  });
});

describe("events", () => {
  /** Lets the client's event dispatch and the handler's own Excel.run finish. */
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };

  test("onChange reports the changed sheet's name until unsubscribed (WorksheetCollection.onChanged)", async () => {
    setUp(["Sheet1", "Promotions"]);
    const seen: string[] = [];
    const unsubscribe = await port.onChange((name) => seen.push(name));
    // Changes. (Renames too where Office.js takes onNameChanged: this client checks it as ExcelApiOnline 1.1, which
    // this host has not, so src/excel/events.ts goes without — its registration refused, the rest as it was.)
    expect([...installed.host.events]).toEqual(["WorksheetCollection.DataChanged"]);
    expect(installed.host.fireWorksheetChanged("Promotions", "B2")).toBe(true);
    await settle();
    expect(seen).toEqual(["Promotions"]);
    unsubscribe();
    await settle();
    expect(installed.host.events.size).toBe(0);
    expect(installed.host.fireWorksheetChanged("Promotions", "B3")).toBe(false);
    expect(seen).toEqual(["Promotions"]);
  });
});

describe("writeTimeline", () => {
  /** The sheets its formulas read: a formula naming a sheet the workbook lacks is refused. */
  const INPUTS = ["Products", "Promotions", "Calendar"];
  let layout: TimelineLayout;
  beforeAll(() => {
    layout = timelineLayout(readPlan({ sheets: sampleSheets() }), { lang: "en", year: YEAR });
  });

  test("every cell (formulas through the copies), widths, hidden parts, formats, merges, groups, panes", async () => {
    setUp(["Sheet1", ...INPUTS], "1.17");
    await port.writeTimeline?.(layout, "en");
    const s = fake.sheet(layout.name);
    let formulas = 0;
    layout.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = fake.cell(layout.name, `${layout.columns[c].letter}${r + 1}`);
        if (isFormulaCell(cell)) {
          formulas++;
          expect(got?.formula).toBe(`=${cell.formula}`);
        } else if (cell !== null && cell !== undefined && cell !== "")
          expect(got?.value).toBe(cell);
      })
    );
    expect(formulas).toBeGreaterThan(100);
    expect([...(s?.hiddenRows ?? [])].sort((a, b) => a - b)).toEqual(layout.hiddenRows);
    expect(s?.frozenRows).toBe(layout.freeze.rows);
    const cfs = [...(s?.cfs ?? [])].sort((a, b) => a.priority - b.priority);
    expect(cfs.map((c) => c.formula)).toEqual(layout.formats.map(formatFormula));
    expect((s?.merges ?? []).map(a1Of)).toEqual(layout.merges.map((m) => a1Of(rectOf(m))));
    expect((s?.rowGroups ?? []).map((g) => [g.r1, g.r2])).toEqual(
      layout.rowGroups.map((g) => [g.firstRow, g.lastRow])
    );
    expect(fake.active).toBe(s);
    expectWithinBudget();
  });

  test("a second write replaces ours at its tab position; a planner's own Timeline is refused", async () => {
    setUp(["Sheet1", ...INPUTS]);
    await port.writeTimeline?.(layout, "en");
    const moved = fake.sheets.splice(4, 1)[0];
    fake.sheets.splice(0, 0, moved);
    await port.writeTimeline?.(layout, "en");
    expect(fake.sheets.map((x) => x.name)).toEqual([layout.name, "Sheet1", ...INPUTS]);

    setUp(["Sheet1", "Timeline"]);
    fake.type("Timeline", "B3", "my own notes");
    await expect(port.writeTimeline?.(layout, "en")).rejects.toBeInstanceOf(OutputSheetConflict);
    expect(fake.sheet("Timeline")?.cells.size).toBe(1);
  });
});

describe("writeDashboard", () => {
  function dailyRows(days: number, platforms: readonly string[]): Partial<DailyRow>[] {
    const out: Partial<DailyRow>[] = [];
    for (let i = 0; i < days; i++)
      platforms.forEach((platform, p) => {
        const visitors = 1000 + ((i * 37 + p * 211) % 5000);
        const orders = Math.round(visitors * (0.01 + ((i + p) % 7) / 300));
        out.push({
          date: d("2026-01-01") + i,
          platform,
          visitors,
          adSpend: 200 + ((i * 13 + p * 7) % 900) + 0.5,
          orders,
          revenue: orders * (80 + ((i * 3 + p) % 60)) + 0.37,
        });
      });
    return out;
  }
  const layoutOf = (daily: Partial<DailyRow>[]): DashboardLayout =>
    dashboardLayout(dailyTrends(planOf({ daily }), { lang: "en" }), { lang: "en" });

  test("cells, formats and four charts with their series, axes and legend", async () => {
    setUp(["Products", "Daily"]);
    const layout = layoutOf(dailyRows(14, ["Tmall", "JD", "Douyin"]));
    await port.writeDashboard(layout);
    const t = layout.table;
    if (!t) throw new Error("no table");
    expect(fake.cell(layout.name, "A1")?.value).toBe("Dashboard — Daily trends");
    expect(fake.cell(layout.name, `A${t.firstRow}`)?.numFmt).toBe("yyyy-mm-dd");
    expect(fake.sheet(layout.name)?.frozenRows).toBe(1);
    const charts = chartsOf(fake.sheet(layout.name));
    expect(charts.map((c) => c.name)).toEqual(layout.charts.map((c) => c.name));
    for (const want of layout.charts) {
      const got = charts.find((c) => c.name === want.name);
      expect(got?.title).toBe(want.title);
      expect(got?.legend).toEqual({ position: "Bottom", visible: true });
      expect(got?.series.map((s) => [s.name, refText(s.xValues), refText(s.values)])).toEqual(
        want.series.map((s) => [s.name, `${layout.name}!${s.x}`, `${layout.name}!${s.y}`])
      );
      expect(got?.axes.value).toEqual({
        title: want.yTitle,
        titleVisible: true,
        numberFormat: want.yFormat,
      });
    }
    expectWithinBudget();
  });

  test("refreshing keeps one sheet at its tab position with four charts", async () => {
    setUp(["Products", "Daily"]);
    await port.writeDashboard(layoutOf(dailyRows(30, ["Tmall", "JD"])));
    await port.writeDashboard(layoutOf(dailyRows(14, ["Tmall", "JD"])));
    expect(fake.sheets.map((s) => s.name)).toEqual(["Products", "Daily", "Dashboard"]);
    expect(chartsOf(fake.sheet("Dashboard"))).toHaveLength(4);
  });
});

/**
 * Every SharedRuntime 1.1 host has ExcelApi 1.10 (issue 10, item 9). The host refuses any member of a later set
 * (ApiNotFound, the sets being the client's own table): every operation must run on such an Excel, newer members
 * only behind their checks. Table.resize is ExcelApi 1.13: on 1.10 the adapter leaves a table's extent as it is.
 */
describe("on an Excel with ExcelApi 1.10 only", () => {
  test("every operation runs without a member of a later set", async () => {
    setUp(["Sheet1"], "1.10");
    await port.applyPlanLayout(SAMPLE, { sample: true });
    await port.applyPlanLayout(SAMPLE, { sample: true });
    expect((await port.readSheets()).length).toBeGreaterThan(5);
    await port.highlight([{ address: "Promotions!G3", severity: "error" }]);
    await port.clearHighlights();
    await port.select("Promotions!E12");
    await port.writeFindings(SAMPLE.findings.slice(0, 3), "en");
    await port.addWaiver({ rule: "PROMO_TOO_LONG", target: "Promotions!E5", reason: "ok" }, "en");
    await port.writeCells([{ address: "Budget!E5", value: 1 }]);
    await port.setSetting("autoValidate", "false");
    expect(await port.getSetting("autoValidate")).toBe("false");
    const unsubscribe = await port.onChange(() => undefined);
    unsubscribe();
    await port.writeTimeline?.(
      timelineLayout(readPlan({ sheets: sampleSheets() }), { lang: "en", year: YEAR }),
      "en"
    );
    await port.writeDashboard(
      dashboardLayout(dailyTrends(planOf({ daily: [] }), { lang: "en" }), { lang: "en" })
    );
    expect(installed.host.requests.filter((r) => r.error)).toEqual([]);
    expect(fake.sheet("Timeline")?.rowGroups?.length).toBeGreaterThan(0); // Range.group is 1.10
  }, 30_000);

  test("a member of a later set used without its check would be refused (the host's table is the client's)", async () => {
    setUp(["Sheet1"], "1.10");
    await expect(
      Excel.run(async (context) => {
        context.workbook.tables.add("Sheet1!A1:B2", true).resize("A1:B3");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
