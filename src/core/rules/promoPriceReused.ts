import { cellOf, type CellRef } from "../finding";
import { figureContext, profilesOf } from "../platforms";
import { defineRule } from "./rule";
import {
  atMost,
  effectivePromoPrice,
  HitsByCell,
  iso,
  money,
  priceRowsInForce,
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
    for (const p of plan.promotions) {
      const { sku, platform, end } = p.v;
      const figure = profiles.figure(platform, "postPromoDays");
      const days = figure.value;
      const e = effectivePromoPrice(p.v);
      const promoCell = () => cellOf(p, "promoPrice");
      const base = () => ({
        end: iso(end),
        platform,
        effective: money(e, currency),
        days,
        ...figureContext(figure),
      });

      const product = index.product(sku);
      const post = p.v.postPromoPrice ?? product?.v.listPrice;
      if (post !== undefined && promoPriceReusedBreach(e, post)) {
        const related: CellRef[] = [promoCell()];
        if (p.v.postPromoPrice === undefined && product) related.push(cellOf(product, "listPrice"));
        hits.add(cellOf(p, "postPromoPrice", "promoPrice"), related, () => ({
          rule: "PROMO_PRICE_REUSED",
          params: { ...base(), price: money(post, currency) },
          sku,
        }));
      }

      for (const r of priceRowsInForce(index.pricesOf(sku, platform), end + 1, end + days)) {
        if (!promoPriceReusedBreach(e, r.v.price)) continue;
        hits.add(cellOf(r, "price"), [promoCell()], () => ({
          rule: "PROMO_PRICE_REUSED",
          params: { ...base(), price: money(r.v.price, currency) },
          sku,
        }));
      }
    }
    return hits.hits();
  },
});
