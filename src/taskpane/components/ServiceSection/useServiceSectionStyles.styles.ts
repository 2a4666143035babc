import { makeStyles, tokens } from "@fluentui/react-components";
import { card, tableStyles } from "../shared/cardTableStyles";

export const useServiceSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  card,
  ...tableStyles,
  rowHead: { ...tableStyles.rowHead, overflowWrap: "anywhere" },
  groupCol: { width: "32%" },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
  low: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
});

export type ServiceSectionClasses = ReturnType<typeof useServiceSectionStyles>;
