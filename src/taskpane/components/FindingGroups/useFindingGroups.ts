import type { AccordionToggleData, AccordionToggleEvent } from "@fluentui/react-components";
import { useState } from "react";
import { usePaneT, useRuleTitle } from "../../i18n";
import type { FindingGroupsProps, FindingGroupsState } from "./FindingGroups.types";

export function useFindingGroups({ groups, expandAll }: FindingGroupsProps): FindingGroupsState {
  const t = usePaneT();
  const title = useRuleTitle();
  // With a single group there is nothing to choose between: open it.
  const [opened, setOpened] = useState<string[] | null>(null);
  const all = groups.map((g) => g.rule);
  const openItems = expandAll ? all : (opened ?? (groups.length === 1 ? all : []));
  return {
    views: groups.map((group) => ({
      group,
      title: title(group.rule),
      severity: group.severity,
      severityLabel: t(group.severity === "error" ? "severityError" : "severityWarning"),
      count: group.findings.length,
      countLabel: t("inGroup", { count: group.findings.length }),
    })),
    openItems,
    onToggle: (_: AccordionToggleEvent, data: AccordionToggleData<string>) =>
      setOpened(data.openItems),
  };
}
