import { cellOf, type CellRef, type Params } from "../finding";
import type { Price, Promotion, Row } from "../plan";
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
    const { settings, index } = ctx;
    const { currency } = settings;
    const profiles = profilesOf(ctx);
    const hits = new HitsByCell();
    const others: Row<Promotion>[] = [];
    // A SKU's platforms, each one's Prices rows and List price (null: not looked up yet), reused from SKU to SKU.
    const platformOf: string[] = [];
    const rowsOf: (readonly Row<Price>[])[] = [];
    const listPriceOf: (PriceInForce | undefined | null)[] = [];
    for (const sku of index.promotionSkus()) {
      const promos = index.promotionsOf(sku);
      const intervals = new Intervals(
        promos,
        (p) => p.v.start,
        (p) => p.v.end
      );
      platformOf.length = 0;
      rowsOf.length = 0;
      listPriceOf.length = 0;
      for (const platform of index.platformsOf(sku)) {
        platformOf.push(platform);
        rowsOf.push(index.pricesOf(sku, platform));
        listPriceOf.push(null);
      }

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

        for (let j = 0; j < platformOf.length; j++) {
          const platform = platformOf[j];
          if (platform === own) continue;
          const rows = rowsOf[j];
          if (rows.length === 0 || rows[0].v.effectiveFrom > from) {
            // The List price where that platform has one: in force until its first Prices row. Looked up once.
            let listPrice = listPriceOf[j];
            if (listPrice === null)
              listPrice = listPriceOf[j] = index.priceInForce(sku, platform, -Infinity);
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
