import {
  warehouseLate,
  warehouseLateBreach,
  warehouseDeadline,
} from "../../../src/core/rules/warehouseLate";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

describe("WAREHOUSE_LATE", () => {
  it("points at the Warehouse entry when it is later than launch date − lead days, related to the launch date", () => {
    const plan = planOf({
      products: [{ sku: "A", launchDate: d("2027-06-18"), warehouseEntry: d("2027-06-12") }],
    });
    const hits = hitsOf(warehouseLate, plan);
    expect(hits).toEqual([
      {
        address: "Products!K2",
        related: ["Products!I2"],
        sku: "A",
        params: {
          sku: "A",
          entry: "2027-06-12",
          deadline: "2027-06-11",
          basisDate: "2027-06-18",
          leadDays: 7,
          lateDays: 1,
        },
      },
    ]);
    expect(render(warehouseLate, hits[0].params)).toBe(
      "SKU A: Warehouse entry 2027-06-12 is 1 day(s) too late. Goods must be in the warehouse by 2027-06-11, " +
        "7 days before the launch on 2027-06-18."
    );
    expect(render(warehouseLate, hits[0].params, "zh-CN")).toBe(
      "SKU A：入仓日期 2027-06-12 晚了 1 天。货品须在 2027-06-11 前入仓，即首发日 2027-06-18 之前 7 天。"
    );
  });

  it("accepts an entry exactly lead days before the launch", () => {
    const plan = planOf({
      products: [{ launchDate: d("2027-06-18"), warehouseEntry: d("2027-06-11") }],
    });
    expect(addressesOf(warehouseLate, plan)).toEqual([]);
  });

  it("uses the first promotion's Start when it is earlier than the launch date, and relates to that Start", () => {
    const plan = planOf({
      products: [{ sku: "A", launchDate: d("2027-06-18"), warehouseEntry: d("2027-05-25") }],
      promotions: [
        { sku: "A", platform: "JD", start: d("2027-06-10"), end: d("2027-06-11"), promoPrice: 80 },
        {
          sku: "A",
          platform: "Tmall",
          start: d("2027-05-30"),
          end: d("2027-05-31"),
          promoPrice: 80,
        },
      ],
    });
    const hits = hitsOf(warehouseLate, plan);
    expect(hits.map((h) => [h.address, h.related])).toEqual([["Products!K2", ["Promotions!D3"]]]);
    expect(hits[0].params).toMatchObject({
      deadline: "2027-05-23",
      basisDate: "2027-05-30",
      lateDays: 2,
      context: "promotion",
    });
    expect(render(warehouseLate, hits[0].params)).toBe(
      "SKU A: Warehouse entry 2027-05-25 is 2 day(s) too late. Goods must be in the warehouse by 2027-05-23, " +
        "7 days before its first promotion starts on 2027-05-30."
    );
    expect(render(warehouseLate, hits[0].params, "zh-CN")).toContain(
      "即首个活动开始日 2027-05-30 之前 7 天"
    );
  });

  it("works from the first promotion alone when there is no launch date (any tier)", () => {
    const plan = planOf({
      products: [{ sku: "A", tier: "secondary", warehouseEntry: d("2027-11-05") }],
      promotions: [
        { sku: "A", platform: "JD", start: d("2027-11-11"), end: d("2027-11-11"), promoPrice: 80 },
      ],
    });
    expect(hitsOf(warehouseLate, plan).map((h) => [h.address, h.related])).toEqual([
      ["Products!K2", ["Promotions!D2"]],
    ]);
    plan.products[0].v.warehouseEntry = d("2027-11-04");
    expect(addressesOf(warehouseLate, plan)).toEqual([]);
  });

  it("relates to the launch date on a tie with the first promotion", () => {
    const plan = planOf({
      products: [{ sku: "A", launchDate: d("2027-06-18"), warehouseEntry: d("2027-06-15") }],
      promotions: [
        { sku: "A", platform: "JD", start: d("2027-06-18"), end: d("2027-06-18"), promoPrice: 80 },
      ],
    });
    expect(hitsOf(warehouseLate, plan)[0].related).toEqual(["Products!I2"]);
  });

  it("follows Warehouse lead days from Settings", () => {
    const products = [{ launchDate: d("2027-06-18"), warehouseEntry: d("2027-06-08") }];
    expect(
      addressesOf(warehouseLate, planOf({ products, settings: { warehouseLeadDays: 10 } }))
    ).toEqual([]);
    expect(
      addressesOf(warehouseLate, planOf({ products, settings: { warehouseLeadDays: 11 } }))
    ).toEqual(["Products!K2"]);
  });

  it("says nothing without an entry, or with nothing to be in time for", () => {
    const plan = planOf({
      products: [
        { sku: "A", launchDate: d("2027-06-18") },
        { sku: "B", warehouseEntry: d("2027-12-30") },
      ],
    });
    expect(addressesOf(warehouseLate, plan)).toEqual([]);
  });

  it("exposes the row-level predicate PRODUCTCHECK uses", () => {
    expect(warehouseLateBreach(d("2027-06-12"), d("2027-06-18"), undefined, 7)).toBe(true);
    expect(warehouseLateBreach(d("2027-06-11"), d("2027-06-18"), null, 7)).toBe(false);
    expect(warehouseLateBreach(d("2027-06-11"), d("2027-06-18"), d("2027-06-17"), 7)).toBe(true);
    expect(warehouseLateBreach(null, d("2027-06-18"), undefined, 7)).toBe(false);
    expect(warehouseLateBreach(d("2027-06-11"), undefined, undefined, 7)).toBe(false);
    // A date with a time of day counts as its day.
    expect(warehouseLateBreach(d("2027-06-11") + 0.75, d("2027-06-18"), undefined, 7)).toBe(false);
    expect(warehouseDeadline(d("2027-06-18"), d("2027-06-20"), 7)).toBe(d("2027-06-11"));
    expect(warehouseDeadline(undefined, undefined, 7)).toBeUndefined();
  });
});
