import { warehouseMissing, warehouseMissingBreach } from "../../../src/core/rules/warehouseMissing";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

describe("WAREHOUSE_MISSING", () => {
  it("points at the blank Warehouse entry of launch, hero and presale products", () => {
    const plan = planOf({
      products: [
        { sku: "L", tier: "launch" },
        { sku: "H", tier: "hero" },
        { sku: "P", tier: "presale" },
        { sku: "S", tier: "secondary" },
        { sku: "O", tier: "offline-only" },
        { sku: "H2", tier: "hero", warehouseEntry: d("2027-05-01") },
      ],
    });
    const hits = hitsOf(warehouseMissing, plan);
    expect(hits.map((h) => [h.address, h.sku])).toEqual([
      ["Products!K2", "L"],
      ["Products!K3", "H"],
      ["Products!K4", "P"],
    ]);
    expect(hits[1].params).toEqual({ sku: "H", tier: "hero", tierZh: "主推", leadDays: 7 });
    expect(render(warehouseMissing, hits[1].params)).toBe(
      "SKU H is a hero product without a Warehouse entry: enter the date its goods arrive in the warehouse, at least 7 days before its launch or first promotion."
    );
    expect(render(warehouseMissing, hits[1].params, "zh-CN")).toContain("SKU H 是主推产品");
  });

  it("exposes the predicate, accepting typed tiers as PLAN.PRODUCTCHECK gets them", () => {
    expect(warehouseMissingBreach("首发", null)).toBe(true);
    expect(warehouseMissingBreach("Pre-sale", undefined)).toBe(true);
    expect(warehouseMissingBreach("hero", d("2027-01-01"))).toBe(false);
    expect(warehouseMissingBreach("辅推", null)).toBe(false);
    expect(warehouseMissingBreach(null, null)).toBe(false);
  });
});
