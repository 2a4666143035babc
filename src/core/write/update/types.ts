/** The shapes of an update plan (src/core/write/update.ts): what the hosts execute, and how a sheet is planned. */
import type { CellValue } from "../../cells";
import type { ApplySummary } from "../../port";
import type { RowColourKind } from "../../presentation";
import type { ListId, SheetId } from "../../schema/types";
import type { LayoutCell, LayoutColumn, SheetLayout } from "../layout";

/** A layout column and the letter it has (or gets) in the workbook's sheet. */
export interface PlacedColumn {
  column: LayoutColumn;
  letter: string;
  /** Appended by this update (the header cell is written too). */
  added: boolean;
}

/** Cells to write, rows of cells from a top-left cell. A FormulaCell is a formula (with its cached result). */
export interface CellBlock {
  column: string;
  row: number;
  cells: LayoutCell[][];
  /** The block holds only formulas of computed columns (for counting and for the host's calculation). */
  formulas?: boolean;
  /** The block holds the add-in's own values (the hidden Product row hint), which every update rewrites. */
  ours?: boolean;
  /**
   * From this row of `cells` on, every formula is that row's, pasted down: its relative references shifted, as a paste
   * of formulas shifts them, and nothing else changed. A host that can paste sends the rows up to it and fills the
   * rest (Excel: Range.copyFrom); the others write every cell.
   */
  pastedFrom?: number;
}

/** Set `numFmt` on the cells of `column` from `fromRow` to `toRow` whose format is General (all of them on a new sheet). */
export interface FormatRange {
  column: string;
  fromRow: number;
  toRow: number;
  numFmt: string;
}

/** A list dropdown for the cells of a column, fed by a Lists range; set where the range has no validation yet. */
export interface ListValidation {
  column: string;
  fromRow: number;
  toRow: number;
  list: ListId;
  /** `=Lists!$A$2:$A$200`, with the Lists sheet's real name and column. */
  source: string;
  /** The column's header (the error alert's title). */
  header: string;
}

/** The conditional format that colours a row whose Flags (or Suggestion) cell is not empty. */
export interface RowColouring {
  /** A1 range on the sheet, e.g. `A2:N1000`. */
  range: string;
  /** With the leading "=", marked as ours (../rowColouring.ts). */
  formula: string;
  kind: RowColourKind;
}

/** Where the sheet's table (or plain range) is after the update: header row to last data row, first to last column. */
export interface SheetExtent {
  firstColumn: string;
  lastColumn: string;
  headerRow: number;
  /** Last sheet row of the data (the header row + 1 at least: a table needs a data row). */
  lastRow: number;
}

/** Rows of `from`..`to` over the extent's columns to clear before writing (the Findings sheet's old rows). */
export interface ClearRows {
  fromRow: number;
  toRow: number;
}

export interface SheetWrite {
  kind: "create" | "update";
  layout: SheetLayout;
  /** The sheet's name in the workbook (an existing sheet keeps its own, e.g. 产品 in an English update). */
  sheet: string;
  columns: PlacedColumn[];
  extent: SheetExtent;
  /** Header cells written: every header of a new sheet, the appended ones of an existing sheet (bold). */
  headerCells: { column: string; text: string }[];
  clear?: ClearRows;
  blocks: CellBlock[];
  formats: FormatRange[];
  validations: ListValidation[];
  /** One per watched flags column (../layout.ts `highlight`); each added unless a rule of ours watches that column. */
  rowColourings?: RowColouring[];
  /** Column widths in characters: a new sheet's columns and appended columns only (a user's widths stay). */
  widths: { column: string; width: number }[];
  /** Columns to hide: a new sheet's hidden helper columns and appended ones (one a planner unhid stays shown). */
  hidden: string[];
  /** A new sheet's table (name and A1 range) for the host to add. */
  table?: { name: string; range: string };
  /**
   * The sheet's table once written: a new sheet's `table`; for an existing sheet, its table on the header row (given
   * in the options' `tables`) grown to cover the extent — never shrunk, and to the new rows only when they replace the
   * old ones. The host resizes the table of that name to this range when it differs. Absent: no table to grow.
   */
  finalTable?: { name: string; range: string };
  /** A new sheet freezes its header rows. */
  freezeRows?: number;
  /** The Settings sheet: the row of each setting (by Settings key), existing or added. */
  settingRows?: Record<string, number>;
  /** Formula cells written. */
  formulasEntered: number;
  /** Data rows added to the sheet. */
  rowsAdded: number;
}

export interface SheetConflict {
  kind: "conflict";
  layout: SheetLayout;
  sheet: string;
  /** The key headers its header row lacks (in the layout's language). */
  missing: string[];
}

export type SheetPlan = SheetWrite | SheetConflict;

export interface WorkbookUpdate {
  sheets: SheetPlan[];
  /** Every Settings workbook name and the cell it should name; the host adds the ones the workbook lacks. */
  names: { name: string; ref: string }[];
  summary: ApplySummary;
}

/** How rows of the layout go into an existing sheet. */
export type RowMode =
  /** Never add rows. */
  | "keep"
  /** Add the layout's rows when the sheet holds no data row. */
  | "ifEmpty"
  /** Add the layout's rows after the last data row. */
  | "append"
  /** Clear the old data rows and write the layout's rows in their place (output sheets: Findings). */
  | "replace";

/** A table of the workbook, as the host reads it. */
export interface WorkbookTable {
  name: string;
  /** The sheet holding it. */
  sheet: string;
  /** A1 range without the sheet (`A1:N45`), header row included. */
  range: string;
}

export interface SheetPlanOptions {
  rows: RowMode;
  /** Table names taken in the workbook (a new table gets a free one). */
  tableNames?: readonly string[];
  /** The workbook's tables, where known: an existing sheet's table grows with it (`finalTable`). */
  tables?: readonly WorkbookTable[];
  /** The Lists sheet's placement, for dropdown sources (none: no dropdowns). */
  lists?: ListsPlacement;
  /** Whole-column references to other sheets' fields, as this workbook has them (formulas' look-ups). */
  ref?: (sheet: SheetId, field: string) => string;
  /** A field's cell on the first data row of another sheet, as this workbook has it (the Warehouse keys). */
  firstCell?: (sheet: SheetId, field: string) => string;
  /** A SKU's first row in the workbook's Products sheet, for the Product row hints of an existing sheet. */
  productRowOf?: (sku: CellValue) => number | undefined;
}

/** Where each list of the Lists sheet lives: sheet name, column letter, first and last row of its entries. */
export interface ListsPlacement {
  sheet: string;
  columns: Partial<Record<ListId, string>>;
  firstRow: number;
  lastRow: number;
}
