import {
  fitSaturation,
  isMetricError,
  saturationPoint,
  saturationVisitors,
  type SaturationFit,
} from "../../../src/core/metrics";

/** Deterministic PRNG (mulberry32) and a standard normal from it (Box–Muller). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (u: () => number): number =>
  Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());

const curve = (vmax: number, k: number, s: number): number => (vmax * s) / (k + s);

function fitted(spend: (number | null)[], visitors: (number | null)[]): SaturationFit {
  const r = fitSaturation(spend, visitors);
  if (isMetricError(r)) throw new Error(`unexpected ${r.error}: ${r.message}`);
  return r;
}

const sse = (vmax: number, k: number, s: number[], v: number[]): number =>
  s.reduce((acc, x, i) => acc + (v[i] - curve(vmax, k, x)) ** 2, 0);

describe("fitSaturation", () => {
  it("recovers Vmax and K exactly from exact data", () => {
    const spend = [200, 500, 1000, 2000, 3000, 5000, 8000];
    const visitors = spend.map((s) => curve(5000, 2000, s));
    const fit = fitted(spend, visitors);
    expect(fit.k / 2000).toBeCloseTo(1, 6);
    expect(fit.vmax / 5000).toBeCloseTo(1, 6);
    expect(fit.rmse).toBeLessThan(1e-3);
    expect(fit.n).toBe(7);
  });

  it.each([1, 2, 3, 4, 5])(
    "recovers K within a few per cent from noisy daily data (seed %i)",
    (seed) => {
      const u = rng(seed);
      const spend = Array.from({ length: 90 }, () => 100 + u() * 7900);
      const visitors = spend.map((s) => Math.max(0, curve(5000, 2000, s) * (1 + 0.03 * normal(u))));
      const fit = fitted(spend, visitors);
      expect(Math.abs(fit.k / 2000 - 1)).toBeLessThan(0.05);
      expect(Math.abs(fit.vmax / 5000 - 1)).toBeLessThan(0.03);
      // A least-squares fit on visitors: no nearby K, and not the true curve, has a smaller error.
      const own = fit.rmse ** 2 * fit.n;
      expect(own).toBeCloseTo(sse(fit.vmax, fit.k, spend, visitors), 6);
      expect(own).toBeLessThanOrEqual(sse(5000, 2000, spend, visitors));
      for (const f of [0.99, 1.01]) {
        const k = fit.k * f;
        const s = spend.map((x) => x / (k + x));
        const vmax =
          s.reduce((a, x, i) => a + x * visitors[i], 0) / s.reduce((a, x) => a + x * x, 0);
        expect(own).toBeLessThanOrEqual(sse(vmax, k, spend, visitors));
      }
    }
  );

  it("is not fooled like a linearised fit when low-spend days are noisy", () => {
    // Lineweaver–Burk (1/v against 1/s) weights the smallest spends most; a few noisy low days throw it off.
    const spend = [20, 25, 30, 500, 1000, 2000, 3000, 4000, 6000, 8000];
    const noise = [1.35, 0.7, 1.3, 1, 1, 1, 1, 1, 1, 1];
    const visitors = spend.map((s, i) => curve(5000, 2000, s) * noise[i]);
    const fit = fitted(spend, visitors);
    expect(Math.abs(fit.k / 2000 - 1)).toBeLessThan(0.02);
    // The linearised fit on the same data, for contrast.
    const x = spend.map((s) => 1 / s);
    const y = visitors.map((v) => 1 / v);
    const mx = x.reduce((a, b) => a + b) / x.length;
    const my = y.reduce((a, b) => a + b) / y.length;
    const slope =
      x.reduce((a, xi, i) => a + (xi - mx) * (y[i] - my), 0) /
      x.reduce((a, xi) => a + (xi - mx) ** 2, 0);
    const intercept = my - slope * mx;
    expect(Math.abs(slope / intercept / 2000 - 1)).toBeGreaterThan(0.2);
  });

  it("accepts zero-spend days and skips pairs with a blank", () => {
    const spend = [0, 500, null, 1000, 2000, 4000, 3000];
    const visitors = [
      0,
      curve(900, 1000, 500),
      77,
      curve(900, 1000, 1000),
      curve(900, 1000, 2000),
      curve(900, 1000, 4000),
      null,
    ];
    const fit = fitted(spend, visitors);
    expect(fit.n).toBe(5);
    expect(fit.k).toBeCloseTo(1000, 3);
  });

  it("is #N/A with fewer than 4 distinct spend levels", () => {
    const r = fitSaturation([100, 100, 200, 200, 300, 300], [10, 11, 18, 19, 25, 24]);
    expect(r).toMatchObject({
      error: "#N/A",
      message: "only 3 distinct spend level(s): the saturation fit needs at least 4.",
    });
    expect(fitSaturation([], [])).toMatchObject({ error: "#N/A" });
    expect(fitSaturation([100, 200, 300, null], [1, 2, 3, 4])).toMatchObject({ error: "#N/A" });
  });

  it("is #VALUE! on unequal lengths or a non-number, #NUM! on a negative value", () => {
    expect(fitSaturation([1, 2, 3, 4], [1, 2, 3])).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("spend has 4 values but visitors has 3"),
    });
    expect(fitSaturation([1, 2, Number.NaN, 4], [1, 2, 3, 4])).toMatchObject({
      error: "#VALUE!",
      message: "spend is not a number.",
    });
    expect(fitSaturation([1, 2, 3, 4], [1, 2, Number.POSITIVE_INFINITY, 4])).toMatchObject({
      error: "#VALUE!",
      message: "visitors is not a number.",
    });
    expect(fitSaturation([1, -2, 3, 4], [1, 2, 3, 4])).toMatchObject({
      error: "#NUM!",
      message: expect.stringContaining("spend is negative (-2)"),
    });
    expect(fitSaturation([1, 2, 3, 4], [1, 2, -3, 4])).toMatchObject({
      error: "#NUM!",
      message: expect.stringContaining("visitors is negative (-3)"),
    });
  });

  it("is #NUM! on degenerate data: no visitors at all, or visitors still rising in proportion to spend", () => {
    expect(fitSaturation([100, 200, 300, 400], [0, 0, 0, 0])).toMatchObject({
      error: "#NUM!",
      message: "visitors are all 0: there is no curve to fit.",
    });
    expect(fitSaturation([100, 200, 300, 400], [300, 600, 900, 1200])).toMatchObject({
      error: "#NUM!",
      key: "noSaturation",
    });
  });

  it("puts K below the smallest spend when visitors do not move with spend at all", () => {
    const fit = fitted([100, 200, 300, 400, 500], [800, 800, 800, 800, 800]);
    expect(fit.k).toBeLessThan(1);
    expect(fit.vmax).toBeCloseTo(800, 0);
  });
});

describe("saturationPoint", () => {
  it("is K, where the marginal visitors per yuan have fallen to a quarter of the first yuan's", () => {
    const spend = [200, 500, 1000, 2000, 3000, 5000, 8000];
    const fit = fitted(
      spend,
      spend.map((s) => curve(5000, 2000, s))
    );
    const k = saturationPoint(fit);
    expect(k).toBeCloseTo(2000, 2);
    const slope = (s: number): number =>
      (saturationVisitors(fit, s + 1e-3) - saturationVisitors(fit, s)) / 1e-3;
    expect(slope(fit.k) / slope(0)).toBeCloseTo(0.25, 4);
    expect(saturationVisitors(fit, fit.k)).toBeCloseTo(fit.vmax / 2, 6);
  });

  it("passes an error through", () => {
    const e = fitSaturation([1], [1]);
    expect(saturationPoint(e)).toBe(e);
  });
});
