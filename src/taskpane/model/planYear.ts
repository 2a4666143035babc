/** The plan years the pane accepts, and whether the sample plan can be written for one. */
import { springFestival } from "../../core/sample/springFestival";

/** As the CLI's `--year`: Excel's 1900 date system has no earlier dates (the sample looks a year back). */
export const PLAN_YEAR_RANGE = { min: 1901, max: 9998 } as const;

export function isPlanYear(year: number | null): year is number {
  return (
    year !== null &&
    Number.isInteger(year) &&
    year >= PLAN_YEAR_RANGE.min &&
    year <= PLAN_YEAR_RANGE.max
  );
}

/** The sample's calendar needs the year's Spring Festival date. */
export function sampleYearKnown(year: number): boolean {
  return springFestival(year) !== undefined;
}
