import { makeStyles, tokens } from "@fluentui/react-components";
import { card, tableStyles } from "../shared/cardTableStyles";

export const useTrendsSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  week: card,
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  ...tableStyles,
});

export type TrendsSectionClasses = ReturnType<typeof useTrendsSectionStyles>;
