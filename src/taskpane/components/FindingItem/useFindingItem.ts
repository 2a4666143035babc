import { useId } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import { useFindingActions } from "../../hooks/findingActions";
import { usePaneT, useRuleTitle } from "../../i18n";
import { findingKey } from "../../model/findingGroups";
import type { FindingItemProps, FindingItemState } from "./FindingItem.types";

export function useFindingItem({
  finding,
  showRule = false,
  position,
}: FindingItemProps): FindingItemState {
  const t = usePaneT();
  const title = useRuleTitle();
  const actions = useFindingActions();
  const relatedId = useId("related-");
  const onActivate = (): void => actions.select(finding);
  return {
    t,
    finding,
    position,
    ruleTitle: showRule ? title(finding.rule) : null,
    selected: actions.selectedKey === findingKey(finding),
    waived: finding.waived === true,
    relatedId,
    onActivate,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onActivate();
      }
    },
    goTo: actions.goTo,
    waive: () => actions.waive(finding),
  };
}
