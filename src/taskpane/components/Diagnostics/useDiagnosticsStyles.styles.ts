import { makeStyles, tokens } from "@fluentui/react-components";

export const useDiagnosticsStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  checks: { listStyleType: "none", margin: 0, padding: 0 },
  check: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  checkHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  // What Excel showed: formulas and values, as they are.
  seen: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    marginBottom: tokens.spacingVerticalS,
  },
  list: { margin: 0 },
  pair: { display: "flex", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  label: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  button: { width: "100%", maxWidth: "100%" },
  report: { width: "100%", minHeight: "10rem" },
});

export type DiagnosticsClasses = ReturnType<typeof useDiagnosticsStyles>;
