import { cellOf, type CellRef, type Hit } from "../finding";
import { defineRule } from "./rule";
import { iso, maxPromoDaysLookup, promoDays } from "./promoHelpers";

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
    "settings.maxPromoDays",
    "calendar.from",
    "calendar.to",
    "calendar.maxPromoDays",
  ],
  message: {
    en: "Promotion runs {{days}} days ({{start}} to {{end}}); the limit is {{max}} days.",
    "zh-CN": "活动持续 {{days}} 天（{{start}} 至 {{end}}），超过上限 {{max}} 天。",
  },
  check({ plan, settings }) {
    const maxFor = maxPromoDaysLookup(plan.calendar, settings.maxPromoDays);
    const hits: Hit[] = [];
    for (const p of plan.promotions) {
      const { start, end } = p.v;
      const limit = maxFor(start, end);
      const breach = promoTooLongBreach(start, end, limit.max);
      if (!breach) continue;
      const related: CellRef[] = [cellOf(p, "start")];
      if (limit.event) related.push(cellOf(limit.event, "maxPromoDays"));
      hits.push({
        rule: "PROMO_TOO_LONG",
        at: cellOf(p, "end"),
        params: { ...breach, start: iso(start), end: iso(end) },
        related,
        sku: p.v.sku,
      });
    }
    return hits;
  },
});
