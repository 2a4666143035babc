import { buildCurves, curveVisitors, budgetNoteMessage } from "../../../src/core/budget";
import type { DailyRow } from "../../../src/core/plan";
import { d, planOf, type PlanInput } from "../fixtures";

const exact = (vmax: number, k: number, s: number): number => (vmax * s) / (k + s);

/** Ten days of one channel on Tmall (60 % of spend and visitors) and JD (40 %), on an exact curve. */
function twoPlatformDays(
  channel: string,
  vmax: number,
  k: number,
  extra: Partial<DailyRow> = {}
): Partial<DailyRow>[] {
  const rows: Partial<DailyRow>[] = [];
  const spends = [500, 800, 1200, 1600, 2000, 2600, 3200, 4000, 5000, 6500];
  spends.forEach((s, i) => {
    const v = exact(vmax, k, s);
    rows.push({
      date: d("2026-08-01") + i,
      platform: "Tmall",
      channel,
      adSpend: 0.6 * s,
      visitors: 0.6 * v,
      ...extra,
    });
    rows.push({
      date: d("2026-08-01") + i,
      platform: "JD",
      channel,
      adSpend: 0.4 * s,
      visitors: 0.4 * v,
      ...extra,
    });
  });
  return rows;
}

const build = (input: PlanInput, opts = {}) => {
  const plan = planOf(input);
  return buildCurves(plan.budget, plan.daily, { cap: plan.settings.budgetCap, ...opts });
};

describe("buildCurves from Daily", () => {
  it("fits the channel's days summed across platforms, scaled to the horizon", () => {
    const { curves, notes } = build({
      budget: [{ channel: "CPC search ads", amount: 15000, expectedCpc: 1.6 }],
      daily: twoPlatformDays("CPC search ads", 5000, 2000),
    });
    const c = curves.get("CPC search ads");
    expect(notes).toEqual([]);
    expect(c?.source).toBe("daily");
    expect(c?.fit?.days).toBe(10);
    expect((c?.fit?.dailyK as number) / 2000).toBeCloseTo(1, 5);
    expect((c?.fit?.dailyVmax as number) / 5000).toBeCloseTo(1, 5);
    expect((c?.k as number) / 60000).toBeCloseTo(1, 5);
    expect((c?.vmax as number) / 150000).toBeCloseTo(1, 5);
    // A month's budget spent evenly: 30 days at spend/30 each.
    expect(curveVisitors(c!, 30 * 1000)).toBeCloseTo(30 * exact(5000, 2000, 1000), 3);
  });

  it("takes the horizon from the options", () => {
    const { curves } = build(
      {
        budget: [{ channel: "Display ads", amount: 1000 }],
        daily: twoPlatformDays("Display ads", 800, 300),
      },
      { horizonDays: 7 }
    );
    expect((curves.get("Display ads")?.k as number) / 2100).toBeCloseTo(1, 5);
    expect(curves.get("Display ads")?.fit?.horizonDays).toBe(7);
  });

  it("values a visitor with Daily conversion and AOV when the line has none", () => {
    const daily = twoPlatformDays("Display ads", 800, 300).map((r) => ({
      ...r,
      orders: (r.visitors as number) * 0.02,
      revenue: (r.visitors as number) * 0.02 * 150,
    }));
    const { curves } = build({ budget: [{ channel: "Display ads", amount: 1000 }], daily });
    const c = curves.get("Display ads");
    expect(c?.conversion).toBeCloseTo(0.02, 12);
    expect(c?.conversionFrom).toBe("daily");
    expect(c?.aov).toBeCloseTo(150, 9);
    expect(c?.aovFrom).toBe("daily");
  });

  it("prefers the line's Expected conversion and the AOV its Expected revenue implies", () => {
    const daily = twoPlatformDays("Display ads", 800, 300).map((r) => ({
      ...r,
      orders: 1,
      revenue: 100,
    }));
    const { curves } = build({
      budget: [
        {
          channel: "Display ads",
          amount: 8000,
          expectedCpc: 0.9,
          expectedConversion: 0.015,
          expectedRevenue: 40000,
        },
      ],
      daily,
    });
    const c = curves.get("Display ads");
    expect(c?.conversion).toBe(0.015);
    expect(c?.conversionFrom).toBe("budget");
    // Expected orders = VISITORS(8000, 0.9) × 1.5 % = 8888 × 0.015 = 133.32.
    expect(c?.aov).toBeCloseTo(40000 / (8888 * 0.015), 9);
    expect(c?.aovFrom).toBe("budget");
  });

  it("ignores Daily rows without a channel or of a channel with no Budget line", () => {
    const daily = [
      ...twoPlatformDays("Display ads", 800, 300).map((r) => ({ ...r, channel: undefined })),
      ...twoPlatformDays("Affiliates", 800, 300),
    ];
    const { curves } = build({
      budget: [{ channel: "Display ads", amount: 1000, expectedCpc: 1 }],
      daily,
    });
    expect(curves.get("Display ads")?.source).toBe("expectedCpc");
    expect(curves.has("Affiliates")).toBe(false);
  });

  it("falls back to the Expected CPC when the Daily days cannot be fitted, and says why", () => {
    const daily = [1000, 1000, 2000, 2000, 3000].map((s, i) => ({
      date: d("2026-08-01") + i,
      platform: "Tmall",
      channel: "CPC search ads",
      adSpend: s,
      visitors: s / 2,
    }));
    const { curves, notes } = build({
      budget: [{ channel: "CPC search ads", amount: 15000, expectedCpc: 1.6 }],
      daily,
    });
    expect(curves.get("CPC search ads")?.source).toBe("expectedCpc");
    expect(notes).toEqual([
      { code: "fitFailed", channel: "CPC search ads", params: { days: 5, reason: "tooFewLevels" } },
    ]);
    expect(budgetNoteMessage(notes[0], "en")).toBe(
      "CPC search ads: its 5 Daily days could not be fitted (fewer than 4 distinct spend levels); the Expected CPC is used instead."
    );
    expect(budgetNoteMessage(notes[0], "zh-CN")).toBe(
      "直通车：日报中 5 天的数据无法拟合（不同的花费水平少于 4 个），改用预计点击单价。"
    );
  });
});

describe("buildCurves from the Expected CPC", () => {
  it("passes through the planner's own expectation at the Amount, and saturates at twice it", () => {
    const { curves } = build({
      budget: [
        { channel: "CPC search ads", amount: 15000, expectedCpc: 1.6, expectedConversion: 0.035 },
      ],
    });
    const c = curves.get("CPC search ads")!;
    expect(c.source).toBe("expectedCpc");
    expect(curveVisitors(c, 15000)).toBeCloseTo(15000 / 1.6, 9);
    expect(c.k).toBe(30000);
    // The first yuan buys 1.5 visitors per CPC, the 15,000th 2/3 of one: clicks get dearer.
    expect(c.vmax / c.k).toBeCloseTo(1.5 / 1.6, 12);
    expect((c.vmax * c.k) / (c.k + 15000) ** 2).toBeCloseTo(2 / 3 / 1.6, 12);
    expect(c.conversion).toBe(0.035);
    expect(c.aov).toBeUndefined();
  });

  it("takes the saturation multiple from the options", () => {
    const { curves } = build(
      { budget: [{ channel: "New media", amount: 4000, expectedCpc: 0.8 }] },
      { saturationMultiple: 4 }
    );
    const c = curves.get("New media")!;
    expect(c.k).toBe(16000);
    expect(curveVisitors(c, 4000)).toBeCloseTo(5000, 9);
  });

  it("uses Max, then Min, then an even share of the cap when the Amount is 0", () => {
    const { curves } = build({
      budget: [
        { channel: "CPC search ads", amount: 0, max: 20000, min: 5000, expectedCpc: 2 },
        { channel: "Display ads", amount: 0, min: 5000, expectedCpc: 1 },
        { channel: "New media", amount: 0, expectedCpc: 1 },
      ],
      settings: { budgetCap: 30000 },
    });
    expect(curveVisitors(curves.get("CPC search ads")!, 20000)).toBeCloseTo(10000, 9);
    expect(curveVisitors(curves.get("Display ads")!, 5000)).toBeCloseTo(5000, 9);
    expect(curveVisitors(curves.get("New media")!, 10000)).toBeCloseTo(10000, 9);
  });

  it("sums a channel's lines and takes assumptions from the first line that has them", () => {
    const { curves } = build({
      budget: [
        { channel: "CPC search ads", amount: 10000 },
        { channel: "CPC search ads", amount: 5000, expectedCpc: 1.5, expectedConversion: 0.03 },
        { channel: "CPC search ads", amount: 1000, expectedCpc: 9, expectedConversion: 0.5 },
      ],
    });
    const c = curves.get("CPC search ads")!;
    expect(curveVisitors(c, 16000)).toBeCloseTo(16000 / 1.5, 9);
    expect(c.conversion).toBe(0.03);
  });

  it("builds no curve without Daily rows and without an Expected CPC, and none for Fake orders", () => {
    const { curves, notes } = build({
      budget: [
        { channel: "Coupons", amount: 5000, expectedRevenue: 30000 },
        { channel: "Fake orders", amount: 3000, expectedCpc: 0.1 },
      ],
      daily: twoPlatformDays("Fake orders", 800, 300),
    });
    expect(curves.size).toBe(0);
    expect(notes).toEqual([]);
  });
});
