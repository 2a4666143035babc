import { makeStyles, tokens } from "@fluentui/react-components";

export const useBudgetTabStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  control: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { width: "100%", maxWidth: "100%" },
  channel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  rowHead: { textAlign: "left", fontWeight: tokens.fontWeightRegular },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  surface: { maxWidth: "calc(100vw - 24px)", boxSizing: "border-box" },
});

export type BudgetTabClasses = ReturnType<typeof useBudgetTabStyles>;
