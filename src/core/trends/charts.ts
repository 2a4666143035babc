/**
 * Chart data of the Daily trends, host-neutral: a line chart is one x axis of dates and one value array per
 * platform (what an Excel chart's source table holds: a date column and a column per series — and what a React chart
 * library's rows are, zipped); a scatter chart is points per platform.
 */
import type { Serial } from "../plan";
import type { Lang } from "../schema/types";
import { aovOf, conversionOf, type DayTotals } from "./aggregate";
import { platformName, trendsTranslator } from "./texts";

export type ValueFormat = "integer" | "percent" | "money";

export interface LineSeries {
  /** Canonical platform (the series key). */
  key: string;
  name: string;
  /** One per x; null where that platform has no row (or no value) that day. */
  values: (number | null)[];
}

export interface LineChartData {
  id: "visitors" | "conversion" | "aov";
  title: string;
  xTitle: string;
  yTitle: string;
  yFormat: ValueFormat;
  /** Dates (serials), ascending, every date any platform has. */
  x: Serial[];
  series: LineSeries[];
}

export interface ScatterPoint {
  x: number;
  y: number;
  date: Serial;
}

export interface ScatterChartData {
  id: "spendVsVisitors";
  title: string;
  xTitle: string;
  yTitle: string;
  xFormat: ValueFormat;
  yFormat: ValueFormat;
  series: { key: string; name: string; points: ScatterPoint[] }[];
}

export interface TrendCharts {
  visitors: LineChartData;
  conversion: LineChartData;
  aov: LineChartData;
  spendVsVisitors: ScatterChartData;
}

export function trendCharts(
  platforms: readonly { platform: string; days: DayTotals[] }[],
  lang: Lang
): TrendCharts {
  const t = trendsTranslator(lang);
  const dates = new Set<Serial>();
  for (const p of platforms) for (const d of p.days) dates.add(d.date);
  const x = [...dates].sort((a, b) => a - b);
  const index = new Map(x.map((d, i) => [d, i]));
  const line = (
    id: LineChartData["id"],
    yFormat: ValueFormat,
    value: (d: DayTotals) => number | null
  ): LineChartData => ({
    id,
    title: t(`chart_${id}`),
    xTitle: t("axis_date"),
    yTitle: t(`axis_${id}`),
    yFormat,
    x,
    series: platforms.map((p) => {
      const values = new Array<number | null>(x.length).fill(null);
      for (const d of p.days) values[index.get(d.date) as number] = value(d);
      return { key: p.platform, name: platformName(p.platform, lang), values };
    }),
  });
  return {
    visitors: line("visitors", "integer", (d) => d.visitors),
    conversion: line("conversion", "percent", conversionOf),
    aov: line("aov", "money", aovOf),
    spendVsVisitors: {
      id: "spendVsVisitors",
      title: t("chart_spendVsVisitors"),
      xTitle: t("axis_adSpend"),
      yTitle: t("axis_visitors"),
      xFormat: "money",
      yFormat: "integer",
      series: platforms.map((p) => ({
        key: p.platform,
        name: platformName(p.platform, lang),
        points: p.days.map((d) => ({ x: d.adSpend, y: d.visitors, date: d.date })),
      })),
    },
  };
}
