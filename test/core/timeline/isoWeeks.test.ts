import fc from "fast-check";
import { getISOWeek, startOfISOWeek } from "date-fns";
import { localDateOf, mondayOf, planWeeks, serialOfLocalDate } from "../../../src/core/timeline";
import { d } from "../fixtures";

describe("planWeeks", () => {
  it.each([
    [2020, 53, "2019-12-30"],
    [2026, 53, "2025-12-29"],
    [2027, 52, "2027-01-04"],
    [2028, 52, "2028-01-03"],
    [2032, 53, "2031-12-29"],
  ])("%i has %i ISO weeks, week 1 starting %s", (year, count, firstMonday) => {
    const weeks = planWeeks(year);
    expect(weeks).toHaveLength(count);
    expect(weeks[0]).toMatchObject({ week: 1, monday: d(firstMonday), month: 1 });
    expect(weeks[count - 1].week).toBe(count);
    expect(weeks[count - 1].month).toBe(12);
    weeks.forEach((w, i) => {
      expect(w.week).toBe(i + 1);
      if (i > 0) expect(w.monday - weeks[i - 1].monday).toBe(7);
    });
  });

  it("puts a week in the month of its Thursday", () => {
    // 2027-04-26 (Mon) … 2027-05-02 (Sun): Thursday 29 April → April; the next week is May's.
    const weeks = planWeeks(2027);
    const w = weeks.find((x) => x.monday === d("2027-04-26"));
    expect(w?.month).toBe(4);
    expect(weeks.find((x) => x.monday === d("2027-05-03"))?.month).toBe(5);
  });
});

describe("mondayOf", () => {
  it("is the ISO week's Monday for every day of 1950–2100 (date-fns startOfISOWeek)", () => {
    fc.assert(
      fc.property(fc.integer({ min: d("1950-01-01"), max: d("2100-12-31") }), (serial) => {
        const local = localDateOf(serial);
        expect(serialOfLocalDate(local)).toBe(serial);
        expect(mondayOf(serial)).toBe(serialOfLocalDate(startOfISOWeek(local)));
        expect(getISOWeek(localDateOf(mondayOf(serial)))).toBe(getISOWeek(local));
      }),
      { numRuns: 2000, seed: 6 }
    );
  });

  it("ignores a time of day", () => {
    expect(mondayOf(d("2027-06-18") + 0.75)).toBe(d("2027-06-14"));
  });
});
