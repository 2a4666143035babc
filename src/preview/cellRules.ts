/**
 * Cell-value conditional formats (the Timeline's colours): a cell of the rule's range whose value equals a text, or is
 * not blank, takes the rule's fill and font. The preview grid evaluates them on each cell's current value, as Excel
 * evaluates the rules the adapter writes (`=D7="L"`, `=LEN(D7)>0`, relative to the range's top-left cell), so a
 * recomputed formula recolours its cell.
 */
import { isCellError, type CellValue } from "../core/cells";

/** Same shape as the Timeline layout's `when`. */
export type CellTest = { equals: string } | { notBlank: true } | { always: true };

/**
 * Whether a value passes the test as Excel's formula would: `=D7="L"` compares text case-insensitively and is FALSE
 * for a number; `=LEN(D7)>0` is FALSE for a blank or "" and TRUE for any number or boolean. An error value makes
 * either formula an error, and a rule whose formula errs does not apply.
 */
export function cellTestMatches(test: CellTest, value: CellValue): boolean {
  if ("always" in test) return true;
  if (value === null || value === undefined || isCellError(value)) return false;
  if ("equals" in test)
    return typeof value === "string" && value.toLowerCase() === test.equals.toLowerCase();
  return typeof value !== "string" || value.length > 0; // a number, boolean or date has a text
}

/** The rule as Excel's custom formula, relative to the range's top-left cell (what the .xlsx download writes). */
export function cellTestFormula(range: string, test: CellTest): string {
  const top = range.split(":")[0].replace(/\$/g, "").toUpperCase();
  if ("always" in test) return "TRUE";
  return "equals" in test ? `${top}="${test.equals.replace(/"/g, '""')}"` : `LEN(${top})>0`;
}
