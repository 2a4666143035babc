import type { CalendarEvent } from "../../../src/core/plan";
import { calendarPastFormulaRows } from "../../../src/core/rules/calendarPastFormulaRows";
import { d, hitsOf, planOf, rowsOf } from "../fixtures";
import { render as renderMessage } from "./messages";

const event = (maxPromoDays?: number): CalendarEvent => ({
  event: "Double 11",
  from: d("2027-11-01"),
  to: d("2027-11-11"),
  kind: "festival",
  ...(maxPromoDays !== undefined ? { maxPromoDays } : {}),
});

/** A plan whose Calendar events sit on sheet rows `firstRow`, `firstRow + 1`, … */
const planWith = (events: CalendarEvent[], firstRow: number) => {
  const plan = planOf({});
  plan.calendar = rowsOf("calendar", events, firstRow);
  return plan;
};

describe("CALENDAR_PAST_FORMULA_ROWS", () => {
  it("names an event with a Max promo days below row 1000, at its Max promo days; row 1000 and above are read", () => {
    const plan = planWith([event(5), event(6), event(7), event()], 999);
    const hits = hitsOf(calendarPastFormulaRows, plan);
    // Rows 999 and 1000 are within the Flags' rows; 1001 is not; 1002 sets no Max promo days (the Flags lose nothing).
    expect(hits).toEqual([
      {
        address: "Calendar!E1001",
        params: {
          event: "Double 11",
          from: "2027-11-01",
          to: "2027-11-11",
          row: 1001,
          lastRow: 1000,
          max: 7,
        },
        related: [],
        sku: undefined,
      },
    ]);
    expect(renderMessage(calendarPastFormulaRows, hits[0].params)).toBe(
      'The Calendar event "Double 11" (2027-11-01 to 2027-11-11) is on row 1001, below row 1000: the Promotions Flags formulas read the Calendar down to row 1000 only and do not apply its Max promo days (7); Validate does. Move it up, into the first 1000 rows.'
    );
    expect(renderMessage(calendarPastFormulaRows, hits[0].params, "zh-CN")).toContain("第 1001 行");
  });

  it("says nothing for a Calendar within its first 1000 rows", () => {
    expect(hitsOf(calendarPastFormulaRows, planWith([event(5), event(3)], 2))).toEqual([]);
  });
});
