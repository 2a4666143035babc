/** Findings grouped by rule: a collapsible section per rule, with its severity and count. */
import { memo } from "react";
import type { FindingGroupsProps } from "./FindingGroups.types";
import { renderFindingGroups } from "./renderFindingGroups";
import { useFindingGroups } from "./useFindingGroups";

/** Memoised: typing in the search box renders the tab at once, the groups only when the filtered view follows. */
export const FindingGroups = memo(function FindingGroups(props: FindingGroupsProps) {
  return renderFindingGroups(useFindingGroups(props));
});
