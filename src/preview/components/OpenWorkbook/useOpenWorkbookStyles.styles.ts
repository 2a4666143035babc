/** Styles of opening a workbook: the banner under the toolbar, the kept workbooks' list, the drop overlay. */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useOpenWorkbookStyles = makeStyles({
  dropArea: { display: "contents" },
  hiddenInput: { display: "none" },
  banner: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalM),
  },
  progress: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  keptList: {
    listStyleType: "none",
    ...shorthands.margin(0),
    ...shorthands.padding(0),
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  keptItem: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  keptName: { fontWeight: tokens.fontWeightSemibold },
  overlay: {
    position: "fixed",
    inset: 0,
    zIndex: 100,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(33, 115, 70, 0.18)",
    ...shorthands.border("3px", "dashed", "#217346"),
    fontSize: tokens.fontSizeBase500,
    color: tokens.colorNeutralForeground1,
    pointerEvents: "none",
  },
});

export type OpenWorkbookClasses = ReturnType<typeof useOpenWorkbookStyles>;
