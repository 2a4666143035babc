import { rankSlot, salesRates, storeRates } from "../../../src/core/slot";
import { d, planOf } from "../fixtures";

/** Hand-worked: the store converts 40 / 2,000 = 2 % and earns 12,000 / 2,000 = ¥6 a visitor, over 3 days. */
const plan = planOf({
  daily: [
    {
      date: d("2026-09-01"),
      platform: "Tmall",
      visitors: 1000,
      orders: 30,
      revenue: 9000,
      adSpend: 0,
    },
    {
      date: d("2026-09-02"),
      platform: "Tmall",
      visitors: 1000,
      orders: 10,
      revenue: 3000,
      adSpend: 0,
    },
    { date: d("2026-09-03"), platform: "Tmall", visitors: 500, adSpend: 0 },
  ],
  products: [
    { sku: "A", listPrice: 300, unitCost: 100, name: "Fryer" },
    { sku: "B", listPrice: 120, unitCost: 40 },
    { sku: "C", listPrice: 500 },
  ],
  promotions: [
    { sku: "A", platform: "Tmall", start: d("2027-03-01"), end: d("2027-03-03"), promoPrice: 199 },
    {
      sku: "A",
      platform: "JD",
      start: d("2027-06-01"),
      end: d("2027-06-03"),
      promoPrice: 250,
      coupon: 10,
    },
  ],
});
/**
 * The Sales sheet: B converts 50 of 1,000 visitors over 2 days (5 %) and its buyers took 60 units for ¥7,200 (AOV
 * ¥144 at ¥120 a unit: 1.2 units a buyer); C's one day gives buyers but no visitors (its conversion is the store's,
 * its basket its own: 1 unit a buyer); a day without Buyers counts for nothing. The store: 60 buyers took 70 units
 * over 3 days (7/6 units a buyer), what A, without Sales of its own, is taken to buy.
 */
const sales = planOf({
  sales: [
    {
      sku: "B",
      platform: "Tmall",
      date: d("2026-09-01"),
      visitors: 600,
      buyers: 30,
      units: 36,
      revenue: 4320,
    },
    {
      sku: "B",
      platform: "JD",
      date: d("2026-09-02"),
      visitors: 400,
      buyers: 20,
      units: 24,
      revenue: 2880,
    },
    { sku: "B", platform: "JD", date: d("2026-09-04"), visitors: 999, units: 5, revenue: 600 },
    { sku: "C", platform: "Tmall", date: d("2026-09-03"), buyers: 10, units: 10, revenue: 5000 },
  ],
}).sales;
const rank = (objective: "profit" | "revenue" | "traffic", prices?: Map<string, number>) =>
  rankSlot({
    skus: ["A", "B", "C", "D", "B"],
    objective,
    visitors: 10000,
    products: plan.products,
    promotions: plan.promotions,
    daily: plan.daily,
    sales,
    prices,
  });

describe("salesRates", () => {
  test("conversion over the rows with Visitors and Buyers, basket over the rows with Buyers, days counted", () => {
    const r = salesRates(sales);
    expect(r.bySku.get("B")).toEqual({
      visitors: 1000,
      buyers: 50,
      days: 2,
      basket: { buyers: 50, units: 60, revenue: 7200, days: 2 },
    });
    expect(r.bySku.get("C")).toEqual({
      visitors: 0,
      buyers: 0,
      days: 0,
      basket: { buyers: 10, units: 10, revenue: 5000, days: 1 },
    });
    expect(r.store).toEqual({ buyers: 60, units: 70, revenue: 12200, days: 3 });
    expect(salesRates([])).toEqual({ bySku: new Map(), store: null });
  });
});

describe("storeRates", () => {
  test("pooled over Daily: conversion and UV value where orders and revenue are given", () => {
    expect(storeRates(plan.daily)).toEqual({ conversion: 0.02, uvValue: 6, aov: 300, days: 3 });
    expect(storeRates([])).toEqual({ conversion: null, uvValue: null, aov: null, days: 0 });
  });
});

describe("rankSlot (hand-worked, 10,000 event visitors)", () => {
  test("profit: B (its own 5 % and 1.2 units a buyer: 500 × 1.2 × (120 − 40) = 48,000) before A (store 2 %, 7/6 units: 200 × 7/6 × (240 − 100) ≈ 32,667); C has no cost", () => {
    const r = rank("profit");
    expect(r.candidates.map((c) => [c.sku, c.rank])).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", null],
    ]);
    const [b, a, c] = r.candidates;
    expect(b.value).toBeCloseTo(48000, 6);
    expect(a.value).toBeCloseTo(32666.6667, 3);
    expect(c.value).toBeNull();
    expect(b).toMatchObject({
      basis: "sku",
      days: 2,
      conversion: 0.05,
      buyers: 500,
      priceSource: "list",
      aov: 144,
      realisedPrice: 120,
      basketBasis: "sku",
      basketDays: 2,
    });
    expect(b.unitsPerBuyer).toBeCloseTo(1.2, 12);
    expect(b.spendPerBuyer).toBeCloseTo(144, 9);
    // A's price: its latest promotion, 250 − 10 coupon; no Sales of its own: the store's conversion and basket.
    expect(a).toMatchObject({
      basis: "store",
      days: 3,
      price: 240,
      priceSource: "promotion",
      aov: null,
      realisedPrice: null,
      basketBasis: "store",
      basketDays: 3,
    });
    expect(a.unitsPerBuyer).toBeCloseTo(7 / 6, 12);
    expect(a.revenue).toBeCloseTo(56000, 6);
    // C: Buyers without Visitors: the store's conversion over Daily's 3 days, its own basket of 1 day.
    expect(c).toMatchObject({
      basis: "store",
      days: 3,
      aov: 500,
      unitsPerBuyer: 1,
      basketBasis: "sku",
      basketDays: 1,
    });
  });

  test("revenue: C (200 × 1 × 500 = 100,000), B (500 × 1.2 × 120 = 72,000), A (200 × 7/6 × 240 = 56,000)", () => {
    const r = rank("revenue").candidates;
    expect(r.map((c) => [c.sku, c.rank])).toEqual([
      ["C", 1],
      ["B", 2],
      ["A", 3],
    ]);
    expect(r.map((c) => Math.round(c.value as number))).toEqual([100000, 72000, 56000]);
  });

  test("traffic: 10,000 × ¥6 = 60,000 whichever holds the slot; the tie is ranked by profit", () => {
    const r = rank("traffic");
    expect(r.trafficTie).toBe(true);
    expect(r.candidates.map((c) => [c.sku, c.rank, c.value])).toEqual([
      ["B", 1, 60000],
      ["A", 2, 60000],
      ["C", 3, 60000],
    ]);
  });

  test("a typed promo price wins over the plan's: A at 280, 200 × 7/6 × 180 = 42,000", () => {
    const r = rank("profit", new Map([["A", 280]]));
    const a = r.candidates.find((c) => c.sku === "A")!;
    expect(a).toMatchObject({ price: 280, priceSource: "given" });
    expect(a.profit).toBeCloseTo(42000, 6);
  });

  test("without Sales: the store's conversion and one unit a buyer at the price (the issue's formulas)", () => {
    const r = rankSlot({
      skus: ["A", "B"],
      objective: "profit",
      visitors: 10000,
      products: plan.products,
      promotions: plan.promotions,
      daily: plan.daily,
    });
    expect(
      r.candidates.map((c) => [c.sku, c.value, c.unitsPerBuyer, c.basketBasis, c.basketDays])
    ).toEqual([
      ["A", 28000, 1, "none", 0],
      ["B", 16000, 1, "none", 0],
    ]);
  });

  test("without Daily rows or own sales: no conversion, no value, nothing ranked", () => {
    const r = rankSlot({
      skus: ["A"],
      objective: "revenue",
      visitors: 100,
      products: plan.products,
      promotions: [],
      daily: [],
    });
    expect(r.candidates).toEqual([
      expect.objectContaining({ sku: "A", basis: "none", days: 0, value: null, rank: null }),
    ]);
  });
});
