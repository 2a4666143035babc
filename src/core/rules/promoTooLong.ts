import { cellOf, type CellRef, type Params } from "../finding";
import { figureContext, profilesOf } from "../platforms";
import { defineRule } from "./rule";
import { iso, maxPromoDaysLookup, promoDays, registerVariant } from "./promoHelpers";

registerVariant("PROMO_TOO_LONG", "platform", {
  en: "Promotion runs {{days}} days ({{start}} to {{end}}); {{figurePlatform}}'s limit is {{max}} days.",
  "zh-CN":
    "活动持续 {{days}} 天（{{start}} 至 {{end}}），超过{{figurePlatform}}的上限 {{max}} 天。",
});

/**
 * Row-level PROMO_TOO_LONG (shared with PLAN.PROMOCHECK): End − Start + 1 days against the limit.
 * Exactly `maxDays` days is fine. Returns the numbers of the breach, or null.
 */
export function promoTooLongBreach(
  start: number,
  end: number,
  maxDays: number
): { days: number; max: number } | null {
  const days = promoDays(start, end);
  return days > maxDays ? { days, max: maxDays } : null;
}

export const promoTooLong = defineRule({
  id: "PROMO_TOO_LONG",
  severity: "error",
  reads: [
    "promotions.start",
    "promotions.end",
    "promotions.platform",
    "settings.maxPromoDays",
    "calendar.from",
    "calendar.to",
    "calendar.maxPromoDays",
    "calendar.platform",
    "platforms.maxPromoDays",
  ],
  message: {
    en: "Promotion runs {{days}} days ({{start}} to {{end}}); the limit is {{max}} days.",
    "zh-CN": "活动持续 {{days}} 天（{{start}} 至 {{end}}），超过上限 {{max}} 天。",
  },
  report(ctx, emit) {
    const { plan } = ctx;
    const profiles = profilesOf(ctx);
    const maxFor = maxPromoDaysLookup(plan.calendar, (platform) =>
      profiles.figure(platform, "maxPromoDays")
    );
    for (const p of plan.promotions) {
      const { start, end, platform } = p.v;
      const limit = maxFor(start, end, platform);
      const breach = promoTooLongBreach(start, end, limit.max);
      if (!breach) continue;
      const figureRef = limit.figure?.ref;
      // An array of its length (a pushed one grows a backing store for 17).
      const related: CellRef[] =
        limit.event && figureRef
          ? [cellOf(p, "start"), cellOf(limit.event, "maxPromoDays"), figureRef]
          : limit.event
            ? [cellOf(p, "start"), cellOf(limit.event, "maxPromoDays")]
            : figureRef
              ? [cellOf(p, "start"), figureRef]
              : [cellOf(p, "start")];
      const params: Params = {
        days: breach.days,
        max: breach.max,
        start: iso(start),
        end: iso(end),
      };
      if (limit.figure) Object.assign(params, figureContext(limit.figure));
      emit({ rule: "PROMO_TOO_LONG", at: cellOf(p, "end"), params, related, sku: p.v.sku });
    }
  },
});
