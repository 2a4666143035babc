/**
 * Spring Festival (春节, first day of the lunar year) by Gregorian year.
 *
 * A table, not a computation: the official date (Purple Mountain Observatory, Beijing time) differs from
 * ICU's Chinese calendar in years whose new moon falls near midnight in Beijing (ICU says 2027-02-07 and
 * 2030-02-02; the holiday is 2027-02-06 and 2030-02-03). Outside the table we fall back to `Intl`'s Chinese
 * calendar, which may be a day off in such years.
 */
export const SPRING_FESTIVAL: Readonly<Record<number, readonly [month: number, day: number]>> = {
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
  2031: [1, 23],
  2032: [2, 11],
  2033: [1, 31],
  2034: [2, 19],
  2035: [2, 8],
};

export const SPRING_FESTIVAL_YEARS = { first: 2024, last: 2035 } as const;

function fromIntl(year: number): [number, number] | undefined {
  try {
    const fmt = new Intl.DateTimeFormat("en-u-ca-chinese", {
      timeZone: "UTC",
      month: "numeric",
      day: "numeric",
    });
    if (fmt.resolvedOptions().calendar !== "chinese") return undefined;
    // The lunar new year always falls between 21 January and 20 February.
    for (let day = 21; day <= 51; day++) {
      const date = new Date(Date.UTC(year, 0, day));
      const parts = fmt.formatToParts(date);
      if (
        parts.find((p) => p.type === "month")?.value === "1" &&
        parts.find((p) => p.type === "day")?.value === "1"
      ) {
        return [date.getUTCMonth() + 1, date.getUTCDate()];
      }
    }
  } catch {
    // No Chinese calendar in this runtime's Intl.
  }
  return undefined;
}

/** [month, day] of the Spring Festival of `year`: from the table, else `Intl` (approximate), else undefined. */
export function springFestival(year: number): readonly [number, number] | undefined {
  return SPRING_FESTIVAL[year] ?? fromIntl(year);
}
