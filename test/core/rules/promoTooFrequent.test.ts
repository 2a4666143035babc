import { promoTooFrequent } from "../../../src/core/rules/promoTooFrequent";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render as renderMessage } from "./messages";

const promo = (platform: string, start: string, end: string, sku = "SKU1") => ({
  sku,
  platform,
  start: d(start),
  end: d(end),
  promoPrice: 80,
});

describe("PROMO_TOO_FREQUENT", () => {
  it("accepts a gap of exactly Min days between promos", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-03"),
        promo("Tmall", "2027-07-03", "2027-07-04"),
      ],
    });
    expect(addressesOf(promoTooFrequent, plan)).toEqual([]);
  });

  it("flags a gap one day short, at Start, with the previous Start related — on any platform", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-03"),
        promo("JD", "2027-07-02", "2027-07-03"),
      ],
    });
    expect(hitsOf(promoTooFrequent, plan)).toEqual([
      {
        address: "Promotions!D3",
        params: {
          gap: 29,
          min: 30,
          prevEnd: "2027-06-03",
          prevStart: "2027-06-01",
          prevPlatform: "Tmall",
        },
        related: ["Promotions!D2"],
        sku: "SKU1",
      },
    ]);
  });

  it("orders by Start, not by sheet row", () => {
    const plan = planOf({
      promotions: [
        promo("JD", "2027-07-02", "2027-07-03"),
        promo("Tmall", "2027-06-01", "2027-06-03"),
      ],
    });
    expect(hitsOf(promoTooFrequent, plan)).toEqual([
      expect.objectContaining({ address: "Promotions!D2", related: ["Promotions!D3"] }),
    ]);
  });

  it("compares with the previous promotion only, and per SKU", () => {
    const plan = planOf({
      products: [{}, { sku: "SKU2" }],
      promotions: [
        promo("Tmall", "2027-01-01", "2027-01-03"),
        promo("Tmall", "2027-02-15", "2027-02-16"),
        promo("JD", "2027-03-20", "2027-03-21"),
        promo("JD", "2027-02-20", "2027-02-21", "SKU2"),
      ],
    });
    // Row 3 is 43 days after row 2; row 4 is 32 days after row 3; SKU2's only promotion has no previous one.
    expect(addressesOf(promoTooFrequent, plan)).toEqual([]);
    const plan2 = planOf({
      promotions: [
        promo("Tmall", "2027-01-01", "2027-01-03"),
        promo("Tmall", "2027-02-15", "2027-02-16"),
        promo("JD", "2027-03-17", "2027-03-18"),
      ],
    });
    expect(hitsOf(promoTooFrequent, plan2)).toEqual([
      expect.objectContaining({ address: "Promotions!D4", related: ["Promotions!D3"] }),
    ]);
  });

  it("a promotion with the same Start is not before it", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-03"),
        promo("JD", "2027-06-01", "2027-06-02"),
      ],
    });
    expect(addressesOf(promoTooFrequent, plan)).toEqual([]);
  });

  it("among previous promotions with the same Start, takes the lower row (the higher row number)", () => {
    // Row 2 ends 06-03 (gap 29 to row 4), row 3 ends 06-01 (gap 31): row 3 is "previous", so no breach.
    const clean = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-03"),
        promo("JD", "2027-06-01", "2027-06-01"),
        promo("JD", "2027-07-02", "2027-07-03"),
      ],
    });
    expect(addressesOf(promoTooFrequent, clean)).toEqual([]);
    const breach = planOf({
      promotions: [
        promo("JD", "2027-06-01", "2027-06-01"),
        promo("Tmall", "2027-06-01", "2027-06-03"),
        promo("JD", "2027-07-02", "2027-07-03"),
      ],
    });
    expect(hitsOf(promoTooFrequent, breach)).toEqual([
      expect.objectContaining({ address: "Promotions!D4", related: ["Promotions!D3"] }),
    ]);
  });

  it("follows the setting", () => {
    const promotions = [
      promo("Tmall", "2027-06-01", "2027-06-03"),
      promo("JD", "2027-06-13", "2027-06-14"),
    ];
    expect(
      addressesOf(promoTooFrequent, planOf({ promotions, settings: { minDaysBetweenPromos: 10 } }))
    ).toEqual([]);
    expect(
      addressesOf(promoTooFrequent, planOf({ promotions, settings: { minDaysBetweenPromos: 11 } }))
    ).toEqual(["Promotions!D3"]);
  });

  it("says so when the previous promotion has not ended yet", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-05"),
        promo("JD", "2027-06-05", "2027-06-06"),
      ],
    });
    const [hit] = hitsOf(promoTooFrequent, plan);
    expect(hit).toMatchObject({ address: "Promotions!D3", params: { gap: 0, context: "overlap" } });
    expect(renderMessage(promoTooFrequent, hit.params)).toBe(
      "Starts before the previous promotion of this SKU has ended (Tmall, 2027-06-01 to 2027-06-05); keep at least 30 days between promotions."
    );
  });

  it("renders the gap", () => {
    const plan = planOf({
      promotions: [
        promo("Tmall", "2027-06-01", "2027-06-03"),
        promo("JD", "2027-06-13", "2027-06-14"),
      ],
    });
    const [hit] = hitsOf(promoTooFrequent, plan);
    expect(renderMessage(promoTooFrequent, hit.params)).toBe(
      "Starts 10 days after the previous promotion of this SKU ended (Tmall, 2027-06-03); keep at least 30 days between promotions."
    );
    expect(renderMessage(promoTooFrequent, hit.params, "zh-CN")).toBe(
      "距该 SKU 上一次活动结束（Tmall，2027-06-03）仅 10 天，两次活动至少应间隔 30 天。"
    );
  });
});
