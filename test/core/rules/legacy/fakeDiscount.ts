/* The rule as it was before issue 16 (main 383dfbb): the oracle of test/core/rules/platformsBlank.test.ts. */
import { cellOf } from "../../../../src/core/finding";
import type { Price, Row } from "../../../../src/core/plan";
import type { PriceInForce } from "../../../../src/core/planIndex";
import { defineRule } from "../../../../src/core/rules/rule";
import {
  atMost,
  HitsByCell,
  iso,
  money,
  priceRowsInForce,
  registerVariant,
} from "../../../../src/core/rules/promoHelpers";

registerVariant("FAKE_DISCOUNT", "raised", {
  en: "{{platform}} price raised from {{before}} to {{price}} on {{date}}, within {{days}} days before the promotion starting {{start}} at {{promo}}: a discount from a raised price is not real.",
  "zh-CN":
    "{{platform}} 价格在 {{date}} 由 {{before}} 上调至 {{price}}，在 {{start}} 开始的活动（活动价 {{promo}}）前 {{days}} 天内：先提价后打折，折扣不真实。",
});

/**
 * On the promotion's own platform, over the reference window [Start − Reference price days, Start):
 * (1) the first Prices row taking effect in the window above the price in force just before it (the List price
 * counts as "before" when no Prices row was in force) — at that row's Price;
 * (2) else, when Prices rows are in force somewhere in the window, a Promo price not below the lowest of them —
 * at Promo price. Without Prices rows in the window, nothing: PROMO_NOT_DISCOUNT alone speaks.
 */
export const fakeDiscount = defineRule({
  id: "FAKE_DISCOUNT",
  severity: "error",
  reads: [
    "promotions.platform",
    "promotions.start",
    "promotions.promoPrice",
    "prices.price",
    "prices.effectiveFrom",
    "products.listPrice",
    "settings.referencePriceDays",
  ],
  message: {
    en: "Promo price {{promo}} is not below {{lowest}}, the lowest {{platform}} price in the {{days}} days before {{start}}: not a real discount.",
    "zh-CN":
      "活动价 {{promo}} 不低于活动开始（{{start}}）前 {{days}} 天内 {{platform}} 的最低价 {{lowest}}，折扣不真实。",
  },
  check({ plan, settings, index }) {
    const { currency } = settings;
    const days = settings.referencePriceDays;
    if (days <= 0) return [];
    const hits = new HitsByCell();
    for (const p of plan.promotions) {
      const { sku, platform, start, promoPrice } = p.v;
      const from = start - days;
      const inWindow = priceRowsInForce(index.pricesOf(sku, platform), from, start - 1);
      if (inWindow.length === 0) continue;
      const promoCell = cellOf(p, "promoPrice");
      const base = () => ({
        platform,
        days,
        start: iso(start),
        promo: money(promoPrice, currency),
      });

      let raise: { row: Row<Price>; before: PriceInForce } | undefined;
      for (const r of inWindow) {
        if (r.v.effectiveFrom < from) continue;
        const before = index.priceInForce(sku, platform, r.v.effectiveFrom - 1);
        if (before && !atMost(r.v.price, before.price)) {
          raise = { row: r, before };
          break;
        }
      }
      if (raise) {
        const { row, before } = raise;
        hits.add(cellOf(row, "price"), [promoCell, before.ref], () => ({
          rule: "FAKE_DISCOUNT",
          params: {
            ...base(),
            before: money(before.price, currency),
            price: money(row.v.price, currency),
            date: iso(row.v.effectiveFrom),
            context: "raised",
          },
          sku,
        }));
        continue;
      }

      const lowest = inWindow.reduce((a, b) => (b.v.price < a.v.price ? b : a));
      if (!atMost(lowest.v.price, promoPrice)) continue;
      hits.add(promoCell, [cellOf(lowest, "price")], () => ({
        rule: "FAKE_DISCOUNT",
        params: { ...base(), lowest: money(lowest.v.price, currency) },
        sku,
      }));
    }
    return hits.hits();
  },
});
