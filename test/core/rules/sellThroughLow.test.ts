import { sellThroughLow } from "../../../src/core/rules/sellThroughLow";
import type { SaleRow } from "../../../src/core/plan";
import { d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

const sales = (sku: string, units: number): Partial<SaleRow>[] => {
  const out: Partial<SaleRow>[] = [];
  for (let day = d("2027-06-17"); day <= d("2027-06-30"); day++)
    out.push({ date: day, sku, platform: "Tmall", units, revenue: units * 100 });
  return out;
};

describe("SELL_THROUGH_LOW", () => {
  it("points at Stock of a launch or hero product whose stock lasts beyond Sell-through days", () => {
    const plan = planOf({
      products: [
        { sku: "H", tier: "hero", stock: 1000, unitCost: 40 },
        { sku: "L", tier: "launch", stock: 900 },
        { sku: "S", tier: "secondary", stock: 5000 },
        { sku: "Z", tier: "hero", stock: 10, unitCost: 1 },
      ],
      sales: [...sales("H", 10), ...sales("L", 10), ...sales("S", 1), ...sales("Z", 0)],
    });
    const hits = hitsOf(sellThroughLow, plan);
    expect(hits.map((h) => h.address)).toEqual(["Products!H2", "Products!H5"]);
    expect(hits[0].params).toEqual({
      sku: "H",
      stock: "1,000",
      pace: "10",
      window: "14",
      days: "100",
      limit: "90",
      locked: "40,000",
    });
    expect(render(sellThroughLow, hits[0].params)).toBe(
      "SKU H: 1,000 in stock, selling 10 a day over the last 14 days, lasts 100 days (more than 90): 40,000 locked in stock. Push it harder, or order less next time."
    );
    // Nothing sold in the window while in stock: it never runs out.
    expect(hits[1].params).toMatchObject({ sku: "Z", days: "∞" });
  });

  it("exactly at the limit is fine; the limit is a setting; without Unit cost the message says money is locked", () => {
    const plan = planOf({
      products: [{ sku: "H", tier: "hero", stock: 900 }],
      sales: sales("H", 10),
    });
    expect(hitsOf(sellThroughLow, plan)).toEqual([]);
    const strict = planOf({
      products: [{ sku: "H", tier: "hero", stock: 900 }],
      sales: sales("H", 10),
      settings: { sellThroughDays: 60 },
    });
    const [hit] = hitsOf(sellThroughLow, strict);
    expect(hit.params?.context).toBe("noCost");
    expect(render(sellThroughLow, hit.params)).toContain("(more than 60): money locked in stock");
    expect(render(sellThroughLow, hit.params, "zh-CN")).toContain("资金积压在库存里");
  });

  it("is quiet without Sales rows in the window (not enough data) or without stock", () => {
    const plan = planOf({
      products: [
        { sku: "H", tier: "hero", stock: 900 },
        { sku: "E", tier: "hero", stock: 0 },
      ],
      sales: [
        { date: d("2027-01-01"), sku: "H", platform: "Tmall", units: 1, revenue: 1 },
        ...sales("E", 0),
      ],
    });
    expect(hitsOf(sellThroughLow, plan)).toEqual([]);
  });
});
