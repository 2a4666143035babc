import { cpcAdvice, planBudget } from "../../../src/core/budget";
import type { DailyRow } from "../../../src/core/plan";
import { cpcSaturation } from "../../../src/core/rules/cpcSaturation";
import { d, hitsOf, planOf } from "../fixtures";

/**
 * The seed's case: ¥2,000 a day buys about 1,000 visitors at ¥2 a click; on the cheaper days clicks cost ¥1.33.
 * Low days: ¥4,000 for 3,000 clicks; high days: ¥6,000 for 3,000 clicks; visitors ≈ 1,000 a day throughout.
 */
function seedDays(withClicks = true): Partial<DailyRow>[] {
  const days: [number, number, number][] = [
    [1300, 1000, 1000],
    [1340, 1000, 995],
    [1360, 1000, 1005],
    [1950, 1000, 990],
    [2000, 1000, 1000],
    [2050, 1000, 1010],
  ];
  return days.map(([spend, clicks, visitors], i) => ({
    date: d("2026-09-01") + i,
    platform: "Tmall",
    channel: "CPC search ads",
    adSpend: spend,
    visitors,
    ...(withClicks ? { clicks } : {}),
  }));
}

describe("cpcAdvice", () => {
  it("the seed: the same ¥2,000 at the lower bid buys 1,500 visitors instead of 1,000", () => {
    const plan = planOf({ daily: seedDays() });
    const [a, ...rest] = cpcAdvice(plan, { lang: "en" });
    expect(rest).toEqual([]);
    expect(a.group).toEqual({ platform: "Tmall", channel: "CPC search ads" });
    expect(a.spend).toBeCloseTo(2000, 9);
    expect(a.visitorsNow).toBeCloseTo(1000, 9);
    expect(a.cpcNow).toBeCloseTo(2, 12);
    expect(a.cpcLower).toBeCloseTo(4 / 3, 12);
    expect(a.visitorsAtLowerBid).toBeCloseTo(1500, 9);
    expect(a.extra).toBeCloseTo(500, 9);
    expect(a.basis).toBe("clicks");
    expect(a.message).toBe(
      "Tmall / CPC search ads: ¥2,000 a day buys about 1,000 visitors at a CPC of ¥2. At ¥1.33, the CPC of its low-spend " +
        "days, the same budget would buy about 1,500: 500 more. Lower the bid, keep the budget."
    );
  });

  it("points at the cell CPC_SATURATION reports, and speaks Chinese", () => {
    const plan = planOf({ daily: seedDays() });
    const [a] = cpcAdvice(plan, { lang: "zh-CN" });
    expect(`${a.at.sheet}!${a.at.column}${a.at.row}`).toBe(hitsOf(cpcSaturation, plan)[0].address);
    expect(a.label).toBe("天猫 / 直通车");
    expect(a.message).toBe(
      "天猫 / 直通车：每天 ¥2,000，点击单价 ¥2，约引来 1,000 个访客。把点击单价降到 ¥1.33（低花费日的水平），同样的预算约可引来 1,500 个，多 500 个。总费用不变，降低出价。"
    );
  });

  it("counts at most one visitor per extra click: organic visitors do not come with a bid", () => {
    const days = seedDays().map((r) => ({ ...r, visitors: (r.visitors as number) + 4000 }));
    const [a] = cpcAdvice(planOf({ daily: days }), { lang: "en" });
    expect(a.visitorsNow).toBeCloseTo(5000, 9);
    expect(a.extra).toBeCloseTo(500, 9);
  });

  it("scales extra clicks by the visitors a click brings when that is under one", () => {
    const days = seedDays().map((r) => ({ ...r, visitors: (r.visitors as number) * 0.8 }));
    const [a] = cpcAdvice(planOf({ daily: days }), { lang: "en" });
    expect(a.extra).toBeCloseTo(400, 9);
  });

  it("without Clicks, uses the cost per visitor (an upper bound)", () => {
    const [a] = cpcAdvice(planOf({ daily: seedDays(false) }), { lang: "en" });
    expect(a.basis).toBe("visitors");
    expect(a.cpcNow).toBeCloseTo(2, 12);
    expect(a.cpcLower).toBeCloseTo(4000 / 3000, 12);
    expect(a.visitorsAtLowerBid).toBeCloseTo(1500, 9);
    expect(a.message).toContain("the same budget would buy up to 1,500: 500 more.");
  });

  it("gives no advice for a group that is not saturated", () => {
    const days = seedDays().map((r) => ({ ...r, visitors: (r.adSpend as number) / 2 }));
    expect(cpcAdvice(planOf({ daily: days }), { lang: "en" })).toEqual([]);
  });

  it("never promises fewer visitors than now", () => {
    const days = seedDays().map((r, i) => ({ ...r, clicks: i < 3 ? 500 : 1000 }));
    const [a] = cpcAdvice(planOf({ daily: days }), { lang: "en" });
    expect(a.cpcLower).toBeGreaterThan(a.cpcNow);
    expect(a.extra).toBe(0);
    expect(a.visitorsAtLowerBid).toBe(a.visitorsNow);
  });
});

describe("planBudget", () => {
  it("builds the curves, allocates the plan's Budget cap and gathers the notes and advice", () => {
    const plan = planOf({
      budget: [
        {
          channel: "CPC search ads",
          amount: 15000,
          min: 10000,
          max: 20000,
          expectedCpc: 1.6,
          expectedConversion: 0.035,
          expectedRevenue: 98000,
        },
        {
          channel: "Display ads",
          amount: 8000,
          min: 5000,
          max: 10000,
          expectedCpc: 0.9,
          expectedConversion: 0.015,
          expectedRevenue: 40000,
        },
        { channel: "Affiliates", amount: 6000, min: 3000, max: 8000, expectedRevenue: 42000 },
        { channel: "Fake orders", amount: 3000 },
      ],
      daily: seedDays(),
      settings: { budgetCap: 30000 },
    });
    const { allocation, advice } = planBudget(plan, { objective: "revenue", lang: "en" });
    expect(allocation.cap).toBe(30000);
    expect(allocation.totals.allocated.spend).toBe(30000);
    expect(allocation.channels.find((c) => c.channel === "Affiliates")?.allocated.spend).toBe(6000);
    expect(allocation.channels.find((c) => c.channel === "Fake orders")?.allocated.spend).toBe(0);
    // Six distinct spend levels with flat visitors: a fitted (strongly saturated) curve, not the Expected CPC one.
    expect(allocation.channels[0].curve?.source).toBe("daily");
    expect(allocation.notes.map((n) => n.code)).toEqual(["noCurve", "forbidden", "overCapNow"]);
    expect(advice).toHaveLength(1);
  });
});
