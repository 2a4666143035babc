/** Expected visitors a budget buys at a CPC, rounded down. */
import { badAmount, zeroDenominator, type MetricInput, type MetricResult } from "./errors";

/**
 * floor(budget / cpc); a blank budget is 0. A quotient within 1e-9 (relative) of a whole number counts as that
 * number, so 0.3 / 0.1 (= 2.9999999999999996 in binary floating point) buys 3 visitors, as Excel shows it.
 */
export function visitors(budget: MetricInput, cpc: MetricInput): MetricResult {
  const bad = badAmount(budget, "budget") ?? badAmount(cpc, "cpc") ?? zeroDenominator(cpc, "cpc");
  if (bad) return bad;
  const q = (budget ?? 0) / (cpc as number);
  const whole = Math.round(q);
  return Math.abs(q - whole) <= 1e-9 * Math.max(1, Math.abs(q)) ? whole : Math.floor(q);
}
