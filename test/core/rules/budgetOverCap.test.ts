import { budgetOverCap, budgetOverCapBreach } from "../../../src/core/rules/budgetOverCap";
import { hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

const line = (channel: string, amount: number) => ({ channel, amount });

describe("BUDGET_OVER_CAP", () => {
  it("points once at the Amount where the running total first exceeds the cap", () => {
    const plan = planOf({
      budget: [
        line("CPC search ads", 20000),
        line("Display ads", 20000),
        line("Affiliates", 15000),
        line("Coupons", 5000),
      ],
    });
    const hits = hitsOf(budgetOverCap, plan);
    expect(hits).toEqual([
      {
        address: "Budget!B4",
        related: [],
        sku: undefined,
        params: { total: "¥55,000", cap: "¥50,000", over: "¥5,000" },
      },
    ]);
    expect(render(budgetOverCap, hits[0].params)).toBe(
      "The budget lines down to this one add up to ¥55,000, ¥5,000 over the Budget cap of ¥50,000: cut this or an earlier line, or raise the cap in Settings."
    );
    expect(render(budgetOverCap, hits[0].params, "zh-CN")).toContain(
      "超出预算上限 ¥50,000 共 ¥5,000"
    );
  });

  it("accepts a total exactly at the cap, and float sums that only look above it", () => {
    expect(
      hitsOf(budgetOverCap, planOf({ budget: [line("Coupons", 30000), line("Gifts", 20000)] }))
    ).toEqual([]);
    expect(
      hitsOf(
        budgetOverCap,
        planOf({ budget: [line("Coupons", 0.1), line("Gifts", 0.2)], settings: { budgetCap: 0.3 } })
      )
    ).toEqual([]);
  });

  it("breaches by one cent, and follows the Budget cap and Currency settings", () => {
    const plan = planOf({ budget: [line("Coupons", 30000), line("Gifts", 20000.01)] });
    expect(hitsOf(budgetOverCap, plan).map((h) => h.address)).toEqual(["Budget!B3"]);
    const usd = planOf({
      budget: [line("Coupons", 1500.5)],
      settings: { budgetCap: 1000, currency: "USD" },
    });
    expect(hitsOf(budgetOverCap, usd)[0].params).toEqual({
      total: "$1,500.5",
      cap: "$1,000",
      over: "$500.5",
    });
  });

  it("adds in sheet row order", () => {
    const plan = planOf({
      budget: [line("Coupons", 10), line("Gifts", 45000), line("Affiliates", 6000)],
    });
    plan.budget.reverse();
    expect(hitsOf(budgetOverCap, plan).map((h) => h.address)).toEqual(["Budget!B4"]);
  });

  it("exposes the predicate BUDGETCHECK uses with the sheet's running SUM", () => {
    expect(budgetOverCapBreach(50000, 50000)).toBe(false);
    expect(budgetOverCapBreach(50000.01, 50000)).toBe(true);
    expect(budgetOverCapBreach(0.1 + 0.2, 0.3)).toBe(false);
    expect(budgetOverCapBreach(1, 0)).toBe(true);
  });
});
