/** Indexes shared by the rules, built once per validation: by SKU, by SKU and platform, sorted by date. */
import { cellOf, type CellRef } from "./finding";
import { OFFLINE_PLATFORM } from "./lists";
import type { Plan, Price, Product, Promotion, Row, Serial } from "./plan";

export interface PriceInForce {
  price: number;
  /** The Prices row's Price cell, or the Products List price cell when no Prices row is in force. */
  ref: CellRef;
  /** The Prices row in force, when there is one. */
  row?: Row<Price>;
}

export interface PlanIndex {
  product(sku: string): Row<Product> | undefined;
  /** A SKU's promotions, sorted by Start, then row. */
  promotionsOf(sku: string): readonly Row<Promotion>[];
  /** A SKU's Prices rows on one platform, sorted by Effective from, then row. */
  pricesOf(sku: string, platform: string): readonly Row<Price>[];
  /** Every platform a SKU is sold on: its Platforms cell, plus any platform its Prices rows name. */
  platformsOf(sku: string): readonly string[];
  /** The regular price in force on `date` (spec §3 "Price in force"), or undefined when there is none. */
  priceInForce(sku: string, platform: string, date: Serial): PriceInForce | undefined;
  skus(): readonly string[];
  /** Each SKU of the Promotions sheet once, in the order the sheet first names it. */
  promotionSkus(): IterableIterator<string>;
  /** Each SKU of the Prices sheet once, in the order the sheet first names it. */
  priceSkus(): IterableIterator<string>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Index of the last element with `date(x) <= d` in an array sorted by date, or -1. */
export function lastOnOrBefore<T>(arr: readonly T[], d: number, date: (x: T) => number): number {
  let lo = 0;
  let hi = arr.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (date(arr[mid]) <= d) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * Sorts `a` unless it is in order already (a sheet typed in date order mostly is): the engine's sort copies the array
 * whatever its order, and a plan has tens of thousands of these short lists.
 */
export function sortUnlessSorted<T>(a: T[], compare: (x: T, y: T) => number): void {
  for (let i = 1; i < a.length; i++) {
    if (compare(a[i - 1], a[i]) > 0) {
      a.sort(compare);
      return;
    }
  }
}

export function buildIndex(plan: Plan): PlanIndex {
  const products = new Map<string, Row<Product>>();
  for (const p of plan.products) if (!products.has(p.v.sku)) products.set(p.v.sku, p);

  const promos = new Map<string, Row<Promotion>[]>();
  for (const p of plan.promotions) push(promos, p.v.sku, p);
  const byStart = (x: Row<Promotion>, y: Row<Promotion>): number =>
    x.v.start - y.v.start || x.row - y.row;
  for (const a of promos.values()) sortUnlessSorted(a, byStart);

  // SKU → platform → rows: two small lookups are much cheaper than one joined string key.
  const prices = new Map<string, Map<string, Row<Price>[]>>();
  for (const p of plan.prices) {
    let byPlatform = prices.get(p.v.sku);
    if (!byPlatform) prices.set(p.v.sku, (byPlatform = new Map()));
    push(byPlatform, p.v.platform, p);
  }
  const byEffectiveFrom = (x: Row<Price>, y: Row<Price>): number =>
    x.v.effectiveFrom - y.v.effectiveFrom || x.row - y.row;
  for (const byPlatform of prices.values())
    for (const a of byPlatform.values()) sortUnlessSorted(a, byEffectiveFrom);

  const platformCache = new Map<string, string[]>();
  const EMPTY: never[] = [];

  // The rules walk sheets whose rows come grouped by SKU: the last SKU's answers are kept, before the maps.
  let productSku: string | undefined;
  let lastProduct: Row<Product> | undefined;
  let pricesSku: string | undefined;
  let lastPrices: Map<string, Row<Price>[]> | undefined;

  const index: PlanIndex = {
    product(sku) {
      if (sku !== productSku) {
        productSku = sku;
        lastProduct = products.get(sku);
      }
      return lastProduct;
    },
    promotionsOf: (sku) => promos.get(sku) ?? EMPTY,
    pricesOf(sku, platform) {
      if (sku !== pricesSku) {
        pricesSku = sku;
        lastPrices = prices.get(sku);
      }
      return lastPrices?.get(platform) ?? EMPTY;
    },
    platformsOf(sku) {
      let out = platformCache.get(sku);
      if (!out) {
        // Each once, in order: a SKU names a few platforms, so a scan of the list beats a Set and its copy.
        out = [];
        for (const p of products.get(sku)?.v.platforms ?? EMPTY) if (!out.includes(p)) out.push(p);
        const byPlatform = prices.get(sku);
        if (byPlatform) for (const p of byPlatform.keys()) if (!out.includes(p)) out.push(p);
        platformCache.set(sku, out);
      }
      return out;
    },
    priceInForce(sku, platform, date) {
      const rows = index.pricesOf(sku, platform);
      const i = lastOnOrBefore(rows, date, (r) => r.v.effectiveFrom);
      if (i >= 0) {
        const r = rows[i];
        return { price: r.v.price, ref: cellOf(r, "price"), row: r };
      }
      const prod = products.get(sku);
      if (!prod) return undefined;
      if (prod.v.tier === "offline-only" && platform !== OFFLINE_PLATFORM) return undefined;
      if (!prod.v.platforms.includes(platform)) return undefined;
      return { price: prod.v.listPrice, ref: cellOf(prod, "listPrice") };
    },
    skus: () => [...products.keys()],
    promotionSkus: () => promos.keys(),
    priceSkus: () => prices.keys(),
  };
  return index;
}
