import { usePaneT } from "../../i18n";
import type { SeverityFilter } from "../../model/findingGroups";
import type {
  FilterOption,
  FindingFiltersProps,
  FindingFiltersState,
} from "./FindingFilters.types";

/** The "every sheet" option: `*` cannot occur in an Excel sheet name. */
export const ALL_SHEETS = "*";

const SEVERITIES: readonly SeverityFilter[] = ["all", "error", "warning"];
const isSeverity = (v: string | undefined): v is SeverityFilter =>
  SEVERITIES.includes(v as SeverityFilter);

export function useFindingFilters({
  filter,
  sheets,
  onChange,
}: FindingFiltersProps): FindingFiltersState {
  const t = usePaneT();
  // Keep a chosen sheet listed after a re-validation left no finding on it.
  const names = filter.sheet && !sheets.includes(filter.sheet) ? [...sheets, filter.sheet] : sheets;
  const sheetOptions: FilterOption<string>[] = [
    { value: ALL_SHEETS, label: t("allSheets") },
    ...names.map((s) => ({ value: s, label: s })),
  ];
  const severityOptions: FilterOption<SeverityFilter>[] = [
    { value: "all", label: t("allSeverities") },
    { value: "error", label: t("severityErrors") },
    { value: "warning", label: t("severityWarnings") },
  ];
  const sheetValue = filter.sheet || ALL_SHEETS;
  return {
    t,
    filter,
    sheetOptions,
    severityOptions,
    sheetLabel: sheetOptions.find((o) => o.value === sheetValue)?.label ?? "",
    severityLabel: severityOptions.find((o) => o.value === filter.severity)?.label ?? "",
    onSheet: (value) => {
      if (value !== undefined) onChange({ ...filter, sheet: value === ALL_SHEETS ? "" : value });
    },
    onSeverity: (value) => {
      if (isSeverity(value)) onChange({ ...filter, severity: value });
    },
    onQuery: (query) => onChange({ ...filter, query }),
  };
}
