import { makeStyles, tokens } from "@fluentui/react-components";

export const usePlanTabStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Fluent's Dropdown and SpinButton want 250 px and more by default: the pane is 320 px wide.
  control: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { width: "100%", maxWidth: "100%" },
  note: { color: tokens.colorNeutralForeground3 },
});

export type PlanTabClasses = ReturnType<typeof usePlanTabStyles>;
