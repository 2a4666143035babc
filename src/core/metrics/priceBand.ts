/** Price bands (价格带) of a market: which band a price falls in, and the band's label. */
import { badAmount, metricError, type MetricInput, type MetricError } from "./errors";

export interface Band {
  from: number;
  to: number;
}

/** "100–199": whole numbers without separators; decimals kept where a bound has them. */
export function bandLabel(b: Band): string {
  const n = (x: number): string =>
    Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100);
  return `${n(b.from)}–${n(b.to)}`;
}

/**
 * The index of the first band with from ≤ price ≤ to (bands may be typed in any order; the first match wins, so
 * two bands sharing a bound — 100–200 and 200–300 — give a price of 200 to the one listed first), else -1.
 */
export function bandIndex(price: number, bands: readonly Band[]): number {
  for (let i = 0; i < bands.length; i++)
    if (price >= bands[i].from && price <= bands[i].to) return i;
  return -1;
}

/**
 * PRICEBAND's result: the label of the band `price` falls in, #N/A when none. Bands come as paired lists of starts
 * and ends; a pair blank on both sides is skipped (a range longer than the bands), a half-blank pair or an end below
 * its start is an error naming the band.
 */
export function priceBandOf(
  price: MetricInput,
  froms: readonly MetricInput[],
  tos: readonly MetricInput[]
): string | MetricError {
  const bad = badAmount(price, "price");
  if (bad) return bad;
  if (price === null) return metricError("#N/A", "argBlank", { arg: "price" });
  if (froms.length !== tos.length)
    return metricError("#VALUE!", "pairMismatch", {
      first: "bandsFrom",
      a: froms.length,
      second: "bandsTo",
      b: tos.length,
    });
  const bands: Band[] = [];
  for (let i = 0; i < froms.length; i++) {
    const f = froms[i];
    const t = tos[i];
    const e = badAmount(f, "bandsFrom") ?? badAmount(t, "bandsTo");
    if (e) return e;
    if (f === null && t === null) continue;
    if (f === null || t === null)
      return metricError("#VALUE!", "bandBlank", {
        at: i + 1,
        arg: f === null ? "bandsFrom" : "bandsTo",
      });
    if (t < f) return metricError("#NUM!", "bandOrder", { at: i + 1, from: f, to: t });
    bands.push({ from: f, to: t });
  }
  const i = bandIndex(price, bands);
  return i < 0 ? metricError("#N/A", "noBand", { price }) : bandLabel(bands[i]);
}
