import fc from "fast-check";
import {
  itemMarginal,
  itemValue,
  roundSpends,
  waterFill,
  type ConcaveItem,
} from "../../../src/core/budget/waterFill";

const total = (items: readonly ConcaveItem[], spend: readonly number[]): number =>
  items.reduce((t, it, i) => t + itemValue(it, spend[i]), 0);
const sum = (xs: readonly number[]): number => xs.reduce((t, x) => t + x, 0);

/**
 * The best total value over a grid of `steps` spend steps per item within the bounds and the budget (the last
 * item takes the rest, up to its Max). Exhaustive: steps^(n−1) points.
 */
function gridBest(items: readonly ConcaveItem[], budget: number, steps: number): number {
  const n = items.length;
  const step = budget / steps;
  const tol = 1e-7 * budget;
  let best = -Infinity;
  const spend = new Array<number>(n).fill(0);
  const walk = (i: number, left: number): void => {
    if (i === n - 1) {
      const it = items[i];
      if (left < it.lo - tol) return;
      // More than its Max left: the rest stays unspent (a lower value, so the grid still never beats the optimum).
      spend[i] = Math.min(left, it.hi);
      best = Math.max(best, total(items, spend));
      return;
    }
    for (let j = 0; j <= steps; j++) {
      const s = j * step;
      if (s < items[i].lo - tol || s > items[i].hi + tol || s > left + tol) continue;
      spend[i] = s;
      walk(i + 1, left - s);
    }
    // The bounds themselves are candidates too (they are rarely on the grid).
    for (const s of [items[i].lo, items[i].hi])
      if (Number.isFinite(s) && s <= left + tol) {
        spend[i] = s;
        walk(i + 1, left - s);
      }
  };
  walk(0, budget);
  return best;
}

const item = (a: number, k: number, lo = 0, hi = Infinity): ConcaveItem => ({ a, k, lo, hi });

describe("waterFill against a brute-force grid search", () => {
  const cases: { name: string; items: ConcaveItem[]; budget: number; steps: number }[] = [
    {
      name: "2 channels, unbounded",
      items: [item(900, 2000), item(400, 500)],
      budget: 5000,
      steps: 2000,
    },
    {
      name: "3 channels, one capped by Max",
      items: [item(1200, 3000, 0, 1500), item(800, 1000), item(300, 200)],
      budget: 6000,
      steps: 400,
    },
    {
      name: "3 channels with Min floors",
      items: [item(50, 5000, 2000), item(700, 800, 500, 4000), item(650, 900)],
      budget: 8000,
      steps: 400,
    },
    {
      name: "4 channels, mixed bounds",
      items: [
        item(600, 1500, 0, 3000),
        item(900, 4000, 1000),
        item(250, 300, 0, 800),
        item(500, 2500),
      ],
      budget: 10000,
      steps: 100,
    },
  ];

  it.each(cases)(
    "$name: within 0.5 % of the optimum, never below the grid",
    ({ items, budget, steps }) => {
      const r = waterFill(items, budget);
      expect(r.feasible).toBe(true);
      const value = total(items, r.spend);
      const grid = gridBest(items, budget, steps);
      expect(value).toBeGreaterThanOrEqual(grid * (1 - 1e-6));
      expect((value - grid) / value).toBeLessThanOrEqual(0.005);
      expect(sum(r.spend)).toBeCloseTo(budget, 6);
      r.spend.forEach((s, i) => {
        expect(s).toBeGreaterThanOrEqual(items[i].lo - 1e-9);
        expect(s).toBeLessThanOrEqual(items[i].hi + 1e-9);
      });
    }
  );

  it("equalises marginal returns across the channels inside their bounds", () => {
    const items = [item(900, 2000), item(400, 500), item(1500, 6000, 0, 1000)];
    const r = waterFill(items, 5000);
    const interior = r.spend
      .map((s, i) => ({ s, i }))
      .filter(({ s, i }) => s > items[i].lo + 1e-6 && s < items[i].hi - 1e-6);
    expect(interior.length).toBe(2);
    for (const { s, i } of interior) expect(itemMarginal(items[i], s) / r.lambda).toBeCloseTo(1, 6);
    // The capped one would earn more than λ per extra yuan: it is held by its Max.
    expect(r.spend[2]).toBeCloseTo(1000, 9);
    expect(itemMarginal(items[2], 1000)).toBeGreaterThan(r.lambda);
  });

  it("lands within 0.5 % of a grid optimum on random small cases (property)", () => {
    const itemArb = fc.record({
      a: fc.double({ min: 1, max: 5000, noNaN: true }),
      k: fc.double({ min: 10, max: 20000, noNaN: true }),
      lo: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2000, noNaN: true })),
      extra: fc.oneof(fc.constant(Infinity), fc.double({ min: 0, max: 8000, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 2, maxLength: 3 }),
        fc.double({ min: 100, max: 20000, noNaN: true }),
        (raw, budget) => {
          const items = raw.map((x) => item(x.a, x.k, x.lo, x.lo + x.extra));
          const r = waterFill(items, budget);
          const lows = sum(items.map((i) => i.lo));
          if (lows > budget) {
            expect(r.feasible).toBe(false);
            expect(r.spend).toEqual(items.map((i) => i.lo));
            return;
          }
          const highs = sum(items.map((i) => i.hi));
          if (highs <= budget) {
            expect(r.spend).toEqual(items.map((i) => i.hi));
            expect(r.unused).toBeCloseTo(budget - highs, 6);
            return;
          }
          expect(sum(r.spend)).toBeCloseTo(budget, 4);
          const value = total(items, r.spend);
          const grid = gridBest(items, budget, items.length === 2 ? 2000 : 300);
          expect(value).toBeGreaterThanOrEqual(grid * (1 - 1e-6));
          expect((value - grid) / value).toBeLessThanOrEqual(0.005);
        }
      ),
      { numRuns: 120, seed: 6 }
    );
  });
});

describe("waterFill bounds and edge cases", () => {
  it("reports Min amounts over the budget as infeasible and gives every item its Min", () => {
    const r = waterFill([item(100, 100, 3000), item(100, 100, 2500)], 5000);
    expect(r.feasible).toBe(false);
    expect(r.spend).toEqual([3000, 2500]);
  });

  it("stops at the Max amounts and reports what is left", () => {
    const r = waterFill([item(100, 100, 0, 1000), item(100, 100, 0, 1500)], 5000);
    expect(r.spend).toEqual([1000, 1500]);
    expect(r.unused).toBe(2500);
    expect(r.lambda).toBe(0);
  });

  it("gives an item that earns nothing only its Min, and the rest to the earning ones", () => {
    const r = waterFill([item(0, 100, 200), item(500, 1000)], 3000);
    expect(r.spend[0]).toBe(200);
    expect(r.spend[1]).toBeCloseTo(2800, 9);
  });

  it("spends the whole budget when returns are positive", () => {
    const r = waterFill([item(10, 1), item(10, 1)], 1e6);
    expect(sum(r.spend)).toBeCloseTo(1e6, 3);
    expect(r.spend[0]).toBeCloseTo(5e5, 3);
  });

  it("splits identical channels evenly", () => {
    const r = waterFill([item(300, 700), item(300, 700), item(300, 700)], 900);
    for (const s of r.spend) expect(s).toBeCloseTo(300, 9);
  });
});

describe("roundSpends", () => {
  it("rounds to whole units keeping the total: the unit left over goes to the largest remainder", () => {
    const out = roundSpends(
      [1000.4, 2000.35, 2999.25],
      [
        { lo: 0, hi: Infinity },
        { lo: 0, hi: Infinity },
        { lo: 0, hi: 3000 },
      ],
      1
    );
    expect(out).toEqual([1001, 2000, 2999]);
    expect(sum(out)).toBe(6000);
  });

  it("keeps a spend that sits on a bound exactly", () => {
    expect(
      roundSpends(
        [1234.5, 765.5],
        [
          { lo: 1234.5, hi: 5000 },
          { lo: 0, hi: 5000 },
        ],
        1
      )
    ).toEqual([1234.5, 765.5]);
  });

  it("rounds to larger units (100 yuan)", () => {
    const out = roundSpends(
      [1049, 2951],
      [
        { lo: 0, hi: Infinity },
        { lo: 0, hi: Infinity },
      ],
      100
    );
    expect(out).toEqual([1000, 3000]);
  });
});
