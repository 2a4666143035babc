import { makeStyles, tokens } from "@fluentui/react-components";

export const useWaiverDialogStyles = makeStyles({
  // The dialog must fit the 320 px pane.
  surface: {
    maxWidth: "calc(100vw - 16px)",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
  },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { overflowWrap: "anywhere" },
  control: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  actions: { flexWrap: "wrap" },
});

export type WaiverDialogClasses = ReturnType<typeof useWaiverDialogStyles>;
