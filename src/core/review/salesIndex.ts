/**
 * The Sales rows indexed once: by SKU, then platform, each series sorted by date, with running sums so that any date
 * range's totals cost two binary searches. "Today" of the review and of stock cover is the sheet's last date.
 * (SKU → platform → rows: two small look-ups are much cheaper than one joined string key over a million rows.)
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
  /** SKU → platform → its series. */
  bySku: Map<string, Map<string, Series>>;
}

/** The series of one SKU on one platform. */
export const seriesOfSku = (sales: SalesIndex, sku: string, platform: string): Series | undefined =>
  sales.bySku.get(sku)?.get(platform);

function seriesOf(rows: Row<SaleRow>[]): Series {
  // A platform's export is by date already: sorted only when it is not.
  for (let i = 1; i < rows.length; i++)
    if (rows[i].v.date < rows[i - 1].v.date) {
      rows.sort((a, b) => a.v.date - b.v.date);
      break;
    }
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
  const rows = new Map<string, Map<string, Row<SaleRow>[]>>();
  let asOf: Serial | undefined;
  for (const r of sales) {
    let byPlatform = rows.get(r.v.sku);
    if (!byPlatform) rows.set(r.v.sku, (byPlatform = new Map()));
    let list = byPlatform.get(r.v.platform);
    if (!list) byPlatform.set(r.v.platform, (list = []));
    list.push(r);
    if (asOf === undefined || r.v.date > asOf) asOf = r.v.date;
  }
  const bySku = new Map<string, Map<string, Series>>();
  for (const [sku, byPlatform] of rows) {
    const series = new Map<string, Series>();
    for (const [platform, list] of byPlatform) series.set(platform, seriesOf(list));
    bySku.set(sku, series);
  }
  return { asOf, bySku };
}

/** Units over [from, to] on every platform of a SKU, and whether any row falls in it. */
export function unitsIn(
  series: ReadonlyMap<string, Series> | undefined,
  from: Serial,
  to: Serial
): { units: number; rows: boolean } {
  let units = 0;
  let rows = false;
  if (series)
    for (const s of series.values()) {
      const i = lowerBound(s.dates, from);
      const j = lowerBound(s.dates, to + 1);
      if (j <= i) continue;
      rows = true;
      units += s.units[j] - s.units[i];
    }
  return { units, rows };
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
