import { cellOf, type CellRef, type Params } from "../finding";
import type { Promotion, Row } from "../plan";
import type { PriceInForce } from "../planIndex";
import { figureContext, profilesOf } from "../platforms";
import { defineRule } from "./rule";
import {
  below,
  effectivePromoPrice,
  HitsByCell,
  Intervals,
  iso,
  money,
  neverInForce,
  firstPriceRowInForce,
  registerVariant,
} from "./promoHelpers";

registerVariant("PROTECTION_UNDERCUT", "platform", {
  en: "{{platform}} sells at {{price}} within {{figurePlatform}}'s {{days}}-day protection window of the {{promoPlatform}} promotion ({{start}} to {{end}}, effective price {{effective}}).",
  "zh-CN":
    "在 {{promoPlatform}} 活动（{{start}} 至 {{end}}，到手价 {{effective}}）前后{{figurePlatform}}规定的 {{days}} 天保护期内，{{platform}} 售价 {{price}} 更低。",
});

const promoRelated = (p: Row<Promotion>, figureRef: CellRef | undefined): CellRef[] =>
  figureRef ? [cellOf(p, "promoPrice"), figureRef] : [cellOf(p, "promoPrice")];

/**
 * For each promotion P, over its protection window [Start − Protection days, End + Protection days], on every other
 * platform of the SKU: (a) each regular price in force at some moment of the window (a Prices row's Price, or the
 * List price while no Prices row is in force) below P's effective price; (b) each promotion there overlapping the
 * window with a lower effective price. Each undercutting cell is reported once; `related` lists every promotion it
 * undercuts. Per SKU the platforms' rows are fetched once; per promotion a binary search per platform, then only
 * the rows in the window. The Protection days are the protected promotion's platform's (issue 16: its Platforms row,
 * else the setting).
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
    "platforms.protectionDays",
  ],
  message: {
    en: "{{platform}} sells at {{price}} within the {{days}}-day protection window of the {{promoPlatform}} promotion ({{start}} to {{end}}, effective price {{effective}}).",
    "zh-CN":
      "在 {{promoPlatform}} 活动（{{start}} 至 {{end}}，到手价 {{effective}}）前后 {{days}} 天的保护期内，{{platform}} 售价 {{price}} 更低。",
  },
  check(ctx) {
    const { plan, settings, index } = ctx;
    const { currency } = settings;
    const profiles = profilesOf(ctx);
    const hits = new HitsByCell();
    const others: Row<Promotion>[] = [];
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
        const figure = profiles.figure(own, "protectionDays");
        const days = figure.value;
        const from = start - days;
        const to = end + days;
        // The promotion's related cells, made at its first breach; a new cell's hit gets a copy.
        let related: CellRef[] | undefined;
        const report = (at: CellRef, platform: string, price: number): void => {
          related ??= promoRelated(p, figure.ref);
          if (hits.has(at)) {
            hits.addHit({ rule: "PROTECTION_UNDERCUT", at, related });
            return;
          }
          const params: Params = {
            days,
            promoPlatform: own,
            start: iso(start),
            end: iso(end),
            effective: money(e, currency),
            platform,
            price: money(price, currency),
          };
          if (figure.platform !== undefined) Object.assign(params, figureContext(figure));
          hits.addHit({ rule: "PROTECTION_UNDERCUT", at, params, related: related.slice(), sku });
        };

        for (const { platform, rows, listPriceOf } of platforms) {
          if (platform === own) continue;
          if (rows.length === 0 || rows[0].v.effectiveFrom > from) {
            const listPrice = listPriceOf();
            if (listPrice && below(listPrice.price, e))
              report(listPrice.ref, platform, listPrice.price);
          }
          // priceRowsInForce(rows, from, to), walked in place.
          if (rows.length === 0 || to < from) continue;
          for (let i = firstPriceRowInForce(rows, from); i < rows.length; i++) {
            const r = rows[i];
            if (!(r.v.effectiveFrom <= to)) break;
            if (!neverInForce(rows, i) && below(r.v.price, e))
              report(cellOf(r, "price"), platform, r.v.price);
          }
        }

        for (const other of intervals.overlappingInto(from, to, others)) {
          if (other.v.platform === own) continue;
          const price = effectivePromoPrice(other.v);
          if (below(price, e)) report(cellOf(other, "promoPrice"), other.v.platform, price);
        }
      }
    }
    return hits.hits();
  },
});
