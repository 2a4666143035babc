import type { Promotion } from "../../../src/core/plan";
import { promoPriceReused, promoPriceReusedBreach } from "../../../src/core/rules/promoPriceReused";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render as renderMessage } from "./messages";

const promo = (more: Partial<Promotion> = {}): Partial<Promotion> => ({
  sku: "SKU1",
  platform: "Tmall",
  start: d("2027-06-18"),
  end: d("2027-06-20"),
  promoPrice: 80,
  postPromoPrice: 100,
  ...more,
});
const price = (p: number, from: string, platform = "Tmall") => ({
  sku: "SKU1",
  platform,
  price: p,
  effectiveFrom: d(from),
});

describe("PROMO_PRICE_REUSED", () => {
  describe("from Post-promo price", () => {
    it("flags a Post-promo price equal to the promo price, at Post-promo price", () => {
      const plan = planOf({ products: [{}], promotions: [promo({ postPromoPrice: 80 })] });
      expect(hitsOf(promoPriceReused, plan)).toEqual([
        {
          address: "Promotions!I2",
          params: {
            end: "2027-06-20",
            platform: "Tmall",
            effective: "¥80",
            days: 30,
            price: "¥80",
          },
          related: ["Promotions!G2"],
          sku: "SKU1",
        },
      ]);
    });

    it("accepts a Post-promo price above the promo price", () => {
      expect(
        addressesOf(
          promoPriceReused,
          planOf({ products: [{}], promotions: [promo({ postPromoPrice: 80.01 })] })
        )
      ).toEqual([]);
    });

    it("compares with the effective promo price (Promo price − Coupon)", () => {
      expect(
        addressesOf(
          promoPriceReused,
          planOf({
            products: [{}],
            promotions: [promo({ promoPrice: 90, coupon: 10, postPromoPrice: 85 })],
          })
        )
      ).toEqual([]);
      const plan = planOf({
        products: [{}],
        promotions: [promo({ promoPrice: 90, coupon: 10, postPromoPrice: 80 })],
      });
      expect(hitsOf(promoPriceReused, plan)[0]).toMatchObject({
        address: "Promotions!I2",
        params: { effective: "¥80", price: "¥80" },
      });
    });

    it("takes the List price for a blank Post-promo price, still pointing at the (blank) Post-promo price cell", () => {
      expect(
        addressesOf(
          promoPriceReused,
          planOf({ products: [{}], promotions: [promo({ postPromoPrice: undefined })] })
        )
      ).toEqual([]);
      const plan = planOf({
        products: [{ listPrice: 80 }],
        promotions: [promo({ postPromoPrice: undefined })],
      });
      expect(hitsOf(promoPriceReused, plan)).toEqual([
        expect.objectContaining({
          address: "Promotions!I2",
          related: ["Promotions!G2", "Products!E2"],
          params: expect.objectContaining({ price: "¥80" }),
        }),
      ]);
    });

    it("skips a blank Post-promo price when the SKU has no product", () => {
      expect(
        addressesOf(
          promoPriceReused,
          planOf({ promotions: [promo({ postPromoPrice: undefined })] })
        )
      ).toEqual([]);
      expect(
        addressesOf(promoPriceReused, planOf({ promotions: [promo({ postPromoPrice: 70 })] }))
      ).toEqual(["Promotions!I2"]);
    });

    it("falls back to Promo price when the sheet has no Post-promo price column", () => {
      const plan = planOf({
        products: [{ listPrice: 80 }],
        promotions: [promo({ postPromoPrice: undefined })],
      });
      delete plan.promotions[0].cols.postPromoPrice;
      expect(addressesOf(promoPriceReused, plan)).toEqual(["Promotions!G2"]);
    });
  });

  describe("from Prices rows within Post-promo days after End", () => {
    it("flags the row in force on End + 1 and rows taking effect up to End + Post-promo days, at their Price", () => {
      const plan = planOf({
        products: [{}],
        promotions: [promo()],
        prices: [
          price(80, "2027-06-01"),
          price(100, "2027-07-01"),
          price(79.5, "2027-07-20"),
          price(70, "2027-07-21"),
        ],
      });
      expect(hitsOf(promoPriceReused, plan)).toEqual([
        expect.objectContaining({
          address: "Prices!C2",
          related: ["Promotions!G2"],
          params: expect.objectContaining({ price: "¥80", effective: "¥80" }),
        }),
        expect.objectContaining({
          address: "Prices!C4",
          params: expect.objectContaining({ price: "¥79.5" }),
        }),
      ]);
    });

    it("ignores a row no longer in force after End, and other platforms", () => {
      const plan = planOf({
        products: [{}],
        promotions: [promo()],
        prices: [price(60, "2027-06-01"), price(100, "2027-06-21"), price(60, "2027-06-25", "JD")],
      });
      expect(addressesOf(promoPriceReused, plan)).toEqual([]);
    });

    it("ignores a row superseded by another with the same Effective from", () => {
      const plan = planOf({
        products: [{}],
        promotions: [promo()],
        prices: [price(70, "2027-07-01"), price(95, "2027-07-01")],
      });
      expect(addressesOf(promoPriceReused, plan)).toEqual([]);
    });

    it("follows Post-promo days", () => {
      const prices = [price(80, "2027-06-25")];
      expect(
        addressesOf(
          promoPriceReused,
          planOf({ products: [{}], promotions: [promo()], prices, settings: { postPromoDays: 4 } })
        )
      ).toEqual([]);
      expect(
        addressesOf(
          promoPriceReused,
          planOf({ products: [{}], promotions: [promo()], prices, settings: { postPromoDays: 5 } })
        )
      ).toEqual(["Prices!C2"]);
    });

    it("reports a Prices row reused after two promotions once, relating both", () => {
      const plan = planOf({
        products: [{}],
        promotions: [promo(), promo({ start: d("2027-06-22"), end: d("2027-06-23") })],
        prices: [price(75, "2027-07-01")],
      });
      expect(hitsOf(promoPriceReused, plan)).toEqual([
        expect.objectContaining({
          address: "Prices!C2",
          related: ["Promotions!G2", "Promotions!G3"],
        }),
      ]);
    });
  });

  it("renders a concrete message", () => {
    const [hit] = hitsOf(
      promoPriceReused,
      planOf({ products: [{}], promotions: [promo({ postPromoPrice: 79 })] })
    );
    expect(renderMessage(promoPriceReused, hit.params)).toBe(
      "After the promotion ends on 2027-06-20, Tmall sells at ¥79, not above the effective promo price ¥80; keep the promo price out for 30 days."
    );
  });

  it("promoPriceReusedBreach is the row-level predicate (equal breaches)", () => {
    expect(promoPriceReusedBreach(80, 80)).toEqual({ price: 80, effective: 80 });
    expect(promoPriceReusedBreach(0.3, 0.1 + 0.2)).toEqual({ price: 0.1 + 0.2, effective: 0.3 });
    expect(promoPriceReusedBreach(80, 80.01)).toBeNull();
  });
});
