import { defineRule } from "./rule";
import { below, registerVariant } from "./promoHelpers";
import { pricesBelowBound } from "./priceBelowBound";

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
  report: (ctx, emit) => pricesBelowBound(ctx, emit, "BELOW_FLOOR", "floorPrice", "floor"),
});
