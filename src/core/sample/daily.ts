/**
 * 61 days of daily data (August and September of the year before the plan) for five platform/channel groups. The
 * channels' spend keeps within their Budget Amount (a month's money) but Livestream / KOL's, which runs at about
 * 12,000 a month against 9,000 (BUDGET_PACE).
 * Visitors follow ad spend everywhere except on Pinduoduo, where spend climbs from 600 to 2,400 a day while visitors
 * stay near 5,200: the clicks just got dearer (CPC_SATURATION).
 */
import type { Anchors } from "./anchors";
import type { Breach, FieldRow } from "./types";

interface Group {
  platform: string;
  channel?: string;
  /** Ad spend of day `d` (0-based), given its weekday factor. */
  spend(d: number, week: number): number;
  cpc: number;
  /** Visitors that come without paying for them, and per click. */
  organic: number;
  perClick: number;
  conversion: number;
  aov: number;
  saturated?: true;
}

const GROUPS: readonly Group[] = [
  {
    platform: "Tmall",
    channel: "CPC search ads",
    spend: (d, w) => 440 * w * (1 + 0.1 * Math.sin(d / 9)),
    cpc: 1.55,
    organic: 520,
    perClick: 1.9,
    conversion: 0.034,
    aov: 312,
  },
  {
    platform: "Tmall",
    channel: "Display ads",
    spend: (_, w) => 225 * w,
    cpc: 0.85,
    organic: 225,
    perClick: 1.2,
    conversion: 0.018,
    aov: 298,
  },
  {
    platform: "JD",
    spend: (d, w) => 1300 * w * (1 + 0.08 * Math.cos(d / 7)),
    cpc: 1.4,
    organic: 2100,
    perClick: 1.5,
    conversion: 0.031,
    aov: 305,
  },
  {
    platform: "Pinduoduo",
    spend: (d) => 600 + 30 * d,
    cpc: 0,
    organic: 5200,
    perClick: 0,
    conversion: 0.029,
    aov: 186,
    saturated: true,
  },
  {
    platform: "Douyin",
    channel: "Livestream / KOL",
    spend: (d, w) => 400 * w * (1 + 0.15 * Math.sin(d / 5)),
    cpc: 1.1,
    organic: 200,
    perClick: 1.3,
    conversion: 0.026,
    aov: 241,
  },
];

/** Monday-first weekday factors: weekends sell more. */
const WEEK = [1, 0.95, 0.95, 1, 1.1, 1.25, 1.2];

/** A deterministic jitter in [−0.5, 0.5). */
const jitter = (i: number): number =>
  ((((i * 9301 + 49297) % 233280) + 233280) % 233280) / 233280 - 0.5;

const round2 = (x: number): number => Math.round(x * 100) / 100;

export const DAILY_DAYS = 61;
export const DAILY_GROUPS = GROUPS.length;

const SATURATION: Breach = {
  rule: "CPC_SATURATION",
  field: "adSpend",
  why: {
    en: "Pinduoduo spend rose from 600 to 2,400 a day while visitors stayed near 5,200.",
    zh: "拼多多日花费从600涨到2,400，访客数却一直在5,200左右。",
  },
};

/** Rows by date, then group; the saturated group's last day carries the breach. */
export function dailyRows(a: Anchors): {
  rows: FieldRow[];
  breaches: { index: number; breach: Breach }[];
} {
  const first = a.day(8, 1, -1);
  const rows: FieldRow[] = [];
  const breaches: { index: number; breach: Breach }[] = [];
  for (let d = 0; d < DAILY_DAYS; d++) {
    const date = first + d;
    // From 1 March 1900 on, serial mod 7 is 0 on Saturdays (45658, 2025-01-01, a Wednesday, gives 4): Monday-first.
    const week = WEEK[(date + 5) % 7];
    GROUPS.forEach((g, gi) => {
      const i = d * GROUPS.length + gi;
      const adSpend = round2(g.spend(d, week));
      let clicks: number;
      let visitors: number;
      if (g.saturated) {
        clicks = Math.round(1400 + 120 * jitter(i));
        visitors = Math.round(g.organic + 160 * jitter(i + 7));
      } else {
        clicks = Math.round((adSpend / g.cpc) * (1 + 0.04 * jitter(i)));
        visitors = Math.round(g.organic * (1 + 0.05 * jitter(i + 3)) + clicks * g.perClick);
      }
      const orders = Math.round(visitors * g.conversion * (1 + 0.1 * jitter(i + 11)));
      const revenue = round2(orders * g.aov * (1 + 0.06 * jitter(i + 13)));
      if (g.saturated && d === DAILY_DAYS - 1)
        breaches.push({ index: rows.length, breach: SATURATION });
      rows.push({
        date,
        platform: g.platform,
        channel: g.channel ?? null,
        visitors,
        orders,
        revenue,
        adSpend,
        clicks,
      });
    });
  }
  return { rows, breaches };
}
