import { allocateBudget, type ResponseCurve } from "../../../src/core/budget";
import { budgetNoteMessage } from "../../../src/core/budget/notes";
import { curveVisitors } from "../../../src/core/budget/curves";
import type { BudgetLine } from "../../../src/core/plan";
import { planOf } from "../fixtures";

const curve = (
  channel: string,
  vmax: number,
  k: number,
  conversion?: number,
  aov?: number
): ResponseCurve => ({
  channel,
  source: "expectedCpc",
  vmax,
  k,
  ...(conversion !== undefined ? { conversion } : {}),
  ...(aov !== undefined ? { aov } : {}),
});
const curvesOf = (...cs: ResponseCurve[]): Map<string, ResponseCurve> =>
  new Map(cs.map((c) => [c.channel, c]));
const linesOf = (lines: Partial<BudgetLine>[]) => planOf({ budget: lines }).budget;

const ordersAt = (c: ResponseCurve, s: number): number => curveVisitors(c, s) * (c.conversion ?? 0);
const revenueAt = (c: ResponseCurve, s: number): number => ordersAt(c, s) * (c.aov ?? 0);

/** Best objective over every whole-yuan split of `cap` within [lo, hi] per channel (2 or 3 channels). */
function bruteForce(
  cs: ResponseCurve[],
  bounds: { lo: number; hi: number }[],
  cap: number,
  f: (c: ResponseCurve, s: number) => number
): number {
  let best = -Infinity;
  const hi = (i: number): number => Math.min(cap, bounds[i].hi);
  if (cs.length === 2) {
    for (let a = bounds[0].lo; a <= hi(0); a++) {
      const b = cap - a;
      if (b < bounds[1].lo || b > bounds[1].hi) continue;
      best = Math.max(best, f(cs[0], a) + f(cs[1], b));
    }
  } else {
    for (let a = bounds[0].lo; a <= hi(0); a++)
      for (let b = bounds[1].lo; b <= Math.min(hi(1), cap - a); b++) {
        const c = cap - a - b;
        if (c < bounds[2].lo || c > bounds[2].hi) continue;
        best = Math.max(best, f(cs[0], a) + f(cs[1], b) + f(cs[2], c));
      }
  }
  return best;
}

describe("allocateBudget against a brute-force search", () => {
  const search = curve("CPC search ads", 900, 300, 0.03, 250);
  const display = curve("Display ads", 1500, 900, 0.015, 300);
  const live = curve("Livestream / KOL", 600, 150, 0.04, 180);

  it.each([
    ["orders", 2] as const,
    ["revenue", 2] as const,
    ["orders", 3] as const,
    ["revenue", 3] as const,
  ])("maximises %s over %i channels within 0.5 %% of the whole-yuan optimum", (objective, n) => {
    const cs = [search, display, live].slice(0, n);
    const bounds = [
      { lo: 50, hi: 400 },
      { lo: 0, hi: Infinity },
      { lo: 100, hi: 500 },
    ].slice(0, n);
    const lines = linesOf(
      cs.map((c, i) => ({
        channel: c.channel,
        amount: 200,
        min: bounds[i].lo,
        ...(Number.isFinite(bounds[i].hi) ? { max: bounds[i].hi } : {}),
      }))
    );
    const cap = 900;
    const f = objective === "orders" ? ordersAt : revenueAt;
    const r = allocateBudget(lines, curvesOf(...cs), { cap, objective });
    const got = r.channels.reduce(
      (t, ch) => t + f(ch.curve as ResponseCurve, ch.allocated.spend),
      0
    );
    const best = bruteForce(cs, bounds, cap, f);
    expect(Math.abs(got - best) / best).toBeLessThanOrEqual(0.005);
    expect(got).toBeGreaterThanOrEqual(best * (1 - 0.005));
    // The cap is fully used and every allocation is a whole yuan within its bounds.
    expect(r.totals.allocated.spend).toBe(cap);
    r.channels.forEach((ch, i) => {
      expect(Number.isInteger(ch.allocated.spend)).toBe(true);
      expect(ch.allocated.spend).toBeGreaterThanOrEqual(bounds[i].lo);
      expect(ch.allocated.spend).toBeLessThanOrEqual(bounds[i].hi);
    });
    const expected =
      objective === "orders" ? r.totals.allocated.orders : r.totals.allocated.revenue;
    expect(expected).toBeCloseTo(got, 6);
  });
});

describe("allocateBudget rules", () => {
  const search = curve("CPC search ads", 20000, 15000, 0.035, 300);
  const display = curve("Display ads", 15000, 9000, 0.015, 280);

  it("never allocates to Fake orders and frees its amount for the others", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 10000 },
      { channel: "Fake orders", amount: 3000, min: 1000 },
      { channel: "Display ads", amount: 7000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), { cap: 20000, objective: "orders" });
    const fake = r.channels.find((c) => c.channel === "Fake orders");
    expect(fake?.status).toBe("forbidden");
    expect(fake?.allocated.spend).toBe(0);
    expect(fake?.lines[0].allocated.spend).toBe(0);
    expect(fake?.lines[0].amountCell).toMatchObject({ sheet: "Budget", row: 3, column: "B" });
    expect(r.totals.allocated.spend).toBe(20000);
    expect(r.notes).toContainEqual({
      code: "forbidden",
      channel: "Fake orders",
      params: { amount: 3000 },
    });
  });

  it("respects Min and Max", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 10000, max: 6000 },
      { channel: "Display ads", amount: 10000, min: 9000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), { cap: 30000, objective: "orders" });
    const [s, d] = r.channels;
    expect(s.allocated.spend).toBe(6000);
    expect(d.allocated.spend).toBe(24000);
    expect(s.marginal as number).toBeGreaterThan(r.lambda as number);
  });

  it("equalises the marginal orders per yuan of the channels inside their bounds", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 10000 },
      { channel: "Display ads", amount: 10000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), {
      cap: 20000,
      objective: "orders",
      unit: 0,
    });
    const [s, d] = r.channels;
    expect((s.marginal as number) / (d.marginal as number)).toBeCloseTo(1, 6);
    expect((s.marginal as number) / (r.lambda as number)).toBeCloseTo(1, 6);
  });

  it("keeps the planner's amount for a channel without a curve, and allocates the rest of the cap", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 10000 },
      { channel: "Coupons", amount: 5000, expectedRevenue: 30000 },
      { channel: "Display ads", amount: 5000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), {
      cap: 25000,
      objective: "revenue",
    });
    const coupons = r.channels.find((c) => c.channel === "Coupons");
    expect(coupons?.status).toBe("kept");
    expect(coupons?.allocated.spend).toBe(5000);
    expect(coupons?.allocated.revenue).toBe(30000);
    expect(coupons?.gain).toEqual({ visitors: null, orders: null, revenue: 0 });
    const others = r.channels
      .filter((c) => c.status === "optimised")
      .reduce((t, c) => t + c.allocated.spend, 0);
    expect(others).toBe(20000);
    expect(r.notes).toContainEqual({
      code: "noCurve",
      channel: "Coupons",
      params: { amount: 5000 },
    });
  });

  it("keeps a channel whose curve lacks what the objective needs (AOV for revenue)", () => {
    const noAov = curve("Display ads", 15000, 9000, 0.015);
    const lines = linesOf([
      { channel: "CPC search ads", amount: 10000 },
      { channel: "Display ads", amount: 5000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, noAov), { cap: 20000, objective: "revenue" });
    expect(r.channels[1].status).toBe("kept");
    expect(r.channels[0].allocated.spend).toBe(15000);
    expect(r.notes).toContainEqual({
      code: "noValue",
      channel: "Display ads",
      params: { amount: 5000, context: "revenue" },
    });
    // For orders the same curve is enough.
    const o = allocateBudget(lines, curvesOf(search, noAov), { cap: 20000, objective: "orders" });
    expect(o.channels[1].status).toBe("optimised");
  });

  it("reports Min amounts over the cap as infeasible and gives every line its Min", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 10000, min: 12000 },
      { channel: "Display ads", amount: 5000, min: 9000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), { cap: 20000, objective: "orders" });
    expect(r.feasible).toBe(false);
    expect(r.channels.map((c) => c.allocated.spend)).toEqual([12000, 9000]);
    expect(r.notes).toContainEqual({
      code: "minOverCap",
      params: { minTotal: 21000, kept: 0, cap: 20000 },
    });
    expect(budgetNoteMessage(r.notes[0], "en")).toBe(
      "The Min amounts (¥21,000) and the amounts kept as they are (¥0) exceed the Budget cap ¥20,000: every line gets its Min."
    );
  });

  it("leaves the cap unspent when every channel is at its Max, and says so", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 1000, max: 4000 },
      { channel: "Display ads", amount: 1000, max: 5000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), { cap: 20000, objective: "orders" });
    expect(r.totals.allocated.spend).toBe(9000);
    expect(r.unused).toBe(11000);
    expect(r.notes).toContainEqual({
      code: "capUnused",
      params: { unused: 11000, context: "maxReached" },
    });
    expect(
      budgetNoteMessage(
        { code: "capUnused", params: { unused: 11000, context: "maxReached" } },
        "zh-CN"
      )
    ).toBe("预算上限中有 ¥11,000 未分配：能追加的渠道都已达到最高金额。");
  });

  it("uses the whole cap when returns are positive", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 1 },
      { channel: "Display ads", amount: 1 },
    ]);
    for (const cap of [1, 999, 50000, 1e6]) {
      const r = allocateBudget(lines, curvesOf(search, display), { cap, objective: "revenue" });
      expect(r.totals.allocated.spend).toBe(cap);
      expect(r.unused).toBe(0);
    }
  });

  it("reports the gain over the planner's split, per channel, per line and in total", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 2000 },
      { channel: "Display ads", amount: 18000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), { cap: 20000, objective: "orders" });
    const [s, d] = r.channels;
    expect(s.current.orders).toBeCloseTo(ordersAt(search, 2000), 9);
    expect(s.allocated.orders).toBeCloseTo(ordersAt(search, s.allocated.spend), 9);
    expect(s.gain.orders).toBeCloseTo(
      (s.allocated.orders as number) - (s.current.orders as number),
      9
    );
    expect(s.lines[0].gain).toEqual(s.gain);
    expect(r.totals.gain.orders).toBeCloseTo(
      (s.gain.orders as number) + (d.gain.orders as number),
      9
    );
    expect(r.totals.gain.orders as number).toBeGreaterThan(0);
    expect(r.totals.allocated.orders as number).toBeGreaterThan(r.totals.current.orders as number);
    expect(s.allocated.roas).toBeCloseTo((s.allocated.revenue as number) / s.allocated.spend, 9);
  });

  it("spreads a channel over its lines: Min first, the rest by today's amounts, within each Max", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 3000, min: 1000 },
      { channel: "Display ads", amount: 5000 },
      { channel: "CPC search ads", amount: 1000, max: 2000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), { cap: 20000, objective: "orders" });
    const s = r.channels[0];
    expect(s.lines.map((l) => l.row)).toEqual([2, 4]);
    expect(s.min).toBe(1000);
    expect(s.max).toBe(Infinity);
    const [a, b] = s.lines.map((l) => l.allocated.spend);
    expect(s.allocated.spend).toBeGreaterThan(10000);
    // Today's 3:1 would give the second line more than its Max of 2,000: it is held there, the first takes the rest.
    expect(b).toBe(2000);
    expect(a).toBe(s.allocated.spend - 2000);
    expect(s.lines[0].allocated.orders! + s.lines[1].allocated.orders!).toBeCloseTo(
      s.allocated.orders as number,
      9
    );
  });

  it("treats a Max below the Min as the Min, and notes it", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 3000, min: 5000, max: 4000 },
      { channel: "Display ads", amount: 100 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), { cap: 20000, objective: "orders" });
    expect(r.channels[0].allocated.spend).toBe(5000);
    expect(r.notes).toContainEqual({
      code: "minAboveMax",
      channel: "CPC search ads",
      params: { min: 5000, max: 4000 },
    });
    expect(budgetNoteMessage(r.notes[0], "zh-CN")).toBe(
      "直通车：最低 ¥5,000 高于最高 ¥4,000，最高按 ¥5,000 处理。"
    );
  });

  it("spreads by today's amounts when no Max binds", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 3000 },
      { channel: "CPC search ads", amount: 1000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search), { cap: 8000, objective: "orders" });
    expect(r.channels[0].lines.map((l) => l.allocated.spend)).toEqual([6000, 2000]);
  });

  it("notes current amounts over the cap", () => {
    const lines = linesOf([
      { channel: "CPC search ads", amount: 30000 },
      { channel: "Display ads", amount: 30000 },
    ]);
    const r = allocateBudget(lines, curvesOf(search, display), { cap: 50000, objective: "orders" });
    expect(r.notes).toContainEqual({ code: "overCapNow", params: { current: 60000, cap: 50000 } });
    expect(r.totals.allocated.spend).toBe(50000);
  });
});
