/**
 * A period's numbers as the platforms define them (conversion = buyers / visitors, AOV = revenue / buyers, UV value =
 * revenue / visitors), and the change of one period on another. Counts compare as means a day (a 3-day promotion
 * against a 7-day baseline); a number that cannot be had — no rows, no visitors, a zero to divide by — is undefined,
 * never 0.
 */
import type { Totals } from "./salesIndex";

export const METRICS = [
  "visitors",
  "buyers",
  "units",
  "revenue",
  "conversion",
  "aov",
  "uvValue",
] as const;
export type Metric = (typeof METRICS)[number];

/** Counts a day; ratios as they are. */
export type PeriodNumbers = Partial<Record<Metric, number>>;

export interface Period {
  from: number;
  to: number;
  /** Dates with rows (undefined totals: none). */
  totals?: Totals;
  numbers: PeriodNumbers;
}

const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;

export function numbersOf(t: Totals | undefined): PeriodNumbers {
  if (!t || t.days === 0) return {};
  const n: PeriodNumbers = { units: t.units / t.days, revenue: t.revenue / t.days };
  if (t.visitors !== undefined) n.visitors = t.visitors / t.days;
  if (t.buyers !== undefined) n.buyers = t.buyers / t.days;
  const conversion = ratio(t.buyers, t.visitors);
  const aov = ratio(t.revenue, t.buyers);
  const uvValue = ratio(t.revenue, t.visitors);
  if (conversion !== undefined) n.conversion = conversion;
  if (aov !== undefined) n.aov = aov;
  if (uvValue !== undefined) n.uvValue = uvValue;
  return n;
}

export function periodOf(from: number, to: number, totals: Totals | undefined): Period {
  return totals ? { from, to, totals, numbers: numbersOf(totals) } : { from, to, numbers: {} };
}

/** during ÷ before − 1 (PLAN.LIFT); undefined where either is missing or `before` is 0. */
export function lift(during: number | undefined, before: number | undefined): number | undefined {
  const r = ratio(during, before);
  return r === undefined ? undefined : r - 1;
}

export function changesOf(during: PeriodNumbers, before: PeriodNumbers): PeriodNumbers {
  const out: PeriodNumbers = {};
  for (const m of METRICS) {
    const c = lift(during[m], before[m]);
    if (c !== undefined) out[m] = c;
  }
  return out;
}
