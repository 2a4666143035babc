/**
 * What the Sales sheet (issue 15) says about each SKU for the event slot: its conversion (buyers ÷ visitors) and its
 * AOV (revenue ÷ buyers, and so units a buyer: units ÷ buyers), with the days of Sales each rests on; and the store's
 * units a buyer over every SKU, for a candidate without its own. A blank Visitors or Buyers cell is no data, never 0:
 * the conversion pools the rows that give both, the AOV the rows that give Buyers.
 */
import type { Row, SaleRow } from "../plan";

/** Buyers, units and revenue summed over some Sales rows, and the distinct days they cover. */
export interface Basket {
  buyers: number;
  units: number;
  revenue: number;
  days: number;
}

/** A SKU's own sales: the conversion's data, and its basket (null: no row with Buyers, or none bought). */
export interface SkuSales {
  /** Summed over the rows that give both Visitors and Buyers. */
  visitors: number;
  buyers: number;
  /** Distinct days of those rows. */
  days: number;
  basket: Basket | null;
}

export interface SalesRates {
  bySku: Map<string, SkuSales>;
  /** Every SKU's rows with Buyers together: the store's units a buyer (null without any). */
  store: Basket | null;
}

interface Acc {
  visitors: number;
  buyers: number;
  convDays: Set<number>;
  basket: { buyers: number; units: number; revenue: number; days: Set<number> };
}

const basketOf = (b: Acc["basket"]): Basket | null =>
  b.buyers > 0 && b.units > 0
    ? { buyers: b.buyers, units: b.units, revenue: b.revenue, days: b.days.size }
    : null;

export function salesRates(sales: readonly Row<SaleRow>[]): SalesRates {
  const accs = new Map<string, Acc>();
  const store: Acc["basket"] = { buyers: 0, units: 0, revenue: 0, days: new Set() };
  for (const { v } of sales) {
    if (v.buyers === undefined) continue;
    let a = accs.get(v.sku);
    if (!a) {
      a = {
        visitors: 0,
        buyers: 0,
        convDays: new Set(),
        basket: { buyers: 0, units: 0, revenue: 0, days: new Set() },
      };
      accs.set(v.sku, a);
    }
    if (v.visitors !== undefined) {
      a.visitors += v.visitors;
      a.buyers += v.buyers;
      a.convDays.add(v.date);
    }
    for (const b of [a.basket, store]) {
      b.buyers += v.buyers;
      b.units += v.units;
      b.revenue += v.revenue;
      b.days.add(v.date);
    }
  }
  const bySku = new Map<string, SkuSales>();
  for (const [sku, a] of accs)
    bySku.set(sku, {
      visitors: a.visitors,
      buyers: a.buyers,
      days: a.convDays.size,
      basket: basketOf(a.basket),
    });
  return { bySku, store: basketOf(store) };
}
