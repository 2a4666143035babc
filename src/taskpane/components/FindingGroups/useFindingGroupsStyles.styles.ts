import { makeStyles, tokens } from "@fluentui/react-components";
import { useSeverityBadgeStyles } from "../shared/useSeverityBadgeStyles.styles";

const useClasses = makeStyles({
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  ruleId: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
});

export function useFindingGroupsStyles() {
  return { ...useClasses(), badge: useSeverityBadgeStyles() };
}

export type FindingGroupsClasses = ReturnType<typeof useFindingGroupsStyles>;
