/** The Versions tab: save the plan as a version, list and mark a baseline, compare any two, restore one. */
import { renderVersionsTab } from "./renderVersionsTab";
import type { VersionsTabProps } from "./VersionsTab.types";
import { useVersionsTab } from "./useVersionsTab";
import { useVersionsTabStyles } from "./useVersionsTabStyles.styles";

export function VersionsTab(props: VersionsTabProps) {
  const state = useVersionsTab(props);
  return renderVersionsTab(state, useVersionsTabStyles());
}
