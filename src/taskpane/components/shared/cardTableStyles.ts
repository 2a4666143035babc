import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** The bordered card and the compact numeric table the views (budget, trends) share, for makeStyles. */
export const card: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalXS,
  padding: tokens.spacingHorizontalS,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  minWidth: 0,
};

export const tableStyles = {
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  rowHead: { textAlign: "left", fontWeight: tokens.fontWeightRegular },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** Headings inside the views: the flex gaps space them, not the browser's heading margins. */
  heading: { margin: 0 },
} satisfies Record<string, GriffelStyle>;
