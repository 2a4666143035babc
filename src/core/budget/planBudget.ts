/** The Budget view in one call: the plan's curves, the allocation of its Budget cap, and the CPC advice. */
import type { Plan } from "../plan";
import type { Lang } from "../schema/types";
import { allocateBudget, type BudgetAllocation, type PlanBudgetOptions } from "./allocate";
import { cpcAdvice, type CpcAdvice } from "./cpcAdvice";
import { buildCurves } from "./curves";

export interface PlanBudget {
  allocation: BudgetAllocation;
  advice: CpcAdvice[];
}

export function planBudget(plan: Plan, opts: PlanBudgetOptions & { lang: Lang }): PlanBudget {
  const cap = opts.cap ?? plan.settings.budgetCap;
  const { curves, notes } = buildCurves(plan.budget, plan.daily, {
    cap,
    horizonDays: opts.horizonDays,
    saturationMultiple: opts.saturationMultiple,
  });
  const allocation = allocateBudget(plan.budget, curves, {
    cap,
    objective: opts.objective,
    unit: opts.unit,
  });
  allocation.notes = [...notes, ...allocation.notes];
  return { allocation, advice: cpcAdvice(plan, { lang: opts.lang }) };
}
