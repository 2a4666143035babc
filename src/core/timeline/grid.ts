/**
 * Where the Timeline's columns and top rows are: SKU, Name, Tier, one column per week, the hidden helper columns of
 * each product row, then the hidden key column.
 */
import { columnLetter } from "../cells";
import type { PlanWeek } from "./isoWeeks";

export const TIMELINE_ROWS = {
  month: 1,
  header: 2,
  monday: 3,
  before: 4,
  from: 5,
  calendar: 6,
  first: 7,
} as const;

/** The hidden per-product helper columns, in column order. */
export const HELPERS = [
  "row",
  "launch",
  "presale",
  "warehouse",
  "launchWk",
  "presaleWk",
  "warehouseWk",
  "first",
  "last",
] as const;
export type Helper = (typeof HELPERS)[number];

/** The 1-based column of the first week. */
export const FIRST_WEEK_COLUMN = 4;

/** A week column's references to its Monday and its criteria cells (rows 3–5), row-anchored. */
export interface WeekRefs {
  monday: string;
  before: string;
  from: string;
}

export interface TimelineGrid {
  weeks: readonly PlanWeek[];
  weekColumns: string[];
  lastWeekColumn: string;
  weekRefs: WeekRefs[];
  helperColumn: Record<Helper, string>;
  keyColumn: string;
  /** Columns of a row: A to the last helper. */
  width: number;
  /** 0-based index in a row of week i's cell, and of a helper's. */
  weekIndex(i: number): number;
  helperIndex(i: number): number;
}

export function timelineGrid(weeks: readonly PlanWeek[]): TimelineGrid {
  const n = weeks.length;
  const weekColumns = weeks.map((_, i) => columnLetter(FIRST_WEEK_COLUMN + i));
  const R = TIMELINE_ROWS;
  return {
    weeks,
    weekColumns,
    lastWeekColumn: weekColumns[n - 1],
    weekRefs: weekColumns.map((x) => ({
      monday: `${x}$${R.monday}`,
      before: `${x}$${R.before}`,
      from: `${x}$${R.from}`,
    })),
    helperColumn: Object.fromEntries(
      HELPERS.map((h, i) => [h, columnLetter(FIRST_WEEK_COLUMN + n + i)])
    ) as Record<Helper, string>,
    keyColumn: columnLetter(FIRST_WEEK_COLUMN + n + HELPERS.length),
    width: FIRST_WEEK_COLUMN - 1 + n + HELPERS.length,
    weekIndex: (i) => FIRST_WEEK_COLUMN - 1 + i,
    helperIndex: (i) => FIRST_WEEK_COLUMN - 1 + n + i,
  };
}
