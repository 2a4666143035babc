import { cellOf, type CellRef, type Hit } from "../finding";
import { figureContext, profilesOf } from "../platforms";
import { defineRule } from "./rule";
import { below, iso, money, priceRowsInForce, registerVariant } from "./promoHelpers";
import { presalesOf } from "./presaleWindows";

registerVariant("PRESALE_NOT_LOWEST", "platform", {
  en: "Presale price {{promo}} is not below {{lowest}}, the lowest {{platform}} price of {{figurePlatform}}'s {{days}} days before the deposit opens on {{depositStart}}.",
  "zh-CN":
    "预售价 {{promo}} 不低于定金开始（{{depositStart}}）前{{figurePlatform}}规定的 {{days}} 天内 {{platform}} 的最低价 {{lowest}}。",
});

/**
 * PRESALE_NOT_LOWEST: the presale price (Promo price) not below the lowest regular price in force on its platform
 * in the platform's Reference price days before Deposit start — [Deposit start − days, Deposit start − 1]: every
 * Prices row in force at some moment of it, or the List price while none is. Equal is a breach (JD: "below").
 */
export const presaleNotLowest = defineRule({
  id: "PRESALE_NOT_LOWEST",
  severity: "error",
  reads: [
    "promotions.depositStart",
    "promotions.promoPrice",
    "prices.price",
    "prices.effectiveFrom",
    "products.listPrice",
    "settings.referencePriceDays",
    "platforms.referencePriceDays",
  ],
  message: {
    en: "Presale price {{promo}} is not below {{lowest}}, the lowest {{platform}} price in the {{days}} days before the deposit opens on {{depositStart}}.",
    "zh-CN":
      "预售价 {{promo}} 不低于定金开始（{{depositStart}}）前 {{days}} 天内 {{platform}} 的最低价 {{lowest}}。",
  },
  check(ctx) {
    const { plan, settings, index } = ctx;
    const { currency } = settings;
    const profiles = profilesOf(ctx);
    const hits: Hit[] = [];
    for (const p of presalesOf(plan.promotions)) {
      const { sku, platform, promoPrice } = p.v;
      const depositStart = p.v.depositStart as number;
      const figure = profiles.figure(platform, "referencePriceDays");
      const days = figure.value;
      if (!(days > 0)) continue;
      const from = depositStart - days;
      const rows = index.pricesOf(sku, platform);
      const candidates: { price: number; ref: CellRef }[] = priceRowsInForce(
        rows,
        from,
        depositStart - 1
      ).map((r) => ({ price: r.v.price, ref: cellOf(r, "price") }));
      if (rows.length === 0 || rows[0].v.effectiveFrom > from) {
        const list = index.priceInForce(sku, platform, -Infinity);
        if (list) candidates.push(list);
      }
      if (candidates.length === 0) continue;
      const lowest = candidates.reduce((a, b) => (b.price < a.price ? b : a));
      if (below(promoPrice, lowest.price)) continue;
      hits.push({
        rule: "PRESALE_NOT_LOWEST",
        at: cellOf(p, "promoPrice"),
        params: {
          promo: money(promoPrice, currency),
          lowest: money(lowest.price, currency),
          platform,
          days,
          depositStart: iso(depositStart),
          ...figureContext(figure),
        },
        related: figure.ref ? [lowest.ref, figure.ref] : [lowest.ref],
        sku,
      });
    }
    return hits;
  },
});
