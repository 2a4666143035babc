import { makeStyles, tokens } from "@fluentui/react-components";

export const useTrendsSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  week: {
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
});

export type TrendsSectionClasses = ReturnType<typeof useTrendsSectionStyles>;
