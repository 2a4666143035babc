import { cellOf, type Params } from "../finding";
import { figureContext, profilesOf } from "../platforms";
import { defineRule } from "./rule";
import { iso, registerVariant } from "./promoHelpers";

registerVariant("PROMO_TOO_FREQUENT", "overlap", {
  en: "Starts before the previous promotion of this SKU has ended ({{prevPlatform}}, {{prevStart}} to {{prevEnd}}); keep at least {{min}} days between promotions.",
  "zh-CN":
    "该 SKU 上一次活动（{{prevPlatform}}，{{prevStart}} 至 {{prevEnd}}）尚未结束即开始，两次活动至少应间隔 {{min}} 天。",
});

registerVariant("PROMO_TOO_FREQUENT", "platform", {
  en: "Starts {{gap}} days after the previous promotion of this SKU ended ({{prevPlatform}}, {{prevEnd}}); {{figurePlatform}} asks at least {{min}} days between promotions.",
  "zh-CN":
    "距该 SKU 上一次活动结束（{{prevPlatform}}，{{prevEnd}}）仅 {{gap}} 天，{{figurePlatform}}要求两次活动至少间隔 {{min}} 天。",
});
registerVariant("PROMO_TOO_FREQUENT", "overlapPlatform", {
  en: "Starts before the previous promotion of this SKU has ended ({{prevPlatform}}, {{prevStart}} to {{prevEnd}}); {{figurePlatform}} asks at least {{min}} days between promotions.",
  "zh-CN":
    "该 SKU 上一次活动（{{prevPlatform}}，{{prevStart}} 至 {{prevEnd}}）尚未结束即开始，{{figurePlatform}}要求两次活动至少间隔 {{min}} 天。",
});

/**
 * PROMO_TOO_FREQUENT. "Previous" is the promotion of the same SKU, on any platform, with the latest Start strictly
 * before this Start; among several with that Start, the lower row in the sheet (the higher row number), which is
 * the last of them in `promotionsOf` order. A gap of exactly Min days between promos is fine. The Min days are the
 * later promotion's platform's (issue 16: its Platforms row, else the setting).
 */
export const promoTooFrequent = defineRule({
  id: "PROMO_TOO_FREQUENT",
  severity: "warning",
  reads: [
    "promotions.sku",
    "promotions.platform",
    "promotions.start",
    "promotions.end",
    "settings.minDaysBetweenPromos",
    "platforms.minDaysBetweenPromos",
  ],
  message: {
    en: "Starts {{gap}} days after the previous promotion of this SKU ended ({{prevPlatform}}, {{prevEnd}}); keep at least {{min}} days between promotions.",
    "zh-CN":
      "距该 SKU 上一次活动结束（{{prevPlatform}}，{{prevEnd}}）仅 {{gap}} 天，两次活动至少应间隔 {{min}} 天。",
  },
  report(ctx, emit) {
    const { plan, index } = ctx;
    const profiles = profilesOf(ctx);
    const skus = new Set(plan.promotions.map((p) => p.v.sku));
    for (const sku of skus) {
      const promos = index.promotionsOf(sku);
      // `prev` is the last promotion of the group of Starts before the current one.
      let prev = -1;
      for (let i = 0; i < promos.length; i++) {
        if (i > 0 && promos[i].v.start !== promos[i - 1].v.start) prev = i - 1;
        if (prev < 0) continue;
        const p = promos[i];
        const q = promos[prev];
        const gap = p.v.start - q.v.end;
        const figure = profiles.figure(p.v.platform, "minDaysBetweenPromos");
        const min = figure.value;
        if (gap >= min) continue;
        const params: Params = {
          gap,
          min,
          prevEnd: iso(q.v.end),
          prevStart: iso(q.v.start),
          prevPlatform: q.v.platform,
        };
        if (gap <= 0 || figure.platform !== undefined)
          Object.assign(params, figureContext(figure, gap > 0 ? undefined : "overlap"));
        emit({
          rule: "PROMO_TOO_FREQUENT",
          at: cellOf(p, "start"),
          params,
          related: figure.ref ? [cellOf(q, "start"), figure.ref] : [cellOf(q, "start")],
          sku,
        });
      }
    }
  },
});
