/**
 * The visitor saturation curve of a Daily range: visitors = Vmax · spend / (K + spend), fitted by nonlinear least
 * squares on visitors (not a linearised Lineweaver–Burk fit, which lets the noisiest low-spend days dominate).
 *
 * For a fixed K the model is linear in Vmax, so Vmax has a closed form; what remains is a 1-D search over K:
 * a log-spaced scan of [min positive spend / 1000, max spend × 1000], then golden-section refinement around the
 * best grid point.
 */
import { metricError, notFinite, type MetricError, type MetricResult } from "./errors";

export interface SaturationFit {
  /** Visitors the curve approaches as spend grows without bound. */
  vmax: number;
  /** Spend at which visitors reach half of Vmax; past it each extra yuan buys under a quarter of what the first did. */
  k: number;
  /** Root-mean-square error of the fit, in visitors. */
  rmse: number;
  /** Data points used (pairs with a blank on either side are skipped). */
  n: number;
}

export const MIN_SPEND_LEVELS = 4;
const BRACKET = 1000;
const GRID_PER_DECADE = 24;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

interface Fitted {
  vmax: number;
  sse: number;
}

/** Best Vmax for a given K, and the sum of squared residuals. */
function fitAt(k: number, s: Float64Array, v: Float64Array): Fitted {
  let fv = 0;
  let ff = 0;
  for (let i = 0; i < s.length; i++) {
    const f = s[i] / (k + s[i]);
    fv += f * v[i];
    ff += f * f;
  }
  const vmax = ff > 0 ? fv / ff : 0;
  let sse = 0;
  for (let i = 0; i < s.length; i++) {
    const r = v[i] - (vmax * s[i]) / (k + s[i]);
    sse += r * r;
  }
  return { vmax, sse };
}

/**
 * Fits the curve to paired spend and visitors (blanks, as null, skip their pair). Unequal lengths, or a value that
 * is not a finite number → #VALUE!; a negative one → #NUM!; fewer than 4 distinct spend levels → #N/A; all visitors
 * 0, or visitors still rising in proportion to spend (K beyond the bracket: no saturation in the data) → #NUM!.
 */
export function fitSaturation(
  spend: readonly (number | null)[],
  visitors: readonly (number | null)[]
): SaturationFit | MetricError {
  if (spend.length !== visitors.length)
    return metricError("#VALUE!", "lengthMismatch", {
      spend: spend.length,
      visitors: visitors.length,
    });
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < spend.length; i++) {
    const x = spend[i];
    const y = visitors[i];
    const bad = notFinite(x, "spend") ?? notFinite(y, "visitors");
    if (bad) return bad;
    if (x !== null && x < 0) return metricError("#NUM!", "negative", { arg: "spend", value: x });
    if (y !== null && y < 0) return metricError("#NUM!", "negative", { arg: "visitors", value: y });
    if (x === null || y === null) continue;
    xs.push(x);
    ys.push(y);
  }
  const levels = new Set(xs).size;
  if (levels < MIN_SPEND_LEVELS) return metricError("#N/A", "tooFewLevels", { levels });
  if (ys.every((y) => y === 0)) return metricError("#NUM!", "noVisitors");

  const s = Float64Array.from(xs);
  const v = Float64Array.from(ys);
  let minPositive = Infinity;
  let max = 0;
  for (const x of xs) {
    if (x > 0 && x < minPositive) minPositive = x;
    if (x > max) max = x;
  }
  const lo = Math.log(minPositive / BRACKET);
  const hi = Math.log(max * BRACKET);
  const steps = Math.max(2, Math.ceil(((hi - lo) / Math.LN10) * GRID_PER_DECADE));
  const sseAt = (logK: number): number => fitAt(Math.exp(logK), s, v).sse;

  let best = 0;
  let bestSse = Infinity;
  for (let i = 0; i <= steps; i++) {
    const e = sseAt(lo + ((hi - lo) * i) / steps);
    if (e < bestSse) {
      bestSse = e;
      best = i;
    }
  }
  if (best === steps) return metricError("#NUM!", "noSaturation");

  // Golden-section search on log K between the best grid point's neighbours.
  let a = lo + ((hi - lo) * Math.max(0, best - 1)) / steps;
  let b = lo + ((hi - lo) * (best + 1)) / steps;
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let fc = sseAt(c);
  let fd = sseAt(d);
  while (b - a > 1e-10) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - GOLDEN * (b - a);
      fc = sseAt(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + GOLDEN * (b - a);
      fd = sseAt(d);
    }
  }
  const k = Math.exp((a + b) / 2);
  const fit = fitAt(k, s, v);
  return { vmax: fit.vmax, k, rmse: Math.sqrt(fit.sse / xs.length), n: xs.length };
}

/**
 * SATURATION's result: K, the spend past which each extra yuan buys under a quarter of what the first did
 * (the slope Vmax·K/(K+spend)² is Vmax/K at 0 and Vmax/(4K) at K). An error passes through.
 */
export function saturationPoint(fit: SaturationFit | MetricError): MetricResult {
  return "error" in fit ? fit : fit.k;
}

/** Visitors the fitted curve expects at a spend. */
export function saturationVisitors(fit: SaturationFit, spend: number): number {
  return (fit.vmax * spend) / (fit.k + spend);
}
