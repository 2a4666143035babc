/** Days a promotion runs, both ends included. */
import { metricError, notFinite, type MetricInput, type MetricResult } from "./errors";

/**
 * End − Start + 1 on serial days (a date with a time of day counts as its day). A blank date is #N/A (not
 * available: Excel arithmetic would read it as 1900-01-00 and give a nonsense count), a negative serial #NUM!,
 * End before Start #NUM!.
 */
export function promoDays(start: MetricInput, end: MetricInput): MetricResult {
  for (const [v, arg] of [
    [start, "start"],
    [end, "end"],
  ] as const) {
    const bad = notFinite(v, arg);
    if (bad) return bad;
    if (v === null) return metricError("#N/A", "dateBlank", { arg });
    if (v < 0) return metricError("#NUM!", "notADate", { arg, value: v });
  }
  const days = Math.floor(end as number) - Math.floor(start as number) + 1;
  return days < 1 ? metricError("#NUM!", "endBeforeStart", { days: 1 - days }) : days;
}
