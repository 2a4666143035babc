import { makeStyles, tokens } from "@fluentui/react-components";

export const useApplySummaryStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  pair: { display: "contents" },
  label: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
});

export type ApplySummaryClasses = ReturnType<typeof useApplySummaryStyles>;
