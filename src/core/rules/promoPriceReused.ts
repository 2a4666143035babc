import { cellOf, type CellRef, type Params } from "../finding";
import type { Promotion, Row } from "../plan";
import { profilesOf, type Figure } from "../platforms";
import { defineRule } from "./rule";
import {
  atMost,
  effectivePromoPrice,
  firstPriceRowInForce,
  HitsByCell,
  iso,
  money,
  neverInForce,
  registerVariant,
} from "./promoHelpers";

registerVariant("PROMO_PRICE_REUSED", "platform", {
  en: "After the promotion ends on {{end}}, {{platform}} sells at {{price}}, not above the effective promo price {{effective}}; keep the promo price out for {{figurePlatform}}'s {{days}} post-promo days.",
  "zh-CN":
    "活动于 {{end}} 结束后，{{platform}} 售价 {{price}}，不高于活动到手价 {{effective}}；按{{figurePlatform}}的要求，活动后 {{days}} 天内不得再出现活动价。",
});

/**
 * Row-level PROMO_PRICE_REUSED from the Post-promo price (shared with PLAN.PROMOCHECK): the price after the
 * promotion is at or below its effective promo price (Promo price − Coupon). The caller passes the List price
 * when Post-promo price is blank. Equal is a breach.
 */
export function promoPriceReusedBreach(
  effectivePrice: number,
  postPromoPrice: number
): { price: number; effective: number } | null {
  return atMost(postPromoPrice, effectivePrice)
    ? { price: postPromoPrice, effective: effectivePrice }
    : null;
}

/**
 * Two sources of the price after a promotion: its own Post-promo price (blank: the List price), and every Prices
 * row of the SKU on that platform in force at some moment of (End, End + Post-promo days] — the promotion's
 * platform's Post-promo days (issue 16: its Platforms row, else the setting).
 */
export const promoPriceReused = defineRule({
  id: "PROMO_PRICE_REUSED",
  severity: "error",
  reads: [
    "promotions.end",
    "promotions.promoPrice",
    "promotions.coupon",
    "promotions.postPromoPrice",
    "products.listPrice",
    "prices.price",
    "prices.effectiveFrom",
    "settings.postPromoDays",
    "platforms.postPromoDays",
  ],
  message: {
    en: "After the promotion ends on {{end}}, {{platform}} sells at {{price}}, not above the effective promo price {{effective}}; keep the promo price out for {{days}} days.",
    "zh-CN":
      "活动于 {{end}} 结束后，{{platform}} 售价 {{price}}，不高于活动到手价 {{effective}}；活动后 {{days}} 天内不得再出现活动价。",
  },
  check(ctx) {
    const { plan, settings, index } = ctx;
    const { currency } = settings;
    const profiles = profilesOf(ctx);
    const hits = new HitsByCell();
    // A breach's hit, made only when its cell is new (no closure or params per promotion).
    const report = (
      p: Row<Promotion>,
      at: CellRef,
      related: CellRef[],
      figure: Figure,
      e: number,
      price: number
    ): void => {
      if (hits.has(at)) {
        hits.addHit({ rule: "PROMO_PRICE_REUSED", at, related });
        return;
      }
      const params: Params = {
        end: iso(p.v.end),
        platform: p.v.platform,
        effective: money(e, currency),
        days: figure.value,
      };
      if (figure.platform !== undefined) {
        params.context = "platform";
        params.figurePlatform = figure.platform;
      }
      params.price = money(price, currency);
      hits.addHit({ rule: "PROMO_PRICE_REUSED", at, params, related, sku: p.v.sku });
    };
    for (const p of plan.promotions) {
      const { sku, platform, end } = p.v;
      const figure = profiles.figure(platform, "postPromoDays");
      const days = figure.value;
      const e = effectivePromoPrice(p.v);

      const product = index.product(sku);
      const post = p.v.postPromoPrice ?? product?.v.listPrice;
      if (post !== undefined && promoPriceReusedBreach(e, post)) {
        const related: CellRef[] = [cellOf(p, "promoPrice")];
        if (p.v.postPromoPrice === undefined && product) related.push(cellOf(product, "listPrice"));
        report(p, cellOf(p, "postPromoPrice", "promoPrice"), related, figure, e, post);
      }

      // priceRowsInForce(rows, end + 1, end + days), walked in place.
      const rows = index.pricesOf(sku, platform);
      const to = end + days;
      if (rows.length === 0 || to < end + 1) continue;
      for (let i = firstPriceRowInForce(rows, end + 1); i < rows.length; i++) {
        const r = rows[i];
        if (!(r.v.effectiveFrom <= to)) break;
        if (neverInForce(rows, i) || !promoPriceReusedBreach(e, r.v.price)) continue;
        report(p, cellOf(r, "price"), [cellOf(p, "promoPrice")], figure, e, r.v.price);
      }
    }
    return hits.hits();
  },
});
