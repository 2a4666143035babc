import { makeStyles, tokens } from "@fluentui/react-components";
import { card, tableStyles } from "../shared/cardTableStyles";

export const useMarketSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  card,
  ...tableStyles,
  rowHead: { ...tableStyles.rowHead, overflowWrap: "anywhere" },
  firstCol: { width: "40%" },
  top: { display: "block", color: tokens.colorBrandForeground1 },
  block: { display: "block", color: tokens.colorNeutralForeground3 },
  // A month's units as a bar under its label: decorative, the number beside it says the same.
  track: { display: "block", height: "4px", backgroundColor: tokens.colorNeutralBackground4 },
  bar: { display: "block", height: "4px", backgroundColor: tokens.colorBrandBackground },
});

export type MarketSectionClasses = ReturnType<typeof useMarketSectionStyles>;
