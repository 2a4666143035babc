import type { AccordionToggleData, AccordionToggleEvent } from "@fluentui/react-components";
import type { Severity } from "../../../core/finding";
import type { RuleGroup } from "../../model/findingGroups";

export interface FindingGroupsProps {
  groups: readonly RuleGroup[];
  /** Open every group (while a search narrows the list, the matches should be in view). */
  expandAll: boolean;
}

/** What a group's item shows (flat, so that a memoised item compares it field by field). */
export interface GroupView {
  group: RuleGroup;
  title: string;
  severity: Severity;
  severityLabel: string;
  count: number;
  /** The count's accessible name ("12 findings"). */
  countLabel: string;
}

export interface FindingGroupsState {
  views: GroupView[];
  openItems: string[];
  onToggle(event: AccordionToggleEvent, data: AccordionToggleData<string>): void;
}
