import { makeStyles, tokens } from "@fluentui/react-components";

export const useFindingGroupsStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, textAlign: "start" },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  ruleId: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: `0 0 ${tokens.spacingVerticalS}` },
});

export type FindingGroupsClasses = ReturnType<typeof useFindingGroupsStyles>;
