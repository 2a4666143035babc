import { makeStyles, tokens } from "@fluentui/react-components";

export const useApplySummaryStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Label above value: two columns leave the sheet lists too little room at 320 px.
  list: { margin: `${tokens.spacingVerticalXS} 0 0` },
  pair: { display: "block", marginBottom: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "break-word" },
});

export type ApplySummaryClasses = ReturnType<typeof useApplySummaryStyles>;
