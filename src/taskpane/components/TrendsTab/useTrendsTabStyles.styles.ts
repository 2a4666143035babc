import { makeStyles, tokens } from "@fluentui/react-components";

export const useTrendsTabStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { width: "100%", maxWidth: "100%" },
  note: { color: tokens.colorNeutralForeground3 },
});

export type TrendsTabClasses = ReturnType<typeof useTrendsTabStyles>;
