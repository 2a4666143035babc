/** Year-independent date recipes: the sample's rows name days relative to the plan year's anchors. */
import type { Serial } from "../plan";
import type { Anchors, WindowId } from "./anchors";

export type DayOf = (a: Anchors) => Serial;

/** A day of the plan year. */
export const md =
  (month: number, day: number): DayOf =>
  (a) =>
    a.day(month, day);

/** A day of the year before the plan year. */
export const lastYear =
  (month: number, day: number): DayOf =>
  (a) =>
    a.day(month, day, -1);

/** Days from the Spring Festival (needs a year whose Spring Festival is known). */
export const fromSpringFestival =
  (offset: number): DayOf =>
  (a) => {
    if (a.springFestival === undefined)
      throw new Error(`The Spring Festival of ${a.year} is unknown`);
    return a.springFestival + offset;
  };

/** A window's first or last day, shifted by `offset` days. */
export const windowDay =
  (id: WindowId, end: "from" | "to", offset = 0): DayOf =>
  (a) => {
    const w = a.windows[id];
    if (!w) throw new Error(`No ${id} window in ${a.year}`);
    return w[end] + offset;
  };
