/**
 * The ExcelJS pieces of a plan workbook, host-neutral (no Node fs): cell values and formulas as a file stores them, the
 * Excel table, list dropdowns, the conditional format that colours flagged rows, the frozen header. The CLI writer
 * (src/cli/xlsx/writeWorkbook.ts) renders the template's layouts with them and saves a file; the browser preview
 * (src/preview/xlsxDownload.ts) renders its in-memory workbook with them and downloads the bytes.
 */
import type ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../core/cells";
import {
  argb,
  LINK_COLOUR,
  ROW_COLOURS,
  TABLE_STYLE,
  type RowColourKind,
} from "../core/presentation";
import { FUTURE_FUNCTIONS } from "../core/formulaNames";
import { serialToDate } from "../core/read/dates";
import type { Lang } from "../core/schema/types";
import { isFormulaCell, isLinkCell, type LayoutCell } from "../core/write/layout";

export { TABLE_STYLE } from "../core/presentation";

/** The font of a link to a cell. */
export const LINK_FONT: Partial<ExcelJS.Font> = {
  color: { argb: argb(LINK_COLOUR) },
  underline: true,
};

type ExcelValue = ExcelJS.CellValue;

/** ExcelJS 4 validates a whole range in one entry (lib/doc/data-validations.js); its typings only know cells. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * A plain value as ExcelJS writes it; a serial number in a date column becomes a date — except before 1 March 1900:
 * ExcelJS turns Dates into serials without Excel's fictitious 29 February 1900 (serial 60, which no Date holds), so
 * those days are written as their serials, which the column's date format shows as Excel does.
 */
export function plainValue(v: CellValue, isDate: boolean): ExcelValue {
  if (v === undefined || v === null || v === "") return null;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue["error"] };
  if (isDate && typeof v === "number" && Number.isFinite(v) && v >= 61) return serialToDate(v);
  return v;
}

const excelString = (s: string): string => `"${s.replace(/"/g, '""')}"`;

const MAYBE_FUTURE = new RegExp(FUTURE_FUNCTIONS.join("|"), "i");
/** String.replace resets a global expression's lastIndex: one instance serves every call. */
const FUTURE = new RegExp(`(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "gi");

/**
 * A formula as the .xlsx file stores it. Excel reads an unprefixed MINIFS in a file as an unknown name (#NAME?) and
 * LibreOffice reads the prefixed one as its own MINIFS; typed in a cell (the task pane) the prefix is not written.
 */
export function fileFormula(formula: string): string {
  // Most formulas name none of them: no regular expressions built or run (the CLI's update writes 100,000s).
  if (!MAYBE_FUTURE.test(formula)) return formula;
  // Quoted text is left alone: split on string literals, prefix outside them only.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(FUTURE, "$1_xlfn.$2(")))
    .join("");
}

/**
 * A layout cell as ExcelJS writes it: a formula with its cached result, a link to a cell as a HYPERLINK formula
 * (ExcelJS writes its own internal hyperlinks with an external relationship as well, which Excel follows and fails
 * on: exceljs#1893), or a plain value.
 */
export function excelValue(v: LayoutCell, isDate: boolean): ExcelValue {
  if (isFormulaCell(v)) {
    const result = plainValue(v.result, isDate);
    return {
      formula: fileFormula(v.formula),
      result: result === null ? "" : (result as ExcelJS.CellFormulaValue["result"]),
    };
  }
  if (isLinkCell(v))
    return {
      formula: `HYPERLINK(${excelString(`#${v.link}`)},${excelString(v.text)})`,
      result: v.text,
    };
  return plainValue(v, isDate);
}

/** Freezes the rows down to `rows` (the header). */
export function freezeRows(ws: ExcelJS.Worksheet, rows: number): void {
  ws.views = [
    {
      state: "frozen",
      xSplit: 0,
      ySplit: rows,
      topLeftCell: `A${rows + 1}`,
      activeCell: `A${rows + 1}`,
    },
  ];
}

export interface TableSpec {
  name: string;
  /** The header row's first cell, e.g. `A1`. */
  ref: string;
  headers: string[];
  /** Data rows as ExcelJS values; at least one (an Excel table needs a data row). */
  rows: ExcelValue[][];
}

/** An Excel table with a bold header and filter buttons; it writes its cells itself. */
export function addTable(ws: ExcelJS.Worksheet, t: TableSpec): void {
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: t.ref,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: t.headers.map((name) => ({ name, filterButton: true })),
    rows: t.rows.length > 0 ? t.rows : [t.headers.map(() => null)],
  });
}

/**
 * A list dropdown on `range` fed by `source` (a sheet-qualified range, with or without "="). A warning, not a stop:
 * the reader also accepts the other language's spelling of a list value.
 */
export function addListValidation(
  ws: ExcelJS.Worksheet,
  range: string,
  source: string,
  header: string,
  lang: Lang
): void {
  (ws as unknown as RangeValidations).dataValidations.add(range, {
    type: "list",
    allowBlank: true,
    formulae: [source.replace(/^=/, "")],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: header,
    error: lang === "zh-CN" ? `请从“${header}”列表中选择。` : `Pick a value of the ${header} list.`,
  });
}

/** The conditional format that colours a row of `range` when `formula` (core/write/rowColouring.ts, "=" optional) is true. */
export function addRowColouring(
  ws: ExcelJS.Worksheet,
  range: string,
  formula: string,
  kind: RowColourKind
): void {
  const colours = ROW_COLOURS[kind];
  ws.addConditionalFormatting({
    ref: range,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [formula.replace(/^=/, "")],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(colours.fill) } },
          font: { color: { argb: argb(colours.font) } },
        },
      },
    ],
  });
}
