import { defineRule } from "./rule";
import { below, registerVariant } from "./promoHelpers";
import { pricesBelowBound } from "./priceBelowBound";

registerVariant("BELOW_COST", "coupon", {
  en: "Promo price {{promo}} less the coupon {{coupon}} sells at {{price}}, below the unit cost {{cost}}: every unit is sold at a loss.",
  "zh-CN":
    "活动价 {{promo}} 减去优惠券 {{coupon}} 后到手价 {{price}}，低于单位成本 {{cost}}，每件都在亏本销售。",
});

/**
 * Row-level BELOW_COST (shared with PLAN.PROMOCHECK and PLAN.PRICECHECK): a selling price below the Unit cost.
 * For a promotion pass its effective price (Promo price − Coupon). Selling exactly at cost is not a breach.
 */
export function belowCostBreach(
  price: number,
  unitCost: number
): { price: number; cost: number } | null {
  return below(price, unitCost) ? { price, cost: unitCost } : null;
}

/** Promotions by effective promo price (pointing at Promo price), and Prices rows; only SKUs with a Unit cost. */
export const belowCost = defineRule({
  id: "BELOW_COST",
  severity: "warning",
  reads: ["promotions.promoPrice", "promotions.coupon", "prices.price", "products.unitCost"],
  message: {
    en: "Sells at {{price}}, below the unit cost {{cost}}: every unit is sold at a loss.",
    "zh-CN": "售价 {{price}} 低于单位成本 {{cost}}，每件都在亏本销售。",
  },
  report: (ctx, emit) => pricesBelowBound(ctx, emit, "BELOW_COST", "unitCost", "cost"),
});
