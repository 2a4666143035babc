/**
 * What the preview draws of a sheet's charts (the Dashboard's), without React: each series read from the cells its
 * ranges name in the in-memory sheet — the cells Excel's chart reads — so editing a data cell redraws the chart. A
 * blank or error cell is no value: a line's gap (Excel's default for empty cells, and what it does with #N/A), no
 * scatter point. Text is no value either (Excel would plot it as 0; our data table holds numbers only).
 */
import type { CellValue } from "../core/cells";
import type { DashboardChart } from "../core/dashboard/types";
import { dateToSerial } from "../core/read/dates";
import { rangePos, splitAddress } from "../core/write/addresses";
import type { MemorySheet, MemoryWorkbook } from "./memoryWorkbook";

/** One colour per platform, the same in every chart (colour-blind-safe, readable on white). */
export const SERIES_COLOURS = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#8C6D00",
  "#56B4E9",
  "#6A3D9A",
  "#595959",
];

export interface SeriesView {
  /** The data key of the series' values in a line chart's rows (`s0`, `s1`…). */
  dataKey: string;
  /** The legend entry. */
  name: string;
  /** Canonical platform. */
  key: string;
  colour: string;
}

/** A line chart's rows: one per x (a date serial), ascending, with each series' value (null: a gap). */
export type LineRow = { x: number } & Record<string, number | null>;

export interface LineChartView {
  type: "line";
  chart: DashboardChart;
  series: SeriesView[];
  rows: LineRow[];
}

export interface ScatterChartView {
  type: "scatter";
  chart: DashboardChart;
  series: (SeriesView & { points: { x: number; y: number }[] })[];
}

export type ChartView = LineChartView | ScatterChartView;

/** A cell as a chart reads it: a number (a date as its serial), else no value. */
function chartNumber(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return dateToSerial(v);
  return null;
}

/** The values of a one-column range (`A47:A120`, or sheet-qualified), top to bottom. */
export function rangeNumbers(
  wb: MemoryWorkbook,
  sheet: MemorySheet,
  range: string
): (number | null)[] {
  const { sheet: named, cell } = splitAddress(range);
  const s = named === undefined ? sheet : wb.sheet(named);
  const r = rangePos(cell);
  if (!s || !r) return [];
  const out: (number | null)[] = [];
  for (let row = r.from.row; row <= r.to.row; row++)
    out.push(chartNumber(s.cellAt(row, r.from.col)?.value));
  return out;
}

/** Platform → colour, in the order the sheet's charts first name each platform. */
export function seriesColours(charts: readonly DashboardChart[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const c of charts)
    for (const s of c.series)
      if (!colours.has(s.key))
        colours.set(s.key, SERIES_COLOURS[colours.size % SERIES_COLOURS.length]);
  return colours;
}

function lineView(
  wb: MemoryWorkbook,
  sheet: MemorySheet,
  chart: DashboardChart,
  colours: Map<string, string>
): LineChartView {
  const series = chart.series.map((s, i) => ({
    dataKey: `s${i}`,
    name: s.name,
    key: s.key,
    colour: colours.get(s.key) ?? SERIES_COLOURS[0],
  }));
  const byX = new Map<number, LineRow>();
  chart.series.forEach((s, i) => {
    const xs = rangeNumbers(wb, sheet, s.x);
    const ys = rangeNumbers(wb, sheet, s.y);
    xs.forEach((x, j) => {
      if (x === null) return;
      let row = byX.get(x);
      if (!row) {
        row = { x } as LineRow;
        for (const v of series) row[v.dataKey] = null;
        byX.set(x, row);
      }
      const y = ys[j] ?? null;
      if (y !== null) row[series[i].dataKey] = y;
    });
  });
  return { type: "line", chart, series, rows: [...byX.values()].sort((a, b) => a.x - b.x) };
}

function scatterView(
  wb: MemoryWorkbook,
  sheet: MemorySheet,
  chart: DashboardChart,
  colours: Map<string, string>
): ScatterChartView {
  return {
    type: "scatter",
    chart,
    series: chart.series.map((s, i) => {
      const xs = rangeNumbers(wb, sheet, s.x);
      const ys = rangeNumbers(wb, sheet, s.y);
      const points: { x: number; y: number }[] = [];
      xs.forEach((x, j) => {
        const y = ys[j] ?? null;
        if (x !== null && y !== null) points.push({ x, y });
      });
      return {
        dataKey: `s${i}`,
        name: s.name,
        key: s.key,
        colour: colours.get(s.key) ?? SERIES_COLOURS[0],
        points,
      };
    }),
  };
}

/** Every chart of the sheet, with the data its cells hold now. */
export function chartViews(wb: MemoryWorkbook, sheet: MemorySheet): ChartView[] {
  const colours = seriesColours(sheet.charts);
  return sheet.charts.map((c) =>
    c.type === "line" ? lineView(wb, sheet, c, colours) : scatterView(wb, sheet, c, colours)
  );
}

/** Up to `count` evenly spread values of a sorted list (a date axis' ticks: days that have data). */
export function spreadTicks(values: readonly number[], count: number): number[] {
  if (values.length <= count) return [...values];
  const out: number[] = [];
  for (let i = 0; i < count; i++)
    out.push(values[Math.round((i * (values.length - 1)) / (count - 1))]);
  return [...new Set(out)];
}
