import { cellOf, type CellRef, type Hit } from "../finding";
import { defineRule } from "./rule";
import { below, effectivePromoPrice, money, registerVariant } from "./promoHelpers";

registerVariant("BELOW_FLOOR", "coupon", {
  en: "Promo price {{promo}} less the coupon {{coupon}} sells at {{price}}, below the floor price {{floor}}.",
  "zh-CN":
    "活动价 {{promo}} 减去优惠券 {{coupon}} 后到手价 {{price}}，低于控价（最低价）{{floor}}。",
});

/**
 * Row-level BELOW_FLOOR (shared with PLAN.PROMOCHECK and PLAN.PRICECHECK): a price below the Floor price.
 * For a promotion pass its effective price (Promo price − Coupon), the lowest price the shopper sees.
 * Exactly the floor is fine.
 */
export function belowFloorBreach(
  price: number,
  floorPrice: number
): { price: number; floor: number } | null {
  return below(price, floorPrice) ? { price, floor: floorPrice } : null;
}

/**
 * Prices rows by Price; promotions by effective promo price, pointing at Promo price (the effective price is never
 * above the Promo price, so one check covers both). Only SKUs with a Floor price.
 */
export const belowFloor = defineRule({
  id: "BELOW_FLOOR",
  severity: "error",
  reads: ["promotions.promoPrice", "promotions.coupon", "prices.price", "products.floorPrice"],
  message: {
    en: "Sells at {{price}}, below the floor price {{floor}}.",
    "zh-CN": "售价 {{price}} 低于控价（最低价）{{floor}}。",
  },
  check({ plan, index }) {
    const hits: Hit[] = [];
    for (const p of plan.promotions) {
      const product = index.product(p.v.sku);
      const floor = product?.v.floorPrice;
      const breach = floor === undefined ? null : belowFloorBreach(effectivePromoPrice(p.v), floor);
      if (!product || !breach) continue;
      const related: CellRef[] = [cellOf(product, "floorPrice")];
      const params = { price: money(breach.price), floor: money(breach.floor) };
      const coupon = p.v.coupon ?? 0;
      if (coupon > 0) related.push(cellOf(p, "coupon"));
      hits.push({
        rule: "BELOW_FLOOR",
        at: cellOf(p, "promoPrice"),
        params:
          coupon > 0
            ? { ...params, promo: money(p.v.promoPrice), coupon: money(coupon), context: "coupon" }
            : params,
        related,
        sku: p.v.sku,
      });
    }
    for (const r of plan.prices) {
      const product = index.product(r.v.sku);
      const floor = product?.v.floorPrice;
      const breach = floor === undefined ? null : belowFloorBreach(r.v.price, floor);
      if (!product || !breach) continue;
      hits.push({
        rule: "BELOW_FLOOR",
        at: cellOf(r, "price"),
        params: { price: money(breach.price), floor: money(breach.floor) },
        related: [cellOf(product, "floorPrice")],
        sku: r.v.sku,
      });
    }
    return hits;
  },
});
