/** BUDGET_OVER_CAP: the running total of Amount, top to bottom, must stay within the Budget cap. */
import { cellOf } from "../finding";
import { defineRule } from "./rule";
import { money } from "../numberText";

/**
 * True when the running total exceeds the cap (equal is fine). A relative tolerance of 1e-9 keeps
 * floating-point sums such as 0.1 + 0.2 from breaching a cap of 0.3; PLAN.BUDGETCHECK uses the same test.
 */
export function budgetOverCapBreach(runningTotal: number, cap: number): boolean {
  return runningTotal > cap + 1e-9 * Math.max(1, Math.abs(cap));
}

export const budgetOverCap = defineRule({
  id: "BUDGET_OVER_CAP",
  severity: "error",
  reads: ["budget.amount", "settings.budgetCap"],
  message: {
    en:
      "The budget lines down to this one add up to {{total}}, {{over}} over the Budget cap of {{cap}}: " +
      "cut this or an earlier line, or raise the cap in Settings.",
    "zh-CN":
      "预算累计到此行为 {{total}}，超出预算上限 {{cap}} 共 {{over}}：请削减此行或之前的预算，或在设置中提高上限。",
  },
  check({ plan, settings }) {
    const cap = settings.budgetCap;
    const rows = [...plan.budget].sort((a, b) => a.row - b.row);
    let total = 0;
    for (const r of rows) {
      total += r.v.amount;
      if (!budgetOverCapBreach(total, cap)) continue;
      // Only where the total first exceeds the cap: the lines below are over because of the ones above.
      return [
        {
          rule: "BUDGET_OVER_CAP",
          at: cellOf(r, "amount"),
          related: [],
          params: {
            total: money(total, settings.currency),
            cap: money(cap, settings.currency),
            over: money(total - cap, settings.currency),
          },
        },
      ];
    }
    return [];
  },
});
