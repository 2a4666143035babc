/**
 * Cells as Office.js writes them. Range.values and Range.formulas parse a string as if it were typed: a number ("1E5",
 * "1,234", "(1)", "$5", "５０"), a date or time ("Jun 18", "1/2", "2027年6月18日", "12:30"), a boolean, an error
 * ("#N/A") or a formula ("=…", "+…", "-…", "@…"). What Excel reads as which depends on its locale (date order, month
 * names, currency symbols, fractions), so no narrow pattern is safe: a text that holds a digit, starts with one of
 * = + - @ ' #, or reads TRUE or FALSE gets Excel's text prefix (an apostrophe, which Excel keeps out of the value).
 * Any other text cannot be read as anything else and is written as it is.
 *
 * A link to a cell of the workbook (the Findings sheet's Cell) is a HYPERLINK formula, `=HYPERLINK("#Promotions!E12",
 * "Promotions!E12")`, written with the other cells in one 2-D write: a Range.hyperlink is a command of its own per
 * cell (about 380 bytes each), and Excel keeps at most 65,530 of them per worksheet (Excel's specifications and
 * limits), fewer than a large plan's findings.
 */
import { isCellError } from "../core/cells";
import { dateToSerial } from "../core/read/dates";
import { isFormulaCell, isLinkCell, type LayoutCell } from "../core/write/layout";

export type ExcelCell = string | number | boolean;

const NOT_PLAIN = /[0-9\uFF10-\uFF19]|^[=+\-@'#\uFF03\uFF0B\uFF0D\uFF1D]|^\s*(?:true|false)\s*$/i;

/** A text as written through values or formulas so that it stays that text. */
export const excelText = (s: string): string => (NOT_PLAIN.test(s) ? `'${s}` : s);

const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** A link to `link` (a sheet-qualified address) showing `text`. */
export const hyperlinkFormula = (link: string, text: string): string =>
  `=HYPERLINK(${quoted(`#${link}`)},${quoted(text)})`;

export function excelCell(v: LayoutCell): ExcelCell {
  if (isFormulaCell(v)) return `=${v.formula}`;
  if (isLinkCell(v)) return hyperlinkFormula(v.link, v.text);
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return dateToSerial(v);
  if (isCellError(v)) return v.error;
  if (typeof v === "string") return excelText(v);
  return v;
}
