/**
 * The sample's Sales sheet: three products' own daily sales, as the platforms' back ends report them, "today" being
 * the plan year's 10 November (the second of the three 双11 main days, so one promotion is in progress).
 * - PC-208 (hero) on Tmall: the 60 days around its 618 promotion, from 25 September, and last year's 双11 season;
 * - PC-206 (hero) on Tmall: around its 618 promotion and from 25 September, selling about 80 a day: its 3,000 in
 *   stock are short of the 900 its 双12 promotion expects (STOCK_OUT_BEFORE_PROMO);
 * - KA-109 (hero) on Tmall and Douyin from 12 September, about 30 a day against 9,000 in stock (SELL_THROUGH_LOW).
 * A promotion's days sell at its effective price with more visitors and a better conversion, the days after it dip.
 */
import type { Anchors } from "./anchors";
import { PROMOTIONS, PROMO_WHEN } from "./promotions";
import type { FieldRow } from "./types";

interface Stream {
  sku: string;
  platform: string;
  /** Regular units a day, visitors a day and price. */
  units: number;
  visitors: number;
  price: number;
  /** Ad spend a day on this SKU. */
  adSpend: number;
  /** Date ranges (inclusive) with rows. */
  ranges(a: Anchors): [number, number][];
  /** Last year's festival days that sold at a promo price (no Promotions row: last year's plan is not here). */
  lastYearPromo?(a: Anchors): [number, number, number][];
}

const STREAMS: readonly Stream[] = [
  {
    sku: "PC-208",
    platform: "Tmall",
    units: 55,
    visitors: 1900,
    price: 199,
    adSpend: 260,
    ranges: (a) => [
      [a.day(5, 17), a.day(7, 16)],
      [a.day(9, 25), a.day(11, 10)],
      [a.day(10, 1, -1), a.day(11, 30, -1)],
    ],
    lastYearPromo: (a) => [[a.day(11, 9, -1), a.day(11, 11, -1), 169]],
  },
  {
    sku: "PC-206",
    platform: "Tmall",
    units: 80,
    visitors: 2600,
    price: 199,
    adSpend: 300,
    ranges: (a) => [
      [a.day(5, 17), a.day(7, 16)],
      [a.day(9, 25), a.day(11, 10)],
    ],
  },
  {
    sku: "KA-109",
    platform: "Tmall",
    units: 18,
    visitors: 900,
    price: 299,
    adSpend: 120,
    ranges: (a) => [[a.day(9, 12), a.day(11, 10)]],
  },
  {
    sku: "KA-109",
    platform: "Douyin",
    units: 12,
    visitors: 700,
    price: 289,
    adSpend: 90,
    ranges: (a) => [[a.day(9, 12), a.day(11, 10)]],
  },
];

/** "Today" of the sample's Sales: its last date. */
export const salesAsOf = (a: Anchors): number => a.day(11, 10);

/** Monday-first weekday factors, as Daily's. */
const WEEK = [1, 0.95, 0.95, 1, 1.1, 1.25, 1.2];

/** A deterministic jitter in [−0.5, 0.5). */
const jitter = (i: number): number =>
  ((((i * 7919 + 104729) % 139968) + 139968) % 139968) / 139968 - 0.5;

const round2 = (x: number): number => Math.round(x * 100) / 100;

interface Promo {
  start: number;
  end: number;
  price: number;
}

function promosOf(s: Stream, a: Anchors): Promo[] {
  const out: Promo[] = [];
  for (const p of PROMOTIONS) {
    if (p.sku !== s.sku || p.platform !== s.platform) continue;
    const when = PROMO_WHEN[p.when];
    out.push({
      start: when.start(a),
      end: when.end(a),
      price: Math.max(0, p.price - (p.coupon ?? 0)),
    });
  }
  for (const [start, end, price] of s.lastYearPromo?.(a) ?? []) out.push({ start, end, price });
  return out;
}

/** The Sales rows of plan year `a.year`, by date, then SKU and platform. */
export function salesRows(a: Anchors): FieldRow[] {
  const rows: FieldRow[] = [];
  STREAMS.forEach((s, si) => {
    const promos = promosOf(s, a);
    for (const [from, to] of s.ranges(a)) {
      for (let date = from; date <= to; date++) {
        const i = date * 7 + si;
        const week = WEEK[(date + 5) % 7];
        const on = promos.find((p) => date >= p.start && date <= p.end);
        const after = promos.find((p) => date > p.end && date <= p.end + 5);
        const lift = on ? 2.6 : after ? 0.75 : 1;
        const convLift = on ? 1.5 : after ? 0.9 : 1;
        const visitors = Math.round(s.visitors * week * lift * (1 + 0.08 * jitter(i)));
        const units = Math.max(
          1,
          Math.round(s.units * week * lift * convLift * (1 + 0.12 * jitter(i + 3)))
        );
        const buyers = Math.max(1, Math.round(units * (0.93 + 0.04 * jitter(i + 5))));
        const price = on ? on.price : s.price;
        const revenue = round2(units * price * (1 + 0.02 * jitter(i + 7)));
        const refunds = round2(revenue * (0.03 + 0.02 * jitter(i + 11)));
        const adSpend = round2(s.adSpend * (on ? 3 : 1) * (1 + 0.1 * jitter(i + 13)));
        rows.push({
          date,
          sku: s.sku,
          platform: s.platform,
          visitors,
          buyers,
          units,
          revenue,
          refunds,
          adSpend,
        });
      }
    }
  });
  return rows.sort(
    (x, y) =>
      Number(x.date) - Number(y.date) ||
      String(x.sku).localeCompare(String(y.sku)) ||
      String(x.platform).localeCompare(String(y.platform))
  );
}
