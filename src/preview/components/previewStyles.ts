/** Styles of the preview page: the toolbar, the 320 px task pane beside the workbook, the sheet tabs (the grid: SheetGrid/). */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** The task pane's width in Excel (and the e2e tests' viewport for the pane). */
export const PANE_WIDTH = 320;
/** The background of the sheet tabs and the grid's headers. */
export const HEADER_BG = "#f3f3f3";

export const usePreviewStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  provider: { height: "100vh" },
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalM),
    backgroundColor: "#217346",
    color: "#ffffff",
    flexWrap: "wrap",
  },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  subtitle: { fontSize: tokens.fontSizeBase200, opacity: 0.9 },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  pane: {
    flex: `0 0 ${PANE_WIDTH}px`,
    width: `${PANE_WIDTH}px`,
    overflowY: "auto",
    overflowX: "hidden",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  book: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  formulaBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalS),
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    minHeight: "28px",
  },
  nameBox: {
    flex: "0 0 96px",
    ...shorthands.padding("2px", tokens.spacingHorizontalXS),
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  formula: {
    flexGrow: 1,
    minWidth: 0,
    ...shorthands.padding("2px", tokens.spacingHorizontalXS),
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    minHeight: "18px",
  },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: "auto",
    flex: "0 0 auto",
    backgroundColor: HEADER_BG,
  },
  empty: { ...shorthands.padding(tokens.spacingVerticalL, tokens.spacingHorizontalL) },
});

export type PreviewClasses = ReturnType<typeof usePreviewStyles>;
