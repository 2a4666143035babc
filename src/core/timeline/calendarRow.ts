/**
 * Row 6, the Calendar: a week overlapping a logistics shutdown shows the shutdown code, else the Event of the
 * earliest-starting event overlapping it; without a Calendar sheet, the values alone.
 */
import type { CalendarEvent, Row } from "../plan";
import type { LayoutCell } from "../write/layout";
import type { TimelineGrid } from "./grid";
import { stringLiteral, type InputRefs } from "./refs";
import { calendarCells } from "./values";

/** The week cell's formula, week `w`'s criteria cells given. */
export function calendarWeekFormula(
  C: InputRefs["calendar"],
  shutdownCode: string,
  w: { before: string; from: string }
): string {
  const overlap = `${C.from},${w.before},${C.to},${w.from}`;
  return (
    `IF(COUNTIFS(${overlap},${C.kind},"*shutdown*")+COUNTIFS(${overlap},${C.kind},"*停*"),${stringLiteral(shutdownCode)},` +
    `IFERROR(INDEX(${C.event},MATCH(MINIFS(${C.from},${overlap}),${C.from},0)),""))`
  );
}

export function calendarRow(
  grid: TimelineGrid,
  events: readonly Row<CalendarEvent>[],
  calendar: InputRefs["calendar"] | undefined,
  label: string,
  shutdownCode: string
): LayoutCell[] {
  const row = new Array<LayoutCell>(grid.width).fill(null);
  row[1] = label;
  const values = calendarCells(events, grid.weeks, shutdownCode);
  grid.weekRefs.forEach((w, i) => {
    row[grid.weekIndex(i)] = calendar
      ? { formula: calendarWeekFormula(calendar, shutdownCode, w), result: values[i] }
      : values[i] || null;
  });
  return row;
}
