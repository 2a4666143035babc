/**
 * What a plan sheet looks like, host-neutral: headers in the chosen language, column letters, formats, widths, list
 * dropdown sources and the rows to write. The CLI's ExcelJS writer and the task pane's Office.js adapter both render
 * a SheetLayout; neither decides anything about the sheet itself.
 */
import { columnLetter, quoteSheetName, type CellValue } from "../cells";
import { formulaText } from "../formulas/text";
import type { RowColourKind } from "../presentation";
import { LISTS_SHEET, SETTINGS_SHEET, SHEETS, sheetSpec } from "../schema/sheets";
import type {
  FormulaContext,
  Lang,
  ListId,
  Names,
  SheetId,
  SheetSpec,
  ValueType,
} from "../schema/types";
import { currencySymbol, SETTING_SPECS } from "../settings";

/** A formula with the value the core computed for it (the cached result a file shows before recalculation). */
export interface FormulaCell {
  /** A1 formula without the leading "=". */
  formula: string;
  result: CellValue;
}

/** A link to a cell of the workbook (the Findings sheet's Cell column). */
export interface LinkCell {
  text: string;
  /** A sheet-qualified A1 address, e.g. `Promotions!E12` or `'My sheet'!B2`. */
  link: string;
}

export type LayoutCell = CellValue | FormulaCell | LinkCell;

export function isFormulaCell(v: LayoutCell): v is FormulaCell {
  return (
    typeof v === "object" &&
    v !== null &&
    !(v instanceof Date) &&
    typeof (v as FormulaCell).formula === "string"
  );
}

export function isLinkCell(v: LayoutCell): v is LinkCell {
  return (
    typeof v === "object" &&
    v !== null &&
    !(v instanceof Date) &&
    typeof (v as LinkCell).link === "string"
  );
}

export interface LayoutColumn {
  field: string;
  letter: string;
  header: string;
  type: ValueType;
  numFmt?: string;
  width?: number;
  list?: ListId;
  computed?: boolean;
  /** A hidden helper column (ColumnSpec.hidden): every writer hides it. */
  hidden?: boolean;
  /** The formula of this column's cell on a sheet row (computed columns that have one). */
  formula?: (row: number) => string;
}

export interface SheetLayout {
  id: SheetId;
  name: string;
  /** Excel table name (ASCII, unique in the workbook): tblProducts. */
  tableName: string;
  headers: string[];
  columns: LayoutColumn[];
  /** Sheet row of the header; data starts on the next row. */
  headerRow: number;
  firstRow: number;
  rows: LayoutCell[][];
  /** Last sheet row that formats, dropdowns and row colouring cover: the data plus room to grow. */
  reserveTo: number;
  /** A column whose non-empty cell colours its row: Flags (a breach) or Suggestion (advice). */
  /**
   * The column whose non-empty cell colours its row; `also`: the sheet's other flags columns (Promotions' Presale
   * flags, issue 16), each watched by a rule of its own with the same colours.
   */
  highlight?: { column: string; kind: RowColourKind; also?: string[] };
  /** Formats of single cells that differ from their column's (the Settings values). */
  cellFormats: { row: number; column: string; numFmt: string }[];
}

export interface LayoutOptions {
  currency: string;
  /** First data row (default 2, the header on row 1). */
  firstRow?: number;
  /** Write computed columns as `{ formula, result }` (default: plain values, until the PLAN functions exist). */
  formulas?: boolean;
}

/** Rows that dropdowns and row colouring cover beyond the data, and at least. */
export const RESERVE_ROWS = 500;
export const MIN_RESERVE_TO = 1000;

/**
 * The last row that formats, dropdowns and row colouring reach, `end` as the sheet's data asks, within the sheet's own
 * last reserved row (SheetSpec.reserveLastRow) unless its data goes further.
 */
export function reserveRowsEnd(id: SheetId, lastDataRow: number, end: number): number {
  const cap = SHEETS.find((s) => s.id === id)?.reserveLastRow; // Settings, Lists and output sheets have none
  return cap === undefined ? end : Math.max(lastDataRow, Math.min(end, cap));
}
/** The Lists ranges that feed dropdowns end here: room for a planner's own entries. */
export const LIST_LAST_ROW = 200;

export function nameIn(names: Names, lang: Lang): string {
  return lang === "zh-CN" ? names.zh : names.en;
}

export function sheetName(spec: SheetSpec, lang: Lang): string {
  return nameIn(spec.names, lang);
}

export function tableNameOf(id: SheetId): string {
  return `tbl${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}

/** A schema format with `{cur}` replaced by the currency symbol, quoted as a literal (`"¥"#,##0.00`). */
export function numFmtOf(format: string | undefined, currency: string): string | undefined {
  if (format === undefined) return undefined;
  const symbol = `"${currencySymbol(currency).replace(/"/g, "")}"`;
  return format.replace(/\{cur\}/g, symbol);
}

/** The column letter a field has in a sheet of the workbook. */
export type FieldLetters = (sheet: SheetId, field: string) => string;
/** The name a sheet has in the workbook. */
export type SheetNames = (sheet: SheetId) => string;

/**
 * The context a schema formula is built in, for one row of one sheet: `col` gives this sheet's letters, `ref` the
 * whole-column references to other sheets' fields (`产品!$E:$E`), both from the workbook's own letters and sheet
 * names. The template passes the schema's order and the language's names; the task pane the letters and names it
 * found in a planner's workbook.
 */
export function formulaContext(
  sheet: SheetId,
  row: number,
  firstRow: number,
  letters: FieldLetters,
  sheetNameOf: SheetNames
): FormulaContext {
  return {
    row,
    firstRow,
    col: (field) => letters(sheet, field),
    ref: (other, field) => {
      const l = letters(other, field);
      return `${quoteSheetName(sheetNameOf(other))}!$${l}:$${l}`;
    },
    // The template writes every sheet's data from the same first row.
    firstCell: (other, field) =>
      `${quoteSheetName(sheetNameOf(other))}!$${letters(other, field)}$${firstRow}`,
  };
}

const schemaLetterCache = new Map<SheetId, Map<string, string>>();

/** The template's letters: every sheet's columns in schema order from A. */
export const schemaLetters: FieldLetters = (sheet, field) => {
  let letters = schemaLetterCache.get(sheet);
  if (!letters) {
    letters = new Map(sheetSpec(sheet).columns.map((c, i) => [c.field, columnLetter(i + 1)]));
    schemaLetterCache.set(sheet, letters);
  }
  const l = letters.get(field);
  if (!l) throw new Error(`No column ${field} in sheet ${sheet}`);
  return l;
};

/** The template's sheet names in a language. */
export const templateSheetNames =
  (lang: Lang): SheetNames =>
  (sheet) =>
    sheetName(sheetSpec(sheet), lang);

export function sheetLayout(
  spec: SheetSpec,
  lang: Lang,
  rows: readonly Record<string, CellValue | LayoutCell>[],
  opts: LayoutOptions
): SheetLayout {
  const firstRow = opts.firstRow ?? 2;
  const letters = new Map(spec.columns.map((c, i) => [c.field, columnLetter(i + 1)]));
  const col = (field: string): string => {
    const l = letters.get(field);
    if (!l) throw new Error(`No column ${field} in sheet ${spec.id}`);
    return l;
  };
  // Other sheets as the template writes them: schema order, the language's names.
  const workbookLetters: FieldLetters = (sheet, field) =>
    sheet === spec.id ? col(field) : schemaLetters(sheet, field);
  const names = templateSheetNames(lang);
  const columns: LayoutColumn[] = spec.columns.map((c) => {
    const out: LayoutColumn = {
      field: c.field,
      letter: col(c.field),
      header: nameIn(c.names, lang),
      type: c.type,
    };
    const numFmt = numFmtOf(c.format, opts.currency);
    if (numFmt !== undefined) out.numFmt = numFmt;
    if (c.width !== undefined) out.width = c.width;
    if (c.list !== undefined) out.list = c.list;
    if (c.computed) out.computed = true;
    if (c.hidden) out.hidden = true;
    const declared = c.formula;
    if (declared)
      out.formula = (row) =>
        formulaText(declared, formulaContext(spec.id, row, firstRow, workbookLetters, names));
    return out;
  });
  const data = rows.map((r, i) =>
    columns.map((c): LayoutCell => {
      const v = r[c.field] ?? null;
      if (opts.formulas && c.formula && !isFormulaCell(v))
        return { formula: c.formula(firstRow + i), result: v as CellValue };
      return v;
    })
  );
  const flags = letters.get("flags");
  const suggestion = letters.get("suggestion");
  const layout: SheetLayout = {
    id: spec.id,
    name: sheetName(spec, lang),
    tableName: tableNameOf(spec.id),
    headers: columns.map((c) => c.header),
    columns,
    headerRow: firstRow - 1,
    firstRow,
    rows: data,
    reserveTo: reserveRowsEnd(
      spec.id,
      firstRow + data.length - 1,
      Math.max(MIN_RESERVE_TO, firstRow + data.length - 1 + RESERVE_ROWS)
    ),
    cellFormats: [],
  };
  const presaleFlags = letters.get("presaleFlags");
  if (flags)
    layout.highlight = {
      column: flags,
      kind: "flag",
      ...(presaleFlags ? { also: [presaleFlags] } : {}),
    };
  else if (suggestion) layout.highlight = { column: suggestion, kind: "suggestion" };
  return layout;
}

/** The Lists range that feeds a list column's dropdown: `Lists!$A$2:$A$200` (`列表!$C$2:$C$200`). */
export function listRange(listId: ListId, lang: Lang): string {
  const i = LISTS_SHEET.columns.findIndex((c) => c.field === listId);
  if (i < 0) throw new Error(`No list ${listId}`);
  const l = columnLetter(i + 1);
  return `${quoteSheetName(sheetName(LISTS_SHEET, lang))}!$${l}$2:$${l}$${LIST_LAST_ROW}`;
}

/** The Settings workbook names (PlanYear …) and the Value cell each names, in SETTING_SPECS order from row 2. */
export function settingsNames(lang: Lang): { name: string; ref: string }[] {
  const sheet = quoteSheetName(sheetName(SETTINGS_SHEET, lang));
  const i = SETTINGS_SHEET.columns.findIndex((c) => c.field === "value");
  const l = columnLetter(i + 1);
  return SETTING_SPECS.map((s, r) => ({ name: s.workbookName, ref: `${sheet}!$${l}$${r + 2}` }));
}
