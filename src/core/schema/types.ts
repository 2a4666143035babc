/** The sheet schema's vocabulary: defined once, used to write, read and validate. */
import type { FormulaExpr } from "../formulas/declare";

export type Lang = "en" | "zh-CN";
export const LANGS: readonly Lang[] = ["en", "zh-CN"];

export type SheetId =
  | "settings"
  | "lists"
  | "products"
  | "promotions"
  | "prices"
  | "budget"
  | "daily"
  | "regions"
  | "waivers"
  | "calendar"
  | "sales"
  | "platforms"
  | "service"
  | "market"
  | "competitors"
  | "timeline"
  | "findings"
  | "dashboard"
  | "review";

/** Sheet order of spec §2: findings are sorted by it. */
export const SHEET_ORDER: readonly SheetId[] = [
  "settings",
  "lists",
  "products",
  "promotions",
  "prices",
  "budget",
  "daily",
  "regions",
  "waivers",
  "calendar",
  "sales",
  "platforms",
  "service",
  "market",
  "competitors",
  "timeline",
  "findings",
  "dashboard",
  "review",
];

/** The sheets that make a file a plan (CLI exit 2 when none is there). */
export const PLAN_SHEETS: readonly SheetId[] = [
  "products",
  "promotions",
  "prices",
  "budget",
  "daily",
  "regions",
];

export type ListId = "platform" | "channel" | "tier";

/**
 * How a cell is read:
 * text — trimmed string; list — a value of a Lists list (canonicalised); platforms — comma list of platforms;
 * number/integer/money — numbers (money and integer also reject negatives where `nonNegative`);
 * percent — a fraction (5% / 0.05 / 5 all mean 0.05); date — an Excel serial day; month — a month: a date (any day of
 * it) or a month typed alone (2027-03, 2027/3, 2027年3月, Mar 2027), read as the serial of its first day.
 */
export type ValueType =
  | "text"
  | "list"
  | "platforms"
  | "number"
  | "integer"
  | "money"
  | "percent"
  | "date"
  | "month"
  | "any";

export interface Names {
  en: string;
  zh: string;
  /** 繁體中文: accepted when reading. */
  zhTW: string;
}

/** Context a formula builder gets: the column letter of any field of the same sheet, and the row. */
export interface FormulaContext {
  row: number;
  col(field: string): string;
  /** Absolute first and last data rows of the sheet's table (for running totals and lookups). */
  firstRow: number;
  /**
   * An absolute whole-column reference to a field of another sheet, e.g. `Products!$E:$E` (`产品!$E:$E`), for
   * INDEX/MATCH look-ups and COUNTIFS/MINIFS. Writers pass it with the workbook's sheet names and column letters;
   * without it, formulas assume the schema's column order and English sheet names.
   */
  ref?(sheet: SheetId, field: string): string;
  /**
   * An absolute reference to a field's cell on the first data row of another sheet, e.g. `Promotions!$M$2`: where a
   * one-cell result of that sheet is (the Warehouse keys). Without it, the schema's column and row 2.
   */
  firstCell?(sheet: SheetId, field: string): string;
}

export interface ColumnSpec {
  field: string;
  names: Names;
  type: ValueType;
  /** Key columns recognise the header row; a blank key cell is DQ_MISSING_VALUE. */
  key?: boolean;
  list?: ListId;
  /** Negative values are DQ_NEGATIVE (amounts, prices, counts). */
  nonNegative?: boolean;
  /** Excel number format; `{cur}` is replaced by the currency symbol. */
  format?: string;
  width?: number;
  /** Computed and Flags columns: written by us, never read as input. */
  computed?: boolean;
  /**
   * A computed helper column the planner need not see: every writer hides it (after the sheet's other columns, so no
   * typed cell moves); the reader ignores it as it ignores every computed column.
   */
  hidden?: boolean;
  /**
   * The formula that fills a computed column, declared once (src/core/formulas/declare.ts): its text, its cached
   * value and the preview's evaluation all derive from it.
   */
  formula?: FormulaExpr;
}

export interface SheetSpec {
  id: SheetId;
  names: Names;
  columns: ColumnSpec[];
  /** Written by the add-in only; the reader ignores it. */
  outputOnly?: boolean;
  /**
   * The last row formats, dropdowns and row colouring reach with no data there (the Calendar's: the last row the
   * Promotions Flags formulas read); rows of data below it are still covered.
   */
  reserveLastRow?: number;
}

/** Columns whose values are serial days (written as dates). */
export function isDateType(type: ValueType | undefined): boolean {
  return type === "date" || type === "month";
}
