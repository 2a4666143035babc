import {
  cpcSaturation,
  cpcSaturationBreach,
  spendHalves,
} from "../../../src/core/rules/cpcSaturation";
import type { DailyRow } from "../../../src/core/plan";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

/** Consecutive days from 2027-03-01 on one platform (and channel), from [adSpend, visitors] pairs. */
function days(
  platform: string,
  pairs: [number, number][],
  channel?: string,
  from = "2027-03-01"
): Partial<DailyRow>[] {
  return pairs.map(([adSpend, visitors], i) => ({
    date: d(from) + i,
    platform,
    channel,
    adSpend,
    visitors,
  }));
}

const SATURATED: [number, number][] = [
  [100, 1000],
  [200, 1020],
  [100, 1000],
  [200, 1020],
  [100, 1000],
  [200, 1020],
];

describe("CPC_SATURATION", () => {
  it("points at the group's latest Ad spend when spend rose much more than visitors", () => {
    const hits = hitsOf(cpcSaturation, planOf({ daily: days("Tmall", SATURATED) }));
    expect(hits).toEqual([
      {
        address: "Daily!G7",
        related: [],
        sku: undefined,
        params: {
          group: "Tmall",
          groupZh: "天猫",
          days: 6,
          half: 3,
          spendLow: "¥100",
          spendHigh: "¥200",
          spendRise: "100%",
          visitorsLow: "1,000",
          visitorsHigh: "1,020",
          visitorRise: "2%",
        },
      },
    ]);
    const en = render(cpcSaturation, hits[0].params);
    expect(en).toBe(
      "Tmall: on its 3 highest-spend days of 6, mean Ad spend is 100% higher than on the 3 lowest (¥200 vs ¥100), " +
        "but mean visitors only 2% higher (1,020 vs 1,000). Clicks are saturated: the same budget at a lower bid buys more visitors."
    );
    expect(render(cpcSaturation, hits[0].params, "zh-CN")).toContain(
      "同样的预算降低出价能买到更多访客"
    );
  });

  it("is clean when visitors keep up with spend", () => {
    const pairs = SATURATED.map(([s, v]) => [s, s === 200 ? 1900 : v] as [number, number]);
    expect(hitsOf(cpcSaturation, planOf({ daily: days("Tmall", pairs) }))).toEqual([]);
  });

  it("needs at least 6 days in a group", () => {
    expect(hitsOf(cpcSaturation, planOf({ daily: days("Tmall", SATURATED.slice(0, 5)) }))).toEqual(
      []
    );
  });

  it("does not breach exactly at the thresholds (spend rise 30 %, visitor rise 5 %)", () => {
    const at = (spendHigh: number, visitorsHigh: number): [number, number][] => [
      [100, 1000],
      [100, 1000],
      [100, 1000],
      [spendHigh, visitorsHigh],
      [spendHigh, visitorsHigh],
      [spendHigh, visitorsHigh],
    ];
    expect(hitsOf(cpcSaturation, planOf({ daily: days("JD", at(130, 1000)) }))).toEqual([]);
    expect(hitsOf(cpcSaturation, planOf({ daily: days("JD", at(131, 1000)) }))).toHaveLength(1);
    expect(hitsOf(cpcSaturation, planOf({ daily: days("JD", at(200, 1050)) }))).toEqual([]);
    expect(hitsOf(cpcSaturation, planOf({ daily: days("JD", at(200, 1049)) }))).toHaveLength(1);
    // The thresholds come from Settings.
    expect(
      hitsOf(
        cpcSaturation,
        planOf({ daily: days("JD", at(200, 1049)), settings: { saturationVisitorRise: 0.04 } })
      )
    ).toEqual([]);
    expect(
      hitsOf(
        cpcSaturation,
        planOf({ daily: days("JD", at(131, 1000)), settings: { saturationSpendRise: 0.35 } })
      )
    ).toEqual([]);
  });

  it("leaves an odd middle day out of both halves", () => {
    const pairs: [number, number][] = [...SATURATED, [150, 99999]];
    const hits = hitsOf(cpcSaturation, planOf({ daily: days("Tmall", pairs) }));
    expect(hits.map((h) => [h.address, h.params?.days, h.params?.half])).toEqual([
      ["Daily!G8", 7, 3],
    ]);
  });

  it("groups by platform, and by channel when rows have one", () => {
    const plan = planOf({
      daily: [
        ...days("Tmall", SATURATED.slice(0, 3)),
        ...days("Tmall", SATURATED.slice(0, 6), "CPC search ads"),
        // Three JD days without a channel and three with one: two groups of 3, neither judged.
        ...days("JD", SATURATED.slice(0, 3)),
        ...days("JD", SATURATED.slice(3), "Coupons"),
      ],
    });
    const hits = hitsOf(cpcSaturation, plan);
    expect(hits.map((h) => [h.address, h.params?.group, h.params?.groupZh])).toEqual([
      ["Daily!G10", "Tmall / CPC search ads", "天猫 / 直通车"],
    ]);
  });

  it("sorts equal spends by date, not by row, to split the halves", () => {
    // Four days at ¥100; the one with many visitors has the latest date but sits on the first row.
    const plan = planOf({
      daily: [
        { date: d("2027-03-04"), platform: "Tmall", adSpend: 100, visitors: 5000 },
        { date: d("2027-03-01"), platform: "Tmall", adSpend: 100, visitors: 1000 },
        { date: d("2027-03-02"), platform: "Tmall", adSpend: 100, visitors: 1000 },
        { date: d("2027-03-03"), platform: "Tmall", adSpend: 100, visitors: 1000 },
        { date: d("2027-03-05"), platform: "Tmall", adSpend: 200, visitors: 1000 },
        { date: d("2027-03-06"), platform: "Tmall", adSpend: 200, visitors: 1000 },
      ],
    });
    // By date, the 5000-visitor day falls in the upper half: visitors rose, no saturation.
    expect(hitsOf(cpcSaturation, plan)).toEqual([]);
    plan.daily[0].v.date = d("2027-02-28");
    expect(hitsOf(cpcSaturation, plan).map((h) => h.address)).toEqual(["Daily!G7"]);
  });

  it("picks the highest row among days sharing the latest date", () => {
    const rows = days("Tmall", SATURATED);
    rows[2].date = rows[5].date;
    expect(hitsOf(cpcSaturation, planOf({ daily: rows })).map((h) => h.address)).toEqual([
      "Daily!G7",
    ]);
    rows[5].date = (rows[5].date as number) - 3;
    expect(hitsOf(cpcSaturation, planOf({ daily: rows })).map((h) => h.address)).toEqual([
      "Daily!G4",
    ]);
  });

  it("exposes the halves and the breach test", () => {
    const h = spendHalves(
      SATURATED.map(([spend, visitors]) => ({ spend, visitors })).sort((a, b) => a.spend - b.spend)
    );
    expect(h).toEqual({
      days: 6,
      half: 3,
      spendLow: 100,
      spendHigh: 200,
      visitorsLow: 1000,
      visitorsHigh: 1020,
    });
    expect(cpcSaturationBreach(h!, 0.3, 0.05)).toBe(true);
    expect(cpcSaturationBreach(h!, 1, 0.05)).toBe(false);
    expect(spendHalves([{ spend: 1, visitors: 1 }])).toBeUndefined();
  });
});
