import { cellOf, type CellRef, type Hit } from "../finding";
import { defineRule } from "./rule";
import { below, effectivePromoPrice, money, registerVariant } from "./promoHelpers";

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
  check({ plan, index }) {
    const hits: Hit[] = [];
    for (const p of plan.promotions) {
      const product = index.product(p.v.sku);
      const cost = product?.v.unitCost;
      const breach = cost === undefined ? null : belowCostBreach(effectivePromoPrice(p.v), cost);
      if (!product || !breach) continue;
      const related: CellRef[] = [cellOf(product, "unitCost")];
      const params = { price: money(breach.price), cost: money(breach.cost) };
      const coupon = p.v.coupon ?? 0;
      if (coupon > 0) related.push(cellOf(p, "coupon"));
      hits.push({
        rule: "BELOW_COST",
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
      const cost = product?.v.unitCost;
      const breach = cost === undefined ? null : belowCostBreach(r.v.price, cost);
      if (!product || !breach) continue;
      hits.push({
        rule: "BELOW_COST",
        at: cellOf(r, "price"),
        params: { price: money(breach.price), cost: money(breach.cost) },
        related: [cellOf(product, "unitCost")],
        sku: r.v.sku,
      });
    }
    return hits;
  },
});
