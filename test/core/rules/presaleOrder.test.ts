import { presaleOrder, presaleOrderBreach } from "../../../src/core/rules/presaleOrder";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

describe("PRESALE_ORDER", () => {
  it("points at the Presale start when it is not before the Launch date, related to the Launch date", () => {
    const plan = planOf({
      products: [
        { sku: "A", tier: "presale", presaleStart: d("2027-06-18"), launchDate: d("2027-06-18") },
        { sku: "B", tier: "presale", presaleStart: d("2027-06-20"), launchDate: d("2027-06-18") },
        { sku: "C", tier: "presale", presaleStart: d("2027-06-17"), launchDate: d("2027-06-18") },
      ],
    });
    const hits = hitsOf(presaleOrder, plan);
    expect(hits.map((h) => [h.address, h.related, h.sku])).toEqual([
      ["Products!J2", ["Products!I2"], "A"],
      ["Products!J3", ["Products!I3"], "B"],
    ]);
    expect(render(presaleOrder, hits[1].params)).toBe(
      "Presale SKU B: the Presale start 2027-06-20 is not before the Launch date 2027-06-18: presale must open before launch."
    );
    expect(render(presaleOrder, hits[0].params, "zh-CN")).toBe(
      "预售 SKU A：预售开始日期 2027-06-18 不早于首发日期 2027-06-18：预售必须在首发之前开始。"
    );
  });

  it("flags a missing Presale start, with or without a Launch date", () => {
    const plan = planOf({
      products: [
        { sku: "A", tier: "presale", launchDate: d("2027-06-18") },
        { sku: "B", tier: "presale" },
        { sku: "C", tier: "presale", presaleStart: d("2027-06-01") },
      ],
    });
    const hits = hitsOf(presaleOrder, plan);
    expect(hits.map((h) => [h.address, h.related])).toEqual([
      ["Products!J2", ["Products!I2"]],
      ["Products!J3", []],
    ]);
    expect(hits[0].params).toEqual({ sku: "A", launchDate: "2027-06-18", context: "missing" });
    expect(render(presaleOrder, hits[0].params)).toBe(
      "Presale SKU A has no Presale start: enter the day presale opens, before the Launch date 2027-06-18."
    );
    expect(hits[1].params).toEqual({ sku: "B", context: "missingNoLaunch" });
    expect(render(presaleOrder, hits[1].params)).toBe(
      "Presale SKU B has no Presale start: enter the day presale opens, before the launch."
    );
    expect(render(presaleOrder, hits[1].params, "zh-CN")).toBe(
      "预售 SKU B 没有预售开始日期：请填写预售开始日期，须早于首发。"
    );
  });

  it("ignores other tiers", () => {
    const plan = planOf({
      products: [{ tier: "launch", launchDate: d("2027-06-18"), presaleStart: d("2027-07-01") }],
    });
    expect(hitsOf(presaleOrder, plan)).toEqual([]);
  });

  it("exposes the predicate", () => {
    expect(presaleOrderBreach("presale", null, d("2027-06-18"))).toBe("missing");
    expect(presaleOrderBreach("预售", d("2027-06-18"), d("2027-06-18"))).toBe("notBefore");
    expect(presaleOrderBreach("presale", d("2027-06-17"), d("2027-06-18"))).toBeNull();
    expect(presaleOrderBreach("presale", d("2027-06-30"), undefined)).toBeNull();
    expect(presaleOrderBreach("launch", null, null)).toBeNull();
  });
});
