/** The Budget tab: the allocator's proposal per channel against the planner's split, Apply (with Undo), CPC advice. */
import type { BudgetTabProps } from "./BudgetTab.types";
import { renderBudgetTab } from "./renderBudgetTab";
import { useBudgetTab } from "./useBudgetTab";
import { useBudgetTabStyles } from "./useBudgetTabStyles.styles";

export function BudgetTab(props: BudgetTabProps) {
  const state = useBudgetTab(props);
  return renderBudgetTab(state, useBudgetTabStyles());
}
