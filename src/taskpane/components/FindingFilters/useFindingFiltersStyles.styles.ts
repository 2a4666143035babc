import { makeStyles, tokens } from "@fluentui/react-components";

export const useFindingFiltersStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  wide: { gridColumn: "1 / -1" },
  // Fluent's Dropdown and SearchBox default to widths the 320 px pane does not have.
  control: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
});

export type FindingFiltersClasses = ReturnType<typeof useFindingFiltersStyles>;
