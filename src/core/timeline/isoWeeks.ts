/**
 * The plan year's ISO weeks (Monday first; week 1 holds 4 January; a week belongs to the year its Thursday is in),
 * and the serial arithmetic the Timeline's formulas use for "the Monday of the week of a date".
 */
import { addDays } from "date-fns/addDays";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeeksInYear } from "date-fns/getISOWeeksInYear";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import type { Serial } from "../plan";
import { serialOfYmd, serialToDate } from "../read/dates";

export interface PlanWeek {
  /** ISO week number, 1 … 52 or 53. */
  week: number;
  monday: Serial;
  /** Month (1–12) of the week's Thursday: the month a week is shown under. */
  month: number;
}

/** The local-midnight Date of a serial: date-fns works in local time. */
export function localDateOf(serial: Serial): Date {
  const u = serialToDate(serial);
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
}

/** The serial of a local Date's calendar day. */
export function serialOfLocalDate(date: Date): Serial {
  const s = serialOfYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
  if (s === undefined) throw new Error(`No serial for ${date.toString()}`);
  return s;
}

/**
 * The Monday of the week of a serial, as the formulas compute it: s − MOD(s − 2, 7). From 1 March 1900 on, serial
 * 2 + 7n is a Monday (serial 61 = 1900-03-01 was a Thursday); Excel's fictitious 29 February makes earlier serials
 * a day off, which no plan reaches.
 */
export function mondayOf(serial: Serial): Serial {
  const f = Math.floor(serial);
  return f - ((((f - 2) % 7) + 7) % 7);
}

/** The ISO weeks of `year`: 52, or 53 when the year starts on a Thursday (or is a leap year starting on a Wednesday). */
export function planWeeks(year: number): PlanWeek[] {
  const first = startOfISOWeek(new Date(year, 0, 4));
  const n = getISOWeeksInYear(new Date(year, 6, 1));
  const weeks: PlanWeek[] = [];
  for (let i = 0; i < n; i++) {
    const monday = addDays(first, 7 * i);
    weeks.push({
      week: getISOWeek(monday),
      monday: serialOfLocalDate(monday),
      month: addDays(monday, 3).getMonth() + 1,
    });
  }
  return weeks;
}
