/**
 * The Sales rows indexed once: by SKU and platform, and by SKU, each series sorted by date, with running sums so that
 * any date range's totals cost two binary searches. "Today" of the review and of stock cover is the sheet's last date.
 */
import type { Row, SaleRow, Serial } from "../plan";

/** Running sums of one series: `sum.x[i]` is the total of x over its rows [0, i). */
export interface Series {
  dates: Int32Array;
  units: Float64Array;
  revenue: Float64Array;
  refunds: Float64Array;
  adSpend: Float64Array;
  visitors: Float64Array;
  buyers: Float64Array;
  /** Rows that gave visitors / buyers (a blank is no data, not 0). */
  visitorRows: Float64Array;
  buyerRows: Float64Array;
  /** Distinct dates up to each row (a series of one SKU over platforms repeats dates). */
  days: Float64Array;
}

export interface SalesIndex {
  /** The last date of the Sales sheet, or undefined when it has no rows. */
  asOf?: Serial;
  /** Series of one SKU on one platform (key `skuKey(sku, platform)`). */
  bySkuPlatform: Map<string, Series>;
  /** Series of one SKU over every platform. */
  bySku: Map<string, Series>;
}

export const skuKey = (sku: string, platform: string): string => `${sku}\u0000${platform}`;

function seriesOf(rows: Row<SaleRow>[]): Series {
  rows.sort((a, b) => a.v.date - b.v.date);
  const n = rows.length;
  const s: Series = {
    dates: new Int32Array(n),
    units: new Float64Array(n + 1),
    revenue: new Float64Array(n + 1),
    refunds: new Float64Array(n + 1),
    adSpend: new Float64Array(n + 1),
    visitors: new Float64Array(n + 1),
    buyers: new Float64Array(n + 1),
    visitorRows: new Float64Array(n + 1),
    buyerRows: new Float64Array(n + 1),
    days: new Float64Array(n + 1),
  };
  for (let i = 0; i < n; i++) {
    const v = rows[i].v;
    s.dates[i] = v.date;
    s.units[i + 1] = s.units[i] + v.units;
    s.revenue[i + 1] = s.revenue[i] + v.revenue;
    s.refunds[i + 1] = s.refunds[i] + (v.refunds ?? 0);
    s.adSpend[i + 1] = s.adSpend[i] + (v.adSpend ?? 0);
    s.visitors[i + 1] = s.visitors[i] + (v.visitors ?? 0);
    s.buyers[i + 1] = s.buyers[i] + (v.buyers ?? 0);
    s.visitorRows[i + 1] = s.visitorRows[i] + (v.visitors === undefined ? 0 : 1);
    s.buyerRows[i + 1] = s.buyerRows[i] + (v.buyers === undefined ? 0 : 1);
    s.days[i + 1] = s.days[i] + (i > 0 && s.dates[i - 1] === v.date ? 0 : 1);
  }
  return s;
}

export function indexSales(sales: readonly Row<SaleRow>[]): SalesIndex {
  const pairs = new Map<string, Row<SaleRow>[]>();
  const skus = new Map<string, Row<SaleRow>[]>();
  let asOf: Serial | undefined;
  for (const r of sales) {
    const k = skuKey(r.v.sku, r.v.platform);
    let list = pairs.get(k);
    if (!list) pairs.set(k, (list = []));
    list.push(r);
    let all = skus.get(r.v.sku);
    if (!all) skus.set(r.v.sku, (all = []));
    all.push(r);
    if (asOf === undefined || r.v.date > asOf) asOf = r.v.date;
  }
  const bySkuPlatform = new Map<string, Series>();
  for (const [k, rows] of pairs) bySkuPlatform.set(k, seriesOf(rows));
  const bySku = new Map<string, Series>();
  for (const [k, rows] of skus) bySku.set(k, seriesOf(rows));
  return { asOf, bySkuPlatform, bySku };
}

/** The first index whose date is ≥ `date`. */
function lowerBound(dates: Int32Array, date: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid] < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A date range's totals; `days` counts the dates that have rows. */
export interface Totals {
  days: number;
  units: number;
  revenue: number;
  refunds: number;
  adSpend: number;
  /** Undefined when no row of the range gave visitors (buyers). */
  visitors?: number;
  buyers?: number;
}

/** Totals of a series over [from, to] (inclusive); undefined when no row falls in it. */
export function totalsIn(s: Series | undefined, from: Serial, to: Serial): Totals | undefined {
  if (!s || to < from) return undefined;
  const i = lowerBound(s.dates, from);
  const j = lowerBound(s.dates, to + 1);
  if (j <= i) return undefined;
  const d = (a: Float64Array): number => a[j] - a[i];
  // Distinct dates in [i, j): the running count, plus one when row i repeats the date before it.
  const days = d(s.days) + (i > 0 && s.dates[i - 1] === s.dates[i] ? 1 : 0);
  const t: Totals = {
    days,
    units: d(s.units),
    revenue: d(s.revenue),
    refunds: d(s.refunds),
    adSpend: d(s.adSpend),
  };
  if (d(s.visitorRows) > 0) t.visitors = d(s.visitors);
  if (d(s.buyerRows) > 0) t.buyers = d(s.buyers);
  return t;
}

/** Each date's units and revenue in [from, to] that has rows. */
export function dailyIn(
  s: Series | undefined,
  from: Serial,
  to: Serial
): { date: Serial; units: number; revenue: number }[] {
  if (!s || to < from) return [];
  const out: { date: Serial; units: number; revenue: number }[] = [];
  for (let i = lowerBound(s.dates, from); i < s.dates.length && s.dates[i] <= to; i++) {
    const units = s.units[i + 1] - s.units[i];
    const revenue = s.revenue[i + 1] - s.revenue[i];
    const last = out[out.length - 1];
    if (last && last.date === s.dates[i]) {
      last.units += units;
      last.revenue += revenue;
    } else out.push({ date: s.dates[i], units, revenue });
  }
  return out;
}
