/**
 * Stock cover and restocking, per SKU with Sales rows. Stock (Products) is the stock at the end of the Sales sheet's
 * last date, "today". The pace is the mean units a day over the last Stock cover days up to today, all platforms
 * together (a day without a row sold nothing); with no row in those days the pace is unknown ("not enough data").
 * - days of cover: Stock ÷ pace (none at a pace of 0: the stock does not run out);
 * - each promotion starting after today, by Start: the projected stock on its Start = Stock − pace × the days
 *   between today and Start (neither counted: today is in Stock, the promotion's days sell its Expected units) −
 *   the Expected units of the SKU's promotions that start before it (after today);
 * - short: projected stock below its Expected units; the restock is the largest shortfall (each one counts every
 *   promotion before it, so it is the last short one's), to be ordered by the first short promotion's Start −
 *   Restock lead days;
 * - the projected stock-out date: the first day the stock reaches 0, selling the pace every day after today and each
 *   promotion's Expected units on its Start.
 */
import type { Plan, Product, Promotion, Row, Serial } from "../plan";
import type { Settings } from "../settings";
import { unitsIn, type SalesIndex } from "./salesIndex";

export interface PromoProjection {
  promotion: Row<Promotion>;
  projected: number;
  expectedUnits?: number;
  /** Expected units − projected stock, when positive. */
  shortfall?: number;
}

export interface StockCover {
  product: Row<Product>;
  stock?: number;
  /** Mean units a day; undefined: not enough data. */
  pace?: number;
  /** Undefined when the pace is unknown or 0 (or Stock blank). */
  daysOfCover?: number;
  projections: PromoProjection[];
  restock?: { quantity: number; orderBy: Serial };
  stockOut?: Serial;
}

export interface PlanStockCover {
  asOf?: Serial;
  covers: StockCover[];
}

function stockOutDate(
  stock: number,
  pace: number,
  asOf: Serial,
  promos: readonly { start: Serial; units: number }[]
): Serial | undefined {
  let left = stock;
  let day = asOf;
  for (const p of promos) {
    // Selling `pace` a day up to the promotion's Start (its Start included), then its expected units.
    const toStart = p.start - day;
    if (pace > 0 && left - pace * toStart <= 0) return day + Math.max(1, Math.ceil(left / pace));
    left -= pace * toStart + p.units;
    day = p.start;
    if (left <= 0) return day;
  }
  return pace > 0 ? day + Math.max(1, Math.ceil(left / pace)) : undefined;
}

export function coverOf(
  product: Row<Product>,
  promotions: readonly Row<Promotion>[],
  settings: Settings,
  sales: SalesIndex
): StockCover | undefined {
  const asOf = sales.asOf;
  const series = sales.bySku.get(product.v.sku);
  if (asOf === undefined || !series) return undefined;
  const n = Math.max(1, Math.round(settings.stockCoverDays));
  const recent = unitsIn(series, asOf - n + 1, asOf);
  const cover: StockCover = { product, projections: [] };
  const stock = product.v.stock;
  if (stock !== undefined) cover.stock = stock;
  if (recent.rows) cover.pace = recent.units / n;
  const pace = cover.pace;
  if (stock !== undefined && pace !== undefined && pace > 0) cover.daysOfCover = stock / pace;
  if (stock === undefined || pace === undefined) return cover;

  const future = promotions
    .filter((p) => p.v.start > asOf)
    .sort((a, b) => a.v.start - b.v.start || a.row - b.row);
  let before = 0;
  let firstShort: Serial | undefined;
  let quantity = 0;
  for (const promo of future) {
    const projected = stock - pace * (promo.v.start - asOf - 1) - before;
    const proj: PromoProjection = { promotion: promo, projected };
    const expected = promo.v.expectedUnits;
    if (expected !== undefined) {
      proj.expectedUnits = expected;
      if (projected < expected) {
        proj.shortfall = Math.ceil(expected - projected);
        quantity = Math.max(quantity, proj.shortfall);
        if (firstShort === undefined) firstShort = promo.v.start;
      }
      before += expected;
    }
    cover.projections.push(proj);
  }
  if (firstShort !== undefined)
    cover.restock = { quantity, orderBy: firstShort - Math.round(settings.restockLeadDays) };
  const out = stockOutDate(
    stock,
    pace,
    asOf,
    future.map((p) => ({ start: p.v.start, units: p.v.expectedUnits ?? 0 }))
  );
  if (out !== undefined) cover.stockOut = out;
  return cover;
}

/** Every product with Sales rows, in Products order. */
export function stockCovers(
  plan: Plan,
  settings: Settings,
  sales: SalesIndex,
  promotionsOf: (sku: string) => readonly Row<Promotion>[]
): PlanStockCover {
  const covers: StockCover[] = [];
  const seen = new Set<string>();
  for (const p of plan.products) {
    if (seen.has(p.v.sku)) continue;
    seen.add(p.v.sku);
    const c = coverOf(p, promotionsOf(p.v.sku), settings, sales);
    if (c) covers.push(c);
  }
  return { asOf: sales.asOf, covers };
}
