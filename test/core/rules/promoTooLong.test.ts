import { promoTooLong, promoTooLongBreach } from "../../../src/core/rules/promoTooLong";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render as renderMessage } from "./messages";

const promo = (start: string, end: string) => ({
  sku: "SKU1",
  platform: "Tmall",
  start: d(start),
  end: d(end),
  promoPrice: 80,
});

describe("PROMO_TOO_LONG", () => {
  it("accepts exactly Max promo days and flags one day more, at End", () => {
    const plan = planOf({
      products: [{}],
      promotions: [promo("2027-06-18", "2027-06-20"), promo("2027-07-18", "2027-07-21")],
    });
    expect(hitsOf(promoTooLong, plan)).toEqual([
      {
        address: "Promotions!E3",
        params: { days: 4, max: 3, start: "2027-07-18", end: "2027-07-21" },
        related: ["Promotions!D3"],
        sku: "SKU1",
      },
    ]);
  });

  it("follows the Max promo days setting", () => {
    const promotions = [promo("2027-06-14", "2027-06-18")];
    expect(
      addressesOf(promoTooLong, planOf({ promotions, settings: { maxPromoDays: 5 } }))
    ).toEqual([]);
    expect(
      addressesOf(promoTooLong, planOf({ promotions, settings: { maxPromoDays: 4 } }))
    ).toEqual(["Promotions!E2"]);
  });

  it("a one-day promotion is 1 day", () => {
    expect(
      addressesOf(
        promoTooLong,
        planOf({ promotions: [promo("2027-06-18", "2027-06-18")], settings: { maxPromoDays: 1 } })
      )
    ).toEqual([]);
  });

  describe("Calendar override", () => {
    const double11 = {
      event: "Double 11",
      from: d("2027-11-01"),
      to: d("2027-11-11"),
      kind: "festival" as const,
      maxPromoDays: 11,
    };

    it("raises the limit for a promotion inside the event and names the event's cell", () => {
      const plan = planOf({
        calendar: [double11],
        promotions: [promo("2027-11-01", "2027-11-11"), promo("2027-11-01", "2027-11-12")],
      });
      expect(hitsOf(promoTooLong, plan)).toEqual([
        expect.objectContaining({
          address: "Promotions!E3",
          params: expect.objectContaining({ days: 12, max: 11 }),
          related: ["Promotions!D3", "Calendar!E2"],
        }),
      ]);
    });

    it("applies to a promotion that only overlaps the event's From..To", () => {
      const plan = planOf({
        calendar: [double11],
        promotions: [promo("2027-10-28", "2027-11-01")],
      });
      expect(addressesOf(promoTooLong, plan)).toEqual([]);
    });

    it("does not apply outside the event: the setting does", () => {
      const plan = planOf({
        calendar: [double11],
        promotions: [promo("2027-10-27", "2027-10-31")],
      });
      expect(addressesOf(promoTooLong, plan)).toEqual(["Promotions!E2"]);
    });

    it("can lower the limit", () => {
      const plan = planOf({
        calendar: [{ ...double11, maxPromoDays: 2 }],
        promotions: [promo("2027-11-05", "2027-11-07")],
      });
      expect(hitsOf(promoTooLong, plan)[0]).toMatchObject({
        address: "Promotions!E2",
        params: { days: 3, max: 2 },
      });
    });

    it("takes the smallest override when several events apply, and ignores events without one", () => {
      const plan = planOf({
        calendar: [
          double11,
          {
            event: "Singles week",
            from: d("2027-11-08"),
            to: d("2027-11-14"),
            kind: "festival",
            maxPromoDays: 5,
          },
          { event: "No override", from: d("2027-11-01"), to: d("2027-11-30"), kind: "festival" },
        ],
        promotions: [promo("2027-11-05", "2027-11-10"), promo("2027-11-01", "2027-11-06")],
      });
      expect(hitsOf(promoTooLong, plan)).toEqual([
        expect.objectContaining({
          address: "Promotions!E2",
          params: expect.objectContaining({ days: 6, max: 5 }),
          related: ["Promotions!D2", "Calendar!E3"],
        }),
      ]);
    });
  });

  it("renders a concrete message in both languages", () => {
    const [hit] = hitsOf(promoTooLong, planOf({ promotions: [promo("2027-06-18", "2027-06-22")] }));
    expect(renderMessage(promoTooLong, hit.params)).toBe(
      "Promotion runs 5 days (2027-06-18 to 2027-06-22); the limit is 3 days."
    );
    expect(renderMessage(promoTooLong, hit.params, "zh-CN")).toBe(
      "活动持续 5 天（2027-06-18 至 2027-06-22），超过上限 3 天。"
    );
  });

  it("promoTooLongBreach is the row-level predicate", () => {
    expect(promoTooLongBreach(d("2027-06-18"), d("2027-06-20"), 3)).toBeNull();
    expect(promoTooLongBreach(d("2027-06-18"), d("2027-06-21"), 3)).toEqual({ days: 4, max: 3 });
  });
});
