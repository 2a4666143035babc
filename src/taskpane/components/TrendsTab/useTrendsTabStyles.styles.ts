import { makeStyles, tokens } from "@fluentui/react-components";

export const useTrendsTabStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export type TrendsTabClasses = ReturnType<typeof useTrendsTabStyles>;
