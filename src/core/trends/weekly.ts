/** Week over week, per platform and for all platforms: ISO weeks, their totals and ratios, and the change on the week before. */
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import type { Serial } from "../plan";
import { localDateOf, mondayOf } from "../timeline/isoWeeks";
import {
  addTotals,
  aovOf,
  conversionOf,
  emptyTotals,
  ordersOf,
  revenueOf,
  type DayTotals,
} from "./aggregate";

export interface WeekChange {
  /** Fractions (0.12 = +12 %); counts and amounts compare daily means, so a short week compares fairly. */
  visitors: number | null;
  orders: number | null;
  revenue: number | null;
  adSpend: number | null;
  conversion: number | null;
  aov: number | null;
}

export interface WeekTrend {
  /** Canonical platform; null for all platforms together. */
  platform: string | null;
  isoYear: number;
  week: number;
  monday: Serial;
  /** Days of the week with Daily rows. */
  days: number;
  visitors: number;
  orders: number | null;
  revenue: number | null;
  adSpend: number;
  conversion: number | null;
  aov: number | null;
  /** revenue / ad spend. */
  roas: number | null;
  /** Against the ISO week just before; null when that week has no rows. */
  change: WeekChange | null;
}

const rise = (now: number | null, before: number | null): number | null =>
  now === null || before === null || before === 0 ? null : now / before - 1;
const perDay = (x: number | null, days: number): number | null =>
  x === null || days === 0 ? null : x / days;

/** The ISO weeks of a platform's days (sorted by date), oldest first. */
export function weeklyTrend(platform: string | null, days: readonly DayTotals[]): WeekTrend[] {
  const weeks = new Map<Serial, { totals: DayTotals; days: number }>();
  for (const d of days) {
    const m = mondayOf(d.date);
    let w = weeks.get(m);
    if (!w) {
      w = { totals: emptyTotals(m), days: 0 };
      weeks.set(m, w);
    }
    addTotals(w.totals, d);
    w.days++;
  }
  const out: WeekTrend[] = [];
  const byMonday = new Map<Serial, WeekTrend>();
  for (const [monday, w] of [...weeks].sort((a, b) => a[0] - b[0])) {
    const local = localDateOf(monday);
    const t = w.totals;
    const revenue = revenueOf(t);
    const trend: WeekTrend = {
      platform,
      isoYear: getISOWeekYear(local),
      week: getISOWeek(local),
      monday,
      days: w.days,
      visitors: t.visitors,
      orders: ordersOf(t),
      revenue,
      adSpend: t.adSpend,
      conversion: conversionOf(t),
      aov: aovOf(t),
      roas: revenue !== null && t.adSpend > 0 ? revenue / t.adSpend : null,
      change: null,
    };
    const prev = byMonday.get(monday - 7);
    if (prev)
      trend.change = {
        visitors: rise(perDay(trend.visitors, trend.days), perDay(prev.visitors, prev.days)),
        orders: rise(perDay(trend.orders, trend.days), perDay(prev.orders, prev.days)),
        revenue: rise(perDay(trend.revenue, trend.days), perDay(prev.revenue, prev.days)),
        adSpend: rise(perDay(trend.adSpend, trend.days), perDay(prev.adSpend, prev.days)),
        conversion: rise(trend.conversion, prev.conversion),
        aov: rise(trend.aov, prev.aov),
      };
    byMonday.set(monday, trend);
    out.push(trend);
  }
  return out;
}
