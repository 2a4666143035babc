/* The rule as it was before issue 16 (main 383dfbb): the oracle of test/core/rules/platformsBlank.test.ts. */
import type { CalendarEvent, Row, Serial } from "../../../../src/core/plan";
import { cellOf, type CellRef, type Hit } from "../../../../src/core/finding";
import { defineRule } from "../../../../src/core/rules/rule";
import { Intervals, iso, promoDays } from "../../../../src/core/rules/promoHelpers";

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

function maxPromoDaysLookup(
  calendar: readonly Row<CalendarEvent>[],
  setting: number
): (start: Serial, end: Serial) => { max: number; event?: Row<CalendarEvent> } {
  const withOverride = new Intervals(
    calendar.filter((c) => c.v.maxPromoDays !== undefined),
    (c) => c.v.from,
    (c) => c.v.to
  );
  return (start, end) => {
    let best: { max: number; event?: Row<CalendarEvent> } | undefined;
    for (const ev of withOverride.overlapping(start, end)) {
      const m = ev.v.maxPromoDays as number;
      if (!best || m < best.max) best = { max: m, event: ev };
    }
    return best ?? { max: setting };
  };
}
