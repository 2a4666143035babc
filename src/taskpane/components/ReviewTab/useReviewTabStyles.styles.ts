import { makeStyles, tokens } from "@fluentui/react-components";
import { card, tableStyles } from "../shared/cardTableStyles";

export const useReviewTabStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  header: { minWidth: 0 },
  headerText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  card,
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ...tableStyles,
});

export type ReviewTabClasses = ReturnType<typeof useReviewTabStyles>;
