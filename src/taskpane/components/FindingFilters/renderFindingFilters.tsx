import { Dropdown, Field, Option, SearchBox } from "@fluentui/react-components";
import { ALL_SHEETS } from "./useFindingFilters";
import type { FindingFiltersState } from "./FindingFilters.types";
import type { FindingFiltersClasses } from "./useFindingFiltersStyles.styles";

export function renderFindingFilters(state: FindingFiltersState, classes: FindingFiltersClasses) {
  const { t, filter } = state;
  return (
    <div className={classes.root}>
      <Field label={t("filterSheet")}>
        <Dropdown
          className={classes.control}
          value={state.sheetLabel}
          selectedOptions={[filter.sheet || ALL_SHEETS]}
          onOptionSelect={(_, data) => state.onSheet(data.optionValue)}
        >
          {state.sheetOptions.map((o) => (
            <Option key={o.value} value={o.value} text={o.label}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("filterSeverity")}>
        <Dropdown
          className={classes.control}
          value={state.severityLabel}
          selectedOptions={[filter.severity]}
          onOptionSelect={(_, data) => state.onSeverity(data.optionValue)}
        >
          {state.severityOptions.map((o) => (
            <Option key={o.value} value={o.value} text={o.label}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field className={classes.wide} label={t("search")}>
        <SearchBox
          className={classes.control}
          value={filter.query}
          placeholder={t("searchPlaceholder")}
          onChange={(_, data) => state.onQuery(data.value)}
        />
      </Field>
    </div>
  );
}
