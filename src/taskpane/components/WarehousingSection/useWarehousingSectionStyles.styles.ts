import { makeStyles, tokens } from "@fluentui/react-components";

export const useWarehousingSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  regionCol: { width: "50%" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  rowHead: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
  tag: { display: "block", color: tokens.colorNeutralForeground3 },
  suggested: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { width: "100%", maxWidth: "100%" },
  note: { color: tokens.colorNeutralForeground3 },
});

export type WarehousingSectionClasses = ReturnType<typeof useWarehousingSectionStyles>;
