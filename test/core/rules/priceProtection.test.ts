import type { Promotion } from "../../../src/core/plan";
import { priceProtection } from "../../../src/core/rules/priceProtection";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

// A Tmall promotion 06-18..06-20 at 150 − 10 = 140; Tmall's 价保 of 15 days covers 06-21..07-05.
const promo = (more: Partial<Promotion> = {}): Partial<Promotion> => ({
  sku: "SKU1",
  platform: "Tmall",
  start: d("2027-06-18"),
  end: d("2027-06-20"),
  promoPrice: 150,
  coupon: 10,
  ...more,
});
const price = (p: number, from: string, platform = "Tmall") => ({
  sku: "SKU1",
  platform,
  price: p,
  effectiveFrom: d(from),
});
const TMALL = [{ platform: "Tmall", priceProtectionDays: 15 }];

describe("PRICE_PROTECTION", () => {
  it("flags a Tmall price below the effective promo price on the window's last day, at that price", () => {
    const plan = planOf({
      products: [{ listPrice: 200 }],
      promotions: [promo()],
      prices: [price(139, "2027-07-05")],
      platforms: TMALL,
    });
    const [hit] = hitsOf(priceProtection, plan);
    expect(hit).toEqual({
      address: "Prices!C2",
      params: {
        platform: "Tmall",
        price: "¥139",
        date: "2027-07-05",
        days: 15,
        end: "2027-06-20",
        effective: "¥140",
        context: "platform",
        figurePlatform: "Tmall",
      },
      related: ["Promotions!G2", "Platforms!E2"],
      sku: "SKU1",
    });
    expect(render(priceProtection, hit.params)).toBe(
      "Tmall sells at ¥139 from 2027-07-05, within Tmall's 15-day price protection (价保) after the promotion ending 2027-06-20 at effective price ¥140: its buyers may claim the difference."
    );
    expect(render(priceProtection, hit.params, "zh-CN")).toContain("价保期内");
  });

  it("is clean the day after the window, at the effective price, on another platform, and with 0 days", () => {
    const at = (p: number, from: string, platform = "Tmall", platforms = TMALL) =>
      addressesOf(
        priceProtection,
        planOf({
          products: [{ listPrice: 200, platforms: ["Tmall", "JD"] }],
          promotions: [promo()],
          prices: [price(p, from, platform)],
          platforms,
        })
      );
    expect(at(139, "2027-07-06")).toEqual([]);
    expect(at(140, "2027-06-25")).toEqual([]);
    expect(at(100, "2027-06-25", "JD")).toEqual([]);
    expect(at(100, "2027-06-25", "Tmall", [])).toEqual([]);
    // A lower price set during the promotion is still in force after it: within the window, a breach.
    expect(at(139, "2027-06-19")).toEqual(["Prices!C2"]);
  });

  it("takes the Settings value where the platform's cell is blank, and names no platform then", () => {
    const plan = planOf({
      products: [{ listPrice: 200 }],
      promotions: [promo()],
      prices: [price(120, "2027-06-22")],
      settings: { priceProtectionDays: 3 },
      platforms: [{ platform: "Tmall" }],
    });
    const [hit] = hitsOf(priceProtection, plan);
    expect(hit.params).not.toHaveProperty("context");
    expect(render(priceProtection, hit.params)).toContain("within the 3-day price protection");
  });

  it("flags another Tmall promotion in the window below it, and a List price below it", () => {
    const plan = planOf({
      products: [{ listPrice: 130 }],
      promotions: [
        promo(),
        promo({ start: d("2027-07-01"), end: d("2027-07-02"), promoPrice: 135, coupon: 0 }),
      ],
      platforms: TMALL,
    });
    expect(addressesOf(priceProtection, plan).sort()).toEqual(["Products!E2", "Promotions!G3"]);
  });
});
