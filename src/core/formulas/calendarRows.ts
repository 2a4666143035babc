/**
 * The Calendar rows the Promotions Flags formulas read: sheet rows 1 to CALENDAR_FORMULA_LAST_ROW, not whole columns.
 * Their every-platform criterion `""` matches an empty cell, and a criterion matching empty cells keeps LibreOffice
 * from shrinking a whole-column range to the sheet's data: it walked all 1,048,576 rows in each look-up, ~27 ms of
 * CPU a Promotions row (README, "Custom functions (PLAN)"; docs/perf/formula-profile.md). Bounded, it walks these rows. An event
 * below them is read by the validator but not by the formulas: CALENDAR_PAST_FORMULA_ROWS says so.
 */
export const CALENDAR_FORMULA_LAST_ROW = 1000;

/** `Calendar!$E:$E` (any sheet name, `'日历'!$E:$E` too) → `Calendar!$E$1:$E$1000`. */
export function calendarRowsRef(wholeColumn: string): string {
  const m = /^(.*!)\$([A-Z]+):\$([A-Z]+)$/.exec(wholeColumn);
  if (!m) throw new Error(`Not a whole-column reference: ${wholeColumn}`);
  return `${m[1]}$${m[2]}$1:$${m[3]}$${CALENDAR_FORMULA_LAST_ROW}`;
}
