import { buildIndex } from "../../../src/core/planIndex";
import { planStockCover } from "../../../src/core/review";
import type { SaleRow } from "../../../src/core/plan";
import { d, planOf, type PlanInput } from "../fixtures";

function days(from: string, to: string, row: Omit<SaleRow, "date">): Partial<SaleRow>[] {
  const out: Partial<SaleRow>[] = [];
  for (let day = d(from); day <= d(to); day++) out.push({ date: day, ...row });
  return out;
}

const covers = (input: PlanInput) => {
  const plan = planOf(input);
  return planStockCover(plan, buildIndex(plan));
};

const promo = (start: string, expectedUnits?: number) => ({
  sku: "A",
  platform: "Tmall",
  start: d(start),
  end: d(start) + 2,
  promoPrice: 80,
  expectedUnits,
});

describe("stock cover and restocking", () => {
  // 10 a day over the last 14 days (17–30 June, 5 on Tmall and 5 on JD); 1,000 in stock on 30 June.
  const sales = [
    ...days("2027-06-01", "2027-06-16", { sku: "A", platform: "Tmall", units: 50, revenue: 1 }),
    ...days("2027-06-17", "2027-06-30", { sku: "A", platform: "Tmall", units: 5, revenue: 1 }),
    ...days("2027-06-17", "2027-06-30", { sku: "A", platform: "JD", units: 5, revenue: 1 }),
  ];

  test("pace, days of cover, projected stock on each later promotion's Start, restock and stock-out (hand-worked)", () => {
    const {
      asOf,
      covers: [c],
    } = covers({
      products: [{ sku: "A", stock: 1000 }],
      promotions: [promo("2027-07-20", 600), promo("2027-07-10", 300), promo("2027-06-20", 999)],
      sales,
    });
    expect(asOf).toBe(d("2027-06-30"));
    expect(c.pace).toBe(10);
    expect(c.daysOfCover).toBe(100);
    // 10 July: 1,000 − 10 × 9 days (1–9 July); 20 July: 1,000 − 10 × 19 − 300 expected on 10 July.
    expect(c.projections.map((p) => [p.promotion.row, p.projected, p.shortfall])).toEqual([
      [3, 910, undefined],
      [2, 510, 90],
    ]);
    // Ordered by the short promotion's Start − 15 Restock lead days.
    expect(c.restock).toEqual({ quantity: 90, orderBy: d("2027-07-05") });
    // 1,000 − 10 × 10 − 300 on 10 July = 600; − 10 × 10 − 600 on 20 July < 0.
    expect(c.stockOut).toBe(d("2027-07-20"));
  });

  test("without promotions, the stock runs out at the pace; Restock lead days and the window are settings", () => {
    const [c] = covers({
      products: [{ sku: "A", stock: 1000 }],
      sales,
      settings: { stockCoverDays: 7, restockLeadDays: 30 },
    }).covers;
    expect(c.pace).toBe(10);
    expect(c.restock).toBeUndefined();
    expect(c.stockOut).toBe(d("2027-06-30") + 100);
    const [wide] = covers({
      products: [{ sku: "A", stock: 1000 }],
      sales,
      settings: { stockCoverDays: 28 },
    }).covers;
    expect(wide.pace).toBeCloseTo((14 * 50 + 14 * 10) / 28);
  });

  test("no Sales rows in the window: not enough data (no pace, no cover, no projection); a pace of 0: no cover", () => {
    const old = covers({
      products: [
        { sku: "A", stock: 1000 },
        { sku: "B", stock: 5 },
      ],
      promotions: [promo("2027-07-10", 300)],
      sales: [
        ...days("2027-05-01", "2027-05-02", { sku: "A", platform: "Tmall", units: 5, revenue: 1 }),
        ...days("2027-06-29", "2027-06-30", { sku: "B", platform: "Tmall", units: 0, revenue: 0 }),
      ],
    }).covers;
    expect(old.map((c) => c.product.v.sku)).toEqual(["A", "B"]);
    expect(old[0].pace).toBeUndefined();
    expect(old[0].daysOfCover).toBeUndefined();
    expect(old[0].projections).toEqual([]);
    expect(old[1].pace).toBe(0);
    expect(old[1].daysOfCover).toBeUndefined();
    expect(old[1].stockOut).toBeUndefined();
  });

  test("a product without Sales rows, or a plan without Sales, has no cover", () => {
    expect(covers({ products: [{ sku: "A", stock: 1 }] })).toEqual({ asOf: undefined, covers: [] });
  });
});
