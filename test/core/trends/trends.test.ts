import { dailyTrends, weekdayOf } from "../../../src/core/trends";
import type { DailyRow } from "../../../src/core/plan";
import { d, planOf } from "../fixtures";

const row = (
  iso: string,
  platform: string,
  visitors: number,
  extra: Partial<DailyRow> = {}
): Partial<DailyRow> => ({
  date: d(iso),
  platform,
  visitors,
  adSpend: 0,
  ...extra,
});

describe("weekdayOf", () => {
  it("counts Monday as 0", () => {
    expect(weekdayOf(d("2027-06-14"))).toBe(0);
    expect(weekdayOf(d("2027-06-19"))).toBe(5);
    expect(weekdayOf(d("2027-06-20"))).toBe(6);
  });
});

describe("dailyTrends: week over week", () => {
  // Week of Mon 7 June 2027 (W23): 3 days; week of 14 June (W24): 2 days. Tmall has two channels on 7 June.
  const plan = planOf({
    daily: [
      row("2027-06-07", "Tmall", 600, {
        channel: "CPC search ads",
        orders: 18,
        revenue: 1800,
        adSpend: 300,
      }),
      row("2027-06-07", "Tmall", 400, {
        channel: "Display ads",
        orders: 12,
        revenue: 1200,
        adSpend: 200,
      }),
      row("2027-06-08", "Tmall", 1000, { orders: 30, revenue: 3000, adSpend: 500 }),
      row("2027-06-09", "Tmall", 1000, { orders: 30, revenue: 3000, adSpend: 500 }),
      row("2027-06-14", "Tmall", 1200, { orders: 24, revenue: 3600, adSpend: 600 }),
      row("2027-06-15", "Tmall", 1200, { orders: 24, revenue: 3600, adSpend: 600 }),
      row("2027-06-15", "JD", 500, { adSpend: 100 }),
      row("2027-06-29", "JD", 700, { orders: 7, adSpend: 100 }),
    ],
  });
  const { weekly, platforms } = dailyTrends(plan, { lang: "en" });

  it("lists the platforms with Daily rows in Lists order", () => {
    expect(platforms).toEqual(["Tmall", "JD"]);
  });

  it("sums a platform's channels per day and its days per ISO week", () => {
    const [w23, w24] = weekly.filter((w) => w.platform === "Tmall");
    expect(w23).toMatchObject({
      isoYear: 2027,
      week: 23,
      monday: d("2027-06-07"),
      days: 3,
      visitors: 3000,
      orders: 90,
      revenue: 9000,
      adSpend: 1500,
    });
    expect(w23.conversion).toBeCloseTo(0.03, 12);
    expect(w23.aov).toBeCloseTo(100, 12);
    expect(w23.roas).toBeCloseTo(6, 12);
    expect(w23.change).toBeNull();
    expect(w24).toMatchObject({ week: 24, days: 2, visitors: 2400, orders: 48 });
  });

  it("compares daily means with the week before, and ratios as they are", () => {
    const w24 = weekly.find((w) => w.platform === "Tmall" && w.week === 24);
    // Visitors per day 1,200 against 1,000: +20 %; orders 24 against 30 a day: −20 %; conversion 2 % against 3 %.
    expect(w24?.change?.visitors).toBeCloseTo(0.2, 12);
    expect(w24?.change?.orders).toBeCloseTo(-0.2, 12);
    expect(w24?.change?.conversion).toBeCloseTo(-1 / 3, 12);
    expect(w24?.change?.aov).toBeCloseTo(0.5, 12);
    expect(w24?.change?.adSpend).toBeCloseTo(0.2, 12);
  });

  it("leaves unknown figures null: no Orders, no Revenue, no week before", () => {
    const jd = weekly.filter((w) => w.platform === "JD");
    expect(jd.map((w) => w.week)).toEqual([24, 26]);
    expect(jd[0]).toMatchObject({
      orders: null,
      conversion: null,
      revenue: null,
      aov: null,
      roas: null,
      change: null,
    });
    expect(jd[1]).toMatchObject({ orders: 7, conversion: 0.01, revenue: null, change: null });
  });

  it("adds all platforms together", () => {
    const all = weekly.filter((w) => w.platform === null);
    expect(all.map((w) => [w.week, w.visitors])).toEqual([
      [23, 3000],
      [24, 2900],
      [26, 700],
    ]);
    // JD's day without Orders does not dilute the conversion: 48 orders over Tmall's 2,400 visitors.
    expect(all[1].conversion).toBeCloseTo(0.02, 12);
  });

  it("numbers the weeks around the new year the ISO way", () => {
    const t = dailyTrends(
      planOf({
        daily: [row("2026-12-31", "JD", 1), row("2027-01-01", "JD", 1), row("2027-01-04", "JD", 1)],
      }),
      { lang: "en" }
    );
    expect(
      t.weekly.filter((w) => w.platform === "JD").map((w) => [w.isoYear, w.week, w.days])
    ).toEqual([
      [2026, 53, 2],
      [2027, 1, 1],
    ]);
  });
});

describe("dailyTrends: the weekday pattern of conversion", () => {
  // Four weeks from Mon 7 June 2027: 1,000 visitors and 30 orders a day, but Saturdays bring 1,500 visitors and 30 orders.
  const days: Partial<DailyRow>[] = [];
  for (let i = 0; i < 28; i++) {
    const sat = i % 7 === 5;
    days.push({
      date: d("2027-06-07") + i,
      platform: "Tmall",
      visitors: sat ? 1500 : 1000,
      orders: 30,
      adSpend: 100,
    });
  }
  const plan = planOf({ daily: days });

  it("finds Saturday worst against the pooled mean, with more visitors than an average day", () => {
    const [tmall, all] = dailyTrends(plan, { lang: "en" }).weekdays;
    expect(tmall.platform).toBe("Tmall");
    expect(all.platform).toBeNull();
    expect(tmall.weekdays.map((w) => w.label)).toEqual([
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
      "Sunday",
    ]);
    expect(tmall.weekdays[0].conversion).toBeCloseTo(0.03, 12);
    expect(tmall.weekdays[5].conversion).toBeCloseTo(0.02, 12);
    expect(tmall.weekdays[5].days).toBe(4);
    // 840 orders over 6 × 4 × 1,000 + 4 × 1,500 = 30,000 visitors.
    expect(tmall.mean).toBeCloseTo(0.028, 12);
    expect(tmall.worst?.weekday).toBe(5);
    expect(tmall.worst?.vsMean).toBeCloseTo(0.02 / 0.028 - 1, 12);
    expect(tmall.weekdays[5].visitorsVsMean).toBeCloseTo(1500 / (30000 / 28) - 1, 12);
    expect(tmall.message).toBe(
      "Tmall: Saturday converts worst, 2.00% against 2.80% on average (-28.6%), on 4 Saturdays; it also brings 40% more visitors " +
        "than an average day: more browsing, fewer buyers per visitor."
    );
    expect(all.message).toBe(tmall.message?.replace("Tmall", "All platforms"));
  });

  it("speaks Chinese", () => {
    const [tmall] = dailyTrends(plan, { lang: "zh-CN" }).weekdays;
    expect(tmall.worst?.label).toBe("周六");
    expect(tmall.message).toBe(
      "天猫：周六转化率最低，为 2.00%，平均为 2.80%（-28.6%），共 4 个周六；当天访客数也比平均多 40%：逛的人多，买的人占比低。"
    );
  });

  it("has no worst weekday without orders", () => {
    const [p] = dailyTrends(planOf({ daily: [row("2027-06-07", "JD", 100)] }), {
      lang: "en",
    }).weekdays;
    expect(p.worst).toBeNull();
    expect(p.message).toBeNull();
    expect(p.mean).toBeNull();
  });
});

describe("dailyTrends: chart data", () => {
  const plan = planOf({
    daily: [
      row("2027-06-07", "JD", 500, { orders: 10, revenue: 3000, adSpend: 250 }),
      row("2027-06-08", "Tmall", 1000, { orders: 30, revenue: 9000, adSpend: 400 }),
      row("2027-06-07", "Tmall", 800, { orders: 16, revenue: 4000, adSpend: 300 }),
    ],
  });

  it("gives line charts one date axis and a value per platform and date (null where none)", () => {
    const { charts } = dailyTrends(plan, { lang: "en" });
    expect(charts.visitors.x).toEqual([d("2027-06-07"), d("2027-06-08")]);
    expect(charts.visitors.series).toEqual([
      { key: "Tmall", name: "Tmall", values: [800, 1000] },
      { key: "JD", name: "JD", values: [500, null] },
    ]);
    expect(charts.conversion.series[0].values).toEqual([0.02, 0.03]);
    expect(charts.conversion.yFormat).toBe("percent");
    expect(charts.aov.series[1].values).toEqual([300, null]);
    expect(charts.aov.title).toBe("AOV by day");
  });

  it("gives the ad spend against visitors pairs per platform", () => {
    const { charts } = dailyTrends(plan, { lang: "zh-CN" });
    expect(charts.spendVsVisitors.title).toBe("推广花费与访客数");
    expect(charts.spendVsVisitors.series[0]).toEqual({
      key: "Tmall",
      name: "天猫",
      points: [
        { x: 300, y: 800, date: d("2027-06-07") },
        { x: 400, y: 1000, date: d("2027-06-08") },
      ],
    });
    expect(charts.visitors.series[1].name).toBe("京东");
  });

  it("is empty without Daily rows", () => {
    const t = dailyTrends(planOf({}), { lang: "en" });
    expect(t).toMatchObject({ platforms: [], weekly: [], weekdays: [] });
    expect(t.charts.visitors.x).toEqual([]);
  });
});
