/**
 * Break-even metrics. A margin may be typed 0.3 or 30 (spec §2: ≤ 1 is a fraction, > 1 a percent); a conversion
 * rate is taken as given (0.02 = 2 %). Blank arguments of the product count as 0, like Excel arithmetic.
 */
import { toFraction } from "../settings";
import { badAmount, badRate, zeroDenominator, type MetricInput, type MetricResult } from "./errors";

/** The most a click may cost: AOV × gross margin × conversion rate. */
export function breakevenCpc(
  aov: MetricInput,
  margin: MetricInput,
  conversion: MetricInput
): MetricResult {
  const bad =
    badAmount(aov, "aov") ?? badRate(margin, "margin") ?? badRate(conversion, "conversion");
  if (bad) return bad;
  return (aov ?? 0) * toFraction(margin ?? 0) * (conversion ?? 0);
}

/** The lowest ROAS that does not lose money: 1 / gross margin. */
export function breakevenRoas(margin: MetricInput): MetricResult {
  const bad = badRate(margin, "margin") ?? zeroDenominator(margin, "margin");
  if (bad) return bad;
  return 1 / toFraction(margin as number);
}
