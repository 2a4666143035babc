import type { Promotion } from "../../../src/core/plan";
import { fakeDiscount } from "../../../src/core/rules/fakeDiscount";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render as renderMessage } from "./messages";

// A Tmall promotion starting 06-18; with 7 reference days the window is 06-11..06-17.
const promo = (promoPrice: number, more: Partial<Promotion> = {}): Partial<Promotion> => ({
  sku: "SKU1",
  platform: "Tmall",
  start: d("2027-06-18"),
  end: d("2027-06-20"),
  promoPrice,
  ...more,
});
const price = (p: number, from: string, platform = "Tmall") => ({
  sku: "SKU1",
  platform,
  price: p,
  effectiveFrom: d(from),
});

describe("FAKE_DISCOUNT", () => {
  describe("price raised within the window", () => {
    it("points at the raising Prices row's Price", () => {
      const plan = planOf({
        products: [{}],
        promotions: [promo(110)],
        prices: [price(100, "2027-06-01"), price(130, "2027-06-12")],
      });
      expect(hitsOf(fakeDiscount, plan)).toEqual([
        {
          address: "Prices!C3",
          params: {
            platform: "Tmall",
            days: 7,
            start: "2027-06-18",
            promo: "¥110",
            before: "¥100",
            price: "¥130",
            date: "2027-06-12",
            context: "raised",
          },
          related: ["Promotions!G2", "Prices!C2"],
          sku: "SKU1",
        },
      ]);
    });

    it("counts a raise on the window's first day, not the day before it nor on Start", () => {
      const at = (from: string) =>
        addressesOf(
          fakeDiscount,
          planOf({
            products: [{}],
            promotions: [promo(110)],
            prices: [price(100, "2027-06-01"), price(130, from)],
          })
        );
      expect(at("2027-06-11")).toEqual(["Prices!C3"]);
      // Raised before the window: 130 is then the price in force throughout, and 110 is below it.
      expect(at("2027-06-10")).toEqual([]);
      // Raised on Start: not within the window; the Promo price is then only compared with the 100 in force before.
      expect(at("2027-06-18")).toEqual(["Promotions!G2"]);
    });

    it("points at the first raise, and counts a raise over the List price", () => {
      const plan = planOf({
        products: [{}],
        promotions: [promo(90)],
        prices: [price(110, "2027-06-12"), price(120, "2027-06-14")],
      });
      expect(hitsOf(fakeDiscount, plan)).toEqual([
        expect.objectContaining({
          address: "Prices!C2",
          related: ["Promotions!G2", "Products!E2"],
        }),
      ]);
    });

    it("follows Reference price days", () => {
      const prices = [price(100, "2027-05-01"), price(130, "2027-05-25")];
      expect(
        addressesOf(
          fakeDiscount,
          planOf({
            products: [{}],
            promotions: [promo(110)],
            prices,
            settings: { referencePriceDays: 30 },
          })
        )
      ).toEqual(["Prices!C3"]);
      expect(
        addressesOf(
          fakeDiscount,
          planOf({
            products: [{}],
            promotions: [promo(110)],
            prices,
            settings: { referencePriceDays: 7 },
          })
        )
      ).toEqual([]);
    });
  });

  describe("Promo price not below the lowest price in the window", () => {
    it("flags a Promo price equal to the lowest price in force in the window, at Promo price", () => {
      const plan = planOf({
        products: [{}],
        promotions: [promo(95)],
        prices: [price(100, "2027-06-01"), price(95, "2027-06-14")],
      });
      expect(hitsOf(fakeDiscount, plan)).toEqual([
        {
          address: "Promotions!G2",
          params: {
            platform: "Tmall",
            days: 7,
            start: "2027-06-18",
            promo: "¥95",
            lowest: "¥95",
          },
          related: ["Prices!C3"],
          sku: "SKU1",
        },
      ]);
    });

    it("accepts a Promo price below the lowest price in the window", () => {
      const plan = planOf({
        products: [{}],
        promotions: [promo(94.99)],
        prices: [price(100, "2027-06-01"), price(95, "2027-06-14")],
      });
      expect(addressesOf(fakeDiscount, plan)).toEqual([]);
    });

    it("counts the row in force at the window's start, even one set long before", () => {
      expect(
        addressesOf(
          fakeDiscount,
          planOf({ products: [{}], promotions: [promo(100)], prices: [price(100, "2027-01-01")] })
        )
      ).toEqual(["Promotions!G2"]);
      // A lower price that ended before the window does not count.
      expect(
        addressesOf(
          fakeDiscount,
          planOf({
            products: [{}],
            promotions: [promo(95)],
            prices: [price(90, "2027-01-01"), price(100, "2027-06-10")],
          })
        )
      ).toEqual([]);
    });

    it("compares the Promo price, not the price after coupon", () => {
      expect(
        addressesOf(
          fakeDiscount,
          planOf({
            products: [{}],
            promotions: [promo(100, { coupon: 20 })],
            prices: [price(100, "2027-01-01")],
          })
        )
      ).toEqual(["Promotions!G2"]);
    });
  });

  it("says nothing without Prices rows in force in the window (PROMO_NOT_DISCOUNT speaks)", () => {
    expect(addressesOf(fakeDiscount, planOf({ products: [{}], promotions: [promo(120)] }))).toEqual(
      []
    );
    expect(
      addressesOf(
        fakeDiscount,
        planOf({ products: [{}], promotions: [promo(120)], prices: [price(100, "2027-06-18")] })
      )
    ).toEqual([]);
  });

  it("only counts Prices rows on the promotion's own platform", () => {
    const plan = planOf({
      products: [{}],
      promotions: [promo(110)],
      prices: [price(100, "2027-06-01", "JD"), price(130, "2027-06-12", "JD")],
    });
    expect(addressesOf(fakeDiscount, plan)).toEqual([]);
  });

  it("works for a SKU with no product: its first Prices row is no raise, only a reference", () => {
    const row = { sku: "SKU9", platform: "Tmall", price: 100, effectiveFrom: d("2027-06-12") };
    expect(
      addressesOf(fakeDiscount, planOf({ promotions: [promo(99, { sku: "SKU9" })], prices: [row] }))
    ).toEqual([]);
    expect(
      addressesOf(
        fakeDiscount,
        planOf({ promotions: [promo(100, { sku: "SKU9" })], prices: [row] })
      )
    ).toEqual(["Promotions!G2"]);
  });

  it("reports one raising row once even for two promotions", () => {
    const plan = planOf({
      products: [{}],
      promotions: [
        promo(110),
        promo(110, { platform: "Tmall", start: d("2027-06-19"), end: d("2027-06-19") }),
      ],
      prices: [price(100, "2027-06-01"), price(130, "2027-06-12")],
    });
    expect(hitsOf(fakeDiscount, plan)).toEqual([
      expect.objectContaining({
        address: "Prices!C3",
        related: ["Promotions!G2", "Prices!C2", "Promotions!G3"],
      }),
    ]);
  });

  it("renders both messages", () => {
    const [raised] = hitsOf(
      fakeDiscount,
      planOf({
        products: [{}],
        promotions: [promo(110)],
        prices: [price(100, "2027-06-01"), price(130, "2027-06-12")],
      })
    );
    expect(renderMessage(fakeDiscount, raised.params)).toBe(
      "Tmall price raised from ¥100 to ¥130 on 2027-06-12, within 7 days before the promotion starting 2027-06-18 at ¥110: a discount from a raised price is not real."
    );
    const [lowest] = hitsOf(
      fakeDiscount,
      planOf({ products: [{}], promotions: [promo(95)], prices: [price(95, "2027-06-01")] })
    );
    expect(renderMessage(fakeDiscount, lowest.params)).toBe(
      "Promo price ¥95 is not below ¥95, the lowest Tmall price in the 7 days before 2027-06-18: not a real discount."
    );
    expect(renderMessage(fakeDiscount, lowest.params, "zh-CN")).toBe(
      "活动价 ¥95 不低于活动开始（2027-06-18）前 7 天内 Tmall 的最低价 ¥95，折扣不真实。"
    );
  });
});
