/** Findings grouped by rule: a collapsible section per rule, with its severity and count. */
import type { FindingGroupsProps } from "./FindingGroups.types";
import { renderFindingGroups } from "./renderFindingGroups";
import { useFindingGroups } from "./useFindingGroups";
import { useFindingGroupsStyles } from "./useFindingGroupsStyles.styles";

export function FindingGroups(props: FindingGroupsProps) {
  const state = useFindingGroups(props);
  return renderFindingGroups(state, useFindingGroupsStyles());
}
