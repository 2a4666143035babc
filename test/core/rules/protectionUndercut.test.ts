import type { Promotion } from "../../../src/core/plan";
import { protectionUndercut } from "../../../src/core/rules/protectionUndercut";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render as renderMessage } from "./messages";

// A Tmall promotion 06-18..06-20 at 80; with 7 protection days its window is 06-11..06-27.
const promo = (more: Partial<Promotion> = {}): Partial<Promotion> => ({
  sku: "SKU1",
  platform: "Tmall",
  start: d("2027-06-18"),
  end: d("2027-06-20"),
  promoPrice: 80,
  ...more,
});
const price = (p: number, from: string, platform = "JD", sku = "SKU1") => ({
  sku,
  platform,
  price: p,
  effectiveFrom: d(from),
});

describe("PROTECTION_UNDERCUT", () => {
  it("is clean when the other platforms stay at or above the effective promo price", () => {
    expect(
      addressesOf(protectionUndercut, planOf({ products: [{}], promotions: [promo()] }))
    ).toEqual([]);
    expect(
      addressesOf(
        protectionUndercut,
        planOf({ products: [{}], promotions: [promo()], prices: [price(80, "2027-06-15")] })
      )
    ).toEqual([]);
  });

  it("flags another platform's Prices row in force in the window below the effective price, at its Price", () => {
    const plan = planOf({
      products: [{}],
      promotions: [promo()],
      prices: [price(79, "2027-06-25")],
    });
    expect(hitsOf(protectionUndercut, plan)).toEqual([
      {
        address: "Prices!C2",
        params: {
          days: 7,
          promoPlatform: "Tmall",
          start: "2027-06-18",
          end: "2027-06-20",
          effective: "¥80",
          platform: "JD",
          price: "¥79",
        },
        related: ["Promotions!G2"],
        sku: "SKU1",
      },
    ]);
  });

  it("window boundaries: Start − Protection days and End + Protection days count, one day beyond does not", () => {
    const at = (prices: ReturnType<typeof price>[]) =>
      addressesOf(protectionUndercut, planOf({ products: [{}], promotions: [promo()], prices }));
    expect(at([price(79, "2027-06-27")])).toEqual(["Prices!C2"]);
    expect(at([price(79, "2027-06-28")])).toEqual([]);
    // In force at the window's first day (set long before) counts; replaced on the first day does not.
    expect(at([price(79, "2027-01-01")])).toEqual(["Prices!C2"]);
    expect(at([price(79, "2027-01-01"), price(100, "2027-06-11")])).toEqual([]);
    expect(at([price(79, "2027-01-01"), price(100, "2027-06-12")])).toEqual(["Prices!C2"]);
  });

  it("follows Protection days", () => {
    const prices = [price(79, "2027-06-23")];
    expect(
      addressesOf(
        protectionUndercut,
        planOf({ products: [{}], promotions: [promo()], prices, settings: { protectionDays: 2 } })
      )
    ).toEqual([]);
    expect(
      addressesOf(
        protectionUndercut,
        planOf({ products: [{}], promotions: [promo()], prices, settings: { protectionDays: 3 } })
      )
    ).toEqual(["Prices!C2"]);
  });

  it("points at the List price when no Prices row is in force on that platform then", () => {
    const plan = planOf({
      products: [{ listPrice: 75 }],
      promotions: [promo()],
      prices: [price(100, "2027-06-15")],
    });
    expect(hitsOf(protectionUndercut, plan)).toEqual([
      expect.objectContaining({
        address: "Products!E2",
        params: expect.objectContaining({ platform: "JD", price: "¥75" }),
      }),
    ]);
  });

  it("ignores the promotion's own platform and platforms the SKU is not sold on", () => {
    // Own platform: the Tmall Prices row and Tmall's List price (50) do not count; JD is not among the Platforms.
    const plan = planOf({
      products: [{ listPrice: 50, platforms: ["Tmall"] }],
      promotions: [promo({ promoPrice: 60 })],
      prices: [price(40, "2027-06-19", "Tmall")],
    });
    expect(addressesOf(protectionUndercut, plan)).toEqual([]);
    // Once JD is among the Platforms, its List price undercuts.
    const sold = planOf({
      products: [{ listPrice: 50, platforms: ["Tmall", "JD"] }],
      promotions: [promo({ promoPrice: 60 })],
    });
    expect(addressesOf(protectionUndercut, sold)).toEqual(["Products!E2"]);
  });

  it("compares with the effective promo price (coupon taken off)", () => {
    const plan = planOf({
      products: [{}],
      promotions: [promo({ promoPrice: 90, coupon: 10 })],
      prices: [price(85, "2027-06-15")],
    });
    expect(addressesOf(protectionUndercut, plan)).toEqual([]);
    const plan2 = planOf({
      products: [{}],
      promotions: [promo({ promoPrice: 90, coupon: 10 })],
      prices: [price(79.99, "2027-06-15")],
    });
    expect(hitsOf(protectionUndercut, plan2)[0]).toMatchObject({
      address: "Prices!C2",
      params: { effective: "¥80" },
    });
  });

  it("flags an overlapping other-platform promotion with a lower effective price, at its Promo price", () => {
    const plan = planOf({
      products: [{}],
      promotions: [
        promo(),
        promo({
          platform: "JD",
          start: d("2027-06-25"),
          end: d("2027-06-26"),
          promoPrice: 85,
          coupon: 10,
        }),
        promo({ platform: "JD", start: d("2027-06-28"), end: d("2027-06-29"), promoPrice: 60 }),
      ],
    });
    expect(hitsOf(protectionUndercut, plan)).toEqual([
      expect.objectContaining({
        address: "Promotions!G3",
        related: ["Promotions!G2"],
        params: expect.objectContaining({ platform: "JD", price: "¥75", effective: "¥80" }),
      }),
    ]);
  });

  it("does not flag an other-platform promotion at the same effective price, nor one on the same platform", () => {
    const same = planOf({
      products: [{}],
      promotions: [promo(), promo({ platform: "JD", start: d("2027-06-19"), promoPrice: 80 })],
    });
    expect(addressesOf(protectionUndercut, same)).toEqual([]);
    const ownPlatform = planOf({
      products: [{}],
      promotions: [
        promo(),
        promo({ start: d("2027-06-25"), end: d("2027-06-26"), promoPrice: 50 }),
      ],
    });
    expect(addressesOf(protectionUndercut, ownPlatform)).toEqual([]);
  });

  it("reports an undercutting cell once, relating every promotion it undercuts", () => {
    const plan = planOf({
      products: [{}],
      promotions: [
        promo(),
        promo({ start: d("2027-07-01"), end: d("2027-07-02"), promoPrice: 85 }),
      ],
      prices: [price(70, "2027-06-25")],
    });
    expect(hitsOf(protectionUndercut, plan)).toEqual([
      expect.objectContaining({
        address: "Prices!C2",
        related: ["Promotions!G2", "Promotions!G3"],
      }),
    ]);
  });

  it("still checks Prices rows of a SKU with no product", () => {
    const plan = planOf({
      products: [{}],
      promotions: [promo({ sku: "SKU9" })],
      prices: [price(50, "2027-06-01", "JD", "SKU9")],
    });
    expect(addressesOf(protectionUndercut, plan)).toEqual(["Prices!C2"]);
  });

  it("renders a concrete message", () => {
    const [hit] = hitsOf(
      protectionUndercut,
      planOf({ products: [{}], promotions: [promo()], prices: [price(79, "2027-06-25")] })
    );
    expect(renderMessage(protectionUndercut, hit.params)).toBe(
      "JD sells at ¥79 within the 7-day protection window of the Tmall promotion (2027-06-18 to 2027-06-20, effective price ¥80)."
    );
    expect(renderMessage(protectionUndercut, hit.params, "zh-CN")).toBe(
      "在 Tmall 活动（2027-06-18 至 2027-06-20，到手价 ¥80）前后 7 天的保护期内，JD 售价 ¥79 更低。"
    );
  });
});
