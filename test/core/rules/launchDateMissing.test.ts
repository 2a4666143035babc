import {
  launchDateMissing,
  launchDateMissingBreach,
} from "../../../src/core/rules/launchDateMissing";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

describe("LAUNCH_DATE_MISSING", () => {
  it("points at the Launch date of a launch or presale product without one", () => {
    const plan = planOf({
      products: [
        { sku: "L", tier: "launch" },
        { sku: "P", tier: "presale", presaleStart: d("2027-03-01") },
        { sku: "H", tier: "hero" },
        { sku: "S", tier: "secondary" },
      ],
    });
    const hits = hitsOf(launchDateMissing, plan);
    expect(hits.map((h) => [h.address, h.related, h.sku])).toEqual([
      ["Products!I2", ["Products!D2"], "L"],
      ["Products!I3", ["Products!D3"], "P"],
    ]);
    expect(hits[0].params).toEqual({
      sku: "L",
      tier: "launch",
      tierZh: "首发",
      planYear: 2027,
    });
    expect(render(launchDateMissing, hits[0].params)).toBe(
      "SKU L is a launch product without a Launch date: enter its first-sale date in plan year 2027."
    );
    expect(render(launchDateMissing, hits[1].params, "zh-CN")).toBe(
      "SKU P 是预售产品，但没有首发日期：请填写计划年度 2027 内的首发日期。"
    );
  });

  it("flags a launch date outside the plan year; the first and last day of the year are inside", () => {
    const plan = planOf({
      products: [
        { sku: "A", tier: "launch", launchDate: d("2026-12-31") },
        { sku: "B", tier: "launch", launchDate: d("2027-01-01") },
        { sku: "C", tier: "launch", launchDate: d("2027-12-31") },
        { sku: "D", tier: "presale", launchDate: d("2028-01-01") },
      ],
    });
    const hits = hitsOf(launchDateMissing, plan);
    expect(hits.map((h) => h.address)).toEqual(["Products!I2", "Products!I5"]);
    expect(hits[0].params).toMatchObject({ launchDate: "2026-12-31", context: "outsideYear" });
    expect(render(launchDateMissing, hits[0].params)).toBe(
      "SKU A is a launch product whose Launch date 2026-12-31 is outside plan year 2027: correct the date, or the Plan year in Settings."
    );
    expect(render(launchDateMissing, hits[1].params, "zh-CN")).toBe(
      "SKU D 是预售产品，其首发日期 2028-01-01 不在计划年度 2027 内：请更正日期或设置中的计划年度。"
    );
  });

  it("follows the Plan year setting", () => {
    const products = [{ tier: "launch", launchDate: d("2028-06-01") }];
    expect(hitsOf(launchDateMissing, planOf({ products, settings: { planYear: 2028 } }))).toEqual(
      []
    );
    expect(
      hitsOf(launchDateMissing, planOf({ products, settings: { planYear: 2027 } }))
    ).toHaveLength(1);
  });

  it("exposes the predicate with the kind of breach", () => {
    expect(launchDateMissingBreach("launch", undefined, 2027)).toBe("missing");
    expect(launchDateMissingBreach("预售", null, 2027)).toBe("missing");
    expect(launchDateMissingBreach("launch", d("2026-12-31"), 2027)).toBe("outsideYear");
    expect(launchDateMissingBreach("launch", d("2027-12-31") + 0.5, 2027)).toBeNull();
    expect(launchDateMissingBreach("hero", undefined, 2027)).toBeNull();
  });
});
