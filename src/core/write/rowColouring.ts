/**
 * The conditional format that colours a plan sheet's row when its Flags (or Suggestion) cell is not empty or is an
 * error. Every writer (the Office.js adapter, the CLI, the preview) builds it here.
 *
 * - An error counts: a Flags formula in a workbook without the add-in is #NAME?, and `$K2<>""` alone would be an
 *   error too, which colours nothing, so the row would read as clean (IF, not OR: OR passes an error on).
 * - It carries a marker, as the highlights' rule does: Excel gives a rule's formula back relative to the range it was
 *   read through (office-js#5194), so `$K2` read through the sheet's A1 range is `$K1`, and only the marker tells our
 *   rule apart wherever it is read from. A rule written before the marker, `=$K2<>""`, is taken as ours too.
 */

/** The marker: a text no formula of a planner's would hold (distinct from the highlights' "ops-planner"). */
export const ROW_COLOURING_MARKER = "ops-planner:rows";

/**
 * The rule for rows from `firstRow` watching `column` (a letter), with "=":
 * `=IF(ISERROR($K2),TRUE,AND($K2<>"","ops-planner:rows"<>""))`.
 */
export function rowColouringFormula(column: string, firstRow: number): string {
  const cell = `$${column}${firstRow}`;
  return `=IF(ISERROR(${cell}),TRUE,AND(${cell}<>"","${ROW_COLOURING_MARKER}"<>""))`;
}

const CELL = String.raw`\$([A-Z]{1,3})\$?\d+`;
const SAME = String.raw`\$\1\$?\d+`;
const MARKED = new RegExp(
  String.raw`^=?\s*IF\(\s*ISERROR\(\s*${CELL}\s*\)\s*,\s*TRUE\s*,\s*AND\(\s*${SAME}\s*<>\s*""\s*,\s*"${ROW_COLOURING_MARKER}"\s*<>\s*""\s*\)\s*\)\s*$`,
  "i"
);
const UNMARKED = new RegExp(String.raw`^=?\s*${CELL}\s*<>\s*""\s*$`, "i");

/** The column a row-colouring rule watches, or undefined when the formula is no row colouring of ours. */
export function rowColouringColumn(formula: string | undefined): string | undefined {
  if (formula === undefined) return undefined;
  const m = MARKED.exec(formula) ?? UNMARKED.exec(formula);
  return m ? m[1].toUpperCase() : undefined;
}

/**
 * Whether one of `have` (a sheet's conditional formats' formulas, however they were read) is our row colouring of the
 * column `wanted` (a rule of ours) watches: a sheet may hold one per flags column (Flags, Presale flags).
 */
export function hasRowColouringOf(have: readonly (string | undefined)[], wanted: string): boolean {
  const column = rowColouringColumn(wanted);
  return column !== undefined && have.some((f) => rowColouringColumn(f) === column);
}

/** Whether a conditional format's formula is our row colouring, however it was read. */
export function isRowColouring(formula: string | undefined): boolean {
  return rowColouringColumn(formula) !== undefined;
}
