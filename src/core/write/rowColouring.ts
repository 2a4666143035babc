/**
 * The conditional format that colours a plan sheet's row when its Flags (or Suggestion) cell is not empty. Its formula
 * carries a marker, as the highlights' does: Excel gives a rule's formula back relative to the range it was read
 * through (office-js#5194), so `=$K2<>""` read through the sheet's A1 range is `=$K1<>""`, and only a marker tells
 * our rule apart wherever it is read from. A rule without it, `=$K2<>""` (written before the marker, by any row), is
 * taken as ours too. Every writer (the Office.js adapter, the CLI, the preview) builds it here.
 */

/** The marker: a text no formula of a planner's would hold (distinct from the highlights' "ops-planner"). */
export const ROW_COLOURING_MARKER = "ops-planner:rows";

/** The rule for rows from `firstRow` watching `column` (a letter), with "=": `=AND($K2<>"","ops-planner:rows"<>"")`. */
export function rowColouringFormula(column: string, firstRow: number): string {
  return `=AND($${column}${firstRow}<>"","${ROW_COLOURING_MARKER}"<>"")`;
}

const MARKED = new RegExp(
  String.raw`^=?\s*AND\(\s*\$([A-Z]{1,3})\$?\d+\s*<>\s*""\s*,\s*"${ROW_COLOURING_MARKER}"\s*<>\s*""\s*\)\s*$`,
  "i"
);
const UNMARKED = /^=?\s*\$([A-Z]{1,3})\$?\d+\s*<>\s*""\s*$/i;

/** The column a row-colouring rule watches, or undefined when the formula is no row colouring of ours. */
export function rowColouringColumn(formula: string | undefined): string | undefined {
  if (formula === undefined) return undefined;
  const m = MARKED.exec(formula) ?? UNMARKED.exec(formula);
  return m ? m[1].toUpperCase() : undefined;
}

/** Whether a conditional format's formula is our row colouring, however it was read. */
export function isRowColouring(formula: string | undefined): boolean {
  return rowColouringColumn(formula) !== undefined;
}
