/**
 * The weekday pattern of conversion (the seed: 为什么周六的转化率特别低). Per weekday, Monday first, the pooled
 * conversion of its days (their orders / their visitors, so a busy day weighs more than a quiet one), against the
 * pooled conversion of all days; the worst weekday, and whether it also brings more visitors than an average day
 * (browsing traffic that buys less is the usual reason a weekend converts worse).
 */
import type { Lang } from "../schema/types";
import { pct } from "../numberText";
import { addTotals, conversionOf, emptyTotals, type DayTotals } from "./aggregate";
import { platformName, trendsTranslator } from "./texts";

export interface WeekdayConversion {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  label: string;
  /** Days of this weekday with Orders. */
  days: number;
  conversion: number | null;
  /** Mean visitors per day of this weekday, against all days' mean (a fraction). */
  visitorsVsMean: number | null;
}

export interface WeekdayPattern {
  platform: string | null;
  weekdays: WeekdayConversion[];
  /** Pooled conversion of every day. */
  mean: number | null;
  worst: (WeekdayConversion & { vsMean: number }) | null;
  /** The worst weekday in a sentence; null when there is no conversion to compare. */
  message: string | null;
}

/** Monday = 0 from a serial (from 1 March 1900 on, serial 2 + 7n is a Monday). */
export const weekdayOf = (serial: number): number => (((Math.floor(serial) - 2) % 7) + 7) % 7;

export function weekdayPattern(
  platform: string | null,
  days: readonly DayTotals[],
  lang: Lang
): WeekdayPattern {
  const t = trendsTranslator(lang);
  const buckets = Array.from({ length: 7 }, () => ({
    totals: emptyTotals(0),
    days: 0,
    visitors: 0,
    visitorDays: 0,
  }));
  const all = emptyTotals(0);
  let visitorDays = 0;
  let visitors = 0;
  for (const d of days) {
    const b = buckets[weekdayOf(d.date)];
    addTotals(b.totals, d);
    addTotals(all, d);
    if (d.withOrders > 0) b.days++;
    b.visitors += d.visitors;
    b.visitorDays++;
    visitors += d.visitors;
    visitorDays++;
  }
  const meanVisitors = visitorDays > 0 ? visitors / visitorDays : 0;
  const weekdays: WeekdayConversion[] = buckets.map((b, weekday) => ({
    weekday,
    label: t(`weekday_${weekday}`),
    days: b.days,
    conversion: conversionOf(b.totals),
    visitorsVsMean:
      b.visitorDays > 0 && meanVisitors > 0 ? b.visitors / b.visitorDays / meanVisitors - 1 : null,
  }));
  const mean = conversionOf(all);
  let worst: WeekdayPattern["worst"] = null;
  for (const w of weekdays)
    if (
      w.conversion !== null &&
      mean !== null &&
      mean > 0 &&
      (worst === null || w.conversion < worst.conversion!)
    )
      worst = { ...w, vsMean: w.conversion / mean - 1 };
  let message: string | null = null;
  if (worst && mean !== null) {
    const gap = worst.visitorsVsMean;
    const context =
      gap === null || Math.abs(gap) < 0.05 ? undefined : gap > 0 ? "moreVisitors" : "fewerVisitors";
    message = t(context ? `worstWeekday_${context}` : "worstWeekday", {
      platform: platformName(platform, lang),
      weekday: worst.label,
      conversion: pct2(worst.conversion as number),
      mean: pct2(mean),
      gap: pct(worst.vsMean),
      days: worst.days,
      visitorsGap: gap === null ? "" : pct(Math.abs(gap)),
    });
  }
  return { platform, weekdays, mean, worst, message };
}

/** A conversion rate with two decimals: 2.64%. */
const pct2 = (x: number): string => `${(Math.round(x * 10000) / 100).toFixed(2)}%`;
