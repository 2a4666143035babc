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
/**
 * The longest multi-area address (`M9,AB14,…`) we give a conditional format or Worksheet.getRanges. Microsoft's
 * reference gives no figure; office-js#5198 reports getRanges refusing some addresses of about 8,000 characters
 * (500 areas) and taking others longer. 255 is VBA's Range.Address, not this one. Highlights and the Timeline's
 * stock-out marks keep to this; the fake Excel refuses a longer address (test/excel/fakeExcel.ts).
 */
export const MAX_AREAS_ADDRESS = 2000;

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
