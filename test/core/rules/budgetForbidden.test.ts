import { budgetForbidden, budgetForbiddenBreach } from "../../../src/core/rules/budgetForbidden";
import { hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

describe("BUDGET_FORBIDDEN", () => {
  it("points at the Amount of a Fake orders line with money on it, related to its Channel", () => {
    const plan = planOf({
      budget: [
        { channel: "Coupons", amount: 5000 },
        { channel: "Fake orders", amount: 3000 },
        { channel: "Fake orders", amount: 0 },
      ],
    });
    const hits = hitsOf(budgetForbidden, plan);
    expect(hits).toEqual([
      {
        address: "Budget!B3",
        related: ["Budget!A3"],
        sku: undefined,
        params: { amount: "¥3,000" },
      },
    ]);
    expect(render(budgetForbidden, hits[0].params)).toContain("this line puts ¥3,000 on them");
    expect(render(budgetForbidden, hits[0].params, "zh-CN")).toBe(
      "刷单违反平台规则和法律，此行却安排了 ¥3,000：请改为 0，并把预算移到正规渠道。"
    );
  });

  it("is clean when no line is Fake orders", () => {
    expect(
      hitsOf(budgetForbidden, planOf({ budget: [{ channel: "Free orders", amount: 100 }] }))
    ).toEqual([]);
  });

  it("exposes the predicate, accepting the channel as typed", () => {
    expect(budgetForbiddenBreach("Fake orders", 1)).toBe(true);
    expect(budgetForbiddenBreach("刷单", 0.01)).toBe(true);
    expect(budgetForbiddenBreach(" FAKE ORDERS ", 10)).toBe(true);
    expect(budgetForbiddenBreach("刷单", 0)).toBe(false);
    expect(budgetForbiddenBreach("刷单", null)).toBe(false);
    expect(budgetForbiddenBreach("Coupons", 10)).toBe(false);
    expect(budgetForbiddenBreach(null, 10)).toBe(false);
  });
});
