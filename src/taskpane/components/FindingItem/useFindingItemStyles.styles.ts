import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { FindingItemState } from "./FindingItem.types";

const useClasses = makeStyles({
  // A row of a virtualised list: placed by its offset (FindingList), measured with its details.
  item: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    boxSizing: "border-box",
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  address: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  rule: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  clamped: {
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  reason: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  details: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  relatedList: {
    display: "flex",
    flexWrap: "wrap",
    gap: `0 ${tokens.spacingHorizontalS}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

export function useFindingItemStyles(state: FindingItemState) {
  const c = useClasses();
  return {
    item: c.item,
    row: mergeClasses(c.row, state.selected && c.selected),
    address: c.address,
    rule: c.rule,
    message: mergeClasses(c.message, !state.selected && c.clamped),
    reason: c.reason,
    details: c.details,
    relatedList: c.relatedList,
  };
}

export type FindingItemClasses = ReturnType<typeof useFindingItemStyles>;
