import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  provider: { minHeight: "100vh" },
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  title: { margin: 0 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  panel: { minWidth: 0, paddingTop: tokens.spacingVerticalS },
});

export type AppClasses = ReturnType<typeof useAppStyles>;
