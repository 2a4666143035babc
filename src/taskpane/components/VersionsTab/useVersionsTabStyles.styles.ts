import { makeStyles, tokens } from "@fluentui/react-components";
import { card, tableStyles } from "../shared/cardTableStyles";

export const useVersionsTabStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  control: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  button: { width: "100%", maxWidth: "100%" },
  version: card,
  section: card,
  versions: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  name: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  ...tableStyles,
  surface: { maxWidth: "calc(100vw - 24px)", boxSizing: "border-box" },
});

export type VersionsTabClasses = ReturnType<typeof useVersionsTabStyles>;
