import { cellOf, type Hit } from "../finding";
import { CALENDAR_FORMULA_LAST_ROW } from "../formulas/calendarRows";
import { defineRule } from "./rule";
import { iso } from "./promoHelpers";

/**
 * A Calendar event with a Max promo days below the rows the Promotions Flags formulas read (sheet rows 1 to
 * CALENDAR_FORMULA_LAST_ROW, src/core/formulas/calendarRows.ts): the validator applies it (PROMO_TOO_LONG), the Flags
 * formulas do not, so the two may disagree on the promotions it overlaps. At its Max promo days.
 */
export const calendarPastFormulaRows = defineRule({
  id: "CALENDAR_PAST_FORMULA_ROWS",
  severity: "warning",
  reads: ["calendar.event", "calendar.from", "calendar.to", "calendar.maxPromoDays"],
  message: {
    en: 'The Calendar event "{{event}}" ({{from}} to {{to}}) is on row {{row}}, below row {{lastRow}}: the Promotions Flags formulas read the Calendar down to row {{lastRow}} only and do not apply its Max promo days ({{max}}); Validate does. Move it up, into the first {{lastRow}} rows.',
    "zh-CN":
      "日历事件“{{event}}”（{{from}} 至 {{to}}）在第 {{row}} 行，超出第 {{lastRow}} 行：活动表的检查公式只读取日历的前 {{lastRow}} 行，不会采用它的最长活动天数（{{max}}），校验会采用。请把它移到前 {{lastRow}} 行内。",
  },
  check({ plan }) {
    const hits: Hit[] = [];
    for (const c of plan.calendar) {
      if (c.row <= CALENDAR_FORMULA_LAST_ROW || c.v.maxPromoDays === undefined) continue;
      hits.push({
        rule: "CALENDAR_PAST_FORMULA_ROWS",
        at: cellOf(c, "maxPromoDays"),
        params: {
          event: c.v.event,
          from: iso(c.v.from),
          to: iso(c.v.to),
          row: c.row,
          lastRow: CALENDAR_FORMULA_LAST_ROW,
          max: c.v.maxPromoDays,
        },
      });
    }
    return hits;
  },
});
