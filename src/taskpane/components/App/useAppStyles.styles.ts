import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  // The pane's background fills the window. Not on the FluentProvider: Fluent gives the provider's className to the
  // mount node of its portals too (dropdown lists, dialogs), and a mount node 100vh tall lies over the whole pane at
  // z-index 1000000, taking every click — the filters' dropdowns never opened with the mouse (microsoft/fluentui#33949).
  fill: { minHeight: "100vh" },
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
  // Seven tabs in the 320 px pane: small tabs (their selection bar inset 6 px) with 4 px side padding, so the bar spans
  // the label (4 px + the content's 2 px); the row wraps rather than scroll the pane sideways.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, flexWrap: "wrap" },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  panel: { minWidth: 0, paddingTop: tokens.spacingVerticalS },
});

export type AppClasses = ReturnType<typeof useAppStyles>;
