import {
  farthestFromMedian,
  priceSpread,
  priceSpreadBreach,
} from "../../../src/core/rules/priceSpread";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render as renderMessage } from "./messages";

const price = (p: number, platform: string, from = "2027-06-01", sku = "SKU1") => ({
  sku,
  platform,
  price: p,
  effectiveFrom: d(from),
});
const three = { platforms: ["Tmall", "JD", "Taobao"] };

describe("PRICE_SPREAD", () => {
  it("accepts a spread of exactly the tolerance and flags one just above", () => {
    expect(
      addressesOf(
        priceSpread,
        planOf({ products: [{}], prices: [price(100, "Tmall"), price(105, "JD")] })
      )
    ).toEqual([]);
    // Two prices are equally far from their median: the lower one is pointed at.
    expect(
      hitsOf(
        priceSpread,
        planOf({ products: [{}], prices: [price(100, "Tmall"), price(105.01, "JD")] })
      )
    ).toEqual([
      {
        address: "Prices!C2",
        params: {
          date: "2027-06-01",
          spread: "5%",
          min: "¥100",
          max: "¥105.01",
          tolerance: "5%",
          platform: "Tmall",
          price: "¥100",
        },
        related: ["Prices!C3"],
        sku: "SKU1",
      },
    ]);
  });

  it("follows the tolerance setting", () => {
    const prices = [price(100, "Tmall"), price(110, "JD")];
    expect(
      addressesOf(
        priceSpread,
        planOf({ products: [{}], prices, settings: { priceSpreadTolerance: 0.1 } })
      )
    ).toEqual([]);
    expect(
      addressesOf(
        priceSpread,
        planOf({ products: [{}], prices, settings: { priceSpreadTolerance: 0.09 } })
      )
    ).toHaveLength(1);
  });

  it("points at the price farthest from the median", () => {
    const plan = planOf({
      products: [three],
      prices: [price(100, "Tmall"), price(101, "JD"), price(120, "Taobao")],
    });
    expect(hitsOf(priceSpread, plan)).toEqual([
      expect.objectContaining({
        address: "Prices!C4",
        related: ["Prices!C2", "Prices!C3"],
        params: expect.objectContaining({ platform: "Taobao" }),
      }),
    ]);
  });

  it("points at the List price in Products when that platform has no Prices row in force", () => {
    const plan = planOf({
      products: [{ ...three, listPrice: 80 }],
      prices: [price(100, "Tmall"), price(100, "JD")],
    });
    expect(hitsOf(priceSpread, plan)).toEqual([
      expect.objectContaining({
        address: "Products!E2",
        params: expect.objectContaining({ platform: "Taobao", price: "¥80" }),
      }),
    ]);
  });

  it("checks each date a price changes, with the prices in force then", () => {
    const plan = planOf({
      products: [three],
      prices: [
        price(100, "Tmall"),
        price(100, "JD"),
        price(100, "Taobao"),
        price(120, "Taobao", "2027-07-01"),
        price(100, "Taobao", "2027-08-01"),
      ],
    });
    expect(hitsOf(priceSpread, plan)).toEqual([
      expect.objectContaining({
        address: "Prices!C5",
        params: expect.objectContaining({ date: "2027-07-01", spread: "20%" }),
      }),
    ]);
  });

  it("reports a cell once even when it is farthest on several dates", () => {
    const plan = planOf({
      products: [three],
      prices: [
        price(100, "Tmall"),
        price(100, "JD"),
        price(120, "Taobao"),
        price(101, "JD", "2027-07-01"),
      ],
    });
    expect(addressesOf(priceSpread, plan)).toEqual(["Prices!C4"]);
  });

  it("leaves out platforms with no price in force on that date", () => {
    // Douyin is not among the SKU's Platforms: before its first row it has no price at all.
    const plan = planOf({
      products: [{}],
      prices: [
        price(100, "Tmall", "2027-06-01"),
        price(100, "JD", "2027-06-01"),
        price(200, "Douyin", "2027-07-01"),
      ],
    });
    expect(hitsOf(priceSpread, plan)).toEqual([
      expect.objectContaining({
        address: "Prices!C4",
        params: expect.objectContaining({ date: "2027-07-01" }),
      }),
    ]);
  });

  it("compares an offline-only SKU on Offline only", () => {
    const plan = planOf({
      products: [{ tier: "offline-only", platforms: ["Offline"] }],
      prices: [price(100, "Offline"), price(50, "Tmall")],
    });
    expect(addressesOf(priceSpread, plan)).toEqual([]);
  });

  it("works for a SKU with no product, on its Prices platforms", () => {
    const plan = planOf({
      products: [{}],
      prices: [price(100, "Tmall", "2027-06-01", "SKU9"), price(200, "JD", "2027-06-01", "SKU9")],
    });
    expect(addressesOf(priceSpread, plan)).toEqual(["Prices!C2"]);
  });

  it("renders a concrete message", () => {
    const [hit] = hitsOf(
      priceSpread,
      planOf({
        products: [three],
        prices: [price(100, "Tmall"), price(101, "JD"), price(120, "Taobao")],
      })
    );
    expect(renderMessage(priceSpread, hit.params)).toBe(
      "On 2027-06-01 this SKU's prices across platforms spread 20% (¥100 to ¥120), over the 5% tolerance; Taobao at ¥120 is farthest from the others."
    );
    expect(renderMessage(priceSpread, hit.params, "zh-CN")).toBe(
      "2027-06-01 该 SKU 各平台价格相差 20%（¥100 至 ¥120），超过容忍度 5%；Taobao 的 ¥120 偏离最大。"
    );
  });

  it("priceSpreadBreach is the row-level predicate", () => {
    expect(priceSpreadBreach([100, 105], 0.05)).toBeNull();
    expect(priceSpreadBreach([105, 100, 110.5], 0.1)).toEqual({
      spread: expect.closeTo(0.105, 9),
      min: 100,
      max: 110.5,
    });
    expect(priceSpreadBreach([0, 10], 0.05)).toEqual({ spread: Infinity, min: 0, max: 10 });
    expect(priceSpreadBreach([0, 0], 0.05)).toBeNull();
    expect(priceSpreadBreach([100], 0)).toBeNull();
  });

  it("farthestFromMedian breaks ties toward the lower price", () => {
    expect(farthestFromMedian([100, 101, 120])).toBe(2);
    expect(farthestFromMedian([120, 100])).toBe(1);
    expect(farthestFromMedian([80, 100, 100])).toBe(0);
  });
});
