import type { KeyboardEvent, RefObject } from "react";
import type { MemoryWorkbook } from "../../memoryWorkbook";
import type { MemorySheet } from "../../memorySheet";
import type { ColourRule, MergeSpan } from "../../sheetModel";
import type { PreviewT } from "../../texts";

export interface GridSelection {
  /** 1-based. */
  row: number;
  col: number;
}

export interface SheetGridProps {
  workbook: MemoryWorkbook;
  sheet: MemorySheet;
  /** The workbook's version: the grid redraws when it changes. */
  version: number;
  selection: GridSelection;
  onSelect(selection: GridSelection): void;
  t: PreviewT;
}

/** What the grid draws of the sheet: its extent, shown rows and columns, widths, frozen panes, rules and merges. */
export interface GridLayout {
  /** Rows and columns drawn (the used range, room to grow, and the selection). */
  extent: { rows: number; cols: number };
  rules: ColourRule[];
  merges: { spans: Map<string, MergeSpan>; covered: Set<string> };
  /** The shown (not hidden) columns in order, and their widths in px. */
  cols: number[];
  widths: number[];
  /** Each shown column's offset from the first one's left edge, px, and the total width last (widths' prefix sums). */
  lefts: number[];
  /** How many of the shown columns are frozen (they come first in `cols`). */
  frozenCount: number;
  /** Frozen columns' offsets from the left edge, and their width together. */
  stickyLeft: Map<number, number>;
  frozenWidth: number;
  frozenCols: number;
  frozenRows: number;
  /** The frozen rows shown (in the head), and the body's shown rows: virtualisation counts these, not sheet rows. */
  frozenShown: number[];
  body: number[];
  /** Height of the column letters and the frozen rows, px. */
  headHeight: number;
}

/**
 * The body rows in the DOM: `body[first]` to `body[last - 1]`; the scrolled columns in the DOM: `cols[firstCol]` to
 * `cols[lastCol - 1]` (the frozen ones always).
 */
export interface GridViewport {
  scroller: RefObject<HTMLDivElement | null>;
  /** The viewport's height (a fallback before layout). */
  height: number;
  first: number;
  last: number;
  firstCol: number;
  lastCol: number;
  /** Reads the scroll position and size (on scroll and resize). */
  measure(): void;
}

/** A cell being edited: where, the text it started with and the text now. */
export interface Editing {
  row: number;
  col: number;
  initial: string;
  text: string;
}

export interface GridEditing {
  editing: Editing | null;
  /** Edits the selected cell, starting from `text` (a typed key) or its content. */
  startEdit(text?: string): void;
  /** Ends the edit (committing it when asked), then moves the selection by the step. */
  finishEdit(commit: boolean, dRow?: number, dCol?: number): void;
  setText(text: string): void;
  onEditorKey(e: KeyboardEvent<HTMLInputElement>): void;
}

export interface SheetGridState extends GridLayout, GridViewport, GridEditing {
  workbook: MemoryWorkbook;
  sheet: MemorySheet;
  selection: GridSelection;
  onSelect(selection: GridSelection): void;
  t: PreviewT;
  table: RefObject<HTMLTableElement | null>;
  onGridKey(e: KeyboardEvent<HTMLTableElement>): void;
  /** A link cell (the Findings sheet's Cell) goes to its cell, as an Excel hyperlink does. */
  followLink(link: string | undefined): void;
  /** The DOM id of a cell (aria-activedescendant). */
  cellId(row: number, col: number): string;
  /** The selected cell is in the DOM (not scrolled away, not under a merge). */
  selectedRendered: boolean;
}
