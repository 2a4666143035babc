/**
 * Response curves of the budget channels: expected visitors for a spend over the budget's horizon,
 * visitors = Vmax · spend / (K + spend), and what a visitor is worth (conversion, AOV).
 *
 * A channel's curve comes from, in this order:
 * 1. its Daily rows (Daily's Channel column), fitted with SATURATION's least-squares fit. A channel's day is the sum
 *    over platforms of that channel's rows on that date (the Budget line buys the channel on every platform it
 *    runs on). The fit is per day; a budget is spent over `horizonDays` days (default 30: the Budget cap is read
 *    as a month's promotion money), evenly, so the curve of the whole budget is the daily one scaled: Vmax·D and
 *    K·D (D·Vmax·(s/D)/(K + s/D) = D·Vmax·s/(D·K + s)).
 * 2. the planner's Expected CPC on the Budget line: a curve through the planner's own expectation — at the line's
 *    reference spend r (its Amount, else Max, else Min, else an even share of the cap) it buys r / Expected CPC
 *    visitors, as the sheet's Expected visitors column says — that saturates at K = `saturationMultiple` × r
 *    (default 2: past twice today's amount each extra yuan buys under a quarter of what the first did). So
 *    K = m·r and Vmax = (K + r) / CPC: the first yuan buys (m + 1)/m ÷ CPC visitors and the r-th m/(m + 1) ÷ CPC
 *    (at m = 2: 1.5 ÷ CPC and 0.67 ÷ CPC), averaging exactly 1 ÷ CPC up to r — clicks get dearer as a channel is
 *    pushed, and the planner's own figure holds where the planner put it.
 * 3. neither: no curve — the allocator keeps the planner's Amount and says why.
 *
 * A visitor's worth: conversion from the line's Expected conversion, else the channel's Daily orders / visitors;
 * AOV from the line's Expected revenue / Expected orders (Expected orders = Expected visitors × conversion, as the
 * sheet computes it), else the channel's Daily revenue / orders. A channel on several lines takes each assumption
 * from the first line (top to bottom) that has it.
 */
import { FAKE_ORDERS_CHANNEL } from "../lists";
import { fitSaturation } from "../metrics/saturation";
import { visitors as expectedVisitors } from "../metrics/visitors";
import type { BudgetLine, DailyRow, Row } from "../plan";
import type { BudgetNote } from "./notes";

export interface ResponseCurve {
  channel: string;
  source: "daily" | "expectedCpc";
  /** Visitors the whole budget approaches as spend grows without bound. */
  vmax: number;
  /** Spend (over the horizon) at which visitors reach half of Vmax. */
  k: number;
  /** Orders per visitor; undefined when neither the Budget line nor Daily gives one. */
  conversion?: number;
  conversionFrom?: "budget" | "daily";
  /** Revenue per order; undefined when neither the Budget line nor Daily gives one. */
  aov?: number;
  aovFrom?: "budget" | "daily";
  /** The daily fit behind a "daily" curve. */
  fit?: { days: number; dailyVmax: number; dailyK: number; rmse: number; horizonDays: number };
}

export interface CurveOptions {
  /** Days the budget is spent over (default 30: a month's promotion budget). */
  horizonDays?: number;
  /** K of an Expected-CPC curve as a multiple of the line's reference spend (default 2). */
  saturationMultiple?: number;
  /** The Budget cap: the reference spend of a line with no Amount, Min or Max is an even share of it. */
  cap?: number;
}

export const DEFAULT_HORIZON_DAYS = 30;
export const DEFAULT_SATURATION_MULTIPLE = 2;

/** Visitors a curve expects at a spend. */
export function curveVisitors(c: Pick<ResponseCurve, "vmax" | "k">, spend: number): number {
  return spend <= 0 ? 0 : (c.vmax * spend) / (c.k + spend);
}

interface ChannelDays {
  spend: number[];
  visitors: number[];
  orders: number;
  ordersVisitors: number;
  revenue: number;
  revenueOrders: number;
}

/** A channel's Daily rows summed per date across platforms. */
function channelDays(rows: readonly Row<DailyRow>[]): ChannelDays {
  const byDate = new Map<number, { spend: number; visitors: number }>();
  let orders = 0;
  let ordersVisitors = 0;
  let revenue = 0;
  let revenueOrders = 0;
  for (const { v } of rows) {
    const d = byDate.get(v.date);
    if (d) {
      d.spend += v.adSpend;
      d.visitors += v.visitors;
    } else byDate.set(v.date, { spend: v.adSpend, visitors: v.visitors });
    if (v.orders !== undefined) {
      orders += v.orders;
      ordersVisitors += v.visitors;
      if (v.revenue !== undefined) {
        revenue += v.revenue;
        revenueOrders += v.orders;
      }
    }
  }
  const days = [...byDate.values()];
  return {
    spend: days.map((d) => d.spend),
    visitors: days.map((d) => d.visitors),
    orders,
    ordersVisitors,
    revenue,
    revenueOrders,
  };
}

const first = <T>(xs: readonly T[], pick: (x: T) => number | undefined): number | undefined => {
  for (const x of xs) {
    const v = pick(x);
    if (v !== undefined && Number.isFinite(v)) return v;
  }
  return undefined;
};

/** The line's AOV as the sheet implies it: Expected revenue / (Expected visitors × Expected conversion). */
function budgetAov(line: BudgetLine): number | undefined {
  const { amount, expectedCpc, expectedConversion, expectedRevenue } = line;
  if (expectedRevenue === undefined || !expectedCpc || !expectedConversion) return undefined;
  const v = expectedVisitors(amount, expectedCpc);
  if (typeof v !== "number" || v <= 0) return undefined;
  return expectedRevenue / (v * expectedConversion);
}

function referenceSpend(lines: readonly BudgetLine[], fallback: number): number {
  const total = (f: (l: BudgetLine) => number | undefined): number =>
    lines.reduce((t, l) => t + (f(l) ?? 0), 0);
  for (const r of [total((l) => l.amount), total((l) => l.max), total((l) => l.min)])
    if (r > 0) return r;
  return fallback;
}

export interface Curves {
  /** By canonical channel name. */
  curves: Map<string, ResponseCurve>;
  /** Channels whose Daily rows could not be fitted (their curve, if any, comes from the Expected CPC). */
  notes: BudgetNote[];
}

/** One curve per Budget channel (Fake orders never gets one). */
export function buildCurves(
  budget: readonly Row<BudgetLine>[],
  daily: readonly Row<DailyRow>[],
  opts: CurveOptions = {}
): Curves {
  const horizon = opts.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const multiple = opts.saturationMultiple ?? DEFAULT_SATURATION_MULTIPLE;
  const byChannel = new Map<string, BudgetLine[]>();
  for (const r of budget) {
    if (r.v.channel === FAKE_ORDERS_CHANNEL) continue;
    const ls = byChannel.get(r.v.channel);
    if (ls) ls.push(r.v);
    else byChannel.set(r.v.channel, [r.v]);
  }
  const dailyOf = new Map<string, Row<DailyRow>[]>();
  for (const r of daily) {
    const ch = r.v.channel;
    if (!ch || !byChannel.has(ch)) continue;
    const rows = dailyOf.get(ch);
    if (rows) rows.push(r);
    else dailyOf.set(ch, [r]);
  }
  const evenShare = (opts.cap ?? 0) / Math.max(1, byChannel.size);

  const curves = new Map<string, ResponseCurve>();
  const notes: BudgetNote[] = [];
  for (const [channel, lines] of byChannel) {
    const rows = dailyOf.get(channel) ?? [];
    const days = channelDays(rows);
    const dailyConversion = days.ordersVisitors > 0 ? days.orders / days.ordersVisitors : undefined;
    const dailyAov = days.revenueOrders > 0 ? days.revenue / days.revenueOrders : undefined;
    const lineConversion = first(lines, (l) => l.expectedConversion);
    const lineAov = first(lines, budgetAov);
    const worth: Partial<ResponseCurve> = {};
    if (lineConversion !== undefined)
      Object.assign(worth, { conversion: lineConversion, conversionFrom: "budget" });
    else if (dailyConversion !== undefined)
      Object.assign(worth, { conversion: dailyConversion, conversionFrom: "daily" });
    if (lineAov !== undefined) Object.assign(worth, { aov: lineAov, aovFrom: "budget" });
    else if (dailyAov !== undefined) Object.assign(worth, { aov: dailyAov, aovFrom: "daily" });

    if (rows.length > 0) {
      const fit = fitSaturation(days.spend, days.visitors);
      if (!("error" in fit)) {
        curves.set(channel, {
          channel,
          source: "daily",
          vmax: fit.vmax * horizon,
          k: fit.k * horizon,
          ...worth,
          fit: {
            days: fit.n,
            dailyVmax: fit.vmax,
            dailyK: fit.k,
            rmse: fit.rmse,
            horizonDays: horizon,
          },
        });
        continue;
      }
      notes.push({
        code: "fitFailed",
        channel,
        params: { days: days.spend.length, reason: fit.key ?? fit.error },
      });
    }
    const cpc = first(lines, (l) =>
      l.expectedCpc && l.expectedCpc > 0 ? l.expectedCpc : undefined
    );
    const r = referenceSpend(lines, evenShare);
    // No curve: the allocator keeps the amount and says why (noCurve).
    if (cpc === undefined || !(r > 0)) continue;
    const k = multiple * r;
    curves.set(channel, { channel, source: "expectedCpc", vmax: (k + r) / cpc, k, ...worth });
  }
  return { curves, notes };
}
