import { belowFloor, belowFloorBreach } from "../../../src/core/rules/belowFloor";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render as renderMessage } from "./messages";

const promo = (promoPrice: number, coupon?: number, sku = "SKU1") => ({
  sku,
  platform: "Tmall",
  start: d("2027-06-18"),
  end: d("2027-06-20"),
  promoPrice,
  coupon,
});
const price = (p: number, sku = "SKU1") => ({
  sku,
  platform: "JD",
  price: p,
  effectiveFrom: d("2027-06-01"),
});

describe("BELOW_FLOOR", () => {
  it("flags a Price below the Floor price at that Price, and accepts exactly the floor", () => {
    const plan = planOf({ products: [{ floorPrice: 80 }], prices: [price(80), price(79.99)] });
    expect(hitsOf(belowFloor, plan)).toEqual([
      {
        address: "Prices!C3",
        params: { price: "¥79.99", floor: "¥80" },
        related: ["Products!F2"],
        sku: "SKU1",
      },
    ]);
  });

  it("flags a Promo price below the floor at Promo price", () => {
    const plan = planOf({ products: [{ floorPrice: 80 }], promotions: [promo(80), promo(79)] });
    expect(hitsOf(belowFloor, plan)).toEqual([
      {
        address: "Promotions!G3",
        params: { price: "¥79", floor: "¥80" },
        related: ["Products!F2"],
        sku: "SKU1",
      },
    ]);
  });

  it("flags an effective promo price (with coupon) below the floor at Promo price", () => {
    const plan = planOf({
      products: [{ floorPrice: 80 }],
      promotions: [promo(90, 10), promo(85, 10)],
    });
    const hits = hitsOf(belowFloor, plan);
    expect(hits).toEqual([
      {
        address: "Promotions!G3",
        params: {
          price: "¥75",
          floor: "¥80",
          promo: "¥85",
          coupon: "¥10",
          context: "coupon",
        },
        related: ["Products!F2", "Promotions!H3"],
        sku: "SKU1",
      },
    ]);
    expect(renderMessage(belowFloor, hits[0].params)).toBe(
      "Promo price ¥85 less the coupon ¥10 sells at ¥75, below the floor price ¥80."
    );
    expect(renderMessage(belowFloor, hits[0].params, "zh-CN")).toBe(
      "活动价 ¥85 减去优惠券 ¥10 后到手价 ¥75，低于控价（最低价）¥80。"
    );
  });

  it("does not let rounding noise breach the floor", () => {
    expect(
      addressesOf(
        belowFloor,
        planOf({ products: [{ floorPrice: 99.8 }], promotions: [promo(99.9, 0.1)] })
      )
    ).toEqual([]);
    expect(
      addressesOf(
        belowFloor,
        planOf({ products: [{ floorPrice: 0.2 }], promotions: [promo(0.3, 0.1)] })
      )
    ).toEqual([]);
  });

  it("needs a Floor price and a product", () => {
    expect(
      addressesOf(
        belowFloor,
        planOf({ products: [{}], promotions: [promo(1)], prices: [price(1)] })
      )
    ).toEqual([]);
    expect(
      addressesOf(
        belowFloor,
        planOf({
          products: [{ floorPrice: 80 }],
          promotions: [promo(1, 0, "SKU9")],
          prices: [price(1, "SKU9")],
        })
      )
    ).toEqual([]);
  });

  it("renders a concrete message", () => {
    const [hit] = hitsOf(
      belowFloor,
      planOf({ products: [{ floorPrice: 80 }], prices: [price(75)] })
    );
    expect(renderMessage(belowFloor, hit.params)).toBe("Sells at ¥75, below the floor price ¥80.");
  });

  it("belowFloorBreach is the row-level predicate", () => {
    expect(belowFloorBreach(79.99, 80)).toEqual({ price: 79.99, floor: 80 });
    expect(belowFloorBreach(80, 80)).toBeNull();
  });
});
