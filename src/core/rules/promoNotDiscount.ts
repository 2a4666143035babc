import { cellOf, type Hit } from "../finding";
import { defineRule } from "./rule";
import { atMost, money } from "./promoHelpers";

/** Row-level PROMO_NOT_DISCOUNT (shared with PLAN.PROMOCHECK): Promo price ≥ List price (the coupon does not count). */
export function promoNotDiscountBreach(
  promoPrice: number,
  listPrice: number
): { promo: number; list: number } | null {
  return atMost(listPrice, promoPrice) ? { promo: promoPrice, list: listPrice } : null;
}

export const promoNotDiscount = defineRule({
  id: "PROMO_NOT_DISCOUNT",
  severity: "warning",
  reads: ["promotions.promoPrice", "products.listPrice"],
  message: {
    en: "Promo price {{promo}} is not below the list price {{list}}: this promotion is no discount.",
    "zh-CN": "活动价 {{promo}} 不低于标价 {{list}}，该活动没有折扣。",
  },
  check({ plan, settings, index }) {
    const { currency } = settings;
    const hits: Hit[] = [];
    for (const p of plan.promotions) {
      const product = index.product(p.v.sku);
      if (!product) continue;
      const breach = promoNotDiscountBreach(p.v.promoPrice, product.v.listPrice);
      if (!breach) continue;
      hits.push({
        rule: "PROMO_NOT_DISCOUNT",
        at: cellOf(p, "promoPrice"),
        params: { promo: money(breach.promo, currency), list: money(breach.list, currency) },
        related: [cellOf(product, "listPrice")],
        sku: p.v.sku,
      });
    }
    return hits;
  },
});
