import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useDashboardChartsStyles = makeStyles({
  // Two charts a row, above the grid; the panel scrolls on its own when the window is short.
  panel: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalM,
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalM),
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flex: "0 0 auto",
    maxHeight: "65%",
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  figure: { margin: 0, minWidth: 0 },
  caption: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    marginBottom: tokens.spacingVerticalXXS,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  chart: { fontSize: "11px", fontFamily: tokens.fontFamilyBase },
});

export type DashboardChartsClasses = ReturnType<typeof useDashboardChartsStyles>;
