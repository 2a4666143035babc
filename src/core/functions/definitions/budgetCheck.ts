/**
 * BUDGETCHECK: the row-local budget rules of one Budget row, through the validator's predicates. Like the
 * validator, BUDGET_OVER_CAP flags only the line where the running total first exceeds the cap (the total before
 * this line, runningTotal − amount, was within it); a negative Amount is DQ_NEGATIVE alone. Half-typed: "" while
 * Channel or Amount is blank.
 */
import { budgetForbiddenBreach } from "../../rules/budgetForbidden";
import { budgetOverCapBreach } from "../../rules/budgetOverCap";
import { BUDGETCHECK_RULES } from "../../flags";
import { defineFunction } from "../runner";
import { DEFAULTS } from "./defaults";
import { flagText, HALF_TYPED, halfTyped } from "./flagText";
import { fixedMoney as m } from "../../numberText";

export const BUDGETCHECK = defineFunction({
  name: "BUDGETCHECK",
  shape: "single",
  params: [
    { name: "channel", type: "text" },
    { name: "amount", type: "number" },
    { name: "runningTotal", type: "number", optional: true },
    { name: "cap", type: "price", optional: true },
  ],
  body(channel, amount, runningTotal, cap) {
    if (halfTyped(channel, amount) || channel === null || amount === null) return HALF_TYPED;
    if (amount < 0)
      return flagText(BUDGETCHECK_RULES, [{ rule: "DQ_NEGATIVE", reason: `amount ${m(amount)}` }]);
    const total = runningTotal ?? amount;
    const limit = cap ?? DEFAULTS.budgetCap;
    const firstOver =
      budgetOverCapBreach(total, limit) && !budgetOverCapBreach(total - amount, limit);
    return flagText(BUDGETCHECK_RULES, [
      budgetForbiddenBreach(channel, amount) && {
        rule: "BUDGET_FORBIDDEN",
        reason: `${m(amount)} on fake orders`,
      },
      firstOver && { rule: "BUDGET_OVER_CAP", reason: `total ${m(total)} > cap ${m(limit)}` },
    ]);
  },
});
