import {
  categoryMarket,
  competitorComparisons,
  marketCategories,
  storeFiguresFromSales,
} from "../../../src/core/market";
import type { MarketRow } from "../../../src/core/plan";
import { d, planOf } from "../fixtures";

const JAN = d("2027-01-01");
const FEB = d("2027-02-01");
const band = (
  month: number,
  from: number,
  to: number,
  units: number,
  revenue: number,
  store?: [number, number]
): Partial<MarketRow> => ({
  month,
  category: "Fryers",
  priceFrom: from,
  priceTo: to,
  marketUnits: units,
  marketRevenue: revenue,
  ...(store ? { storeUnits: store[0], storeRevenue: store[1] } : {}),
});

/** Hand-worked: 0–99 sells most (150 units), 200–399 earns most (15,300). */
const MARKET = [
  band(JAN, 0, 99, 100, 6000, [10, 700]),
  band(JAN, 100, 199, 60, 9000, [3, 450]),
  band(JAN, 200, 399, 20, 6000),
  band(FEB, 0, 99, 50, 3000),
  band(FEB, 100, 199, 40, 6000, [2, 300]),
  band(FEB, 200, 399, 30, 9300, [1, 300]),
  { ...band(FEB, 0, 99, 7, 7), category: "Kettles" },
];

const plan = planOf({
  market: MARKET,
  products: [
    { sku: "P1", category: "fryers ", listPrice: 129, name: "Fryer" },
    { sku: "P2", category: "Kettles", listPrice: 59 },
    { sku: "P3", category: "Fryers", listPrice: 450 },
  ],
  promotions: [
    {
      sku: "P1",
      platform: "Tmall",
      start: d("2027-02-10"),
      end: d("2027-02-12"),
      promoPrice: 109,
      coupon: 20,
      activity: "Nianhuo",
    },
  ],
  competitors: [
    { sku: "P1", competitor: "X", product: "X fryer", price: 119, monthlySales: 500 },
    { sku: "P1", competitor: "Y", product: "Y fryer", price: 139, monthlySales: 900 },
    { sku: "P1", competitor: "Z", product: "Z fryer", price: 99 },
    { sku: "Q9", competitor: "W", product: "W kettle", price: 59, monthlySales: 10 },
  ],
});

describe("categoryMarket (hand-worked)", () => {
  const m = categoryMarket("FRYERS", plan.market, plan.products, plan.promotions)!;

  test("categories as first typed; another category's rows stay out", () => {
    expect(marketCategories(plan.market)).toEqual(["Fryers", "Kettles"]);
    expect(m.category).toBe("Fryers");
    expect(categoryMarket("Toasters", plan.market)).toBeNull();
  });

  test("units and revenue by band: the best-selling band is not the best-earning one", () => {
    expect(m.bands.map((b) => [b.label, b.marketUnits, b.marketRevenue])).toEqual([
      ["0–99", 150, 9000],
      ["100–199", 100, 15000],
      ["200–399", 50, 15300],
    ]);
    expect([m.topUnits, m.topRevenue]).toEqual([0, 2]);
    expect(m.bands[0].meanPrice).toBe(60);
    expect(m.bands[0].unitsPart).toBeCloseTo(0.5, 12);
    expect(m.bands[2].revenuePart).toBeCloseTo(15300 / 39300, 12);
  });

  test("the store's share over the months its figures are known only", () => {
    const [a, b, c] = m.bands;
    expect([a.storeUnits, a.storeMonths, a.unitShare, a.revenueShare]).toEqual([
      10,
      1,
      0.1,
      700 / 6000,
    ]);
    expect([b.storeUnits, b.storeRevenue, b.unitShare, b.revenueShare]).toEqual([
      5, 750, 0.05, 0.05,
    ]);
    expect([c.unitShare, c.revenueShare]).toEqual([1 / 30, 300 / 9300]);
    expect(m.storeSource).toBe("sheet");
  });

  test("seasonality: each month's units against the mean month", () => {
    expect(m.months.map((x) => [x.month, x.units, x.revenue, x.index])).toEqual([
      ["2027-01", 180, 21000, 1.2],
      ["2027-02", 120, 18300, 0.8],
    ]);
    expect(m.months[1].bands.map((x) => x.units)).toEqual([50, 40, 30]);
  });

  test("the category's products: list price and each promotion's effective price in their bands", () => {
    expect(m.products).toEqual([
      {
        sku: "P1",
        name: "Fryer",
        list: { price: 129, band: "100–199" },
        promos: [
          { price: 89, band: "0–99", month: "2027-02", platform: "Tmall", activity: "Nianhuo" },
        ],
      },
      { sku: "P3", list: { price: 450, band: null }, promos: [] },
    ]);
  });

  test("store figures given from elsewhere fill the months the sheet leaves blank", () => {
    const withSales = categoryMarket(
      "Fryers",
      plan.market,
      [],
      [],
      [
        { category: "fryers", month: "2027-02", priceFrom: 0, priceTo: 99, units: 5, revenue: 300 },
        // The sheet's own figures win where it has them.
        { category: "Fryers", month: "2027-01", priceFrom: 0, priceTo: 99, units: 99, revenue: 99 },
      ]
    )!;
    expect([withSales.bands[0].storeUnits, withSales.bands[0].unitShare]).toEqual([15, 0.1]);
    expect([withSales.bands[0].storeMonths, withSales.bands[0].otherMonths]).toEqual([2, 1]);
    expect(withSales.bands[1].otherMonths).toBe(0);
    expect(withSales.storeSource).toBe("both");
  });

  test("a half-typed pair: the typed figure counts, the blank one is unknown that month (never 0, never Sales')", () => {
    const half = planOf({
      market: [
        band(JAN, 0, 99, 100, 6000, [10, 700]),
        { ...band(FEB, 0, 99, 50, 3000), storeUnits: 5 },
        { ...band(FEB, 100, 199, 40, 6000), storeRevenue: 600 },
      ],
    });
    const sales = [
      { category: "Fryers", month: "2027-02", priceFrom: 0, priceTo: 99, units: 9, revenue: 900 },
    ];
    const [a, b] = categoryMarket("Fryers", half.market, [], [], sales)!.bands;
    // 0–99: units over both months (15 / 150), revenue over January only (700 / 6,000).
    expect([a.storeUnits, a.unitShare, a.storeRevenue, a.revenueShare]).toEqual([
      15,
      0.1,
      700,
      700 / 6000,
    ]);
    expect([a.storeMonths, a.otherMonths]).toEqual([2, 0]);
    // 100–199: revenue typed alone; units unknown, not a 0 % share.
    expect([b.storeUnits, b.unitShare, b.storeRevenue, b.revenueShare]).toEqual([
      null,
      null,
      600,
      0.1,
    ]);
  });

  test("the Sales sheet's figures, through storeFiguresFromSales, stand in for blank Store columns", () => {
    const blank = planOf({
      market: [band(FEB, 0, 99, 50, 3000), band(FEB, 100, 199, 40, 6000)],
      products: [
        { sku: "P1", category: "Fryers", listPrice: 129 },
        { sku: "P2", listPrice: 129 },
      ],
    });
    const sales = [
      { sku: "P1", date: d("2027-02-03"), units: 4, revenue: 520 },
      // No Category on Products: left out, never counted in a band.
      { sku: "P2", date: d("2027-02-03"), units: 100, revenue: 13000 },
    ];
    const m = categoryMarket(
      "Fryers",
      blank.market,
      blank.products,
      [],
      storeFiguresFromSales(sales, blank.products, blank.market)
    )!;
    expect(m.storeSource).toBe("other");
    expect(m.bands.map((b) => [b.label, b.storeUnits, b.unitShare, b.otherMonths])).toEqual([
      ["0–99", null, null, 0],
      ["100–199", 4, 0.1, 1],
    ]);
  });
});

describe("storeFiguresFromSales", () => {
  test("each SKU's month goes to the band of its realised price; no category or no band: left out", () => {
    const sales = [
      { sku: "P1", date: d("2027-02-03"), units: 2, revenue: 190 },
      { sku: "P1", date: d("2027-02-04"), units: 4, revenue: 380 },
      { sku: "P3", date: d("2027-02-04"), units: 1, revenue: 450 },
      { sku: "NOPE", date: d("2027-02-04"), units: 1, revenue: 50 },
      { sku: "P1", date: d("2027-03-04"), units: 1, revenue: 95 },
    ];
    expect(storeFiguresFromSales(sales, plan.products, plan.market)).toEqual([
      { category: "fryers ", month: "2027-02", priceFrom: 0, priceTo: 99, units: 6, revenue: 570 },
    ]);
  });
});

describe("competitorComparisons", () => {
  test("each SKU against its competitors, best-selling first; SKUs not on Products last", () => {
    const [p1, q9] = competitorComparisons(plan.competitors, plan.products);
    expect(p1.lines.map((l) => l.competitor)).toEqual(["Y", "X", "Z"]);
    expect(p1.lines[0].vsOurs).toBeCloseTo(139 / 129 - 1, 12);
    expect([p1.cheaper, p1.priceRank, p1.competitorSales, p1.listPrice]).toEqual([2, 3, 1400, 129]);
    expect(q9).toMatchObject({ sku: "Q9", cheaper: 0, priceRank: null, competitorSales: 10 });
    expect(q9.lines[0].vsOurs).toBeNull();
  });
});
