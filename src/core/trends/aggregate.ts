/** Daily rows summed per platform and date (a platform's channels together), the unit every trend is built from. */
import type { DailyRow, Row, Serial } from "../plan";

export interface DayTotals {
  date: Serial;
  visitors: number;
  adSpend: number;
  /** Orders of the rows that have Orders, and those rows' visitors (conversion = orders / ordersVisitors). */
  orders: number;
  ordersVisitors: number;
  /** Revenue of the rows that have Revenue and Orders, and those rows' orders (AOV = revenue / revenueOrders). */
  revenue: number;
  revenueOrders: number;
  /** Rows with Orders / with Revenue and Orders: 0 means the figure is unknown, not zero. */
  withOrders: number;
  withRevenue: number;
}

export const emptyTotals = (date: Serial): DayTotals => ({
  date,
  visitors: 0,
  adSpend: 0,
  orders: 0,
  ordersVisitors: 0,
  revenue: 0,
  revenueOrders: 0,
  withOrders: 0,
  withRevenue: 0,
});

export function addRow(t: DayTotals, v: DailyRow): void {
  t.visitors += v.visitors;
  t.adSpend += v.adSpend;
  if (v.orders !== undefined) {
    t.orders += v.orders;
    t.ordersVisitors += v.visitors;
    t.withOrders++;
    if (v.revenue !== undefined) {
      t.revenue += v.revenue;
      t.revenueOrders += v.orders;
      t.withRevenue++;
    }
  }
}

export function addTotals(t: DayTotals, o: DayTotals): void {
  t.visitors += o.visitors;
  t.adSpend += o.adSpend;
  t.orders += o.orders;
  t.ordersVisitors += o.ordersVisitors;
  t.revenue += o.revenue;
  t.revenueOrders += o.revenueOrders;
  t.withOrders += o.withOrders;
  t.withRevenue += o.withRevenue;
}

export const conversionOf = (t: DayTotals): number | null =>
  t.withOrders > 0 && t.ordersVisitors > 0 ? t.orders / t.ordersVisitors : null;
export const aovOf = (t: DayTotals): number | null =>
  t.withRevenue > 0 && t.revenueOrders > 0 ? t.revenue / t.revenueOrders : null;
export const ordersOf = (t: DayTotals): number | null => (t.withOrders > 0 ? t.orders : null);
export const revenueOf = (t: DayTotals): number | null => (t.withRevenue > 0 ? t.revenue : null);

/** Per platform (in `order`, then any other in order of appearance), its days sorted by date. */
export function dailyByPlatform(
  daily: readonly Row<DailyRow>[],
  order: readonly string[]
): { platform: string; days: DayTotals[] }[] {
  const byPlatform = new Map<string, Map<Serial, DayTotals>>(order.map((p) => [p, new Map()]));
  for (const { v } of daily) {
    let days = byPlatform.get(v.platform);
    if (!days) {
      days = new Map();
      byPlatform.set(v.platform, days);
    }
    const date = Math.floor(v.date);
    let t = days.get(date);
    if (!t) {
      t = emptyTotals(date);
      days.set(date, t);
    }
    addRow(t, v);
  }
  return [...byPlatform]
    .filter(([, days]) => days.size > 0)
    .map(([platform, days]) => ({
      platform,
      days: [...days.values()].sort((a, b) => a.date - b.date),
    }));
}

/** All platforms together, per date. */
export function allPlatforms(platforms: readonly { days: DayTotals[] }[]): DayTotals[] {
  const byDate = new Map<Serial, DayTotals>();
  for (const p of platforms)
    for (const d of p.days) {
      let t = byDate.get(d.date);
      if (!t) {
        t = emptyTotals(d.date);
        byDate.set(d.date, t);
      }
      addTotals(t, d);
    }
  return [...byDate.values()].sort((a, b) => a.date - b.date);
}
