/**
 * CPC_SATURATION: per platform (and channel), when the high-spend days cost clearly more than the low-spend days
 * but bring hardly more visitors, the bids are past the point where more money buys more clicks.
 */
import { cellOf, type Hit } from "../finding";
import { DEFAULT_PLATFORMS } from "../lists";
import type { DailyRow, Row } from "../plan";
import { defineRule } from "./rule";
import { channelZh } from "./messageParts";
import { count, money, pct } from "../numberText";

/** Fewest days a group needs before it is judged. */
export const SATURATION_MIN_DAYS = 6;

export interface SpendHalves {
  /** Days in the group, and days in each half (an odd middle day is left out). */
  days: number;
  half: number;
  spendLow: number;
  spendHigh: number;
  visitorsLow: number;
  visitorsHigh: number;
}

/** Means of the lower and upper half of days already sorted by spend (ascending); undefined below SATURATION_MIN_DAYS. */
export function spendHalves(
  sortedBySpend: readonly { spend: number; visitors: number }[]
): SpendHalves | undefined {
  const n = sortedBySpend.length;
  if (n < SATURATION_MIN_DAYS) return undefined;
  const half = Math.floor(n / 2);
  let spendLow = 0;
  let spendHigh = 0;
  let visitorsLow = 0;
  let visitorsHigh = 0;
  for (let i = 0; i < half; i++) {
    spendLow += sortedBySpend[i].spend;
    visitorsLow += sortedBySpend[i].visitors;
    spendHigh += sortedBySpend[n - half + i].spend;
    visitorsHigh += sortedBySpend[n - half + i].visitors;
  }
  return {
    days: n,
    half,
    spendLow: spendLow / half,
    spendHigh: spendHigh / half,
    visitorsLow: visitorsLow / half,
    visitorsHigh: visitorsHigh / half,
  };
}

// Exactly at a threshold is no breach; the tolerance keeps float noise (100 × 1.3 = 130.00000000000003) from deciding.
const tol = (x: number): number => 1e-9 * Math.max(1, Math.abs(x));

/** Spend rose by more than `spendRise` while visitors rose by less than `visitorRise` (both fractions). */
export function cpcSaturationBreach(
  h: SpendHalves,
  spendRise: number,
  visitorRise: number
): boolean {
  const spendLimit = h.spendLow * (1 + spendRise);
  const visitorLimit = h.visitorsLow * (1 + visitorRise);
  return (
    h.spendHigh > spendLimit + tol(spendLimit) && h.visitorsHigh < visitorLimit - tol(visitorLimit)
  );
}

/** A platform (and channel) group of Daily rows, sorted by Ad spend, with its halves. */
export interface SpendGroup {
  platform: string;
  channel?: string;
  /** Sorted by Ad spend, then date, then sheet row: the order the halves are taken in. */
  rows: Row<DailyRow>[];
  halves: SpendHalves;
}

/** The Daily rows per platform and channel (a blank channel is its own group), each with ≥ SATURATION_MIN_DAYS rows. */
export function spendGroups(daily: readonly Row<DailyRow>[]): SpendGroup[] {
  const groups = new Map<string, Row<DailyRow>[]>();
  for (const r of daily) {
    const k = `${r.v.platform}\u0000${r.v.channel ?? ""}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out: SpendGroup[] = [];
  for (const rows of groups.values()) {
    if (rows.length < SATURATION_MIN_DAYS) continue;
    rows.sort((a, b) => a.v.adSpend - b.v.adSpend || a.v.date - b.v.date || a.row - b.row);
    const halves = spendHalves(rows.map((r) => ({ spend: r.v.adSpend, visitors: r.v.visitors })));
    if (!halves) continue;
    const { platform, channel } = rows[0].v;
    out.push(channel ? { platform, channel, rows, halves } : { platform, rows, halves });
  }
  return out;
}

/** The groups CPC_SATURATION reports (both rises are fractions). */
export function saturatedGroups(
  daily: readonly Row<DailyRow>[],
  spendRise: number,
  visitorRise: number
): SpendGroup[] {
  return spendGroups(daily).filter((g) => cpcSaturationBreach(g.halves, spendRise, visitorRise));
}

const platformZh = (p: string): string => DEFAULT_PLATFORMS.find((e) => e.value === p)?.zh ?? p;

const rise = (high: number, low: number): string =>
  pct(low === 0 ? (high === 0 ? 0 : Infinity) : high / low - 1);

export const cpcSaturation = defineRule({
  id: "CPC_SATURATION",
  severity: "warning",
  reads: [
    "daily.date",
    "daily.platform",
    "daily.channel",
    "daily.visitors",
    "daily.adSpend",
    "settings.saturationSpendRise",
    "settings.saturationVisitorRise",
  ],
  message: {
    en:
      "{{group}}: on its {{half}} highest-spend days of {{days}}, mean Ad spend is {{spendRise}} higher than on the {{half}} lowest " +
      "({{spendHigh}} vs {{spendLow}}), but mean visitors only {{visitorRise}} higher ({{visitorsHigh}} vs {{visitorsLow}}). " +
      "Clicks are saturated: the same budget at a lower bid buys more visitors.",
    "zh-CN":
      "{{groupZh}}：{{days}} 天中花费最高的 {{half}} 天，平均推广花费比最低的 {{half}} 天高 {{spendRise}}（{{spendHigh}} 对 {{spendLow}}），" +
      "平均访客数却只高 {{visitorRise}}（{{visitorsHigh}} 对 {{visitorsLow}}）。点击已饱和：同样的预算降低出价能买到更多访客。",
  },
  check({ plan, settings }) {
    const hits: Hit[] = [];
    for (const { rows, halves: h } of saturatedGroups(
      plan.daily,
      settings.saturationSpendRise,
      settings.saturationVisitorRise
    )) {
      let latest = rows[0];
      for (const r of rows)
        if (r.v.date > latest.v.date || (r.v.date === latest.v.date && r.row > latest.row))
          latest = r;
      const { platform, channel } = latest.v;
      const cur = settings.currency;
      const round = (v: number): string => count(Math.round(v * 10) / 10);
      hits.push({
        rule: "CPC_SATURATION",
        at: cellOf(latest, "adSpend"),
        related: [],
        params: {
          group: channel ? `${platform} / ${channel}` : platform,
          groupZh: channel
            ? `${platformZh(platform)} / ${channelZh(channel)}`
            : platformZh(platform),
          days: h.days,
          half: h.half,
          spendLow: money(h.spendLow, cur),
          spendHigh: money(h.spendHigh, cur),
          spendRise: rise(h.spendHigh, h.spendLow),
          visitorsLow: round(h.visitorsLow),
          visitorsHigh: round(h.visitorsHigh),
          visitorRise: rise(h.visitorsHigh, h.visitorsLow),
        },
      });
    }
    return hits;
  },
});
