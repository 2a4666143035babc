import { columnIndex } from "../../src/core/cells";
import { dashboardLayout, type DashboardLayout } from "../../src/core/dashboard";
import { OutputSheetConflict } from "../../src/core/outputSheets";
import type { DailyRow } from "../../src/core/plan";
import type { WorkbookPort } from "../../src/core/port";
import type { Lang } from "../../src/core/schema/types";
import { dailyTrends } from "../../src/core/trends";
import { widthInPoints } from "../../src/excel/applyLayout";
import { MAX_REQUEST_BYTES } from "../../src/excel/chunks";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { d, planOf } from "../core/fixtures";
import { chartsOf, refText, type ChartState } from "./fakeCharts";
import { FakeExcel, rectOf } from "./fakeExcel";

const PLATFORMS = ["Tmall", "Taobao", "JD", "Pinduoduo", "Douyin", "Own shop"];

/** `days` days from 2026-01-01 of every platform in `platforms` (a deterministic spread of values). */
function dailyRows(days: number, platforms: readonly string[]): Partial<DailyRow>[] {
  const out: Partial<DailyRow>[] = [];
  const start = d("2026-01-01");
  for (let i = 0; i < days; i++)
    platforms.forEach((platform, p) => {
      const visitors = 1000 + ((i * 37 + p * 211) % 5000);
      const orders = Math.round(visitors * (0.01 + ((i + p) % 7) / 300));
      out.push({
        date: start + i,
        platform,
        visitors,
        adSpend: 200 + ((i * 13 + p * 7) % 900) + 0.5,
        orders,
        revenue: orders * (80 + ((i * 3 + p) % 60)) + 0.37,
      });
    });
  return out;
}

const layoutOf = (daily: Partial<DailyRow>[], lang: Lang = "en"): DashboardLayout =>
  dashboardLayout(dailyTrends(planOf({ daily }), { lang }), { lang });

// Two weeks of three platforms; JD misses its first three days, Douyin has no orders.
const small = [
  ...dailyRows(14, ["Tmall"]),
  ...dailyRows(14, ["JD"]).slice(3),
  ...dailyRows(14, ["Douyin"]).map((r) => ({ ...r, orders: undefined, revenue: undefined })),
];

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: () => void;

const setUp = (sheets: string[], apiVersion = "1.17"): void => {
  fake = new FakeExcel(sheets);
  uninstall = fake.install("en-US", apiVersion);
  port = createExcelWorkbook();
};
afterEach(() => uninstall());

const sheetOf = (layout: DashboardLayout) => {
  const s = fake.sheet(layout.name);
  if (!s) throw new Error(`no sheet ${layout.name}`);
  return s;
};

const chartNamed = (charts: ChartState[], name: string): ChartState => {
  const c = charts.find((x) => x.name === name);
  if (!c) throw new Error(`no chart ${name}`);
  return c;
};

describe("writeDashboard: cells", () => {
  const layout = layoutOf(small);
  beforeEach(() => setUp(["Products", "Daily"]));

  test("every cell of the layout where it belongs; blanks stay empty", async () => {
    await port.writeDashboard(layout);
    let written = 0;
    layout.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const a1 = `${layout.columns[c].letter}${r + 1}`;
        const got = fake.cell(layout.name, a1);
        if (v === null || v === undefined) expect(got?.value ?? "").toBe("");
        else {
          written++;
          expect(got?.value).toBe(v);
        }
      })
    );
    const t = layout.table;
    expect(t).toBeDefined();
    if (!t) return;
    expect(fake.cell(layout.name, "A1")?.value).toBe("Dashboard — Daily trends");
    expect(fake.cell(layout.name, `A${t.headerRow}`)?.value).toBe("Date");
    expect(fake.cell(layout.name, `B${t.headerRow}`)?.value).toBe("Tmall");
    // JD's first three days are blank; Douyin has no conversion.
    expect(fake.cell(layout.name, `C${t.firstRow}`)?.value ?? "").toBe("");
    expect(fake.cell(layout.name, `C${t.firstRow + 3}`)?.value).toBeGreaterThan(0);
    expect(fake.cell(layout.name, `G${t.firstRow}`)?.value ?? "").toBe("");
    expect(written).toBeGreaterThan(14 * 10);
  });

  test("number formats, bold headings, widths, the title row frozen", async () => {
    await port.writeDashboard(layout);
    const t = layout.table;
    if (!t) throw new Error("no table");
    const fmt = (a1: string): string | undefined => fake.cell(layout.name, a1)?.numFmt;
    expect(fmt(`A${t.firstRow}`)).toBe("yyyy-mm-dd");
    expect(fmt(`A${t.lastRow}`)).toBe("yyyy-mm-dd");
    expect(fmt(`B${t.firstRow}`)).toBe("#,##0");
    expect(fmt(`D${t.lastRow}`)).toBe("#,##0");
    expect(fmt(`E${t.firstRow}`)).toBe("0.00%");
    expect(fmt(`H${t.lastRow}`)).toBe('"¥"#,##0.00');
    expect(fmt(`M${t.lastRow}`)).toBe('"¥"#,##0.00');
    expect(fmt(`A${t.headerRow}`)).toBeUndefined();
    expect(fmt(`N${t.lastRow}`)).toBeUndefined();
    for (const a1 of ["A1", `A${t.groupRow}`, `B${t.groupRow}`, `M${t.headerRow}`])
      expect(fake.cell(layout.name, a1)?.bold).toBe(true);
    expect(fake.cell(layout.name, `B${t.firstRow}`)?.bold).toBeUndefined();
    const s = sheetOf(layout);
    for (const c of layout.columns)
      expect(s.widths.get(columnIndex(c.letter))).toBe(widthInPoints(c.width));
    expect(s.frozenRows).toBe(1);
    expect(fake.active).toBe(s);
  });
});

describe("writeDashboard: charts", () => {
  test.each(["en", "zh-CN"] as const)(
    "%s: four charts with their type, name, title, position, series, axes and legend",
    async (lang) => {
      setUp(["Products", "Daily"]);
      const layout = layoutOf(small, lang);
      await port.writeDashboard(layout);
      const charts = chartsOf(sheetOf(layout));
      expect(charts.map((c) => c.name)).toEqual([
        "OpsPlanner_visitors",
        "OpsPlanner_conversion",
        "OpsPlanner_aov",
        "OpsPlanner_spendVsVisitors",
      ]);
      for (const want of layout.charts) {
        const got = chartNamed(charts, want.name);
        expect(got.type).toBe(want.type === "line" ? "Line" : "XYScatter");
        expect(got.title).toBe(want.title);
        expect([got.from, got.to]).toEqual([want.from, want.to]);
        expect(got.legend).toEqual({ position: "Bottom", visible: true });
        expect(
          got.series.map((s) => ({ name: s.name, x: refText(s.xValues), y: refText(s.values) }))
        ).toEqual(
          want.series.map((s) => ({
            name: s.name,
            x: `${layout.name}!${s.x}`,
            y: `${layout.name}!${s.y}`,
          }))
        );
        expect(got.axes.category).toEqual({
          title: want.xTitle,
          titleVisible: true,
          numberFormat: want.xFormat,
          ...(want.type === "line" ? { categoryType: "DateAxis" } : {}),
        });
        expect(got.axes.value).toEqual({
          title: want.yTitle,
          titleVisible: true,
          numberFormat: want.yFormat,
        });
      }
      const visitors = chartNamed(charts, "OpsPlanner_visitors");
      const scatter = chartNamed(charts, "OpsPlanner_spendVsVisitors");
      const t = layout.table;
      if (!t) throw new Error("no table");
      const n = `${t.firstRow}:`;
      // Spelled out once: the Tmall line reads the dates and B; the Tmall points read K (ad spend) against B.
      expect(refText(visitors.series[0].xValues)).toBe(`${layout.name}!A${n}A${t.lastRow}`);
      expect(refText(visitors.series[0].values)).toBe(`${layout.name}!B${n}B${t.lastRow}`);
      expect(refText(scatter.series[0].xValues)).toBe(`${layout.name}!K${n}K${t.lastRow}`);
      expect(refText(scatter.series[0].values)).toBe(`${layout.name}!B${n}B${t.lastRow}`);
      expect(visitors.series.map((s) => s.name)).toEqual(
        lang === "en" ? ["Tmall", "JD", "Douyin"] : ["天猫", "京东", "抖音"]
      );
    }
  );

  test("refreshing twice rewrites the one sheet where the planner put it, with four charts, not eight", async () => {
    setUp(["Products", "Promotions", "Daily"]);
    const first = layoutOf(dailyRows(30, PLATFORMS));
    await port.writeDashboard(first);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      "Products",
      "Promotions",
      "Daily",
      "Dashboard",
    ]);
    // The planner drags the tab second.
    const moved = fake.sheets.splice(3, 1)[0];
    fake.sheets.splice(1, 0, moved);
    fake.type("Dashboard", "Z200", "a leftover");
    const second = layoutOf(small);
    await port.writeDashboard(second);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      "Products",
      "Dashboard",
      "Promotions",
      "Daily",
    ]);
    const s = sheetOf(second);
    // The same sheet, rewritten: what points at it still does.
    expect(s).toBe(moved);
    expect(chartsOf(s)).toHaveLength(4);
    expect(chartsOf(s).every((c) => c.series.length === 3)).toBe(true);
    // Nothing of the first write survives: not its longer table, nor a cell typed there.
    expect(fake.cell("Dashboard", `A${(first.table?.lastRow ?? 0) - 1}`)?.value ?? "").toBe("");
    expect(fake.cell("Dashboard", "Z200")?.value ?? "").toBe("");
  });

  test("a workbook whose only sheet is the Dashboard", async () => {
    setUp(["Dashboard"]);
    const layout = layoutOf(small);
    await port.writeDashboard(layout);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Dashboard"]);
    expect(chartsOf(sheetOf(layout))).toHaveLength(4);
  });

  test("no Daily rows: the title and the note, no charts; a refresh removes the old charts", async () => {
    setUp(["Daily"]);
    await port.writeDashboard(layoutOf(small));
    const empty = layoutOf([]);
    await port.writeDashboard(empty);
    const s = sheetOf(empty);
    expect(chartsOf(s)).toEqual([]);
    expect(fake.cell("Dashboard", "A1")?.value).toBe("Dashboard — Daily trends");
    expect(String(fake.cell("Dashboard", "A2")?.value)).toContain("Refresh Dashboard charts");
    expect(fake.cell("Dashboard", "A44")?.value ?? "").toBe("");
    expect(s.frozenRows).toBe(1);
  });
});

describe("writeDashboard: the sheet it replaces", () => {
  const names = (): string[] => fake.sheets.map((s) => s.name);

  test("a planner's own 'Dashboard' is left as it was: OutputSheetConflict, nothing written", async () => {
    setUp(["Products", "Dashboard", "Daily"]);
    fake.type("Dashboard", "B3", "Q3 revenue target");
    fake.resetCounters();
    const err = await port.writeDashboard(layoutOf(small)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputSheetConflict);
    expect((err as OutputSheetConflict).sheet).toBe("Dashboard");
    expect(names()).toEqual(["Products", "Dashboard", "Daily"]);
    expect(fake.cell("Dashboard", "B3")?.value).toBe("Q3 revenue target");
    expect(fake.sheet("Dashboard")?.cells.size).toBe(1);
    expect(chartsOf(fake.sheet("Dashboard"))).toEqual([]);
    expect(fake.syncs).toBe(1);
    expect(fake.writes).toEqual([]);
  });

  test("a 'Dashboard' holding only a planner's chart is not empty: left as it was", async () => {
    setUp(["Dashboard", "Daily"]);
    await fake.api().run(async (ctx: Excel.RequestContext) => {
      const own = ctx.workbook.worksheets.getItem("Dashboard");
      own.charts.add("Line", own.getRange("A1:A3"), "Columns");
      await ctx.sync();
    });
    expect(fake.sheet("Dashboard")?.cells.size).toBe(0);
    expect(chartsOf(fake.sheet("Dashboard"))).toHaveLength(1);
    await expect(port.writeDashboard(layoutOf(small))).rejects.toBeInstanceOf(OutputSheetConflict);
    expect(chartsOf(fake.sheet("Dashboard"))).toHaveLength(1);
  });

  test("an empty 'Dashboard' is reused, in its place", async () => {
    setUp(["Products", "Dashboard", "Daily"]);
    const layout = layoutOf(small);
    await port.writeDashboard(layout);
    expect(names()).toEqual(["Products", "Dashboard", "Daily"]);
    expect(fake.cell("Dashboard", "A1")?.value).toBe("Dashboard — Daily trends");
    expect(chartsOf(fake.sheet("Dashboard"))).toHaveLength(4);
  });

  test("看板 is found from an English layout and rewritten under its own name, no second sheet", async () => {
    setUp(["Products", "Daily"]);
    await port.writeDashboard(layoutOf(small, "zh-CN"));
    expect(names()).toEqual(["Products", "Daily", "看板"]);
    fake.resetCounters();
    await port.writeDashboard(layoutOf(small, "en"));
    expect(names()).toEqual(["Products", "Daily", "看板"]);
    expect(fake.cell("看板", "A1")?.value).toBe("Dashboard — Daily trends");
    const charts = chartsOf(fake.sheet("看板"));
    expect(charts).toHaveLength(4);
    expect(refText(charts[0].series[0].values)).toMatch(/^看板!B\d+:B\d+$/);
    // A refresh costs what a first write does: one look-up, then the payload.
    expect(fake.syncs).toBe(1 + Math.ceil(fake.requestBytes / MAX_REQUEST_BYTES));
  });

  test("a chart Excel rejects: the old sheet stays whole, a hidden scratch sheet is all that is left, the next refresh removes it", async () => {
    setUp(["Daily"]);
    await port.writeDashboard(layoutOf(small));
    const old = fake.sheet("Dashboard");
    const before = JSON.stringify([...(old?.cells ?? [])]);
    const good = layoutOf(dailyRows(5, ["Tmall"]));
    const broken: DashboardLayout = {
      ...good,
      charts: good.charts.map((c, i) => (i === 1 ? { ...c, from: "ZZZZ1" } : c)),
    };
    await expect(port.writeDashboard(broken)).rejects.toThrow("InvalidArgument");
    expect(fake.sheet("Dashboard")).toBe(old);
    expect(chartsOf(old)).toHaveLength(4);
    expect(JSON.stringify([...(old?.cells ?? [])])).toBe(before);
    expect(fake.sheets.map((x) => [x.name, x.visibility ?? "Visible"])).toEqual([
      ["Daily", "Visible"],
      ["Dashboard", "Visible"],
      ["OpsPlanner~dashboard", "Hidden"],
    ]);
    await port.writeDashboard(good);
    expect(fake.sheets.map((x) => x.name)).toEqual(["Daily", "Dashboard"]);
    expect(fake.sheet("Dashboard")).toBe(old);
  });

  test("a planner's formula that reads the Dashboard's table still reads it after a refresh (no #REF!)", async () => {
    setUp(["Daily", "Summary"]);
    const layout = layoutOf(small);
    await port.writeDashboard(layout);
    const cell = `B${layout.table?.firstRow ?? 0}`;
    fake.type("Summary", "A1", { formula: `=SUM(Dashboard!${cell})`, value: 1 });
    await port.writeDashboard(layout);
    expect(fake.cell("Summary", "A1")).toMatchObject({ formula: `=SUM(Dashboard!${cell})` });
    expect(fake.cell("Summary", "A1")?.error).toBeUndefined();
  });
});

describe("writeDashboard: Daily rows without Orders or Revenue", () => {
  // Tmall, the first platform, has neither: its conversion and AOV columns are blank; JD has both.
  const partly = [
    ...dailyRows(10, ["Tmall"]).map((r) => ({ ...r, orders: undefined, revenue: undefined })),
    ...dailyRows(10, ["JD"]),
  ];

  test("a chart whose first series is blank is made from the Visitors column, then given every series", async () => {
    setUp(["Daily"]);
    const layout = layoutOf(partly);
    expect(layout.charts.map((c) => c.id)).toEqual([
      "visitors",
      "conversion",
      "aov",
      "spendVsVisitors",
    ]);
    await port.writeDashboard(layout);
    const charts = chartsOf(sheetOf(layout));
    const t = layout.table;
    if (!t) throw new Error("no table");
    for (const want of layout.charts) {
      const got = chartNamed(charts, want.name);
      expect(refText(got.source)).toBe(`Dashboard!B${t.firstRow}:B${t.lastRow}`);
      expect(got.series.map((x) => [x.name, refText(x.values), refText(x.xValues)])).toEqual(
        want.series.map((x) => [x.name, `Dashboard!${x.y}`, `Dashboard!${x.x}`])
      );
    }
    // Tmall's conversion column is blank indeed: a chart made from it would have had no series 0.
    const tmallConversion = chartNamed(charts, "OpsPlanner_conversion").series[0].values;
    if (!tmallConversion) throw new Error("no values");
    for (let r = tmallConversion.rect.r1; r <= tmallConversion.rect.r2; r++)
      expect(
        fake.sheet("Dashboard")?.cells.get(`${r}:${tmallConversion.rect.c1}`)?.value ?? ""
      ).toBe("");
  });

  test("no Orders and no Revenue at all: the visitors and ad-spend charts only; the note says why", async () => {
    setUp(["Daily"]);
    const bare = dailyRows(10, ["Tmall", "JD"]).map((r) => ({
      ...r,
      orders: undefined,
      revenue: undefined,
    }));
    const layout = layoutOf(bare);
    await port.writeDashboard(layout);
    expect(chartsOf(sheetOf(layout)).map((c) => [c.name, c.series.length])).toEqual([
      ["OpsPlanner_visitors", 2],
      ["OpsPlanner_spendVsVisitors", 2],
    ]);
    expect(String(fake.cell("Dashboard", "A2")?.value)).toContain("No “AOV by day” chart");
  });
});

describe("writeDashboard: syncs and payload", () => {
  test("2 years × 6 platforms of Daily rows: 2 syncs, every request under 4 MB", async () => {
    setUp(["Products", "Daily"]);
    const layout = layoutOf(dailyRows(730, PLATFORMS));
    expect(layout.table?.lastRow).toBe((layout.table?.firstRow ?? 0) + 729);
    fake.resetCounters();
    await port.writeDashboard(layout);
    const total = fake.requestBytes;
    expect(fake.syncs).toBe(1 + Math.ceil(total / MAX_REQUEST_BYTES));
    expect(fake.syncs).toBe(2);
    for (const b of fake.batches) expect(b.request).toBeLessThan(MAX_REQUEST_BYTES);
    expect(chartsOf(sheetOf(layout)).map((c) => c.series.length)).toEqual([6, 6, 6, 6]);
    // About 0.31 MB (sizes as Office.js sends them): the whole sheet, charts included, in one request after the look-up.
    expect(total).toBeLessThan(512 * 1024);
  });

  test("a payload over 4 MB goes in pieces, each under 4 MB: 1 + ⌈payload / 4 MB⌉ syncs", async () => {
    setUp(["Daily"]);
    const many = Array.from({ length: 80 }, (_, i) => `Shop ${i + 1}`);
    const layout = layoutOf(dailyRows(1095, many));
    fake.resetCounters();
    await port.writeDashboard(layout);
    const total = fake.requestBytes;
    expect(total).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(fake.syncs).toBe(1 + Math.ceil(total / MAX_REQUEST_BYTES));
    for (const b of fake.batches) expect(b.request).toBeLessThan(MAX_REQUEST_BYTES);
    const t = layout.table;
    if (!t) throw new Error("no table");
    expect(fake.cell("Dashboard", `A${t.lastRow}`)?.value).toBe(d("2026-01-01") + 1094);
  });
});

describe("the chart fake is honest", () => {
  test("a chart made from blank cells has no series: series 0 is not found", async () => {
    setUp(["Cells"]);
    fake.type("Cells", "B1", 7);
    await expect(
      fake.api().run(async (ctx: Excel.RequestContext) => {
        const ws = ctx.workbook.worksheets.getItem("Cells");
        const chart = ws.charts.add("Line", ws.getRange("A1:A5"), "Columns");
        chart.series.getItemAt(0).setValues(ws.getRange("B1:B5"));
      })
    ).rejects.toThrow("ItemNotFound");
    await fake.api().run(async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem("Cells");
      const chart = ws.charts.add("Line", ws.getRange("A1:B5"), "Columns");
      chart.series.load("count");
      await ctx.sync();
      expect(chart.series.count).toBe(2);
    });
  });

  test("a line chart has one category axis: x values set on one series are every series'", async () => {
    setUp(["Cells"]);
    fake.addSheet("Data", [
      [1, 10, 100],
      [2, 20, 200],
    ]);
    await fake.api().run(async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const line = ws.charts.add("Line", ws.getRange("B1:B2"), "Columns");
      line.series.getItemAt(0).setXAxisValues(ws.getRange("A1:A2"));
      const second = line.series.add("second");
      second.setValues(ws.getRange("C1:C2"));
      second.setXAxisValues(ws.getRange("C1:C2"));
      const scatter = ws.charts.add("XYScatter", ws.getRange("B1:B2"), "Columns");
      scatter.series.getItemAt(0).setXAxisValues(ws.getRange("A1:A2"));
      scatter.series.add("second").setXAxisValues(ws.getRange("C1:C2"));
      await ctx.sync();
    });
    const [line, scatter] = chartsOf(fake.sheet("Data"));
    expect(line.series.map((x) => refText(x.xValues))).toEqual(["Data!C1:C2", "Data!C1:C2"]);
    expect(scatter.series.map((x) => refText(x.xValues))).toEqual(["Data!A1:A2", "Data!C1:C2"]);
    expect(rectOf("C1:C2")).toEqual(line.categories?.rect);
  });

  test("members Excel lacks throw; members above the installed ExcelApi throw ApiNotFound", async () => {
    setUp(["Data"], "1.6");
    fake.addSheet("Cells", [["Tmall"], [1], [2]]);
    await expect(
      fake.api().run(async (ctx: Excel.RequestContext) => {
        const ws = ctx.workbook.worksheets.getItem("Cells");
        const chart = ws.charts.add("Line", ws.getRange("A1:A3"), "Columns");
        (chart as unknown as { setTitle(t: string): void }).setTitle("x");
      })
    ).rejects.toThrow('Excel.Chart has no member "setTitle"');
    await expect(
      fake.api().run(async (ctx: Excel.RequestContext) => {
        const ws = ctx.workbook.worksheets.getItem("Cells");
        const chart = ws.charts.add("Line", ws.getRange("A1:A3"), "Columns");
        chart.series.getItemAt(0).setValues(ws.getRange("A2:A3"));
      })
    ).rejects.toThrow("ApiNotFound: Excel.ChartSeries.setValues needs ExcelApi 1.7");
    await fake.api().run(async (ctx: Excel.RequestContext) => {
      const chart = ctx.workbook.worksheets
        .getItem("Cells")
        .charts.add("Line", ctx.workbook.worksheets.getItem("Cells").getRange("A1:A3"), "Columns");
      chart.load("name");
      await ctx.sync();
      expect(chart.name).toBe("Chart 3");
    });
    // A text first row names the series, the rest are its values.
    expect(chartsOf(fake.sheet("Cells"))[0].series).toEqual([
      expect.objectContaining({ name: "Tmall" }),
    ]);
    expect(refText(chartsOf(fake.sheet("Cells"))[0].series[0].values)).toBe("Cells!A2:A3");
  });
});
