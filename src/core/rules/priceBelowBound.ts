/** BELOW_COST and BELOW_FLOOR share one scan: every selling price of a SKU against a bound from its product row. */
import { cellOf, type Hit, type Params } from "../finding";
import { below, effectivePromoPrice, money } from "./promoHelpers";
import type { RuleContext } from "./rule";
import type { RuleId } from "./ruleIds";

/**
 * Promotions by effective promo price (pointing at Promo price: the effective price is never above it, so one check
 * covers both) and Prices rows by Price; only SKUs whose product has the bound. `param` names the bound in messages.
 */
export function pricesBelowBound(
  { plan, index, settings }: RuleContext,
  emit: (hit: Hit) => void,
  rule: RuleId,
  bound: "unitCost" | "floorPrice",
  param: string
): void {
  const { currency } = settings;
  // The product row's cell is made only for a breach (most rows have none).
  for (const p of plan.promotions) {
    const product = index.product(p.v.sku);
    const value = product?.v[bound];
    const price = effectivePromoPrice(p.v);
    if (!product || value === undefined || !below(price, value)) continue;
    const coupon = p.v.coupon ?? 0;
    const params: Params = { price: money(price, currency) };
    params[param] = money(value, currency);
    if (coupon > 0) {
      params.promo = money(p.v.promoPrice, currency);
      params.coupon = money(coupon, currency);
      params.context = "coupon";
    }
    emit({
      rule,
      at: cellOf(p, "promoPrice"),
      params,
      related:
        coupon > 0 ? [cellOf(product, bound), cellOf(p, "coupon")] : [cellOf(product, bound)],
      sku: p.v.sku,
    });
  }
  for (const r of plan.prices) {
    const product = index.product(r.v.sku);
    const value = product?.v[bound];
    if (!product || value === undefined || !below(r.v.price, value)) continue;
    const params: Params = { price: money(r.v.price, currency) };
    params[param] = money(value, currency);
    emit({
      rule,
      at: cellOf(r, "price"),
      params,
      related: [cellOf(product, bound)],
      sku: r.v.sku,
    });
  }
}
