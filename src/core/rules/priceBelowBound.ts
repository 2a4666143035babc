/** BELOW_COST and BELOW_FLOOR share one scan: every selling price of a SKU against a bound from its product row. */
import { cellOf, type Hit } from "../finding";
import type { Product } from "../plan";
import { below, effectivePromoPrice, money } from "./promoHelpers";
import type { RuleContext } from "./rule";
import type { RuleId } from "./ruleIds";

/**
 * Promotions by effective promo price (pointing at Promo price: the effective price is never above it, so one check
 * covers both) and Prices rows by Price; only SKUs whose product has the bound. `param` names the bound in messages.
 */
export function pricesBelowBound(
  { plan, index, settings }: RuleContext,
  rule: RuleId,
  bound: "unitCost" | "floorPrice",
  param: string
): Hit[] {
  const hits: Hit[] = [];
  const { currency } = settings;
  // The product row with the bound; its cell is made only for a breach (most rows have none).
  const boundOf = (sku: string) => {
    const product = index.product(sku);
    const value: Product["unitCost"] = product?.v[bound];
    return product && value !== undefined ? { value, product } : undefined;
  };
  for (const p of plan.promotions) {
    const b = boundOf(p.v.sku);
    const price = effectivePromoPrice(p.v);
    if (!b || !below(price, b.value)) continue;
    const coupon = p.v.coupon ?? 0;
    const params = { price: money(price, currency), [param]: money(b.value, currency) };
    hits.push({
      rule,
      at: cellOf(p, "promoPrice"),
      params:
        coupon > 0
          ? {
              ...params,
              promo: money(p.v.promoPrice, currency),
              coupon: money(coupon, currency),
              context: "coupon",
            }
          : params,
      related:
        coupon > 0 ? [cellOf(b.product, bound), cellOf(p, "coupon")] : [cellOf(b.product, bound)],
      sku: p.v.sku,
    });
  }
  for (const r of plan.prices) {
    const b = boundOf(r.v.sku);
    if (!b || !below(r.v.price, b.value)) continue;
    hits.push({
      rule,
      at: cellOf(r, "price"),
      params: { price: money(r.v.price, currency), [param]: money(b.value, currency) },
      related: [cellOf(b.product, bound)],
      sku: r.v.sku,
    });
  }
  return hits;
}
