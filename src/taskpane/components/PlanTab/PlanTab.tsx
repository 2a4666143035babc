/**
 * The Plan tab: plan year and language, "Create / update plan workbook", "Add sample plan", "Write Timeline sheet", and
 * what they did; the Diagnostics at the bottom.
 */
import type { PlanTabProps } from "./PlanTab.types";
import { renderPlanTab } from "./renderPlanTab";
import { usePlanTab } from "./usePlanTab";
import { usePlanTabStyles } from "./usePlanTabStyles.styles";

export function PlanTab(props: PlanTabProps) {
  const state = usePlanTab(props);
  return renderPlanTab(state, usePlanTabStyles());
}
