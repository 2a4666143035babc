import { cellOf, type Hit } from "../finding";
import { defineRule } from "./rule";
import { Intervals, iso } from "./promoHelpers";

/**
 * A promotion whose days overlap a Calendar row of kind "logistics shutdown": at Start, related each shutdown's From.
 * A shutdown with a Platform (issue 16) concerns that platform's promotions only.
 */
export const logisticsShutdown = defineRule({
  id: "LOGISTICS_SHUTDOWN",
  severity: "warning",
  reads: [
    "promotions.start",
    "promotions.end",
    "calendar.event",
    "calendar.from",
    "calendar.to",
    "calendar.kind",
    "calendar.platform",
  ],
  message: {
    en: 'Promotion ({{start}} to {{end}}) overlaps the logistics shutdown "{{event}}" ({{from}} to {{to}}): orders cannot ship on time.',
    "zh-CN":
      "活动（{{start}} 至 {{end}}）与物流停运期“{{event}}”（{{from}} 至 {{to}}）重叠，订单无法按时发货。",
  },
  check({ plan }) {
    const shutdowns = new Intervals(
      plan.calendar.filter((c) => c.v.kind === "shutdown"),
      (c) => c.v.from,
      (c) => c.v.to
    );
    const hits: Hit[] = [];
    for (const p of plan.promotions) {
      const { start, end, platform } = p.v;
      const events = shutdowns
        .overlapping(start, end)
        .filter((c) => c.v.platform === undefined || c.v.platform === platform);
      if (events.length === 0) continue;
      const ev = events[0].v;
      hits.push({
        rule: "LOGISTICS_SHUTDOWN",
        at: cellOf(p, "start"),
        params: {
          start: iso(start),
          end: iso(end),
          event: ev.event,
          from: iso(ev.from),
          to: iso(ev.to),
        },
        related: events.map((c) => cellOf(c, "from")),
        sku: p.v.sku,
      });
    }
    return hits;
  },
});
