/** Issue 16: each rule takes the figure of the platform the issue names, and its message says whose it is. */
import { platformProfiles } from "../../../src/core/platforms";
import type { Promotion } from "../../../src/core/plan";
import { fakeDiscount } from "../../../src/core/rules/fakeDiscount";
import { logisticsShutdown } from "../../../src/core/rules/logisticsShutdown";
import { priceSpread } from "../../../src/core/rules/priceSpread";
import { promoPriceReused } from "../../../src/core/rules/promoPriceReused";
import { promoTooFrequent } from "../../../src/core/rules/promoTooFrequent";
import { promoTooLong } from "../../../src/core/rules/promoTooLong";
import { protectionUndercut } from "../../../src/core/rules/protectionUndercut";
import { addressesOf, d, hitsOf, planOf, rowsOf } from "../fixtures";
import { render } from "./messages";

const promo = (
  platform: string,
  start: string,
  end: string,
  promoPrice: number,
  more: Partial<Promotion> = {}
): Partial<Promotion> => ({
  sku: "SKU1",
  platform,
  start: d(start),
  end: d(end),
  promoPrice,
  ...more,
});
const price = (platform: string, p: number, from: string) => ({
  sku: "SKU1",
  platform,
  price: p,
  effectiveFrom: d(from),
});

describe("platformProfiles", () => {
  const settings = planOf({}).settings;
  it("takes the platform's own figure with its cell, a blank cell or an absent platform the setting", () => {
    const rows = rowsOf("platforms", [
      { platform: "Tmall", referencePriceDays: 30 },
      { platform: "Tmall", referencePriceDays: 5 },
      { platform: "JD" },
    ]);
    const p = platformProfiles(rows, settings);
    expect(p.figure("Tmall", "referencePriceDays")).toEqual({
      value: 30,
      platform: "Tmall",
      ref: { sheetId: "platforms", sheet: "Platforms", row: 2, column: "B" },
    });
    expect(p.figure("JD", "referencePriceDays")).toEqual({ value: 7 });
    expect(p.figure("Douyin", "protectionDays")).toEqual({ value: settings.protectionDays });
    expect(p.minDiscount("JD")).toBeUndefined();
    expect(p.any).toBe(true);
    expect(platformProfiles(rowsOf("platforms", [{ platform: "JD" }]), settings).any).toBe(false);
    expect(platformProfiles(undefined, settings).any).toBe(false);
  });
});

describe("FAKE_DISCOUNT with a platform's window and Min discount", () => {
  // Tmall looks back 30 days; the window's effect shows with a raise (below), here whose figure it is and the bound.
  const plan = (promoPrice: number, minDiscount?: number) =>
    planOf({
      products: [{ listPrice: 200 }],
      promotions: [promo("Tmall", "2027-06-18", "2027-06-20", promoPrice)],
      prices: [price("Tmall", 100, "2027-05-25")],
      platforms: [{ platform: "Tmall", referencePriceDays: 30, minDiscount }],
    });

  it("names Tmall's 30-day lowest price", () => {
    const [hit] = hitsOf(fakeDiscount, plan(120));
    expect(hit).toMatchObject({ address: "Promotions!G2", related: ["Prices!C2", "Platforms!B2"] });
    expect(render(fakeDiscount, hit.params)).toBe(
      "Promo price ¥120 is not below ¥100, Tmall's 30-day lowest price before 2027-06-18: not a real discount."
    );
    expect(render(fakeDiscount, hit.params, "zh-CN")).toContain(
      "Tmall活动开始（2027-06-18）前 30 天内的最低价"
    );
  });

  it("without a Min discount, equal to the lowest is a breach (strictly below, as before)", () => {
    expect(addressesOf(fakeDiscount, plan(100))).toEqual(["Promotions!G2"]);
    expect(addressesOf(fakeDiscount, plan(99.99))).toEqual([]);
  });

  it("with Min discount 0 (Tmall's at or below), equal is fine and one fen above is not", () => {
    expect(addressesOf(fakeDiscount, plan(100, 0))).toEqual([]);
    expect(addressesOf(fakeDiscount, plan(100.01, 0))).toEqual(["Promotions!G2"]);
  });

  it("with Min discount 10 %, the boundary is lowest × 0.9: at it fine, above it a breach", () => {
    expect(addressesOf(fakeDiscount, plan(90, 0.1))).toEqual([]);
    const [hit] = hitsOf(fakeDiscount, plan(91, 0.1));
    expect(hit.related).toEqual(["Prices!C2", "Platforms!B2", "Platforms!C2"]);
    expect(render(fakeDiscount, hit.params)).toBe(
      "Promo price ¥91 is above ¥90: Tmall asks a promotion at least 10% below ¥100, the lowest Tmall price in the 30 days before 2027-06-18."
    );
  });

  it("a price raised inside the platform's window names it", () => {
    const p = planOf({
      products: [{ listPrice: 200 }],
      promotions: [promo("Douyin", "2027-06-18", "2027-06-20", 110)],
      prices: [price("Douyin", 100, "2027-05-01"), price("Douyin", 130, "2027-06-06")],
      platforms: [{ platform: "Douyin", referencePriceDays: 14 }],
    });
    const [hit] = hitsOf(fakeDiscount, p);
    expect(hit.address).toBe("Prices!C3");
    expect(render(fakeDiscount, hit.params)).toContain("within Douyin's 14-day reference window");
    // The 7-day setting alone does not see that raise (06-06 is 12 days before): 110 is below the 130 in force.
    expect(addressesOf(fakeDiscount, { ...p, platforms: [] })).toEqual([]);
  });
});

describe("PROMO_TOO_FREQUENT takes the later promotion's platform's Min days", () => {
  const plan = (platforms: { platform: string; minDaysBetweenPromos: number }[]) =>
    planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-03", 80),
        promo("JD", "2027-06-20", "2027-06-21", 80),
      ],
      platforms,
    });
  it("JD's 10 days pass a 17-day gap; Tmall's 60 days do not matter to the later JD promotion", () => {
    expect(
      addressesOf(promoTooFrequent, plan([{ platform: "JD", minDaysBetweenPromos: 10 }]))
    ).toEqual([]);
    expect(
      addressesOf(promoTooFrequent, plan([{ platform: "Tmall", minDaysBetweenPromos: 10 }]))
    ).toEqual(["Promotions!D3"]);
  });
  it("names JD's minimum", () => {
    const [hit] = hitsOf(promoTooFrequent, plan([{ platform: "JD", minDaysBetweenPromos: 20 }]));
    expect(hit.related).toEqual(["Promotions!D2", "Platforms!H2"]);
    expect(render(promoTooFrequent, hit.params)).toBe(
      "Starts 17 days after the previous promotion of this SKU ended (Tmall, 2027-06-03); JD asks at least 20 days between promotions."
    );
  });
});

describe("PROTECTION_UNDERCUT takes the protected promotion's platform's Protection days", () => {
  const plan = (platforms: { platform: string; protectionDays: number }[]) =>
    planOf({
      products: [{ listPrice: 200, platforms: ["Tmall", "JD"] }],
      promotions: [promo("Tmall", "2027-06-18", "2027-06-20", 150)],
      prices: [price("JD", 140, "2027-06-05"), price("JD", 160, "2027-06-08")],
      platforms,
    });
  it("Tmall's 15 days reach a JD price from 06-05; JD's own figure does not matter", () => {
    expect(addressesOf(protectionUndercut, plan([]))).toEqual([]);
    expect(addressesOf(protectionUndercut, plan([{ platform: "JD", protectionDays: 15 }]))).toEqual(
      []
    );
    const [hit] = hitsOf(protectionUndercut, plan([{ platform: "Tmall", protectionDays: 15 }]));
    expect(hit.address).toBe("Prices!C2");
    expect(render(protectionUndercut, hit.params)).toContain(
      "within Tmall's 15-day protection window"
    );
  });
});

describe("PRICE_SPREAD takes the smallest tolerance among the platforms compared", () => {
  const plan = (platforms: { platform: string; priceSpreadTolerance: number }[]) =>
    planOf({
      products: [{ listPrice: 100, platforms: ["Tmall", "JD"] }],
      prices: [price("Tmall", 100, "2027-06-01"), price("JD", 107, "2027-06-01")],
      settings: { priceSpreadTolerance: 0.1 },
      platforms,
    });
  it("a 7 % spread passes 10 %, not JD's 5 %; Douyin's 1 % is not compared", () => {
    expect(addressesOf(priceSpread, plan([]))).toEqual([]);
    expect(
      addressesOf(priceSpread, plan([{ platform: "Douyin", priceSpreadTolerance: 0.01 }]))
    ).toEqual([]);
    const [hit] = hitsOf(priceSpread, plan([{ platform: "JD", priceSpreadTolerance: 0.05 }]));
    expect(hit.related).toContain("Platforms!I2");
    expect(render(priceSpread, hit.params)).toContain(
      "over JD's 5% tolerance, the smallest of the platforms compared"
    );
  });
});

describe("PROMO_TOO_LONG: the platform's Max promo days, and a Calendar event of one platform", () => {
  it("takes the platform's limit, and a platform's own event only for its promotions", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-05", 80),
        promo("JD", "2027-06-01", "2027-06-05", 80),
        promo("Douyin", "2027-06-01", "2027-06-05", 80),
      ],
      calendar: [
        {
          event: "JD 618",
          from: d("2027-05-31"),
          to: d("2027-06-18"),
          kind: "festival",
          maxPromoDays: 20,
          platform: "JD",
        },
      ],
      platforms: [{ platform: "Douyin", maxPromoDays: 5 }],
    });
    const hits = hitsOf(promoTooLong, plan);
    expect(hits.map((h) => h.address)).toEqual(["Promotions!E2"]);
    const tmall = planOf({
      promotions: [promo("Tmall", "2027-06-01", "2027-06-05", 80)],
      platforms: [{ platform: "Tmall", maxPromoDays: 4 }],
    });
    const [hit] = hitsOf(promoTooLong, tmall);
    expect(hit.related).toEqual(["Promotions!D2", "Platforms!G2"]);
    expect(render(promoTooLong, hit.params)).toBe(
      "Promotion runs 5 days (2027-06-01 to 2027-06-05); Tmall's limit is 4 days."
    );
  });
});

describe("PROMO_PRICE_REUSED takes the promotion's platform's Post-promo days", () => {
  it("a Prices row 20 days after reaches only with a 30-day figure", () => {
    const plan = (days: number) =>
      planOf({
        products: [{ listPrice: 200 }],
        promotions: [promo("Tmall", "2027-06-18", "2027-06-20", 150, { postPromoPrice: 200 })],
        prices: [price("Tmall", 150, "2027-07-10")],
        settings: { postPromoDays: 10 },
        platforms: [{ platform: "Tmall", postPromoDays: days }],
      });
    expect(addressesOf(promoPriceReused, plan(15))).toEqual([]);
    const [hit] = hitsOf(promoPriceReused, plan(30));
    expect(render(promoPriceReused, hit.params)).toContain("for Tmall's 30 post-promo days");
  });
});

describe("LOGISTICS_SHUTDOWN and a Calendar shutdown of one platform", () => {
  it("concerns that platform's promotions only", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-03", 80),
        promo("JD", "2027-06-01", "2027-06-03", 80),
      ],
      calendar: [
        {
          event: "JD warehouse move",
          from: d("2027-06-02"),
          to: d("2027-06-04"),
          kind: "shutdown",
          platform: "JD",
        },
      ],
    });
    expect(addressesOf(logisticsShutdown, plan)).toEqual(["Promotions!D3"]);
  });
});
