/**
 * Cells as Office.js writes them. Range.values and Range.formulas parse a string as if it were typed: a number ("1E5",
 * "1,234", "(1)", "$5", "５０"), a date or time ("Jun 18", "1/2", "2027年6月18日", "12:30"), a boolean, an error
 * ("#N/A") or a formula ("=…", "+…", "-…", "@…"). What Excel reads as which depends on its locale (date order, month
 * names, currency symbols, fractions), so no narrow pattern is safe: a text that holds a digit, starts with one of
 * = + - @ ' #, or reads TRUE or FALSE gets Excel's text prefix (an apostrophe, which Excel keeps out of the value).
 * Any other text cannot be read as anything else and is written as it is.
 */
import { isCellError } from "../core/cells";
import { dateToSerial } from "../core/read/dates";
import { isFormulaCell, isLinkCell, type LayoutCell } from "../core/write/layout";

export type ExcelCell = string | number | boolean;

const NOT_PLAIN = /[0-9\uFF10-\uFF19]|^[=+\-@'#\uFF03\uFF0B\uFF0D\uFF1D]|^\s*(?:true|false)\s*$/i;

/** A text as written through values or formulas so that it stays that text. */
export const excelText = (s: string): string => (NOT_PLAIN.test(s) ? `'${s}` : s);

export function excelCell(v: LayoutCell): ExcelCell {
  if (isFormulaCell(v)) return `=${v.formula}`;
  if (isLinkCell(v)) return excelText(v.text);
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return dateToSerial(v);
  if (isCellError(v)) return v.error;
  if (typeof v === "string") return excelText(v);
  return v;
}
