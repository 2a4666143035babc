/**
 * "Create / update plan workbook", planned without touching a workbook: given the sheets a workbook holds (as the
 * reader sees them) and the plan workbook's layouts, what to write where. Both WorkbookPort implementations (Office.js
 * and the preview's in-memory workbook) execute the same plan, so neither decides anything about the sheets.
 *
 * Per sheet it is one of:
 * - create: the sheet is missing; write the whole layout.
 * - update: the sheet is ours (its header row holds every key header, found the way the reader finds it, in any
 *   language, columns in any order); add the columns it lacks after the last header cell, re-enter the formula of
 *   every computed and Flags column on every data row (with the column letters of this sheet), and ensure formats,
 *   dropdowns and row colouring. Rows are added only where asked (the sample into a sheet without data rows, a Waivers
 *   row after the last row, the Findings rows replacing the old ones).
 * - conflict: a sheet with our name whose header row lacks key headers: nothing is written to it.
 *
 * Never deleted, reordered or overwritten: any cell a user typed outside our computed columns. Formats, dropdowns and
 * row colouring are "ensure" operations: the host sets a number format only on cells whose format is General, a
 * dropdown only where a range has no validation, and row colouring only when the sheet has no rule of ours yet.
 */
import { columnIndex, columnLetter, quoteSheetName, type CellValue } from "../cells";
import type { Finding } from "../finding";
import { formulaText } from "../formulas/text";
import type { ApplyOptions, ApplySummary, WaiverInput } from "../port";
import type { RowColourKind } from "../presentation";
import { isBlankCell, normCell, cellText } from "../read/cellValue";
import { findHeader } from "../read/header";
import { origin, type SheetInput } from "../read/input";
import { identifySheet } from "../read/readPlan";
import { settingSpecOf } from "../read/settingsSheet";
import { FINDINGS_SHEET, sheetSpec, WAIVERS_SHEET } from "../schema/sheets";
import type { FormulaContext, Lang, ListId, SheetId, SheetSpec } from "../schema/types";
import { SETTING_SPECS } from "../settings";
import {
  isFormulaCell,
  LIST_LAST_ROW,
  MIN_RESERVE_TO,
  RESERVE_ROWS,
  sheetLayout,
  type LayoutCell,
  type LayoutColumn,
  type SheetLayout,
} from "./layout";
import { DATA_SHEET_IDS, findingRows, type PlanWorkbookLayout } from "./planWorkbook";
import { rowColouringFormula } from "./rowColouring";

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
  /** With the leading "=", marked as ours (./rowColouring.ts). */
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
  rowColouring?: RowColouring;
  /** Column widths in characters: a new sheet's columns and appended columns only (a user's widths stay). */
  widths: { column: string; width: number }[];
  /** A new sheet's table (name and A1 range); for an existing sheet the host grows its table to `extent`, if any. */
  table?: { name: string; range: string };
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

export interface SheetPlanOptions {
  rows: RowMode;
  /** Table names taken in the workbook (a new table gets a free one). */
  tableNames?: readonly string[];
  /** The Lists sheet's placement, for dropdown sources (none: no dropdowns). */
  lists?: ListsPlacement;
  /** Whole-column references to other sheets' fields, as this workbook has them (formulas' look-ups). */
  ref?: (sheet: SheetId, field: string) => string;
}

/** Where each list of the Lists sheet lives: sheet name, column letter, first and last row of its entries. */
export interface ListsPlacement {
  sheet: string;
  columns: Partial<Record<ListId, string>>;
  firstRow: number;
  lastRow: number;
}

export class SheetConflictError extends Error {
  constructor(
    readonly sheet: string,
    readonly missing: string[]
  ) {
    super(
      `The sheet "${sheet}" is not an Ops Planner sheet (its header row lacks ${missing.join(", ")}); nothing was written to it. Rename it, or add those headers.`
    );
    this.name = "SheetConflictError";
  }
}

/** The last row that formats, dropdowns and row colouring reach: the data plus room to grow. */
function reserveEnd(layout: SheetLayout, headerRow: number, dataEnd: number): number {
  const shift = headerRow - layout.headerRow;
  return Math.max(layout.reserveTo + shift, MIN_RESERVE_TO, dataEnd + RESERVE_ROWS);
}

const cellAt = (rows: readonly unknown[][], r: number, c: number): CellValue => {
  const row = rows[r];
  return Array.isArray(row) ? normCell(row[c]) : undefined;
};

function freeTableName(name: string, taken: readonly string[] | undefined): string {
  const used = new Set((taken ?? []).map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) if (!used.has(`${name}${i}`.toLowerCase())) return `${name}${i}`;
}

/** The schema formula of a layout column, built with the letters the columns have in this sheet. */
function formulaBuilder(
  spec: SheetSpec,
  placed: readonly PlacedColumn[],
  firstRow: number,
  ref: SheetPlanOptions["ref"]
): Map<string, (row: number) => string> {
  const letters = new Map(placed.map((p) => [p.column.field, p.letter]));
  const col = (field: string): string => {
    const l = letters.get(field);
    if (!l) throw new Error(`No column ${field} in sheet ${spec.id}`);
    return l;
  };
  const out = new Map<string, (row: number) => string>();
  for (const c of spec.columns) {
    const declared = c.formula;
    if (!declared || !letters.has(c.field)) continue;
    out.set(c.field, (row) => {
      const ctx: FormulaContext = { row, col, firstRow };
      if (ref) ctx.ref = ref;
      return formulaText(declared, ctx);
    });
  }
  return out;
}

/** A layout row's cell in a formula column: the formula with this sheet's letters, its value the cached result. */
function asFormula(v: LayoutCell, formula: string): LayoutCell {
  return { formula, result: isFormulaCell(v) ? v.result : (v as CellValue) };
}

function validationsOf(
  placed: readonly PlacedColumn[],
  fromRow: number,
  toRow: number,
  lists: ListsPlacement | undefined
): ListValidation[] {
  if (!lists) return [];
  const out: ListValidation[] = [];
  for (const p of placed) {
    const list = p.column.list;
    if (!list) continue;
    const l = lists.columns[list];
    if (!l) continue;
    out.push({
      column: p.letter,
      fromRow,
      toRow,
      list,
      source: `=${quoteSheetName(lists.sheet)}!$${l}$${lists.firstRow}:$${l}$${lists.lastRow}`,
      header: p.column.header,
    });
  }
  return out;
}

function rowColouringOf(
  layout: SheetLayout,
  placed: readonly PlacedColumn[],
  extent: SheetExtent,
  fromRow: number,
  toRow: number
): RowColouring | undefined {
  if (!layout.highlight) return undefined;
  const field = layout.columns.find((c) => c.letter === layout.highlight?.column)?.field;
  const at = placed.find((p) => p.column.field === field);
  if (!at) return undefined;
  return {
    range: `${extent.firstColumn}${fromRow}:${extent.lastColumn}${toRow}`,
    formula: rowColouringFormula(at.letter, fromRow),
    kind: layout.highlight.kind,
  };
}

function formatsOf(
  layout: SheetLayout,
  placed: readonly PlacedColumn[],
  fromRow: number,
  toRow: number,
  rowOf: (layoutRow: number) => number | undefined
): FormatRange[] {
  const out: FormatRange[] = [];
  for (const p of placed)
    if (p.column.numFmt !== undefined)
      out.push({ column: p.letter, fromRow, toRow, numFmt: p.column.numFmt });
  for (const f of layout.cellFormats) {
    const field = layout.columns.find((c) => c.letter === f.column)?.field;
    const p = placed.find((x) => x.column.field === field);
    const row = rowOf(f.row);
    if (p && row !== undefined)
      out.push({ column: p.letter, fromRow: row, toRow: row, numFmt: f.numFmt });
  }
  return out;
}

/** A new sheet: the layout as it is (the header on its row, columns from A), every formula column as formulas. */
export function planNewSheet(layout: SheetLayout, opts: SheetPlanOptions): SheetWrite {
  const spec = sheetSpec(layout.id);
  const placed: PlacedColumn[] = layout.columns.map((c) => ({
    column: c,
    letter: c.letter,
    added: false,
  }));
  const build = formulaBuilder(spec, placed, layout.firstRow, opts.ref);
  let formulasEntered = 0;
  const rows = layout.rows.map((r, i) =>
    layout.columns.map((c, j): LayoutCell => {
      const f = build.get(c.field);
      if (!f) return r[j] ?? null;
      formulasEntered++;
      return asFormula(r[j] ?? null, f(layout.firstRow + i));
    })
  );
  const first = layout.columns[0].letter;
  const last = layout.columns[layout.columns.length - 1].letter;
  const lastRow = Math.max(layout.headerRow + 1, layout.firstRow + rows.length - 1);
  const extent: SheetExtent = {
    firstColumn: first,
    lastColumn: last,
    headerRow: layout.headerRow,
    lastRow,
  };
  const toRow = layout.reserveTo;
  const out: SheetWrite = {
    kind: "create",
    layout,
    sheet: layout.name,
    columns: placed,
    extent,
    headerCells: layout.columns.map((c) => ({ column: c.letter, text: c.header })),
    blocks: [{ column: first, row: layout.headerRow, cells: [layout.headers.slice(), ...rows] }],
    formats: formatsOf(layout, placed, layout.firstRow, toRow, (r) => r),
    validations: validationsOf(placed, layout.firstRow, toRow, opts.lists),
    widths: layout.columns.flatMap((c) =>
      c.width === undefined ? [] : [{ column: c.letter, width: c.width }]
    ),
    table: {
      name: freeTableName(layout.tableName, opts.tableNames),
      range: `${first}${layout.headerRow}:${last}${lastRow}`,
    },
    freezeRows: layout.headerRow,
    formulasEntered,
    rowsAdded: rows.length,
  };
  const colouring = rowColouringOf(layout, placed, extent, layout.firstRow, toRow);
  if (colouring) out.rowColouring = colouring;
  if (layout.id === "settings")
    out.settingRows = Object.fromEntries(SETTING_SPECS.map((s, i) => [s.key, layout.firstRow + i]));
  return out;
}

interface Found {
  placed: PlacedColumn[];
  headerRow: number;
  /** Sheet rows of the data: first below the header, last holding a value in one of our input columns (or none). */
  dataFirst: number;
  dataEnd: number | undefined;
  /** 0-based grid index of the header row. */
  headerIndex: number;
  firstHeaderIndex: number;
  lastHeaderIndex: number;
}

/** Columns of the sheet (0-based grid indexes) holding nothing from the header row down. */
function blankColumnsAfter(
  rows: readonly unknown[][],
  headerIndex: number,
  from: number,
  n: number
): number[] {
  const out: number[] = [];
  for (let c = from; out.length < n; c++) {
    let blank = true;
    for (let r = headerIndex; r < rows.length && blank; r++)
      if (!isBlankCell(cellAt(rows, r, c))) blank = false;
    if (blank) out.push(c);
  }
  return out;
}

function locate(input: SheetInput, layout: SheetLayout, spec: SheetSpec): Found | SheetConflict {
  const rows = Array.isArray(input.rows) ? (input.rows as unknown[][]) : [];
  const firstRow = origin(input.firstRow);
  const firstCol = origin(input.firstCol);
  const header = findHeader(input.rows ?? [], spec);
  if (!header || header.missingKeys.length > 0) {
    const keys = header ? header.missingKeys : spec.columns.filter((c) => c.key);
    const missing = keys.map(
      (k) => layout.columns.find((c) => c.field === k.field)?.header ?? k.names.en
    );
    return {
      kind: "conflict",
      layout,
      sheet: input.name,
      missing: missing.length > 0 ? missing : layout.headers.slice(),
    };
  }
  const hi = header.rowIndex;
  const headerCells = Array.isArray(rows[hi]) ? rows[hi] : [];
  let firstHeaderIndex = -1;
  let lastHeaderIndex = -1;
  for (let c = 0; c < headerCells.length; c++)
    if (!isBlankCell(normCell(headerCells[c]))) {
      if (firstHeaderIndex < 0) firstHeaderIndex = c;
      lastHeaderIndex = c;
    }

  const inputCols = [...header.byField.values()]
    .filter((h) => !h.spec.computed)
    .map((h) => h.index);
  let dataEnd: number | undefined;
  for (let r = rows.length - 1; r > hi && dataEnd === undefined; r--)
    if (inputCols.some((c) => !isBlankCell(cellAt(rows, r, c)))) dataEnd = firstRow + r;

  const missing = layout.columns.filter((c) => !header.byField.has(c.field));
  const free = blankColumnsAfter(rows, hi, lastHeaderIndex + 1, missing.length);
  const placed: PlacedColumn[] = layout.columns.map((c) => {
    const h = header.byField.get(c.field);
    if (h) return { column: c, letter: columnLetter(firstCol + h.index), added: false };
    const index = free[missing.indexOf(c)];
    return { column: c, letter: columnLetter(firstCol + index), added: true };
  });
  const headerRow = firstRow + hi;
  return {
    placed,
    headerRow,
    dataFirst: headerRow + 1,
    dataEnd,
    headerIndex: hi,
    firstHeaderIndex,
    lastHeaderIndex,
  };
}

/** The settings the Settings sheet lacks (layout rows, in SETTING_SPECS order) and the row of each one it has. */
function settingsRowsOf(
  input: SheetInput,
  found: Found,
  placed: readonly PlacedColumn[]
): Map<string, number> {
  const rows = Array.isArray(input.rows) ? (input.rows as unknown[][]) : [];
  const firstRow = origin(input.firstRow);
  const firstCol = origin(input.firstCol);
  const at = placed.find((p) => p.column.field === "setting");
  const rowOf = new Map<string, number>();
  if (!at) return rowOf;
  const index = columnIndex(at.letter) - firstCol;
  for (let r = found.headerIndex + 1; r < rows.length; r++) {
    const v = cellAt(rows, r, index);
    if (isBlankCell(v)) continue;
    const s = settingSpecOf(cellText(v));
    if (s && !rowOf.has(s.key)) rowOf.set(s.key, firstRow + r);
  }
  return rowOf;
}

/** The columns an existing sheet has or gets, or undefined for a sheet that is not ours. */
export function placementOf(input: SheetInput, layout: SheetLayout): PlacedColumn[] | undefined {
  const found = locate(input, layout, sheetSpec(layout.id));
  return "kind" in found ? undefined : found.placed;
}

/** A sheet the layout does not plan: the schema's English name and column order. */
function defaultRef(sheet: SheetId, field: string): string {
  const spec = sheetSpec(sheet);
  const l = columnLetter(spec.columns.findIndex((c) => c.field === field) + 1);
  return `${quoteSheetName(spec.names.en)}!$${l}:$${l}`;
}

/** Plans one existing sheet (see the module comment); a sheet that is not ours is a conflict. */
export function planExistingSheet(
  input: SheetInput,
  layout: SheetLayout,
  opts: SheetPlanOptions
): SheetPlan {
  const spec = sheetSpec(layout.id);
  const found = locate(input, layout, spec);
  if ("kind" in found) return found;
  const { placed, headerRow, dataFirst } = found;
  let dataEnd = found.dataEnd;

  // The layout rows to add, and the sheet row of each (layout row index → sheet row).
  let adding: { cells: LayoutCell[]; row: number; layoutIndex: number }[] = [];
  let clear: ClearRows | undefined;
  let settingRows: Record<string, number> | undefined;
  if (layout.id === "settings") {
    const have = settingsRowsOf(input, found, placed);
    const byKey: Record<string, number> = Object.fromEntries(have);
    settingRows = byKey;
    let next = (dataEnd ?? headerRow) + 1;
    SETTING_SPECS.forEach((s, i) => {
      if (have.has(s.key) || !layout.rows[i]) return;
      byKey[s.key] = next;
      adding.push({ cells: layout.rows[i], row: next++, layoutIndex: i });
    });
  } else if (opts.rows === "append" || (opts.rows === "ifEmpty" && dataEnd === undefined)) {
    const start = (dataEnd ?? headerRow) + 1;
    adding = layout.rows.map((cells, i) => ({ cells, row: start + i, layoutIndex: i }));
  } else if (opts.rows === "replace") {
    if (dataEnd !== undefined) clear = { fromRow: dataFirst, toRow: dataEnd };
    adding = layout.rows.map((cells, i) => ({ cells, row: dataFirst + i, layoutIndex: i }));
    dataEnd = undefined;
  }
  if (adding.length > 0) dataEnd = Math.max(dataEnd ?? 0, adding[adding.length - 1].row);
  // A list the Lists sheet lacks comes with its default entries (a dropdown fed by an empty range offers nothing).
  const newLists =
    layout.id === "lists" && adding.length === 0 ? placed.filter((p) => p.added) : [];
  if (newLists.length > 0 && layout.rows.length > 0)
    dataEnd = Math.max(dataEnd ?? 0, dataFirst + layout.rows.length - 1);

  const indexes = placed.map((p) => columnIndex(p.letter));
  const firstCol = origin(input.firstCol);
  const extent: SheetExtent = {
    firstColumn: columnLetter(Math.min(...indexes, firstCol + found.firstHeaderIndex)),
    lastColumn: columnLetter(Math.max(...indexes, firstCol + found.lastHeaderIndex)),
    headerRow,
    lastRow: Math.max(headerRow + 1, dataEnd ?? headerRow + 1),
  };

  const blocks: CellBlock[] = [];
  const headerCells: { column: string; text: string }[] = [];
  for (const p of placed)
    if (p.added) {
      headerCells.push({ column: p.letter, text: p.column.header });
      blocks.push({ column: p.letter, row: headerRow, cells: [[p.column.header]] });
    }

  const build = formulaBuilder(spec, placed, dataFirst, opts.ref);
  const addedRows = new Map(adding.map((a) => [a.row, a]));
  // Added rows, column by column (the columns need not be adjacent nor in the layout's order); formula columns below.
  if (adding.length > 0) {
    const byRun = runsOf(adding.map((a) => a.row));
    placed.forEach((p, j) => {
      if (build.has(p.column.field)) return;
      for (const [from, to] of byRun) {
        const cells: LayoutCell[][] = [];
        for (let r = from; r <= to; r++) cells.push([addedRows.get(r)?.cells[j] ?? null]);
        if (cells.some((c) => c[0] !== null && c[0] !== undefined && c[0] !== ""))
          blocks.push({ column: p.letter, row: from, cells });
      }
    });
  }
  for (const p of newLists) {
    const j = layout.columns.indexOf(p.column);
    const cells = layout.rows.map((r) => [r[j] ?? null]);
    while (cells.length > 0 && isBlankCell(cells[cells.length - 1][0] as CellValue)) cells.pop();
    if (cells.length > 0) blocks.push({ column: p.letter, row: dataFirst, cells });
  }
  let formulasEntered = 0;
  const end = dataEnd;
  if (end !== undefined) {
    placed.forEach((p, j) => {
      const f = build.get(p.column.field);
      if (!f) return;
      const cells: LayoutCell[][] = [];
      for (let r = dataFirst; r <= end; r++) {
        const a = addedRows.get(r);
        cells.push([asFormula(a ? (a.cells[j] ?? null) : null, f(r))]);
      }
      formulasEntered += cells.length;
      blocks.push({ column: p.letter, row: dataFirst, cells, formulas: true });
    });
  }

  const toRow = reserveEnd(layout, headerRow, dataEnd ?? headerRow);
  const layoutRowToSheet = new Map(adding.map((a) => [layout.firstRow + a.layoutIndex, a.row]));
  const out: SheetWrite = {
    kind: "update",
    layout,
    sheet: input.name,
    columns: placed,
    extent,
    headerCells,
    blocks,
    formats: formatsOf(layout, placed, dataFirst, toRow, (r) => layoutRowToSheet.get(r)),
    validations: validationsOf(placed, dataFirst, toRow, opts.lists),
    widths: placed.flatMap((p) =>
      p.added && p.column.width !== undefined ? [{ column: p.letter, width: p.column.width }] : []
    ),
    formulasEntered,
    rowsAdded: adding.length,
  };
  if (clear) out.clear = clear;
  if (settingRows) out.settingRows = settingRows;
  const colouring = rowColouringOf(layout, placed, extent, dataFirst, toRow);
  if (colouring) out.rowColouring = colouring;
  return out;
}

/** Consecutive runs of ascending row numbers: [from, to] pairs. */
function runsOf(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** The Lists placement of a planned Lists sheet. */
export function listsPlacementOf(plan: SheetWrite): ListsPlacement {
  const columns: Partial<Record<ListId, string>> = {};
  for (const p of plan.columns) {
    const f = p.column.field;
    if (f === "platform" || f === "channel" || f === "tier") columns[f] = p.letter;
  }
  const firstRow = plan.extent.headerRow + 1;
  const lastRow = Math.max(LIST_LAST_ROW + plan.extent.headerRow - 1, plan.extent.lastRow);
  return { sheet: plan.sheet, columns, firstRow, lastRow };
}

/** The Settings workbook names, pointing at the Value cell of each setting's row in the planned Settings sheet. */
export function settingsNamesOf(plan: SheetWrite): { name: string; ref: string }[] {
  const value = plan.columns.find((p) => p.column.field === "value")?.letter;
  const rows = plan.settingRows;
  if (!value || !rows) return [];
  const sheet = quoteSheetName(plan.sheet);
  return SETTING_SPECS.flatMap((s) => {
    const r = rows[s.key];
    return r === undefined ? [] : [{ name: s.workbookName, ref: `${sheet}!$${value}$${r}` }];
  });
}

/** The workbook's sheet for a layout sheet: the first whose name means the same schema sheet, in any language. */
export function existingSheetFor(
  existing: readonly SheetInput[],
  layout: SheetLayout
): SheetInput | undefined {
  return existing.find((s) => identifySheet(s.name) === layout.id);
}

function rowModeOf(layout: SheetLayout, opts: ApplyOptions): RowMode {
  if (layout.id === "lists") return "ifEmpty";
  return opts.sample ? "ifEmpty" : "keep";
}

export interface PlanUpdateOptions extends ApplyOptions {
  /** Table names the workbook already uses. */
  tableNames?: readonly string[];
}

/**
 * Plans "Create / update plan workbook": every layout sheet created, updated or reported as a conflict (in layout
 * order; Lists first among the dropdown sources), the Settings names, and the pane's summary.
 */
export function planUpdate(
  existing: readonly SheetInput[],
  layout: PlanWorkbookLayout,
  opts: PlanUpdateOptions
): WorkbookUpdate {
  const tableNames = [...(opts.tableNames ?? [])];
  // Where every sheet's columns are (or will be): formulas look up other sheets by their real names and letters.
  const where = new Map<SheetId, { sheet: string; letters: Map<string, string> }>();
  for (const l of layout.sheets) {
    const input = existingSheetFor(existing, l);
    const placed = input
      ? placementOf(input, l)
      : l.columns.map((c) => ({ column: c, letter: c.letter, added: false }));
    if (placed)
      where.set(l.id, {
        sheet: input ? input.name : l.name,
        letters: new Map(placed.map((p) => [p.column.field, p.letter])),
      });
    // A sheet that is not ours keeps its name: a formula must never name a sheet the workbook lacks (Excel would take
    // it for another workbook), even where the look-up finds nothing useful until the planner renames that sheet.
    else if (input)
      where.set(l.id, {
        sheet: input.name,
        letters: new Map(l.columns.map((c) => [c.field, c.letter])),
      });
  }
  const ref = (sheet: SheetId, field: string): string => {
    const w = where.get(sheet);
    const letter = w?.letters.get(field);
    if (!w || !letter) return defaultRef(sheet, field);
    return `${quoteSheetName(w.sheet)}!$${letter}:$${letter}`;
  };

  const plans = new Map<SheetLayout, SheetPlan>();
  const planOf = (l: SheetLayout, lists: ListsPlacement | undefined): SheetPlan => {
    const input = existingSheetFor(existing, l);
    const sheetOpts: SheetPlanOptions = { rows: rowModeOf(l, opts), tableNames, lists, ref };
    const p = input ? planExistingSheet(input, l, sheetOpts) : planNewSheet(l, sheetOpts);
    if (p.kind === "create" && p.table) tableNames.push(p.table.name);
    return p;
  };

  const listsLayout = layout.sheets.find((s) => s.id === "lists");
  let lists: ListsPlacement | undefined;
  if (listsLayout) {
    const p = planOf(listsLayout, undefined);
    plans.set(listsLayout, p);
    if (p.kind !== "conflict") lists = listsPlacementOf(p);
  }
  for (const l of layout.sheets) if (!plans.has(l)) plans.set(l, planOf(l, lists));
  const sheets = layout.sheets.map((l) => plans.get(l) as SheetPlan);

  const settings = sheets.find(
    (p): p is SheetWrite => p.kind !== "conflict" && p.layout.id === "settings"
  );
  const names = settings ? settingsNamesOf(settings) : [];

  const summary: ApplySummary = {
    created: [],
    addedColumns: [],
    formulasEntered: 0,
    sampleRows: 0,
    keptSheets: [],
    conflicts: [],
  };
  const sampleSheets = new Set<string>(DATA_SHEET_IDS);
  for (const p of sheets) {
    if (p.kind === "conflict") {
      summary.conflicts.push(p.sheet);
      continue;
    }
    if (p.kind === "create") summary.created.push(p.sheet);
    else summary.keptSheets.push(p.sheet);
    const added = p.columns.filter((c) => c.added).map((c) => c.column.header);
    if (added.length > 0) summary.addedColumns.push({ sheet: p.sheet, headers: added });
    summary.formulasEntered += p.formulasEntered;
    if (opts.sample && sampleSheets.has(p.layout.id)) summary.sampleRows += p.rowsAdded;
  }
  return { sheets, names, summary };
}

/** The Findings sheet of a validation (its Cell a link to the finding's cell). */
export function findingsSheetLayout(findings: readonly Finding[], lang: Lang): SheetLayout {
  return sheetLayout(FINDINGS_SHEET, lang, findingRows(findings, lang), { currency: "CNY" });
}

/** Rewrites the Findings sheet: created when missing, else its old rows replaced; a Findings sheet not ours throws. */
export function planFindings(
  existing: readonly SheetInput[],
  findings: readonly Finding[],
  lang: Lang,
  tableNames?: readonly string[]
): SheetWrite {
  return planOne(existing, findingsSheetLayout(findings, lang), { rows: "replace", tableNames });
}

/** Appends one Waivers row after the sheet's last row (creating the sheet when missing); a Waivers sheet not ours throws. */
export function planWaiver(
  existing: readonly SheetInput[],
  waiver: WaiverInput,
  lang: Lang,
  tableNames?: readonly string[]
): SheetWrite {
  const row: Record<string, CellValue> = {
    rule: waiver.rule,
    target: waiver.target,
    reason: waiver.reason,
    until: waiver.until ?? null,
    owner: waiver.owner ?? null,
  };
  return planOne(existing, sheetLayout(WAIVERS_SHEET, lang, [row], { currency: "CNY" }), {
    rows: "append",
    tableNames,
  });
}

function planOne(
  existing: readonly SheetInput[],
  layout: SheetLayout,
  opts: SheetPlanOptions
): SheetWrite {
  const input = existingSheetFor(existing, layout);
  const p = input ? planExistingSheet(input, layout, opts) : planNewSheet(layout, opts);
  if (p.kind === "conflict") throw new SheetConflictError(p.sheet, p.missing);
  return p;
}
