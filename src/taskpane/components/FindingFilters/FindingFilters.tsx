/** Filters of the findings list: sheet, severity, and a search over rule, message and cell. */
import type { FindingFiltersProps } from "./FindingFilters.types";
import { renderFindingFilters } from "./renderFindingFilters";
import { useFindingFilters } from "./useFindingFilters";
import { useFindingFiltersStyles } from "./useFindingFiltersStyles.styles";

export function FindingFilters(props: FindingFiltersProps) {
  const state = useFindingFilters(props);
  return renderFindingFilters(state, useFindingFiltersStyles());
}
