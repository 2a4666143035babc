/**
 * The Daily trends (issue 6): week over week per platform, the weekday pattern of conversion, and the chart data
 * the Excel charts adapter and the preview's charts both draw. Daily rows of one platform and date (its channels)
 * count as one day.
 */
import type { Plan } from "../plan";
import type { Lang } from "../schema/types";
import { allPlatforms, dailyByPlatform } from "./aggregate";
import { trendCharts, type TrendCharts } from "./charts";
import { weekdayPattern, type WeekdayPattern } from "./weekdays";
import { weeklyTrend, type WeekTrend } from "./weekly";

export * from "./charts";
export * from "./weekdays";
export * from "./weekly";
export { platformName } from "./texts";

export interface DailyTrends {
  /** Canonical platforms with Daily rows, in Lists order. */
  platforms: string[];
  /** Per platform, then all platforms together (platform null); each oldest week first. */
  weekly: WeekTrend[];
  /** Per platform, then all platforms together. */
  weekdays: WeekdayPattern[];
  charts: TrendCharts;
}

export function dailyTrends(
  plan: Pick<Plan, "daily" | "lists">,
  opts: { lang: Lang }
): DailyTrends {
  const platforms = dailyByPlatform(
    plan.daily,
    plan.lists.platforms.map((e) => e.value)
  );
  const all = allPlatforms(platforms);
  const weekly = [
    ...platforms.flatMap((p) => weeklyTrend(p.platform, p.days)),
    ...(all.length ? weeklyTrend(null, all) : []),
  ];
  const weekdays = [
    ...platforms.map((p) => weekdayPattern(p.platform, p.days, opts.lang)),
    ...(all.length ? [weekdayPattern(null, all, opts.lang)] : []),
  ];
  return {
    platforms: platforms.map((p) => p.platform),
    weekly,
    weekdays,
    charts: trendCharts(platforms, opts.lang),
  };
}
