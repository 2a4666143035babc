import { makeStyles, tokens } from "@fluentui/react-components";
import { card, tableStyles } from "../shared/cardTableStyles";

export const useSlotSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  card,
  heading: tableStyles.heading,
  muted: tableStyles.muted,
  ranking: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  line: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export type SlotSectionClasses = ReturnType<typeof useSlotSectionStyles>;
