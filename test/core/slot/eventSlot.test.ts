import { rankSlot, storeRates } from "../../../src/core/slot";
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
// B's own sales: 50 buyers of 1,000 visitors over 14 days: 5 %.
const skuSales = new Map([["B", { visitors: 1000, buyers: 50, revenue: 6000, days: 14 }]]);
const rank = (objective: "profit" | "revenue" | "traffic", prices?: Map<string, number>) =>
  rankSlot({
    skus: ["A", "B", "C", "D", "B"],
    objective,
    visitors: 10000,
    products: plan.products,
    promotions: plan.promotions,
    daily: plan.daily,
    skuSales,
    prices,
  });

describe("storeRates", () => {
  test("pooled over Daily: conversion and UV value where orders and revenue are given", () => {
    expect(storeRates(plan.daily)).toEqual({ conversion: 0.02, uvValue: 6, aov: 300, days: 3 });
    expect(storeRates([])).toEqual({ conversion: null, uvValue: null, aov: null, days: 0 });
  });
});

describe("rankSlot (hand-worked, 10,000 event visitors)", () => {
  test("profit: B (its own 5 %: 500 × (120 − 40) = 40,000) before A (store 2 %: 200 × (240 − 100) = 28,000); C has no cost", () => {
    const r = rank("profit");
    expect(r.candidates.map((c) => [c.sku, c.rank, c.value])).toEqual([
      ["B", 1, 40000],
      ["A", 2, 28000],
      ["C", null, null],
    ]);
    const [b, a] = r.candidates;
    expect(b).toMatchObject({
      basis: "sku",
      days: 14,
      conversion: 0.05,
      buyers: 500,
      priceSource: "list",
    });
    // A's price: its latest promotion, 250 − 10 coupon.
    expect(a).toMatchObject({
      basis: "store",
      days: 3,
      price: 240,
      priceSource: "promotion",
      revenue: 48000,
    });
  });

  test("revenue: C (200 × 500 = 100,000), B (60,000), A (48,000)", () => {
    expect(rank("revenue").candidates.map((c) => [c.sku, c.rank, c.value])).toEqual([
      ["C", 1, 100000],
      ["B", 2, 60000],
      ["A", 3, 48000],
    ]);
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

  test("a typed promo price wins over the plan's", () => {
    const r = rank("profit", new Map([["A", 280]]));
    expect(r.candidates.find((c) => c.sku === "A")).toMatchObject({
      price: 280,
      priceSource: "given",
      profit: 36000,
    });
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
