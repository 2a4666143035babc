import { promoNotDiscount, promoNotDiscountBreach } from "../../../src/core/rules/promoNotDiscount";
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

describe("PROMO_NOT_DISCOUNT", () => {
  it("flags a Promo price equal to the List price, at Promo price, relating the List price", () => {
    expect(hitsOf(promoNotDiscount, planOf({ products: [{}], promotions: [promo(100)] }))).toEqual([
      {
        address: "Promotions!G2",
        params: { promo: "¥100", list: "¥100" },
        related: ["Products!E2"],
        sku: "SKU1",
      },
    ]);
  });

  it("flags a Promo price above the List price and accepts one below it", () => {
    expect(
      addressesOf(
        promoNotDiscount,
        planOf({ products: [{}], promotions: [promo(99.99), promo(120)] })
      )
    ).toEqual(["Promotions!G3"]);
  });

  it("ignores the coupon: Promo price itself must be a discount", () => {
    expect(
      addressesOf(promoNotDiscount, planOf({ products: [{}], promotions: [promo(100, 20)] }))
    ).toEqual(["Promotions!G2"]);
  });

  it("treats rounding noise as equal", () => {
    expect(
      addressesOf(
        promoNotDiscount,
        planOf({ products: [{ listPrice: 0.1 + 0.2 }], promotions: [promo(0.3)] })
      )
    ).toEqual(["Promotions!G2"]);
  });

  it("skips a SKU with no product", () => {
    expect(
      addressesOf(promoNotDiscount, planOf({ products: [{}], promotions: [promo(200, 0, "SKU9")] }))
    ).toEqual([]);
  });

  it("renders a concrete message", () => {
    const [hit] = hitsOf(promoNotDiscount, planOf({ products: [{}], promotions: [promo(105)] }));
    expect(renderMessage(promoNotDiscount, hit.params)).toBe(
      "Promo price ¥105 is not below the list price ¥100: this promotion is no discount."
    );
    expect(renderMessage(promoNotDiscount, hit.params, "zh-CN")).toBe(
      "活动价 ¥105 不低于标价 ¥100，该活动没有折扣。"
    );
  });

  it("promoNotDiscountBreach is the row-level predicate", () => {
    expect(promoNotDiscountBreach(100, 100)).toEqual({ promo: 100, list: 100 });
    expect(promoNotDiscountBreach(99.99, 100)).toBeNull();
  });
});
