/** Styles of the preview page: the toolbar, the 320 px task pane beside the workbook, the grid and the sheet tabs. */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from "../sheetModel";

/** The task pane's width in Excel (and the e2e tests' viewport for the pane). */
export const PANE_WIDTH = 320;
/** Left + right padding of a grid cell, px. */
export const CELL_PADDING_X = 8;

const GRID_LINE = "#e1e1e1";
const HEADER_BG = "#f3f3f3";
const SELECTED = "#217346";

/**
 * Stacking of the sticky parts of the grid, bottom to top: scrolled cells (the selected one at 1), the frozen columns'
 * cells and the row numbers, the frozen rows' cells, the cells both frozen, the column letters, the frozen columns'
 * letters, the corner.
 */
const Z = {
  selected: 1,
  frozenColumn: 3,
  rowHeader: 3,
  frozenRow: 5,
  /** A frozen row's text running over its empty neighbours (they are opaque: sticky cells have a background). */
  frozenRowSpill: 6,
  frozenBoth: 7,
  frozenRowHeader: 7,
  colHeader: 8,
  frozenColHeader: 9,
  corner: 10,
};

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
  scroller: { flexGrow: 1, overflow: "auto", position: "relative", minHeight: 0 },
  grid: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: "13px",
    fontFamily: tokens.fontFamilyBase,
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: Z.colHeader,
    height: `${ROW_HEIGHT - 1}px`,
    backgroundColor: HEADER_BG,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    ...shorthands.padding(0),
    textAlign: "center",
  },
  corner: { left: 0, zIndex: Z.corner, width: `${ROW_HEADER_WIDTH}px` },
  frozenColHeader: { zIndex: Z.frozenColHeader },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: Z.rowHeader,
    width: `${ROW_HEADER_WIDTH}px`,
    backgroundColor: HEADER_BG,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    textAlign: "center",
    ...shorthands.padding(0),
  },
  frozen: {
    position: "sticky",
    zIndex: Z.frozenRow,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  frozenColumn: {
    position: "sticky",
    zIndex: Z.frozenColumn,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  frozenCorner: { zIndex: Z.frozenBoth },
  frozenRowHeader: { zIndex: Z.frozenRowHeader },
  cell: {
    height: `${ROW_HEIGHT - 1}px`,
    maxHeight: `${ROW_HEIGHT - 1}px`,
    ...shorthands.padding(0, `${CELL_PADDING_X / 2}px`),
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
    position: "relative",
    boxSizing: "border-box",
  },
  link: { cursor: "pointer" },
  // Text running over empty neighbours (see spillWidth): the cell lets it out, the span clips it where Excel would.
  spilling: { overflow: "visible" },
  spillingFrozenRow: { zIndex: Z.frozenRowSpill },
  spill: {
    display: "block",
    position: "relative",
    zIndex: 1,
    overflow: "hidden",
    textOverflow: "ellipsis",
    pointerEvents: "none",
  },
  selected: { outline: `2px solid ${SELECTED}`, outlineOffset: "-2px", zIndex: Z.selected },
  editor: {
    position: "absolute",
    inset: 0,
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    border: `2px solid ${SELECTED}`,
    ...shorthands.padding(0, "2px"),
    fontSize: "13px",
    fontFamily: tokens.fontFamilyBase,
    outline: "none",
  },
  spacer: { ...shorthands.padding(0), border: "none" },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: "auto",
    flex: "0 0 auto",
    backgroundColor: HEADER_BG,
  },
  empty: { ...shorthands.padding(tokens.spacingVerticalL, tokens.spacingHorizontalL) },
});

export type PreviewClasses = ReturnType<typeof usePreviewStyles>;
