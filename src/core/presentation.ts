/**
 * How our sheets look, wherever they are written: the Office.js adapter (src/excel), the CLI's and the preview
 * download's ExcelJS rendering (src/xlsx) and the preview's grid (src/preview) all take these, so a workbook looks the
 * same in Excel, in a file and in the browser. Colours are CSS `#RRGGBB`; `argb` gives a file's `FFRRGGBB`.
 */
import type { Severity } from "./finding";

/** The Excel table style of every plan sheet. */
export const TABLE_STYLE = "TableStyleMedium2";

/** What colours a row: a breach (Flags not empty) or advice (Suggestion not empty). */
export type RowColourKind = "flag" | "suggestion";

/** Light red with dark red text (a row that breaks a rule), light amber with brown text (a suggestion). */
export const ROW_COLOURS: Readonly<Record<RowColourKind, { fill: string; font: string }>> = {
  flag: { fill: "#FFC7CE", font: "#9C0006" },
  suggestion: { fill: "#FFEB9C", font: "#9C5700" },
};

/** The font colour of a link to a cell (the Findings sheet's Cell column). */
export const LINK_COLOUR = "#0563C1";

/**
 * Findings' cells are marked by a conditional format whose rule is always true and carries this marker: clearing
 * removes only the formats that carry it, so a planner's own fills and rules stay as they were.
 */
export const HIGHLIGHT_MARKER = "ops-planner";
export const HIGHLIGHT_FORMULA = `=AND(TRUE,"${HIGHLIGHT_MARKER}"<>"")`;
export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = {
  error: "#FF8B8B",
  warning: "#FFD966",
};

export const isHighlight = (formula: string | undefined): boolean =>
  formula !== undefined && formula.includes(`"${HIGHLIGHT_MARKER}"`);

/** A CSS colour (`#RRGGBB`) as a file stores it (`FFRRGGBB`); an ARGB colour stays as it is. */
export function argb(css: string): string {
  const hex = css.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{8}$/.test(hex) ? hex : `FF${hex}`;
}

/**
 * The conditional format that colours a row of a plan sheet, with the leading "=": true when the row's cell in
 * `column` (Flags or Suggestion) is not empty or is an error, e.g. `=IF(ISERROR($K2),TRUE,$K2<>"")` for a range whose
 * first row is 2. An error counts: a Flags formula in a workbook without the add-in is #NAME?, and `$K2<>""` alone
 * would be an error too, which colours nothing, so the row would read as clean. (IF, not OR: OR passes an error on.)
 */
export const rowColouringFormula = (column: string, firstRow: number): string =>
  `=IF(ISERROR($${column}${firstRow}),TRUE,$${column}${firstRow}<>"")`;

const CELL = String.raw`\$([A-Z]{1,3})\$?(\d+)`;
/** Today's shape, and the one written before errors counted (`=$K2<>""`), which a workbook may still hold. */
const ROW_COLOURING = [
  new RegExp(
    String.raw`^=?\s*IF\(\s*ISERROR\(${CELL}\)\s*,\s*TRUE\s*,\s*\$\1\$?\2\s*<>\s*""\s*\)\s*$`,
    "i"
  ),
  new RegExp(String.raw`^=?\s*${CELL}\s*<>\s*""\s*$`, "i"),
];

/** The column and first row a row-colouring formula (either shape, "=" optional) tests, or undefined. */
export function rowColouringColumn(formula: string): { column: string; row: number } | undefined {
  for (const re of ROW_COLOURING) {
    const m = re.exec(formula);
    if (m) return { column: m[1].toUpperCase(), row: Number(m[2]) };
  }
  return undefined;
}
