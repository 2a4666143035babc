import { makeStyles, tokens } from "@fluentui/react-components";

export const useMarketTabStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

export type MarketTabClasses = ReturnType<typeof useMarketTabStyles>;
