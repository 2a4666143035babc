import { planReview } from "../../../src/core/review";
import type { SaleRow } from "../../../src/core/plan";
import { d, planOf } from "../fixtures";

/** One row a day from `from` to `to` (inclusive). */
function days(from: string, to: string, row: Omit<SaleRow, "date">): Partial<SaleRow>[] {
  const out: Partial<SaleRow>[] = [];
  for (let day = d(from); day <= d(to); day++) out.push({ date: day, ...row });
  return out;
}

const base = { sku: "A", platform: "Tmall" };
const PROMO = {
  sku: "A",
  platform: "Tmall",
  activity: "618",
  start: d("2027-06-16"),
  end: d("2027-06-18"),
  promoPrice: 90,
  coupon: 10,
  expectedUnits: 300,
};
const CALENDAR = [
  {
    event: "618 Mid-year Sale",
    from: d("2027-05-30"),
    to: d("2027-06-18"),
    kind: "festival" as const,
  },
  {
    event: "618 mid-year  sale",
    from: d("2026-05-30"),
    to: d("2026-06-18"),
    kind: "past" as const,
  },
];
const SALES = [
  ...days("2026-06-16", "2026-06-18", {
    ...base,
    visitors: 2000,
    buyers: 45,
    units: 50,
    revenue: 4000,
  }),
  ...days("2027-06-09", "2027-06-15", {
    ...base,
    visitors: 1000,
    buyers: 20,
    units: 20,
    revenue: 2000,
  }),
  ...days("2027-06-16", "2027-06-18", {
    ...base,
    visitors: 3000,
    buyers: 90,
    units: 100,
    revenue: 8000,
    refunds: 100,
    adSpend: 500,
  }),
  ...days("2027-06-19", "2027-06-25", {
    ...base,
    visitors: 800,
    buyers: 16,
    units: 16,
    revenue: 1600,
  }),
];

describe("the promotion review", () => {
  test("a finished promotion against its baseline, the days after it and last year's same event (hand-worked)", () => {
    const plan = planOf({
      products: [{ sku: "A", unitCost: 40 }],
      promotions: [PROMO],
      calendar: CALENDAR,
      sales: SALES,
    });
    const { asOf, reviews, withoutSalesSheetRows } = planReview(plan);
    expect(asOf).toBe(d("2027-06-25"));
    expect(withoutSalesSheetRows).toBe(0);
    const [r] = reviews;
    expect(r.status).toBe("done");
    expect(r.baseline.numbers).toEqual({
      visitors: 1000,
      buyers: 20,
      units: 20,
      revenue: 2000,
      conversion: 0.02,
      aov: 100,
      uvValue: 2,
    });
    // A day of the promotion: 3,000 visitors, 90 buyers, 100 units, 8,000 revenue.
    expect(r.vsBaseline.units).toBeCloseTo(4); // 100 / 20 − 1
    expect(r.vsBaseline.visitors).toBeCloseTo(2);
    expect(r.vsBaseline.conversion).toBeCloseTo(0.5); // 3 % on 2 %
    expect(r.vsBaseline.aov).toBeCloseTo(8000 / 90 / 100 - 1);
    expect(r.vsBaseline.uvValue).toBeCloseTo(8000 / 3000 / 2 - 1);
    expect(r.vsAfter.units).toBeCloseTo(100 / 16 - 1);
    expect(r.lastYear?.event).toBe("618 Mid-year Sale");
    expect(r.lastYear?.period.from).toBe(d("2026-06-16"));
    expect(r.vsLastYear.units).toBeCloseTo(1);
    expect(r.vsLastYear.revenue).toBeCloseTo(1);
    expect(r.units).toBe(300);
    expect(r.expectedUnits).toBe(300);
    expect(r.completion).toBeCloseTo(1);
    expect(r.effectivePrice).toBe(80);
    expect(r.realisedPrice).toBeCloseTo(80);
    // 24,000 − 300 × 40 − 300 refunds − 1,500 ad spend
    expect(r.margin).toBeCloseTo(10200);
    expect(r.chart.map((c) => c.phase)).toEqual([
      ...Array(7).fill("baseline"),
      ...Array(3).fill("during"),
      ...Array(7).fill("after"),
    ]);
  });

  test("in progress: the units so far against the expected units prorated to the days elapsed (完成率)", () => {
    const plan = planOf({
      products: [{ sku: "A", unitCost: 40 }],
      promotions: [PROMO],
      sales: SALES.filter((s) => (s.date ?? 0) <= d("2027-06-17")),
    });
    const [r] = planReview(plan).reviews;
    expect(r.status).toBe("inProgress");
    expect(r.elapsedDays).toBe(2);
    expect(r.units).toBe(200);
    expect(r.expectedToDate).toBeCloseTo(200); // 300 × 2 / 3
    expect(r.completion).toBeCloseTo(1);
    expect(r.after.totals).toBeUndefined();
    expect(r.vsAfter).toEqual({});
    expect(r.lastYear).toBeUndefined(); // no Calendar
  });

  test("no sales on its days: 'no sales recorded', no numbers, never a zero lift; a baseline without rows gives no change", () => {
    const plan = planOf({
      products: [{ sku: "A", unitCost: 40 }, { sku: "B" }],
      promotions: [
        { ...PROMO, start: d("2027-03-06"), end: d("2027-03-08") },
        { ...PROMO, start: d("2027-06-09"), end: d("2027-06-10") },
        { ...PROMO, sku: "B" },
        { ...PROMO, start: d("2027-07-01"), end: d("2027-07-03") },
      ],
      sales: SALES.filter((s) => (s.date ?? 0) > d("2027-01-01")),
    });
    const { reviews, withoutSalesSheetRows } = planReview(plan);
    // B has no Sales rows at all; the July promotion starts after the last Sales date.
    expect(withoutSalesSheetRows).toBe(1);
    expect(reviews.map((r) => [r.promotion.row, r.status])).toEqual([
      [3, "done"],
      [2, "noSales"],
    ]);
    const none = reviews[1];
    expect(none.during.numbers).toEqual({});
    expect(none.vsBaseline).toEqual({});
    expect(none.units).toBeUndefined();
    expect(none.margin).toBeUndefined();
    expect(none.completion).toBeUndefined();
    // 9–10 June: the baseline 2–8 June has no rows.
    expect(reviews[0].baseline.totals).toBeUndefined();
    expect(reviews[0].vsBaseline).toEqual({});
    expect(reviews[0].during.numbers.units).toBe(20);
  });

  test("sorted by what they earned; without a Unit cost a promotion has no margin and comes after those with one", () => {
    const plan = planOf({
      products: [{ sku: "A", unitCost: 40 }, { sku: "C" }],
      promotions: [
        { ...PROMO, start: d("2027-06-09"), end: d("2027-06-09") },
        PROMO,
        { ...PROMO, sku: "C" },
      ],
      sales: [
        ...SALES,
        ...days("2027-06-16", "2027-06-18", { ...base, sku: "C", units: 1, revenue: 99 }),
      ],
    });
    const reviews = planReview(plan).reviews;
    expect(reviews.map((r) => r.promotion.row)).toEqual([3, 2, 4]);
    expect(reviews[2].margin).toBeUndefined();
    expect(reviews[2].revenue).toBe(297);
  });

  test("an empty Sales sheet reviews nothing", () => {
    expect(planReview(planOf({ promotions: [PROMO] }))).toEqual({
      reviews: [],
      withoutSalesSheetRows: 0,
    });
  });
});
