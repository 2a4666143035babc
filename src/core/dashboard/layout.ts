/**
 * The Dashboard sheet's layout from the Daily trends' chart data (src/core/trends/charts.ts), host-neutral.
 *
 * Rows: 1 the title, 2 a note (the dates covered and how the sheet is refreshed; without Daily rows, how to get
 * charts), then the four charts in a 2×2 grid (visitors, conversion | AOV, ad spend against visitors), then the chart
 * data table every chart reads: a group header row (Visitors | Conversion rate | AOV | Ad spend), a platform header
 * row (Date, then each group's platforms), and one row per date. A line series reads the date column as x and its
 * platform's column of the group as y; a scatter series reads its platform's ad-spend column as x and visitors
 * column as y. A cell is blank where that platform has no value that day.
 *
 * A chart whose every series is blank (no Daily row has Orders: no conversion rate; none has Orders and Revenue: no
 * AOV) is left out — Excel would draw an empty frame, or no series at all — and the note says which and why. Its
 * columns stay in the table (blank), so the table has the same shape whatever the Daily sheet holds.
 */
import { columnLetter } from "../cells";
import { isoOfSerial } from "../read/dates";
import { columnSpec, DAILY_SHEET, DASHBOARD_NAMES } from "../schema/sheets";
import { LANGS, type Lang } from "../schema/types";
import { defaultSettings } from "../settings";
import type { DailyTrends, LineChartData, ValueFormat } from "../trends";
import { trendsTranslator } from "../trends/texts";
import { nameIn, numFmtOf, type LayoutCell } from "../write/layout";
import { dashboardTranslator } from "./texts";
import type {
  DashboardChart,
  DashboardGroupId,
  DashboardLayout,
  DashboardSeries,
  DashboardTable,
} from "./types";

export interface DashboardOptions {
  lang: Lang;
  /** The workbook's name of the Dashboard sheet (default: the template's in `lang`). */
  sheetName?: string;
  /** The plan's Currency setting, for the money formats (default: the settings' default, CNY). */
  currency?: string;
  /** The workbook's name of the Daily sheet, as the note names it (default: the template's in `lang`). */
  dailySheetName?: string;
}

/** Where things go: the charts' grid over the top rows, the table below it. */
export const DASHBOARD_GRID = {
  titleRow: 1,
  noteRow: 2,
  chartTop: 4,
  chartRows: 18,
  chartColumns: 8,
  /** Blank rows and columns between two charts. */
  gap: 1,
} as const;

const G = DASHBOARD_GRID;
/** Rows the charts take, gaps included; the table starts after one more blank row. */
const GRID_BOTTOM = G.chartTop + 2 * G.chartRows + G.gap - 1;
const TABLE_GROUP_ROW = GRID_BOTTOM + 2;
const GRID_COLUMNS = 2 * G.chartColumns + G.gap;
const DATE_WIDTH = 12;
const VALUE_WIDTH = 11;

const CHART_CELLS: Record<DashboardChart["id"], { row: number; col: number }> = {
  visitors: { row: 0, col: 0 },
  conversion: { row: 0, col: 1 },
  aov: { row: 1, col: 0 },
  spendVsVisitors: { row: 1, col: 1 },
};

function chartCells(id: DashboardChart["id"]): { from: string; to: string } {
  const { row, col } = CHART_CELLS[id];
  const r1 = G.chartTop + row * (G.chartRows + G.gap);
  const c1 = 1 + col * (G.chartColumns + G.gap);
  return {
    from: `${columnLetter(c1)}${r1}`,
    to: `${columnLetter(c1 + G.chartColumns - 1)}${r1 + G.chartRows - 1}`,
  };
}

export function dashboardLayout(trends: DailyTrends, opts: DashboardOptions): DashboardLayout {
  const { lang } = opts;
  const t = dashboardTranslator(lang);
  const tt = trendsTranslator(lang);
  const name = opts.sheetName ?? nameIn(DASHBOARD_NAMES, lang);
  const daily = opts.dailySheetName ?? nameIn(DAILY_SHEET.names, lang);
  const currency = opts.currency ?? defaultSettings().currency;
  const { visitors, conversion, aov, spendVsVisitors } = trends.charts;

  const dateFmt = columnSpec("daily", "date").format ?? "yyyy-mm-dd";
  const formats: Record<ValueFormat, string> = {
    integer: columnSpec("daily", "visitors").format ?? "#,##0",
    percent: columnSpec("daily", "conversion").format ?? "0.00%",
    money: numFmtOf(columnSpec("daily", "aov").format, currency) ?? "#,##0.00",
  };

  const dates = visitors.x;
  const platforms = visitors.series;
  const title: LayoutCell[] = [t("title")];

  if (dates.length === 0 || platforms.length === 0) {
    return {
      id: "dashboard",
      name,
      rows: [title, [t("noteEmpty", { daily })]],
      columns: [{ letter: "A", width: DATE_WIDTH }],
      numberFormats: [],
      freezeRows: 1,
      boldRows: [1],
      charts: [],
    };
  }

  const p = platforms.length;
  const groupIds: DashboardGroupId[] = ["visitors", "conversion", "aov", "adSpend"];
  const groupLabel: Record<DashboardGroupId, string> = {
    visitors: tt("axis_visitors"),
    conversion: tt("axis_conversion"),
    aov: tt("axis_aov"),
    adSpend: tt("axis_adSpend"),
  };
  const groupFormat: Record<DashboardGroupId, string> = {
    visitors: formats[visitors.yFormat],
    conversion: formats[conversion.yFormat],
    aov: formats[aov.yFormat],
    adSpend: formats[spendVsVisitors.xFormat],
  };
  /** Column index (1-based) of platform i in group g. */
  const colOf = (g: number, i: number): number => 2 + g * p + i;
  const width = 1 + groupIds.length * p;
  const table: DashboardTable = {
    groupRow: TABLE_GROUP_ROW,
    headerRow: TABLE_GROUP_ROW + 1,
    firstRow: TABLE_GROUP_ROW + 2,
    lastRow: TABLE_GROUP_ROW + 1 + dates.length,
    dateColumn: "A",
    groups: groupIds.map((id, g) => ({
      id,
      label: groupLabel[id],
      columns: platforms.map((_, i) => columnLetter(colOf(g, i))),
    })),
    platforms: platforms.map((s) => s.key),
  };

  // Ad spend per platform and date, from the scatter's points (its series are the same platforms).
  const dateIndex = new Map(dates.map((d, i) => [d, i]));
  const spend = platforms.map((s) => {
    const out = new Array<number | null>(dates.length).fill(null);
    const series = spendVsVisitors.series.find((x) => x.key === s.key);
    for (const pt of series?.points ?? []) {
      const i = dateIndex.get(pt.date);
      if (i !== undefined) out[i] = pt.x;
    }
    return out;
  });
  const groupValues: (number | null)[][][] = [
    visitors.series.map((s) => s.values),
    seriesInOrder(conversion, platforms).map((s) => s?.values ?? []),
    seriesInOrder(aov, platforms).map((s) => s?.values ?? []),
    spend,
  ];

  /** Whether a group has no value on any date for any platform (its chart would have nothing to draw). */
  const blankGroup = (g: number): boolean =>
    groupValues[g].every((values) => values.every((v) => v === null || v === undefined));

  const blank = (): LayoutCell[] => new Array<LayoutCell>(width).fill(null);
  const rows: LayoutCell[][] = [];
  rows.push([...title, ...blank().slice(1)]);
  const note = blank();
  note[0] = t("note", {
    from: isoOfSerial(dates[0]),
    to: isoOfSerial(dates[dates.length - 1]),
    days: dates.length,
    platforms: platforms.map((s) => s.name).join(lang === "zh-CN" ? "、" : ", "),
    daily,
  });
  rows.push(note);
  while (rows.length < table.groupRow - 1) rows.push(blank());
  const groupRow = blank();
  groupRow[0] = t("tableCaption");
  groupIds.forEach((id, g) => (groupRow[colOf(g, 0) - 1] = groupLabel[id]));
  const headerRow = blank();
  headerRow[0] = tt("axis_date");
  groupIds.forEach((_, g) => platforms.forEach((s, i) => (headerRow[colOf(g, i) - 1] = s.name)));
  rows.push(groupRow, headerRow);
  dates.forEach((date, r) => {
    const row = blank();
    row[0] = date;
    groupValues.forEach((values, g) =>
      values.forEach((v, i) => (row[colOf(g, i) - 1] = v[r] ?? null))
    );
    rows.push(row);
  });

  const f = table.firstRow;
  const l = table.lastRow;
  const col = (g: number, i: number): string => columnLetter(colOf(g, i));
  const span = (g: number): string => `${col(g, 0)}${f}:${col(g, p - 1)}${l}`;
  const numberFormats = [
    { range: `A${f}:A${l}`, numFmt: dateFmt },
    ...groupIds.map((id, g) => ({ range: span(g), numFmt: groupFormat[id] })),
  ];

  const lineChart = (data: LineChartData, g: number): DashboardChart => ({
    id: data.id,
    name: `OpsPlanner_${data.id}`,
    type: "line",
    title: data.title,
    xTitle: data.xTitle,
    yTitle: data.yTitle,
    xFormat: dateFmt,
    yFormat: formats[data.yFormat],
    ...chartCells(data.id),
    series: platforms.map((s, i): DashboardSeries => ({
      name: s.name,
      key: s.key,
      x: `A${f}:A${l}`,
      y: `${col(g, i)}${f}:${col(g, i)}${l}`,
    })),
  });
  const V = groupIds.indexOf("visitors");
  const S = groupIds.indexOf("adSpend");
  const all: [DashboardChart, boolean][] = [
    [lineChart(visitors, V), blankGroup(V)],
    [
      lineChart(conversion, groupIds.indexOf("conversion")),
      blankGroup(groupIds.indexOf("conversion")),
    ],
    [lineChart(aov, groupIds.indexOf("aov")), blankGroup(groupIds.indexOf("aov"))],
    [
      {
        id: "spendVsVisitors",
        name: "OpsPlanner_spendVsVisitors",
        type: "scatter",
        title: spendVsVisitors.title,
        xTitle: spendVsVisitors.xTitle,
        yTitle: spendVsVisitors.yTitle,
        xFormat: formats[spendVsVisitors.xFormat],
        yFormat: formats[spendVsVisitors.yFormat],
        ...chartCells("spendVsVisitors"),
        series: platforms.map((s, i): DashboardSeries => ({
          name: s.name,
          key: s.key,
          x: `${col(S, i)}${f}:${col(S, i)}${l}`,
          y: `${col(V, i)}${f}:${col(V, i)}${l}`,
        })),
      },
      blankGroup(V) || blankGroup(S),
    ],
  ];
  const charts = all.filter(([, isBlank]) => !isBlank).map(([c]) => c);
  const missing = all.filter(([, isBlank]) => isBlank).map(([c]) => c);
  if (missing.length > 0) {
    const words = {
      daily,
      orders: nameIn(columnSpec("daily", "orders").names, lang),
      revenue: nameIn(columnSpec("daily", "revenue").names, lang),
    };
    const why = missing.map((c) =>
      t(`missing_${MISSING_REASON[c.id]}`, { ...words, chart: c.title })
    );
    note[0] = [note[0], ...why].join(lang === "zh-CN" ? "" : " ");
  }

  const columns = Array.from({ length: Math.max(width, GRID_COLUMNS) }, (_, i) => ({
    letter: columnLetter(i + 1),
    width: i === 0 ? DATE_WIDTH : VALUE_WIDTH,
  }));
  return {
    id: "dashboard",
    name,
    rows,
    columns,
    numberFormats,
    freezeRows: 1,
    boldRows: [1, table.groupRow, table.headerRow],
    charts,
    table,
  };
}

/** Why a chart can be blank: conversion needs Orders, AOV Orders and Revenue (visitors and ad spend are key columns). */
const MISSING_REASON: Record<DashboardChart["id"], string> = {
  visitors: "blank",
  conversion: "conversion",
  aov: "aov",
  spendVsVisitors: "blank",
};

/** Whether a cell holds the Dashboard's title, in any language (the sheet is ours: a refresh may rewrite it). */
export function isDashboardTitle(a1: unknown): boolean {
  if (typeof a1 !== "string") return false;
  const text = a1.trim();
  return LANGS.some((lang) => dashboardTranslator(lang)("title") === text);
}

/** A line chart's series in the order of `platforms` (every line chart has the same platforms, by key). */
function seriesInOrder(
  data: LineChartData,
  platforms: readonly { key: string }[]
): (LineChartData["series"][number] | undefined)[] {
  return platforms.map((s) => data.series.find((x) => x.key === s.key));
}
