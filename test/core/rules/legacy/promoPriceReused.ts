/* The rule as it was before issue 16 (main 383dfbb): the oracle of test/core/rules/platformsBlank.test.ts. */
import { cellOf, type CellRef } from "../../../../src/core/finding";
import { defineRule } from "../../../../src/core/rules/rule";
import {
  atMost,
  effectivePromoPrice,
  HitsByCell,
  iso,
  money,
  priceRowsInForce,
} from "../../../../src/core/rules/promoHelpers";

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
 * row of the SKU on that platform in force at some moment of (End, End + Post-promo days].
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
  ],
  message: {
    en: "After the promotion ends on {{end}}, {{platform}} sells at {{price}}, not above the effective promo price {{effective}}; keep the promo price out for {{days}} days.",
    "zh-CN":
      "活动于 {{end}} 结束后，{{platform}} 售价 {{price}}，不高于活动到手价 {{effective}}；活动后 {{days}} 天内不得再出现活动价。",
  },
  check({ plan, settings, index }) {
    const { currency } = settings;
    const days = settings.postPromoDays;
    const hits = new HitsByCell();
    for (const p of plan.promotions) {
      const { sku, platform, end } = p.v;
      const e = effectivePromoPrice(p.v);
      const promoCell = () => cellOf(p, "promoPrice");
      const base = () => ({ end: iso(end), platform, effective: money(e, currency), days });

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
