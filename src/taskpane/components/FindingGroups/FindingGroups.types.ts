import type { AccordionToggleData, AccordionToggleEvent } from "@fluentui/react-components";
import type { Severity } from "../../../core/finding";
import type { PaneT } from "../../i18n";
import type { RuleGroup } from "../../model/findingGroups";

export interface FindingGroupsProps {
  groups: readonly RuleGroup[];
  /** Open every group (while a search narrows the list, the matches should be in view). */
  expandAll: boolean;
}

export interface GroupView {
  group: RuleGroup;
  title: string;
  severity: Severity;
  severityLabel: string;
  count: number;
}

export interface FindingGroupsState {
  t: PaneT;
  views: GroupView[];
  openItems: string[];
  onToggle(event: AccordionToggleEvent, data: AccordionToggleData<string>): void;
}
