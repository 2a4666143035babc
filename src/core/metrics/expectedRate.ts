/**
 * The weekday-adjusted expected conversion of a group (客服 by agent or shift): the store's rate of each weekday,
 * weighted by the group's inquiries on that weekday. A night agent who only works Saturdays is thus compared with
 * the store's Saturdays, not with its whole week.
 */
import {
  badAmount,
  badRate,
  metricError,
  type MetricError,
  type MetricInput,
  type MetricResult,
} from "./errors";

/**
 * Σ inquiries[i] × rate[i] / Σ inquiries[i], over paired values (weekdays, or any buckets). A blank inquiry count is
 * 0; a blank rate where there are inquiries is #N/A (never silently 0); unequal lengths #VALUE!; no inquiries at all
 * #DIV/0!; a negative value #NUM!.
 */
export function expectedRate(
  inquiries: readonly MetricInput[],
  rates: readonly MetricInput[]
): MetricResult {
  if (inquiries.length !== rates.length)
    return metricError("#VALUE!", "pairMismatch", {
      first: "inquiriesByWeekday",
      a: inquiries.length,
      second: "storeRateByWeekday",
      b: rates.length,
    });
  let weight = 0;
  let sum = 0;
  for (let i = 0; i < inquiries.length; i++) {
    const n = inquiries[i];
    const r = rates[i];
    const bad: MetricError | undefined =
      badAmount(n, "inquiriesByWeekday") ?? badRate(r, "storeRateByWeekday");
    if (bad) return bad;
    if (n === null || n === 0) continue;
    if (r === null) return metricError("#N/A", "rateMissing", { at: i + 1, inquiries: n });
    weight += n;
    sum += n * r;
  }
  if (weight === 0) return metricError("#DIV/0!", "noInquiries");
  return sum / weight;
}
