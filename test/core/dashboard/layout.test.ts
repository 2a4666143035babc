import fc from "fast-check";
import { columnIndex, columnLetter } from "../../../src/core/cells";
import {
  DASHBOARD_GRID,
  dashboardLayout,
  isDashboardTitle,
  type DashboardChart,
  type DashboardLayout,
} from "../../../src/core/dashboard";
import type { DailyRow } from "../../../src/core/plan";
import { dailyTrends } from "../../../src/core/trends";
import type { LayoutCell } from "../../../src/core/write/layout";
import { d, planOf } from "../fixtures";

interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function rectOf(a1: string): Rect {
  const [a, b = a] = a1.split(":");
  const part = (s: string): { r: number; c: number } => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`not a cell address: ${s}`);
    return { c: columnIndex(m[1]), r: Number(m[2]) };
  };
  const x = part(a);
  const y = part(b);
  return { r1: x.r, c1: x.c, r2: y.r, c2: y.c };
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

const cell = (l: DashboardLayout, r: number, c: number): LayoutCell => l.rows[r - 1]?.[c - 1];

/** The cells of a one-column range, top to bottom. */
function column(l: DashboardLayout, range: string): LayoutCell[] {
  const r = rectOf(range);
  expect(r.c1).toBe(r.c2);
  const out: LayoutCell[] = [];
  for (let row = r.r1; row <= r.r2; row++) out.push(cell(l, row, r.c1) ?? null);
  return out;
}

const chart = (l: DashboardLayout, id: DashboardChart["id"]): DashboardChart => {
  const c = l.charts.find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id}`);
  return c;
};

const row = (
  iso: string,
  platform: string,
  visitors: number,
  extra: Partial<DailyRow> = {}
): Partial<DailyRow> => ({ date: d(iso), platform, visitors, adSpend: 0, ...extra });

// Tmall on 3 days (two channels on 7 June), JD on 8 and 10 June only, Douyin on 10 June without orders.
const plan = planOf({
  daily: [
    row("2027-06-07", "Tmall", 600, { orders: 18, revenue: 1800, adSpend: 300 }),
    row("2027-06-07", "Tmall", 400, { orders: 12, revenue: 1500, adSpend: 200 }),
    row("2027-06-08", "Tmall", 1000, { orders: 25, revenue: 2500, adSpend: 450 }),
    row("2027-06-10", "Tmall", 800, { orders: 16, revenue: 2400, adSpend: 400 }),
    row("2027-06-08", "JD", 500, { orders: 10, revenue: 900, adSpend: 120 }),
    row("2027-06-10", "JD", 700, { orders: 7, adSpend: 150 }),
    row("2027-06-10", "Douyin", 2000, { adSpend: 600 }),
  ],
});
const trends = dailyTrends(plan, { lang: "en" });
const layout = dashboardLayout(trends, { lang: "en" });
const T = layout.table as NonNullable<DashboardLayout["table"]>;

describe("dashboardLayout: the chart data table", () => {
  test("a group header row, a platform header row, one row per date", () => {
    expect(T).toBeDefined();
    expect(T.platforms).toEqual(["Tmall", "JD", "Douyin"]);
    expect(T.headerRow).toBe(T.groupRow + 1);
    expect(T.firstRow).toBe(T.headerRow + 1);
    expect(T.lastRow - T.firstRow + 1).toBe(3);
    expect(layout.rows).toHaveLength(T.lastRow);
    const group = layout.rows[T.groupRow - 1];
    const header = layout.rows[T.headerRow - 1];
    expect(group).toEqual([
      expect.stringContaining("Chart data"),
      "Visitors",
      null,
      null,
      "Conversion rate",
      null,
      null,
      "AOV",
      null,
      null,
      "Ad spend",
      null,
      null,
    ]);
    expect(header).toEqual(["Date", ...Array(4).fill(["Tmall", "JD", "Douyin"]).flat()]);
    expect(T.groups.map((g) => [g.id, g.columns])).toEqual([
      ["visitors", ["B", "C", "D"]],
      ["conversion", ["E", "F", "G"]],
      ["aov", ["H", "I", "J"]],
      ["adSpend", ["K", "L", "M"]],
    ]);
  });

  test("every row has the table's width; the dates are serials, ascending", () => {
    for (const r of layout.rows) expect(r).toHaveLength(13);
    expect(column(layout, `A${T.firstRow}:A${T.lastRow}`)).toEqual([
      d("2027-06-07"),
      d("2027-06-08"),
      d("2027-06-10"),
    ]);
  });

  test("values per platform and date, blank where a platform has no value that day", () => {
    const at = (iso: string): LayoutCell[] => {
      const r = layout.rows.findIndex((x) => x[0] === d(iso));
      return layout.rows[r];
    };
    // Date | visitors T J D | conversion T J D | AOV T J D | ad spend T J D
    expect(at("2027-06-07")).toEqual([
      d("2027-06-07"),
      1000,
      null,
      null,
      0.03,
      null,
      null,
      110,
      null,
      null,
      500,
      null,
      null,
    ]);
    expect(at("2027-06-08")).toEqual([
      d("2027-06-08"),
      1000,
      500,
      null,
      0.025,
      0.02,
      null,
      100,
      90,
      null,
      450,
      120,
      null,
    ]);
    // JD has orders but no revenue on 10 June (no AOV); Douyin has neither (no conversion, no AOV).
    expect(at("2027-06-10")).toEqual([
      d("2027-06-10"),
      800,
      700,
      2000,
      0.02,
      0.01,
      null,
      150,
      null,
      null,
      400,
      150,
      600,
    ]);
  });

  test("number formats: dates, integers, percent, money in the plan's currency", () => {
    const f = T.firstRow;
    const l = T.lastRow;
    expect(layout.numberFormats).toEqual([
      { range: `A${f}:A${l}`, numFmt: "yyyy-mm-dd" },
      { range: `B${f}:D${l}`, numFmt: "#,##0" },
      { range: `E${f}:G${l}`, numFmt: "0.00%" },
      { range: `H${f}:J${l}`, numFmt: '"¥"#,##0.00' },
      { range: `K${f}:M${l}`, numFmt: '"¥"#,##0.00' },
    ]);
    const usd = dashboardLayout(trends, { lang: "en", currency: "USD" });
    expect(usd.numberFormats[3].numFmt).toBe('"$"#,##0.00');
    expect(chart(usd, "aov").yFormat).toBe('"$"#,##0.00');
    expect(chart(usd, "spendVsVisitors").xFormat).toBe('"$"#,##0.00');
  });

  test("widths cover the table and the charts' grid; the title row stays in view", () => {
    expect(layout.columns.map((c) => c.letter)).toEqual(
      Array.from({ length: 17 }, (_, i) => columnLetter(i + 1))
    );
    expect(layout.columns[0].width).toBeGreaterThan(layout.columns[1].width - 0.001);
    expect(layout.freezeRows).toBe(1);
  });
});

describe("dashboardLayout: the charts", () => {
  test("four charts: three lines and a scatter, each with its own name, in a 2×2 grid", () => {
    expect(layout.charts.map((c) => [c.id, c.type, c.name, c.from, c.to])).toEqual([
      ["visitors", "line", "OpsPlanner_visitors", "A4", "H21"],
      ["conversion", "line", "OpsPlanner_conversion", "J4", "Q21"],
      ["aov", "line", "OpsPlanner_aov", "A23", "H40"],
      ["spendVsVisitors", "scatter", "OpsPlanner_spendVsVisitors", "J23", "Q40"],
    ]);
    expect(T.groupRow).toBeGreaterThan(40);
  });

  test("titles and axis formats come from the trends' chart data", () => {
    const v = chart(layout, "visitors");
    expect([v.title, v.xTitle, v.yTitle, v.xFormat, v.yFormat]).toEqual([
      trends.charts.visitors.title,
      "Date",
      "Visitors",
      "yyyy-mm-dd",
      "#,##0",
    ]);
    expect(chart(layout, "conversion").yFormat).toBe("0.00%");
    expect(chart(layout, "aov").yFormat).toBe('"¥"#,##0.00');
    const s = chart(layout, "spendVsVisitors");
    expect([s.title, s.xTitle, s.yTitle, s.xFormat, s.yFormat]).toEqual([
      "Ad spend against visitors",
      "Ad spend",
      "Visitors",
      '"¥"#,##0.00',
      "#,##0",
    ]);
  });

  test.each(["visitors", "conversion", "aov"] as const)(
    "%s: a line per platform; x is the date column, y the platform's column under its headers",
    (id) => {
      const c = chart(layout, id);
      const data = trends.charts[id];
      expect(c.series.map((s) => [s.key, s.name])).toEqual(data.series.map((s) => [s.key, s.name]));
      const label = { visitors: "Visitors", conversion: "Conversion rate", aov: "AOV" }[id];
      const group = T.groups.find((g) => g.id === id);
      c.series.forEach((s, i) => {
        expect(s.x).toBe(`A${T.firstRow}:A${T.lastRow}`);
        expect(column(layout, s.x)).toEqual(data.x);
        const y = rectOf(s.y);
        expect([y.r1, y.r2]).toEqual([T.firstRow, T.lastRow]);
        expect(columnLetter(y.c1)).toBe(group?.columns[i]);
        expect(cell(layout, T.headerRow, y.c1)).toBe(s.name);
        expect(cell(layout, T.groupRow, columnIndex(group?.columns[0] ?? ""))).toBe(label);
        expect(column(layout, s.y)).toEqual(data.series[i].values);
      });
    }
  );

  test("spend against visitors: per platform, x its ad-spend column, y its visitors column, the same points", () => {
    const c = chart(layout, "spendVsVisitors");
    const data = trends.charts.spendVsVisitors;
    expect(c.series.map((s) => s.key)).toEqual(data.series.map((s) => s.key));
    c.series.forEach((s, i) => {
      const x = rectOf(s.x);
      const y = rectOf(s.y);
      expect(cell(layout, T.headerRow, x.c1)).toBe(s.name);
      expect(cell(layout, T.headerRow, y.c1)).toBe(s.name);
      expect(columnLetter(x.c1)).toBe(T.groups[3].columns[i]);
      expect(columnLetter(y.c1)).toBe(T.groups[0].columns[i]);
      const xs = column(layout, s.x);
      const ys = column(layout, s.y);
      const points = xs
        .map((xv, r) => [xv, ys[r]])
        .filter(([xv, yv]) => xv !== null && yv !== null);
      expect(points).toEqual(data.series[i].points.map((p) => [p.x, p.y]));
      // Where the platform has no row, both cells are blank (no point at x = 0).
      xs.forEach((xv, r) => expect(xv === null).toBe(ys[r] === null));
    });
  });
});

describe("dashboardLayout: text", () => {
  test("English: the title, and a note with the dates covered and how the sheet is refreshed", () => {
    expect(layout.name).toBe("Dashboard");
    expect(layout.rows[0][0]).toBe("Dashboard — Daily trends");
    const note = String(layout.rows[1][0]);
    expect(note).toContain("2027-06-07 to 2027-06-10");
    expect(note).toContain("3 days on Tmall, JD, Douyin");
    expect(note).toContain("Daily sheet");
    expect(note).toContain("Trends → Refresh Dashboard charts");
  });

  test("简体中文: sheet name, title, note, headers, platform names and chart titles", () => {
    const zh = dashboardLayout(dailyTrends(plan, { lang: "zh-CN" }), { lang: "zh-CN" });
    expect(zh.name).toBe("看板");
    expect(zh.rows[0][0]).toBe("看板 — 每日趋势");
    const note = String(zh.rows[1][0]);
    expect(note).toContain("2027-06-07 至 2027-06-10");
    expect(note).toContain("天猫、京东、抖音");
    expect(note).toContain("日报");
    const t = zh.table as NonNullable<DashboardLayout["table"]>;
    expect(zh.rows[t.groupRow - 1][0]).toContain("图表数据");
    expect(zh.rows[t.groupRow - 1][1]).toBe("访客数");
    expect(zh.rows[t.headerRow - 1].slice(0, 4)).toEqual(["日期", "天猫", "京东", "抖音"]);
    expect(zh.charts.map((c) => c.title)).toEqual([
      "每日访客数",
      "每日转化率",
      "每日客单价",
      "推广花费与访客数",
    ]);
    expect(zh.charts[0].series.map((s) => [s.key, s.name])).toEqual([
      ["Tmall", "天猫"],
      ["JD", "京东"],
      ["Douyin", "抖音"],
    ]);
    // Same cells as in English: only the words differ.
    expect(zh.charts.map((c) => c.series.map((s) => [s.x, s.y]))).toEqual(
      layout.charts.map((c) => c.series.map((s) => [s.x, s.y]))
    );
  });

  test("the workbook's own sheet names", () => {
    const own = dashboardLayout(trends, {
      lang: "en",
      sheetName: "My board",
      dailySheetName: "Store numbers",
    });
    expect(own.name).toBe("My board");
    expect(String(own.rows[1][0])).toContain("Store numbers sheet");
  });
});

describe("dashboardLayout: no Daily rows", () => {
  test.each(["en", "zh-CN"] as const)(
    "%s: no charts, no table; the note says how to get charts",
    (lang) => {
      const empty = dashboardLayout(dailyTrends(planOf({}), { lang }), { lang });
      expect(empty.charts).toEqual([]);
      expect(empty.table).toBeUndefined();
      expect(empty.numberFormats).toEqual([]);
      expect(empty.rows).toHaveLength(2);
      const note = String(empty.rows[1][0]);
      if (lang === "en") {
        expect(note).toContain("Daily sheet has no rows");
        expect(note).toContain("Trends → Refresh Dashboard charts");
      } else {
        expect(note).toContain("日报表没有数据行");
        expect(note).toContain("趋势 → 刷新看板图表");
      }
    }
  );
});

describe("dashboardLayout: a chart with nothing to draw is left out", () => {
  // Two platforms, two days, no Orders and no Revenue anywhere.
  const bare = planOf({
    daily: [
      row("2027-06-07", "Tmall", 600, { adSpend: 300 }),
      row("2027-06-08", "Tmall", 700, { adSpend: 320 }),
      row("2027-06-08", "JD", 500, { adSpend: 120 }),
    ],
  });

  test("no Orders: no conversion and no AOV chart; the others keep their places; the table keeps its shape", () => {
    const l = dashboardLayout(dailyTrends(bare, { lang: "en" }), { lang: "en" });
    expect(l.charts.map((c) => [c.id, c.from, c.to])).toEqual([
      ["visitors", "A4", "H21"],
      ["spendVsVisitors", "J23", "Q40"],
    ]);
    const t = l.table as NonNullable<DashboardLayout["table"]>;
    expect(t.groups.map((g) => g.id)).toEqual(["visitors", "conversion", "aov", "adSpend"]);
    const conversion = t.groups[1].columns;
    for (let r = t.firstRow; r <= t.lastRow; r++)
      for (const c of conversion) expect(cell(l, r, columnIndex(c))).toBeNull();
    expect(l.rows[0]).toHaveLength(1 + 4 * 2);
  });

  test("English: the note says which charts are missing and why", () => {
    const note = String(
      dashboardLayout(dailyTrends(bare, { lang: "en" }), { lang: "en" }).rows[1][0]
    );
    expect(note).toContain("2027-06-07 to 2027-06-08");
    expect(note).toContain(
      "No “Conversion rate by day” chart: a conversion rate needs Orders, and no Daily row has it."
    );
    expect(note).toContain(
      "No “AOV by day” chart: an AOV needs Revenue and Orders above 0, and no Daily row has both."
    );
  });

  test("简体中文: the note says which charts are missing and why, with the workbook's Daily sheet name", () => {
    const l = dashboardLayout(dailyTrends(bare, { lang: "zh-CN" }), {
      lang: "zh-CN",
      dailySheetName: "店铺日报",
    });
    const note = String(l.rows[1][0]);
    expect(note).toContain(
      "未生成“每日转化率”图：转化率需要支付买家数，而店铺日报表没有任何一行填写了它。"
    );
    expect(note).toContain(
      "未生成“每日客单价”图：客单价需要销售额和大于 0 的支付买家数，而店铺日报表没有任何一行同时填写了两者。"
    );
  });

  test("Orders without Revenue: only the AOV chart is left out", () => {
    const p = planOf({
      daily: [
        row("2027-06-07", "Tmall", 600, { orders: 12 }),
        row("2027-06-07", "JD", 500, { orders: 9 }),
      ],
    });
    const l = dashboardLayout(dailyTrends(p, { lang: "en" }), { lang: "en" });
    expect(l.charts.map((c) => c.id)).toEqual(["visitors", "conversion", "spendVsVisitors"]);
    const note = String(l.rows[1][0]);
    expect(note).toContain("No “AOV by day” chart");
    expect(note).not.toContain("Conversion rate by day");
  });

  test("one platform with Orders keeps the chart: the others' series are there, blank", () => {
    const l = dashboardLayout(dailyTrends(plan, { lang: "en" }), { lang: "en" });
    expect(l.charts).toHaveLength(4);
    const douyin = chart(l, "conversion").series.find((s) => s.key === "Douyin");
    if (!douyin) throw new Error("no Douyin series");
    expect(column(l, douyin.y).every((v) => v === null)).toBe(true);
    expect(String(l.rows[1][0])).not.toContain("No “");
  });
});

describe("isDashboardTitle", () => {
  test("the title in either language, as written in A1 (spaces around it allowed)", () => {
    expect(isDashboardTitle(layout.rows[0][0])).toBe(true);
    expect(isDashboardTitle("看板 — 每日趋势")).toBe(true);
    expect(isDashboardTitle("  Dashboard — Daily trends ")).toBe(true);
  });

  test("anything else is a planner's own sheet", () => {
    for (const a1 of [
      "Dashboard",
      "KPI dashboard",
      "Dashboard — Daily trends 2",
      "",
      42,
      null,
      undefined,
    ])
      expect(isDashboardTitle(a1)).toBe(false);
  });
});

describe("dashboardLayout: property", () => {
  const platforms = ["Tmall", "Taobao", "JD", "Pinduoduo", "Douyin", "Own shop", "Lazada"];
  const dailyRow = fc.record({
    day: fc.integer({ min: 0, max: 60 }),
    platform: fc.constantFrom(...platforms),
    visitors: fc.integer({ min: 0, max: 100000 }),
    adSpend: fc.integer({ min: 0, max: 50000 }),
    orders: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
    revenue: fc.option(fc.integer({ min: 0, max: 300000 }), { nil: undefined }),
  });

  test("every series range lies within the written rows and columns; no chart covers the table or another chart", () => {
    fc.assert(
      fc.property(
        fc.array(dailyRow, { maxLength: 80 }),
        fc.constantFrom("en", "zh-CN"),
        (raw, lang) => {
          const p = planOf({
            daily: raw.map((r) => ({
              date: d("2027-03-01") + r.day,
              platform: r.platform,
              visitors: r.visitors,
              adSpend: r.adSpend,
              orders: r.orders,
              revenue: r.orders === undefined ? undefined : r.revenue,
            })),
          });
          const tr = dailyTrends(p, { lang: lang as "en" | "zh-CN" });
          const l = dashboardLayout(tr, { lang: lang as "en" | "zh-CN" });
          if (raw.length === 0) {
            expect(l.charts).toEqual([]);
            return;
          }
          const t = l.table;
          if (!t) throw new Error("no table");
          const width = l.rows[0].length;
          expect(width).toBe(1 + 4 * tr.platforms.length);
          for (const r of l.rows) expect(r).toHaveLength(width);
          expect(l.rows).toHaveLength(t.lastRow);
          expect(t.lastRow - t.firstRow + 1).toBe(new Set(raw.map((r) => r.day)).size);
          const tableRect: Rect = { r1: t.groupRow, c1: 1, r2: t.lastRow, c2: width };
          const chartRects = l.charts.map((c) => rectOf(`${c.from}:${c.to}`));
          // Conversion and AOV only where some platform has a value on some day (else the note says why not).
          const drawn = (id: "conversion" | "aov"): boolean =>
            tr.charts[id].series.some((s) => s.values.some((v) => v !== null));
          expect(l.charts.map((c) => c.id)).toEqual([
            "visitors",
            ...(drawn("conversion") ? ["conversion"] : []),
            ...(drawn("aov") ? ["aov"] : []),
            "spendVsVisitors",
          ]);
          for (const c of l.charts) {
            expect(c.series).toHaveLength(tr.platforms.length);
            for (const s of c.series)
              for (const range of [s.x, s.y]) {
                const r = rectOf(range);
                expect(r.c1).toBe(r.c2);
                expect([r.r1, r.r2]).toEqual([t.firstRow, t.lastRow]);
                expect(r.c1).toBeGreaterThanOrEqual(1);
                expect(r.c2).toBeLessThanOrEqual(width);
                // Its header names the series (the date column's names the axis).
                const header = l.rows[t.headerRow - 1][r.c1 - 1];
                if (r.c1 > 1) expect(header).toBe(s.name);
              }
          }
          chartRects.forEach((a, i) => {
            expect(overlaps(a, tableRect)).toBe(false);
            expect(a.r1).toBeGreaterThan(DASHBOARD_GRID.noteRow);
            expect(l.columns.length).toBeGreaterThanOrEqual(a.c2);
            chartRects.forEach((b, j) => {
              if (i !== j) expect(overlaps(a, b)).toBe(false);
            });
          });
          // Data rows hold numbers or blanks only.
          for (let r = t.firstRow; r <= t.lastRow; r++)
            for (const v of l.rows[r - 1]) expect(v === null || typeof v === "number").toBe(true);
        }
      ),
      { numRuns: 150 }
    );
  });
});
