import { belowCost, belowCostBreach } from "../../../src/core/rules/belowCost";
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

describe("BELOW_COST", () => {
  it("flags a Prices row below Unit cost at its Price, and accepts exactly the cost", () => {
    const plan = planOf({ products: [{ unitCost: 60 }], prices: [price(60), price(59.99)] });
    expect(hitsOf(belowCost, plan)).toEqual([
      {
        address: "Prices!C3",
        params: { price: "¥59.99", cost: "¥60" },
        related: ["Products!G2"],
        sku: "SKU1",
      },
    ]);
  });

  it("flags a promotion whose effective price is below cost, at Promo price", () => {
    const plan = planOf({ products: [{ unitCost: 60 }], promotions: [promo(60), promo(59)] });
    expect(hitsOf(belowCost, plan)).toEqual([
      {
        address: "Promotions!G3",
        params: { price: "¥59", cost: "¥60" },
        related: ["Products!G2"],
        sku: "SKU1",
      },
    ]);
  });

  it("counts the coupon, relating the Coupon cell and saying so", () => {
    const plan = planOf({
      products: [{ unitCost: 60 }],
      promotions: [promo(70, 10), promo(70, 15)],
    });
    const hits = hitsOf(belowCost, plan);
    expect(hits).toEqual([
      {
        address: "Promotions!G3",
        params: {
          price: "¥55",
          cost: "¥60",
          promo: "¥70",
          coupon: "¥15",
          context: "coupon",
        },
        related: ["Products!G2", "Promotions!H3"],
        sku: "SKU1",
      },
    ]);
    expect(renderMessage(belowCost, hits[0].params)).toBe(
      "Promo price ¥70 less the coupon ¥15 sells at ¥55, below the unit cost ¥60: every unit is sold at a loss."
    );
  });

  it("does not let rounding noise create a loss", () => {
    expect(
      addressesOf(
        belowCost,
        planOf({ products: [{ unitCost: 0.2 }], promotions: [promo(0.3, 0.1)] })
      )
    ).toEqual([]);
  });

  it("needs a Unit cost and a product", () => {
    expect(
      addressesOf(belowCost, planOf({ products: [{}], promotions: [promo(1)], prices: [price(1)] }))
    ).toEqual([]);
    expect(
      addressesOf(
        belowCost,
        planOf({
          products: [{ unitCost: 60 }],
          promotions: [promo(1, 0, "SKU9")],
          prices: [price(1, "SKU9")],
        })
      )
    ).toEqual([]);
  });

  it("renders a concrete message", () => {
    const [hit] = hitsOf(
      belowCost,
      planOf({ products: [{ unitCost: 1200 }], prices: [price(1150.5)] })
    );
    expect(renderMessage(belowCost, hit.params)).toBe(
      "Sells at ¥1,150.5, below the unit cost ¥1,200: every unit is sold at a loss."
    );
    expect(renderMessage(belowCost, hit.params, "zh-CN")).toBe(
      "售价 ¥1,150.5 低于单位成本 ¥1,200，每件都在亏本销售。"
    );
  });

  it("belowCostBreach is the row-level predicate", () => {
    expect(belowCostBreach(59.99, 60)).toEqual({ price: 59.99, cost: 60 });
    expect(belowCostBreach(60, 60)).toBeNull();
  });
});
