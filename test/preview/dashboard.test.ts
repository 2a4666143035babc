// The Dashboard in the preview's workbook: writeDashboard stores the layout's cells, formats, widths, frozen rows and
// charts in the Dashboard tab's place; the charts' data is read from the cells their series name, so an edit of a data
// cell changes what is drawn.
import { dashboardLayout, type DashboardLayout } from "../../src/core/dashboard";
import { OutputSheetConflict } from "../../src/core/outputSheets";
import { readPlan } from "../../src/core/read/readPlan";
import { rangePos } from "../../src/core/write/addresses";
import { dailyTrends } from "../../src/core/trends";
import { isFormulaCell } from "../../src/core/write/layout";
import { planWorkbookLayout } from "../../src/core/write/planWorkbook";
import {
  chartViews,
  rangeNumbers,
  SERIES_COLOURS,
  spreadTicks,
  type LineChartView,
  type ScatterChartView,
} from "../../src/preview/chartData";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import { formatValue } from "../../src/preview/numberFormat";

jest.setTimeout(60_000);

const TODAY = new Date(Date.UTC(2026, 10, 25));

async function sample(lang: "en" | "zh-CN" = "en"): Promise<{
  wb: MemoryWorkbook;
  layout: DashboardLayout;
}> {
  const wb = newPreviewWorkbook(lang);
  await wb.applyPlanLayout(
    planWorkbookLayout({ lang, year: 2027, sample: true, today: TODAY, formulas: true }),
    { sample: true }
  );
  const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
  return { wb, layout: dashboardLayout(dailyTrends(plan, { lang }), { lang }) };
}

/** A layout cell's value (a formula's result). */
const valueOf = (v: DashboardLayout["rows"][number][number]) =>
  isFormulaCell(v) ? v.result : typeof v === "object" && v !== null && "link" in v ? v.text : v;

const lineOf = (wb: MemoryWorkbook, name: string, id: string): LineChartView => {
  const s = wb.sheet(name);
  const v = s && chartViews(wb, s).find((c) => c.chart.id === id);
  if (!v || v.type !== "line") throw new Error(`no line chart ${id}`);
  return v;
};

const scatterOf = (wb: MemoryWorkbook, name: string): ScatterChartView => {
  const s = wb.sheet(name);
  const v = s && chartViews(wb, s).find((c) => c.type === "scatter");
  if (!v || v.type !== "scatter") throw new Error("no scatter chart");
  return v;
};

/** The first cell (A1) of a one-column range and its n-th row. */
function nth(range: string, n: number): string {
  const r = rangePos(range);
  if (!r) throw new Error(range);
  const letter = range.replace(/\d+.*$/, "");
  return `${letter}${r.from.row + n}`;
}

describe("writeDashboard in the preview", () => {
  test("stores the cells, number formats, widths, frozen rows and the charts", async () => {
    const { wb, layout } = await sample();
    expect(layout.charts).toHaveLength(4);
    await wb.writeDashboard(layout);
    const s = wb.sheet(layout.name);
    if (!s) throw new Error("no Dashboard");
    layout.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const expected = valueOf(v);
        const cell = s.cellAt(i + 1, j + 1);
        if (expected === null || expected === undefined) expect(cell?.value ?? null).toBeNull();
        else expect(cell?.value).toEqual(expected);
      })
    );
    for (const c of layout.columns) expect(s.widths.get(c.letter)).toBe(c.width);
    expect(s.frozenRows).toBe(layout.freezeRows);
    expect(wb.selection).toEqual({ sheet: layout.name, address: "A1" }); // shown, as Excel activates it
    // Bold as in Excel: the title and the table's two header rows, not its data.
    const table = layout.table;
    if (!table) throw new Error("no chart data table");
    expect(layout.boldRows).toEqual([1, table.groupRow, table.headerRow]);
    expect(s.cellAt(1, 1)?.bold).toBe(true);
    expect(s.cellAt(table.headerRow, 2)?.bold).toBe(true);
    expect(s.cellAt(table.firstRow, 2)?.bold).toBeUndefined();
    expect(s.charts).toEqual(layout.charts);
    expect(s.charts).not.toBe(layout.charts); // a copy: the layout can be dropped
    for (const f of layout.numberFormats) {
      const r = rangePos(f.range);
      if (!r) throw new Error(f.range);
      expect(wb.numFmtOf(layout.name, f.range.split(":")[0])).toBe(f.numFmt);
      expect(wb.numFmtOf(layout.name, f.range.split(":")[1])).toBe(f.numFmt);
    }
    // Shown as Excel shows them: a date, a count, a rate.
    const visitors = layout.charts[0].series[0];
    const date = wb.cell(layout.name, nth(visitors.x, 0))?.value as number;
    expect(formatValue(date, wb.numFmtOf(layout.name, nth(visitors.x, 0)))).toMatch(
      /^\d{4}-\d{2}-\d{2}$/
    );
    const conversion = layout.charts.find((c) => c.id === "conversion")?.series[0];
    if (!conversion) throw new Error("no conversion chart");
    const rate = wb.cell(layout.name, nth(conversion.y, 0))?.value as number;
    expect(formatValue(rate, wb.numFmtOf(layout.name, nth(conversion.y, 0)))).toMatch(
      /^\d+\.\d{2}%$/
    );
  });

  test("a refresh replaces the sheet in its tab's place; a first write adds it at the end", async () => {
    const { wb, layout } = await sample();
    await wb.writeDashboard(layout);
    const last = wb.sheets[wb.sheets.length - 1].name;
    expect(last).toBe(layout.name);

    const order = wb.sheets.map((s) => s.name);
    wb.addSheet("Notes", [["mine"]]);
    wb.setCell(layout.name, "Z200", "stale");
    const empty: DashboardLayout = {
      ...layout,
      rows: [[layout.rows[0][0]], ["No Daily rows yet."]],
      numberFormats: [],
      charts: [],
    };
    await wb.writeDashboard(empty);
    expect(wb.sheets.map((s) => s.name)).toEqual([...order, "Notes"]);
    const s = wb.sheet(layout.name);
    expect(s?.charts).toEqual([]);
    expect(wb.cell(layout.name, "Z200")).toBeUndefined();
    expect(wb.cell(layout.name, "A2")?.value).toBe("No Daily rows yet.");
    expect(s?.cellCount).toBe(2);

    await wb.writeDashboard(layout);
    expect(wb.sheets.map((s) => s.name)).toEqual([...order, "Notes"]);
    expect(wb.sheet(layout.name)?.charts).toHaveLength(4);
  });

  test("a Dashboard the planner moved (and renamed in lower case) keeps its place and its name", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("First");
    wb.addSheet("dashboard", [["Dashboard — Daily trends"], ["old"]]);
    wb.addSheet("Last");
    const { layout } = await sample();
    await wb.writeDashboard(layout);
    expect(wb.sheets.map((s) => s.name)).toEqual(["First", "dashboard", "Last"]);
    expect(wb.cell("dashboard", "A1")?.value).toBe(valueOf(layout.rows[0][0]));
    expect(wb.cell("dashboard", "A2")?.value).not.toBe("old");
  });
});

describe("writeDashboard in the preview: the sheet it replaces (as in Excel)", () => {
  let layout: DashboardLayout;
  beforeAll(async () => {
    layout = (await sample()).layout;
  });

  test("a planner's own 'Dashboard' is left as it was: OutputSheetConflict", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Dashboard", [
      [null, "KPIs"],
      [null, null, 1200],
    ]);
    const before = wb.version;
    const err = await wb.writeDashboard(layout).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputSheetConflict);
    expect((err as OutputSheetConflict).sheet).toBe("Dashboard");
    expect(wb.cell("Dashboard", "B1")?.value).toBe("KPIs");
    expect(wb.cell("Dashboard", "C2")?.value).toBe(1200);
    expect(wb.sheet("Dashboard")?.charts).toEqual([]);
    expect(wb.version).toBe(before);
  });

  test("a 'Dashboard' with only a chart is not empty: left as it was", async () => {
    const wb = new MemoryWorkbook();
    const own = wb.addSheet("Dashboard");
    own.charts.push({ ...layout.charts[0], name: "My chart" });
    await expect(wb.writeDashboard(layout)).rejects.toBeInstanceOf(OutputSheetConflict);
    expect(wb.sheet("Dashboard")?.charts.map((c) => c.name)).toEqual(["My chart"]);
  });

  test("an empty 'Dashboard' is reused in its place; 看板 is found from an English layout and keeps its name", async () => {
    const empty = new MemoryWorkbook();
    empty.addSheet("Dashboard");
    empty.addSheet("After");
    await empty.writeDashboard(layout);
    expect(empty.sheets.map((s) => s.name)).toEqual(["Dashboard", "After"]);
    expect(empty.sheet("Dashboard")?.charts).toHaveLength(4);

    const zh = new MemoryWorkbook();
    zh.addSheet("Before");
    zh.addSheet("看板", [["看板 — 每日趋势"], ["旧的说明"]]);
    await zh.writeDashboard(layout);
    expect(zh.sheets.map((s) => s.name)).toEqual(["Before", "看板"]);
    expect(zh.cell("看板", "A1")?.value).toBe("Dashboard — Daily trends");
    expect(zh.sheet("看板")?.charts).toHaveLength(4);
  });
});

describe("the charts' data comes from the cells", () => {
  test("a line chart reads its dates and each platform's column; a scatter its two columns", async () => {
    const { wb, layout } = await sample();
    await wb.writeDashboard(layout);
    const chart = layout.charts[0];
    const view = lineOf(wb, layout.name, chart.id);
    const s = wb.sheet(layout.name);
    if (!s) throw new Error("no Dashboard");
    const dates = rangeNumbers(wb, s, chart.series[0].x);
    expect(view.rows.map((r) => r.x)).toEqual([...dates].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(view.series.map((x) => x.name)).toEqual(chart.series.map((x) => x.name));
    chart.series.forEach((series, i) => {
      const ys = rangeNumbers(wb, s, series.y);
      expect(view.rows.map((r) => r[view.series[i].dataKey])).toEqual(ys);
    });

    const scatter = scatterOf(wb, layout.name);
    const spec = layout.charts.find((c) => c.type === "scatter");
    if (!spec) throw new Error("no scatter");
    expect(scatter.series.map((x) => x.name)).toEqual(spec.series.map((x) => x.name));
    const xs = rangeNumbers(wb, s, spec.series[0].x);
    const ys = rangeNumbers(wb, s, spec.series[0].y);
    expect(scatter.series[0].points).toEqual(
      xs.flatMap((x, i) => (x === null || ys[i] === null ? [] : [{ x, y: ys[i] }]))
    );
  });

  test("editing a data cell changes the drawn data; a blank cell is a gap", async () => {
    const { wb, layout } = await sample();
    await wb.writeDashboard(layout);
    const chart = layout.charts[0];
    const y = chart.series[1].y;
    const before = lineOf(wb, layout.name, chart.id);
    wb.setCell(layout.name, nth(y, 3), 123456);
    const after = lineOf(wb, layout.name, chart.id);
    expect(after.rows[3][after.series[1].dataKey]).toBe(123456);
    expect(before.rows[3][before.series[1].dataKey]).not.toBe(123456);
    wb.setCell(layout.name, nth(y, 4), null);
    expect(lineOf(wb, layout.name, chart.id).rows[4][after.series[1].dataKey]).toBeNull();
    wb.setCell(layout.name, nth(y, 5), "n/a");
    expect(lineOf(wb, layout.name, chart.id).rows[5][after.series[1].dataKey]).toBeNull();
    // The other platforms keep their values that day.
    expect(lineOf(wb, layout.name, chart.id).rows[4][after.series[0].dataKey]).toBe(
      wb.cell(layout.name, nth(chart.series[0].y, 4))?.value
    );

    // A scatter point goes when its x (ad spend) is cleared.
    const scatter = scatterOf(wb, layout.name);
    const spec = layout.charts.find((c) => c.type === "scatter");
    if (!spec) throw new Error("no scatter");
    const n = scatter.series[0].points.length;
    wb.setCell(layout.name, nth(spec.series[0].x, 0), null);
    expect(scatterOf(wb, layout.name).series[0].points).toHaveLength(n - 1);
  });

  test("a formula cell is read as its computed value", async () => {
    const { wb, layout } = await sample();
    await wb.writeDashboard(layout);
    const chart = layout.charts[0];
    const a = nth(chart.series[0].y, 0);
    wb.setCell(layout.name, a, `=${nth(chart.series[0].y, 1)}*2`);
    const second = wb.cell(layout.name, nth(chart.series[0].y, 1))?.value as number;
    const view = lineOf(wb, layout.name, chart.id);
    expect(view.rows[0][view.series[0].dataKey]).toBe(second * 2);
  });

  test("each platform has one colour in every chart", async () => {
    const { wb, layout } = await sample();
    await wb.writeDashboard(layout);
    const s = wb.sheet(layout.name);
    if (!s) throw new Error("no Dashboard");
    const views = chartViews(wb, s);
    const byKey = new Map<string, Set<string>>();
    for (const v of views)
      for (const x of v.series) byKey.set(x.key, (byKey.get(x.key) ?? new Set()).add(x.colour));
    expect(byKey.size).toBe(layout.charts[0].series.length);
    for (const colours of byKey.values()) expect(colours.size).toBe(1);
    expect(new Set([...byKey.values()].map((c) => [...c][0])).size).toBe(byKey.size);
    expect(SERIES_COLOURS).toContain([...(byKey.values().next().value ?? [])][0]);
  });

  test("a sheet-qualified range reads that sheet; ticks spread over the dates", () => {
    const wb = new MemoryWorkbook();
    const a = wb.addSheet("A", [[1], [2], [null], ["x"]]);
    wb.addSheet("B", [[10], [20]]);
    expect(rangeNumbers(wb, a, "A1:A4")).toEqual([1, 2, null, null]);
    expect(rangeNumbers(wb, a, "'B'!$A$1:$A$2")).toEqual([10, 20]);
    expect(spreadTicks([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(spreadTicks([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([1, 5, 9]);
  });
});
