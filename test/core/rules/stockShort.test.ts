import { stockShort, stockShortBreach } from "../../../src/core/rules/stockShort";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

const promo = (sku: string, start: string, expectedUnits?: number) => ({
  sku,
  platform: "Tmall",
  start: d(start),
  end: d(start),
  promoPrice: 80,
  expectedUnits,
});

describe("STOCK_SHORT", () => {
  it("points at Stock when the promotions' Expected units exceed it, related to those Expected units cells", () => {
    const plan = planOf({
      products: [{ sku: "A", stock: 1000 }],
      promotions: [
        promo("A", "2027-11-11", 800),
        promo("A", "2027-06-18", 300),
        promo("A", "2027-03-08"),
      ],
    });
    const hits = hitsOf(stockShort, plan);
    expect(hits).toEqual([
      {
        address: "Products!H2",
        related: ["Promotions!J2", "Promotions!J3"],
        sku: "A",
        params: { sku: "A", units: "1,100", stock: "1,000", short: "100" },
      },
    ]);
    expect(render(stockShort, hits[0].params)).toBe(
      "SKU A: its promotions expect to sell 1,100 units but Stock is 1,000, 100 short. Order more stock or lower the expected units."
    );
    expect(render(stockShort, hits[0].params, "zh-CN")).toContain("缺口 100 件");
  });

  it("accepts expected units exactly equal to Stock", () => {
    const plan = planOf({
      products: [{ sku: "A", stock: 1000 }],
      promotions: [promo("A", "2027-11-11", 600), promo("A", "2027-12-12", 400)],
    });
    expect(hitsOf(stockShort, plan)).toEqual([]);
  });

  it("says nothing when Stock is blank; a Stock of 0 with expected sales breaches", () => {
    const plan = planOf({
      products: [{ sku: "A" }, { sku: "B", stock: 0 }],
      promotions: [promo("A", "2027-11-11", 10), promo("B", "2027-11-11", 1)],
    });
    expect(hitsOf(stockShort, plan).map((h) => h.address)).toEqual(["Products!H3"]);
  });

  it("exposes the predicate", () => {
    expect(stockShortBreach(10, 11)).toBe(true);
    expect(stockShortBreach(10, 10)).toBe(false);
    expect(stockShortBreach(undefined, 10)).toBe(false);
    expect(stockShortBreach(null, 10)).toBe(false);
  });
});
