/** Styles of the sheet grid: sticky headers and frozen panes stacked as Excel draws them, cells, the editor. */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from "../../sheetModel";
import { HEADER_BG } from "../previewStyles";

/** Left + right padding of a grid cell, px. */
export const CELL_PADDING_X = 8;

const GRID_LINE = "#e1e1e1";
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

export const useSheetGridStyles = makeStyles({
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
});

export type SheetGridClasses = ReturnType<typeof useSheetGridStyles>;
