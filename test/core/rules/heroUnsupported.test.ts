import { heroUnsupported } from "../../../src/core/rules/heroUnsupported";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

const promo = (sku: string, start: string) => ({
  sku,
  platform: "Tmall",
  start: d(start),
  end: d(start),
  promoPrice: 80,
});

describe("HERO_UNSUPPORTED", () => {
  it("points at the Tier of a hero with no promotion starting in the plan year", () => {
    const plan = planOf({
      products: [
        { sku: "H1", tier: "hero" },
        { sku: "H2", tier: "hero" },
        { sku: "S", tier: "secondary" },
      ],
      promotions: [promo("H2", "2026-12-31"), promo("H2", "2028-01-01")],
    });
    const hits = hitsOf(heroUnsupported, plan);
    expect(hits.map((h) => [h.address, h.sku])).toEqual([
      ["Products!D2", "H1"],
      ["Products!D3", "H2"],
    ]);
    expect(render(heroUnsupported, hits[0].params)).toContain(
      "Hero SKU H1 has no promotion starting in 2027"
    );
    expect(render(heroUnsupported, hits[0].params, "zh-CN")).toContain(
      "主推 SKU H1 在 2027 年没有任何活动"
    );
  });

  it("counts promotions starting on the first or last day of the plan year", () => {
    const plan = planOf({
      products: [
        { sku: "A", tier: "hero" },
        { sku: "B", tier: "hero" },
      ],
      promotions: [promo("A", "2027-01-01"), promo("B", "2027-12-31"), promo("B", "2028-02-01")],
    });
    expect(hitsOf(heroUnsupported, plan)).toEqual([]);
  });

  it("judges a promotion by its start: one that starts the year before and runs into it does not count", () => {
    const plan = planOf({
      products: [{ sku: "A", tier: "hero" }],
      promotions: [
        { sku: "A", platform: "JD", start: d("2026-12-30"), end: d("2027-01-02"), promoPrice: 80 },
      ],
    });
    expect(hitsOf(heroUnsupported, plan).map((h) => h.address)).toEqual(["Products!D2"]);
  });
});
