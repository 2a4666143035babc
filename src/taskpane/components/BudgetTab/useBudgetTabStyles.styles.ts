import { makeStyles, tokens } from "@fluentui/react-components";
import { card, tableStyles } from "../shared/cardTableStyles";

export const useBudgetTabStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  control: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { width: "100%", maxWidth: "100%" },
  channel: card,
  ...tableStyles,
  surface: { maxWidth: "calc(100vw - 24px)", boxSizing: "border-box" },
});

export type BudgetTabClasses = ReturnType<typeof useBudgetTabStyles>;
