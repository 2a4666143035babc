/** The sample's market shows what the article asks: the band that sells most is not the band that earns most. */
import { categoryMarket, competitorComparisons, marketCategories } from "../../../src/core/market";
import { readPlan } from "../../../src/core/read/readPlan";
import { serviceModel } from "../../../src/core/service/conversion";
import { sampleWorkbook } from "../sampleWorkbook";

describe.each(["en", "zh-CN"] as const)("the sample plan (%s)", (lang) => {
  const { sheets, today } = sampleWorkbook(2027, lang);
  const plan = readPlan({ sheets }, { today });

  test("Market: one category over 12 months; best-selling band 100–199, best-earning 300–499", () => {
    expect(marketCategories(plan.market)).toEqual([lang === "en" ? "Kitchen" : "厨房小电"]);
    const m = categoryMarket(
      marketCategories(plan.market)[0],
      plan.market,
      plan.products,
      plan.promotions
    )!;
    expect(m.months.map((x) => x.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`)
    );
    expect(m.bands[m.topUnits].label).toBe("100–199");
    expect(m.bands[m.topRevenue].label).toBe("300–499");
    // 618 and 双11 are the peaks, the Spring Festival month the trough.
    const byIndex = [...m.months]
      .sort((a, b) => (b.index ?? 0) - (a.index ?? 0))
      .map((x) => x.month);
    expect(byIndex.slice(0, 2).sort()).toEqual(["2026-06", "2026-11"]);
    expect(byIndex[11]).toBe("2026-02");
    expect(m.storeSource).toBe("sheet");
    expect(m.products.length).toBeGreaterThan(10);
    expect(m.products.every((p) => p.list.band !== null || p.list.price >= 3000)).toBe(true);
  });

  test("Competitors: three of our products, each with its competitors", () => {
    expect(
      competitorComparisons(plan.competitors, plan.products).map((c) => [c.sku, c.lines.length])
    ).toEqual([
      ["KA-101", 2],
      ["KA-102", 3],
      ["PC-201", 3],
    ]);
  });

  test("Service: Saturdays and nights convert worse, within the gap; one agent does not", () => {
    const s = serviceModel(plan.service)!;
    expect(s.days).toBe(61);
    const saturday = s.weekdays[5];
    expect(saturday.gap!).toBeLessThan(-0.08);
    expect(saturday.gap!).toBeGreaterThan(-0.2);
    expect(s.spread.weekday?.min.weekday).toBe(5);
    const night = s.shifts.find((x) => x.shift === (lang === "en" ? "Night" : "夜班"))!;
    expect(night.gap!).toBeLessThan(-0.05);
    expect(night.gap!).toBeGreaterThan(-0.2);
    expect(s.agents.filter((a) => a.gap! < -0.2).map((a) => a.agent)).toEqual(["大伟"]);
    // 小周 works weekend nights only: held to the store's weekends, she is closer to her mark than to the week's.
    const zhou = s.agents.find((a) => a.agent === "小周")!;
    expect(zhou.inquiriesByWeekday.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(zhou.expected!).toBeLessThan(s.store.rate!);
    expect(Math.abs(zhou.gap!)).toBeLessThan(Math.abs(zhou.rate! / s.store.rate! - 1));
  });
});
