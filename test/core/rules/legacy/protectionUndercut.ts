/* The rule as it was before issue 16 (main 383dfbb): the oracle of test/core/rules/platformsBlank.test.ts. */
import { cellOf, type CellRef } from "../../../../src/core/finding";
import type { PriceInForce } from "../../../../src/core/planIndex";
import { defineRule } from "../../../../src/core/rules/rule";
import {
  below,
  effectivePromoPrice,
  HitsByCell,
  Intervals,
  iso,
  money,
  priceRowsInForce,
} from "../../../../src/core/rules/promoHelpers";

/**
 * For each promotion P, over its protection window [Start − Protection days, End + Protection days], on every other
 * platform of the SKU: (a) each regular price in force at some moment of the window (a Prices row's Price, or the
 * List price while no Prices row is in force) below P's effective price; (b) each promotion there overlapping the
 * window with a lower effective price. Each undercutting cell is reported once; `related` lists every promotion it
 * undercuts. Per SKU the platforms' rows are fetched once; per promotion a binary search per platform, then only
 * the rows in the window.
 */
export const protectionUndercut = defineRule({
  id: "PROTECTION_UNDERCUT",
  severity: "error",
  reads: [
    "promotions.platform",
    "promotions.start",
    "promotions.end",
    "promotions.promoPrice",
    "promotions.coupon",
    "prices.price",
    "prices.effectiveFrom",
    "products.listPrice",
    "products.platforms",
    "settings.protectionDays",
  ],
  message: {
    en: "{{platform}} sells at {{price}} within the {{days}}-day protection window of the {{promoPlatform}} promotion ({{start}} to {{end}}, effective price {{effective}}).",
    "zh-CN":
      "在 {{promoPlatform}} 活动（{{start}} 至 {{end}}，到手价 {{effective}}）前后 {{days}} 天的保护期内，{{platform}} 售价 {{price}} 更低。",
  },
  check({ plan, settings, index }) {
    const { currency } = settings;
    const days = settings.protectionDays;
    const hits = new HitsByCell();
    for (const sku of new Set(plan.promotions.map((p) => p.v.sku))) {
      const promos = index.promotionsOf(sku);
      const intervals = new Intervals(
        promos,
        (p) => p.v.start,
        (p) => p.v.end
      );
      const platforms = index.platformsOf(sku).map((platform) => {
        // The List price where that platform has one: in force until its first Prices row. Looked up once, if needed.
        let listPrice: PriceInForce | undefined | null = null;
        const listPriceOf = () =>
          listPrice === null
            ? (listPrice = index.priceInForce(sku, platform, -Infinity))
            : listPrice;
        return { platform, rows: index.pricesOf(sku, platform), listPriceOf };
      });

      for (const p of promos) {
        const { platform: own, start, end } = p.v;
        const e = effectivePromoPrice(p.v);
        const from = start - days;
        const to = end + days;
        let related: CellRef[] | undefined;
        const report = (at: CellRef, platform: string, price: number) =>
          hits.add(at, (related ??= [cellOf(p, "promoPrice")]), () => ({
            rule: "PROTECTION_UNDERCUT",
            params: {
              days,
              promoPlatform: own,
              start: iso(start),
              end: iso(end),
              effective: money(e, currency),
              platform,
              price: money(price, currency),
            },
            sku,
          }));

        for (const { platform, rows, listPriceOf } of platforms) {
          if (platform === own) continue;
          if (rows.length === 0 || rows[0].v.effectiveFrom > from) {
            const listPrice = listPriceOf();
            if (listPrice && below(listPrice.price, e))
              report(listPrice.ref, platform, listPrice.price);
          }
          for (const r of priceRowsInForce(rows, from, to))
            if (below(r.v.price, e)) report(cellOf(r, "price"), platform, r.v.price);
        }

        for (const other of intervals.overlapping(from, to)) {
          if (other.v.platform === own) continue;
          const price = effectivePromoPrice(other.v);
          if (below(price, e)) report(cellOf(other, "promoPrice"), other.v.platform, price);
        }
      }
    }
    return hits.hits();
  },
});
