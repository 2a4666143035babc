import { cellOf, type CellRef } from "../finding";
import type { Promotion, Row } from "../plan";
import { figureContext, profilesOf } from "../platforms";
import { defineRule } from "./rule";
import {
  below,
  effectivePromoPrice,
  HitsByCell,
  Intervals,
  iso,
  money,
  priceRowsInForce,
  registerVariant,
} from "./promoHelpers";

registerVariant("PRICE_PROTECTION", "platform", {
  en: "{{platform}} sells at {{price}} from {{date}}, within {{figurePlatform}}'s {{days}}-day price protection (价保) after the promotion ending {{end}} at effective price {{effective}}: its buyers may claim the difference.",
  "zh-CN":
    "{{platform}} 自 {{date}} 起售价 {{price}}，在{{figurePlatform}}规定的活动（{{end}} 结束，到手价 {{effective}}）后 {{days}} 天价保期内，低于活动到手价：买家可申请价保退差。",
});

/**
 * PRICE_PROTECTION (issue 16, Tmall's 价保): within the promotion's platform's Price protection days after it ends,
 * (End, End + days], a regular price of the SKU on the same platform (a Prices row in force at some moment, or the
 * List price while none is) or another promotion there overlapping that window, below this promotion's effective
 * price. Points at the undercutting price, once per cell, every promotion it undercuts related. 0 days: no check.
 */
export const priceProtection = defineRule({
  id: "PRICE_PROTECTION",
  severity: "error",
  reads: [
    "promotions.platform",
    "promotions.end",
    "promotions.promoPrice",
    "promotions.coupon",
    "prices.price",
    "prices.effectiveFrom",
    "products.listPrice",
    "settings.priceProtectionDays",
    "platforms.priceProtectionDays",
  ],
  message: {
    en: "{{platform}} sells at {{price}} from {{date}}, within the {{days}}-day price protection (价保) after the promotion ending {{end}} at effective price {{effective}}: its buyers may claim the difference.",
    "zh-CN":
      "{{platform}} 自 {{date}} 起售价 {{price}}，在活动（{{end}} 结束，到手价 {{effective}}）后 {{days}} 天价保期内，低于活动到手价：买家可申请价保退差。",
  },
  check(ctx) {
    const { plan, settings, index } = ctx;
    const { currency } = settings;
    const profiles = profilesOf(ctx);
    const hits = new HitsByCell();
    for (const sku of new Set(plan.promotions.map((p) => p.v.sku))) {
      const promos = index.promotionsOf(sku);
      let intervals: Intervals<Row<Promotion>> | undefined;
      for (const p of promos) {
        const { platform, end } = p.v;
        const figure = profiles.figure(platform, "priceProtectionDays");
        const days = figure.value;
        if (!(days > 0)) continue;
        const e = effectivePromoPrice(p.v);
        const from = end + 1;
        const to = end + days;
        const related: CellRef[] = figure.ref
          ? [cellOf(p, "promoPrice"), figure.ref]
          : [cellOf(p, "promoPrice")];
        const report = (at: CellRef, price: number, date: number) =>
          hits.add(at, related, () => ({
            rule: "PRICE_PROTECTION",
            params: {
              platform,
              price: money(price, currency),
              date: iso(date),
              days,
              end: iso(end),
              effective: money(e, currency),
              ...figureContext(figure),
            },
            sku,
          }));

        const rows = index.pricesOf(sku, platform);
        if (rows.length === 0 || rows[0].v.effectiveFrom > from) {
          const list = index.priceInForce(sku, platform, -Infinity);
          if (list && below(list.price, e)) report(list.ref, list.price, from);
        }
        for (const r of priceRowsInForce(rows, from, to))
          if (below(r.v.price, e))
            report(cellOf(r, "price"), r.v.price, Math.max(from, r.v.effectiveFrom));

        intervals ??= new Intervals(
          promos,
          (x) => x.v.start,
          (x) => x.v.end
        );
        for (const other of intervals.overlapping(from, to)) {
          if (other === p || other.v.platform !== platform) continue;
          const price = effectivePromoPrice(other.v);
          if (below(price, e))
            report(cellOf(other, "promoPrice"), price, Math.max(from, other.v.start));
        }
      }
    }
    return hits.hits();
  },
});
