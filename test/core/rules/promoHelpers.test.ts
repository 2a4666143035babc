import type { Hit } from "../../../src/core/finding";
import { planOf, d } from "../fixtures";
import {
  atMost,
  below,
  effectivePromoPrice,
  HitsByCell,
  Intervals,
  maxPromoDaysLookup,
  money,
  priceRowsInForce,
  promoDays,
} from "../../../src/core/rules/promoHelpers";

describe("promoHelpers", () => {
  it("compares money with a small slack", () => {
    expect(below(0.3 - 0.1, 0.2)).toBe(false);
    expect(below(0.19, 0.2)).toBe(true);
    expect(atMost(0.1 + 0.2, 0.3)).toBe(true);
    expect(atMost(0.31, 0.3)).toBe(false);
  });

  it("formats money with grouping, at most 2 decimals, and the currency's symbol", () => {
    expect([0, 12.5, 1234.5, 1234567.891, -1234.5, 999.999].map((n) => money(n, "CNY"))).toEqual([
      "¥0",
      "¥12.5",
      "¥1,234.5",
      "¥1,234,567.89",
      "-¥1,234.5",
      "¥1,000",
    ]);
    expect(money(1234.5)).toBe("1,234.5");
  });

  it("effective promo price is Promo price − Coupon, never below zero", () => {
    expect(
      effectivePromoPrice({
        sku: "A",
        platform: "Tmall",
        start: 1,
        end: 1,
        promoPrice: 90,
        coupon: 10,
      })
    ).toBe(80);
    expect(
      effectivePromoPrice({ sku: "A", platform: "Tmall", start: 1, end: 1, promoPrice: 90 })
    ).toBe(90);
    expect(
      effectivePromoPrice({
        sku: "A",
        platform: "Tmall",
        start: 1,
        end: 1,
        promoPrice: 5,
        coupon: 10,
      })
    ).toBe(0);
  });

  it("counts both ends of a promotion", () => {
    expect(promoDays(d("2027-06-18"), d("2027-06-20"))).toBe(3);
  });

  it("Intervals finds exactly the overlapping items, ends inclusive", () => {
    const items = [
      { id: "long", from: 1, to: 100 },
      { id: "a", from: 10, to: 12 },
      { id: "b", from: 20, to: 25 },
      { id: "c", from: 30, to: 30 },
    ];
    const iv = new Intervals(
      items,
      (x) => x.from,
      (x) => x.to
    );
    const ids = (a: number, b: number) => iv.overlapping(a, b).map((x) => x.id);
    expect(ids(12, 20)).toEqual(["long", "a", "b"]);
    expect(ids(26, 29)).toEqual(["long"]);
    expect(ids(30, 30)).toEqual(["long", "c"]);
    expect(ids(101, 200)).toEqual([]);
    expect(
      new Intervals(
        [] as typeof items,
        (x) => x.from,
        (x) => x.to
      ).overlapping(0, 10)
    ).toEqual([]);
  });

  it("maxPromoDaysLookup: the setting, else the smallest override of the events overlapping the promotion", () => {
    const plan = planOf({
      calendar: [
        { event: "A", from: 10, to: 20, kind: "festival", maxPromoDays: 10 },
        { event: "B", from: 18, to: 30, kind: "festival", maxPromoDays: 7 },
        { event: "C", from: 0, to: 100, kind: "festival" },
      ],
    });
    const lookup = maxPromoDaysLookup(plan.calendar, 3);
    expect(lookup(40, 41)).toEqual({ max: 3 });
    expect(lookup(9, 10)).toMatchObject({ max: 10, event: { row: 2 } });
    expect(lookup(15, 18)).toMatchObject({ max: 7, event: { row: 3 } });
  });

  it("priceRowsInForce: the row in force at the start, then the rows taking effect in the range, superseded ones left out", () => {
    const plan = planOf({
      prices: [
        { sku: "A", platform: "Tmall", price: 1, effectiveFrom: 5 },
        { sku: "A", platform: "Tmall", price: 2, effectiveFrom: 10 },
        { sku: "A", platform: "Tmall", price: 3, effectiveFrom: 15 },
        { sku: "A", platform: "Tmall", price: 4, effectiveFrom: 15 },
        { sku: "A", platform: "Tmall", price: 5, effectiveFrom: 30 },
      ],
    });
    const rows = plan.prices;
    const prices = (from: number, to: number) =>
      priceRowsInForce(rows, from, to).map((r) => r.v.price);
    expect(prices(12, 20)).toEqual([2, 4]);
    expect(prices(0, 4)).toEqual([]);
    expect(prices(0, 5)).toEqual([1]);
    expect(prices(31, 40)).toEqual([5]);
    expect(prices(20, 10)).toEqual([]);
  });

  it("HitsByCell keeps one hit per cell and merges related cells", () => {
    const plan = planOf({ promotions: [{ sku: "A" }, { sku: "A" }, { sku: "A" }] });
    const [p1, p2, p3] = plan.promotions;
    const cell = (row: typeof p1) => ({
      sheetId: row.sheetId,
      sheet: row.sheet,
      row: row.row,
      column: "G",
    });
    const hits = new HitsByCell();
    let built = 0;
    const build = (): Omit<Hit, "at" | "related"> => ({
      rule: "PROMO_TOO_FREQUENT",
      params: { n: ++built },
    });
    hits.add(cell(p1), [cell(p2)], build);
    hits.add(cell(p1), [cell(p2), cell(p3)], build);
    hits.add(cell(p2), [], build);
    expect(built).toBe(2);
    expect(hits.hits()).toEqual([
      { rule: "PROMO_TOO_FREQUENT", params: { n: 1 }, at: cell(p1), related: [cell(p2), cell(p3)] },
      { rule: "PROMO_TOO_FREQUENT", params: { n: 2 }, at: cell(p2), related: [] },
    ]);
  });
});
