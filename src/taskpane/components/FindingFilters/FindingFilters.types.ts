import type { PaneT } from "../../i18n";
import type { FindingFilter, SeverityFilter } from "../../model/findingGroups";

export interface FindingFiltersProps {
  filter: FindingFilter;
  /** The sheets the findings point at. */
  sheets: readonly string[];
  onChange(filter: FindingFilter): void;
}

export interface FilterOption<V extends string> {
  value: V;
  label: string;
}

export interface FindingFiltersState {
  t: PaneT;
  filter: FindingFilter;
  sheetOptions: FilterOption<string>[];
  severityOptions: FilterOption<SeverityFilter>[];
  sheetLabel: string;
  severityLabel: string;
  onSheet(value: string | undefined): void;
  onSeverity(value: string | undefined): void;
  onQuery(query: string): void;
}
