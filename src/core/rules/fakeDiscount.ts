import { cellOf } from "../finding";
import type { Price, Row } from "../plan";
import type { PriceInForce } from "../planIndex";
import { figureContext, profilesOf } from "../platforms";
import { defineRule } from "./rule";
import {
  atMost,
  HitsByCell,
  iso,
  money,
  percent,
  priceRowsInForce,
  registerVariant,
} from "./promoHelpers";

registerVariant("FAKE_DISCOUNT", "raised", {
  en: "{{platform}} price raised from {{before}} to {{price}} on {{date}}, within {{days}} days before the promotion starting {{start}} at {{promo}}: a discount from a raised price is not real.",
  "zh-CN":
    "{{platform}} 价格在 {{date}} 由 {{before}} 上调至 {{price}}，在 {{start}} 开始的活动（活动价 {{promo}}）前 {{days}} 天内：先提价后打折，折扣不真实。",
});

registerVariant("FAKE_DISCOUNT", "raisedPlatform", {
  en: "{{platform}} price raised from {{before}} to {{price}} on {{date}}, within {{figurePlatform}}'s {{days}}-day reference window before the promotion starting {{start}} at {{promo}}: a discount from a raised price is not real.",
  "zh-CN":
    "{{platform}} 价格在 {{date}} 由 {{before}} 上调至 {{price}}，在 {{start}} 开始的活动（活动价 {{promo}}）前{{figurePlatform}}规定的 {{days}} 天参考期内：先提价后打折，折扣不真实。",
});
registerVariant("FAKE_DISCOUNT", "platform", {
  en: "Promo price {{promo}} is not below {{lowest}}, {{figurePlatform}}'s {{days}}-day lowest price before {{start}}: not a real discount.",
  "zh-CN":
    "活动价 {{promo}} 不低于{{figurePlatform}}活动开始（{{start}}）前 {{days}} 天内的最低价 {{lowest}}，折扣不真实。",
});
registerVariant("FAKE_DISCOUNT", "discountPlatform", {
  en: "Promo price {{promo}} is above {{target}}: {{figurePlatform}} asks a promotion at least {{discount}} below {{lowest}}, the lowest {{platform}} price in the {{days}} days before {{start}}.",
  "zh-CN":
    "活动价 {{promo}} 高于 {{target}}：{{figurePlatform}}要求活动价至少比活动开始（{{start}}）前 {{days}} 天内 {{platform}} 的最低价 {{lowest}} 低 {{discount}}。",
});

/**
 * Issue 16, the boundary with a platform's Min discount below the lowest price (d): a Promo price at or below
 * lowest × (1 − d) is a real discount, above it is not. d = 0 is Tmall's "at or below the lowest price"; a blank d is
 * the rule before platforms: strictly below the lowest.
 */
export function fakeDiscountTarget(lowest: number, minDiscount: number | undefined): number {
  return minDiscount === undefined ? lowest : lowest * (1 - minDiscount);
}

/**
 * On the promotion's own platform, over the reference window [Start − Reference price days, Start):
 * (1) the first Prices row taking effect in the window above the price in force just before it (the List price
 * counts as "before" when no Prices row was in force) — at that row's Price;
 * (2) else, when Prices rows are in force somewhere in the window, a Promo price not below the lowest of them —
 * at Promo price. Without Prices rows in the window, nothing: PROMO_NOT_DISCOUNT alone speaks.
 * The window and the Min discount are the promotion's platform's (issue 16: its Platforms row; blank: the Reference
 * price days setting, and no Min discount — see fakeDiscountTarget).
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
    "platforms.referencePriceDays",
    "platforms.minDiscount",
  ],
  message: {
    en: "Promo price {{promo}} is not below {{lowest}}, the lowest {{platform}} price in the {{days}} days before {{start}}: not a real discount.",
    "zh-CN":
      "活动价 {{promo}} 不低于活动开始（{{start}}）前 {{days}} 天内 {{platform}} 的最低价 {{lowest}}，折扣不真实。",
  },
  check(ctx) {
    const { plan, settings, index } = ctx;
    const { currency } = settings;
    const profiles = profilesOf(ctx);
    const hits = new HitsByCell();
    for (const p of plan.promotions) {
      const { sku, platform, start, promoPrice } = p.v;
      const figure = profiles.figure(platform, "referencePriceDays");
      const days = figure.value;
      if (days <= 0) continue;
      const from = start - days;
      const inWindow = priceRowsInForce(index.pricesOf(sku, platform), from, start - 1);
      if (inWindow.length === 0) continue;
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
        const promoCell = cellOf(p, "promoPrice");
        const related = figure.ref ? [promoCell, before.ref, figure.ref] : [promoCell, before.ref];
        hits.add(cellOf(row, "price"), related, () => ({
          rule: "FAKE_DISCOUNT",
          params: {
            ...base(),
            before: money(before.price, currency),
            price: money(row.v.price, currency),
            date: iso(row.v.effectiveFrom),
            ...figureContext(figure, "raised"),
          },
          sku,
        }));
        continue;
      }

      const lowest = inWindow.reduce((a, b) => (b.v.price < a.v.price ? b : a));
      const discount = profiles.minDiscount(platform);
      const target = fakeDiscountTarget(lowest.v.price, discount?.value);
      if (discount === undefined ? !atMost(lowest.v.price, promoPrice) : atMost(promoPrice, target))
        continue;
      const related = [cellOf(lowest, "price")];
      if (figure.ref) related.push(figure.ref);
      if (discount?.ref) related.push(discount.ref);
      hits.add(cellOf(p, "promoPrice"), related, () => ({
        rule: "FAKE_DISCOUNT",
        params: {
          ...base(),
          lowest: money(lowest.v.price, currency),
          ...(discount
            ? {
                ...figureContext(discount, "discount"),
                discount: percent(discount.value),
                target: money(target, currency),
              }
            : figureContext(figure)),
        },
        sku,
      }));
    }
    return hits.hits();
  },
});
