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
import { presalesOf } from "./presaleWindows";

registerVariant("SPOT_UNDERCUTS_PRESALE", "platform", {
  en: "{{platform}} sells at {{price}} from {{date}}, below the presale landed price {{landed}} (deposit {{depositStart}}, balance until {{balanceEnd}}, then {{figurePlatform}}'s {{days}} protection days): presale buyers paid more.",
  "zh-CN":
    "{{platform}} 自 {{date}} 起售价 {{price}}，低于预售到手价 {{landed}}（定金 {{depositStart}} 起，尾款至 {{balanceEnd}}，其后{{figurePlatform}}规定的 {{days}} 天保护期）：预售买家付得更多。",
});

/**
 * SPOT_UNDERCUTS_PRESALE: from Deposit start to Balance end (blank: End) + the presale's platform's Protection days,
 * a regular price of the SKU on that platform (a Prices row in force at some moment, or the List price while none
 * is), or another promotion there overlapping that span, below the presale landed price (Promo price − Coupon). At
 * the undercutting price, once per cell.
 */
export const spotUndercutsPresale = defineRule({
  id: "SPOT_UNDERCUTS_PRESALE",
  severity: "error",
  reads: [
    "promotions.depositStart",
    "promotions.balanceEnd",
    "promotions.promoPrice",
    "promotions.coupon",
    "prices.price",
    "prices.effectiveFrom",
    "products.listPrice",
    "settings.protectionDays",
    "platforms.protectionDays",
  ],
  message: {
    en: "{{platform}} sells at {{price}} from {{date}}, below the presale landed price {{landed}} (deposit {{depositStart}}, balance until {{balanceEnd}}, then {{days}} protection days): presale buyers paid more.",
    "zh-CN":
      "{{platform}} 自 {{date}} 起售价 {{price}}，低于预售到手价 {{landed}}（定金 {{depositStart}} 起，尾款至 {{balanceEnd}}，其后 {{days}} 天保护期）：预售买家付得更多。",
  },
  check(ctx) {
    const { plan, settings, index } = ctx;
    const { currency } = settings;
    const profiles = profilesOf(ctx);
    const hits = new HitsByCell();
    const bySku = new Map<string, Intervals<Row<Promotion>>>();
    for (const p of presalesOf(plan.promotions)) {
      const { sku, platform } = p.v;
      const depositStart = p.v.depositStart as number;
      const balanceEnd = p.v.balanceEnd ?? p.v.end;
      const figure = profiles.figure(platform, "protectionDays");
      const days = figure.value;
      const from = depositStart;
      const to = balanceEnd + days;
      const landed = effectivePromoPrice(p.v);
      const related: CellRef[] = figure.ref
        ? [cellOf(p, "promoPrice"), figure.ref]
        : [cellOf(p, "promoPrice")];
      const report = (at: CellRef, price: number, date: number) =>
        hits.add(at, related, () => ({
          rule: "SPOT_UNDERCUTS_PRESALE",
          params: {
            platform,
            price: money(price, currency),
            date: iso(date),
            landed: money(landed, currency),
            depositStart: iso(depositStart),
            balanceEnd: iso(balanceEnd),
            days,
            ...figureContext(figure),
          },
          sku,
        }));

      const rows = index.pricesOf(sku, platform);
      if (rows.length === 0 || rows[0].v.effectiveFrom > from) {
        const list = index.priceInForce(sku, platform, -Infinity);
        if (list && below(list.price, landed)) report(list.ref, list.price, from);
      }
      for (const r of priceRowsInForce(rows, from, to))
        if (below(r.v.price, landed))
          report(cellOf(r, "price"), r.v.price, Math.max(from, r.v.effectiveFrom));

      let intervals = bySku.get(sku);
      if (!intervals) {
        intervals = new Intervals(
          index.promotionsOf(sku),
          (x) => x.v.start,
          (x) => x.v.end
        );
        bySku.set(sku, intervals);
      }
      for (const other of intervals.overlapping(from, to)) {
        if (other === p || other.v.platform !== platform) continue;
        const price = effectivePromoPrice(other.v);
        if (below(price, landed))
          report(cellOf(other, "promoPrice"), price, Math.max(from, other.v.start));
      }
    }
    return hits.hits();
  },
});
