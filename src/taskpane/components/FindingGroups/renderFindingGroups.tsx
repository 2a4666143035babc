import { Accordion } from "@fluentui/react-components";
import { FindingGroupItem } from "./FindingGroupItem";
import type { FindingGroupsState } from "./FindingGroups.types";

export function renderFindingGroups(state: FindingGroupsState) {
  return (
    <Accordion multiple collapsible openItems={state.openItems} onToggle={state.onToggle}>
      {state.views.map((v) => (
        <FindingGroupItem key={v.group.rule} {...v} />
      ))}
    </Accordion>
  );
}
