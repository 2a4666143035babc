/**
 * Renders the plan workbook's layouts (src/core/write) with ExcelJS: one Excel table per sheet, a frozen bold header,
 * column widths and number formats, list dropdowns fed by the Lists sheet, the Settings workbook names, and a
 * conditional format that colours a row whose Flags (or Suggestion) cell is not empty. Dates are written as dates.
 *
 * Computed and Flags columns are PLAN formulas whose cached results are the core's values (src/core/formulaValues.ts):
 * any program shows them without recalculating, and Excel until the add-in re-enters the formulas (spec §4).
 *
 * A link to a cell (the Findings sheet's Cell) is a HYPERLINK formula: ExcelJS writes its own internal hyperlinks with
 * an external relationship as well, which Excel follows and fails on ("cannot open the specified file", exceljs#1893).
 *
 * An Excel table needs a data row: a sheet without rows gets one blank row in its table, as Excel itself does when a
 * table is made from a header alone. The reader skips blank rows.
 */
import ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../../core/cells";
import { serialToDate } from "../../core/read/dates";
import type { Lang } from "../../core/schema/types";
import {
  isFormulaCell,
  isLinkCell,
  listRange,
  type LayoutCell,
  type SheetLayout,
} from "../../core/write/layout";
import { planWorkbookLayout, type PlanWorkbookLayout } from "../../core/write/planWorkbook";

export interface WriteOptions {
  lang: Lang;
  year: number;
  sample: boolean;
  /** "Today" for the workbook's dates and the sample's waivers (default: now). */
  today?: Date;
}

export interface WriteSummary {
  sheets: number;
  /** Data rows written, over every sheet. */
  rows: number;
}

export const TABLE_STYLE = "TableStyleMedium2";
/** Light red with dark red text (a row that breaks a rule), light amber with brown text (a suggestion). */
const HIGHLIGHT: Record<"flag" | "suggestion", { fill: string; font: string }> = {
  flag: { fill: "FFFFC7CE", font: "FF9C0006" },
  suggestion: { fill: "FFFFEB9C", font: "FF9C5700" },
};

type ExcelValue = ExcelJS.CellValue;

/** ExcelJS 4 validates a whole range in one entry (lib/doc/data-validations.js); its typings only know cells. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function plainValue(v: CellValue, isDate: boolean): ExcelValue {
  if (v === undefined || v === null || v === "") return null;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue["error"] };
  if (isDate && typeof v === "number" && Number.isFinite(v)) return serialToDate(v);
  return v;
}

const excelString = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Functions newer than the file format's own list: a file spells them with the `_xlfn.` prefix (Excel 2019's MINIFS). */
const FUTURE_FUNCTIONS = ["MINIFS", "MAXIFS"];

/**
 * A formula as the .xlsx file stores it. Excel reads an unprefixed MINIFS in a file as an unknown name (#NAME?) and
 * LibreOffice reads the prefixed one as its own MINIFS; typed in a cell (the task pane) the prefix is not written.
 */
export function fileFormula(formula: string): string {
  const future = new RegExp(`(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "gi");
  // Quoted text is left alone: split on string literals, prefix outside them only.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(future, "$1_xlfn.$2(")))
    .join("");
}

function excelValue(v: LayoutCell, isDate: boolean): ExcelValue {
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

function renderSheet(wb: ExcelJS.Workbook, layout: SheetLayout, lang: Lang): void {
  const { headerRow, firstRow, reserveTo, columns } = layout;
  const ws = wb.addWorksheet(layout.name, {
    views: [
      {
        state: "frozen",
        xSplit: 0,
        ySplit: headerRow,
        topLeftCell: `A${firstRow}`,
        activeCell: `A${firstRow}`,
      },
    ],
  });

  // Column styles first: the cells the table creates inherit them, and so do rows a planner adds later.
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.width !== undefined) col.width = c.width;
    if (c.numFmt !== undefined) col.numFmt = c.numFmt;
  });

  const blank = columns.map(() => null);
  const rows =
    layout.rows.length > 0
      ? layout.rows.map((r) => r.map((v, i) => excelValue(v, columns[i].type === "date")))
      : [blank];
  ws.addTable({
    name: layout.tableName,
    displayName: layout.tableName,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: layout.headers.map((name) => ({ name, filterButton: true })),
    rows,
  });

  const header = ws.getRow(headerRow);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.numFmt = "General";
  });
  for (const f of layout.cellFormats) ws.getCell(`${f.column}${f.row}`).numFmt = f.numFmt;
  layout.rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (isLinkCell(v))
        ws.getCell(`${columns[j].letter}${firstRow + i}`).font = {
          color: { argb: "FF0563C1" },
          underline: true,
        };
    })
  );

  for (const c of columns) {
    if (!c.list) continue;
    (ws as unknown as RangeValidations).dataValidations.add(
      `${c.letter}${firstRow}:${c.letter}${reserveTo}`,
      {
        type: "list",
        allowBlank: true,
        formulae: [listRange(c.list, lang)],
        showErrorMessage: true,
        // A warning, not a stop: the reader also accepts the other language's spelling of a list value.
        errorStyle: "warning",
        errorTitle: c.header,
        error:
          lang === "zh-CN"
            ? `请从“${c.header}”列表中选择。`
            : `Pick a value of the ${c.header} list.`,
      }
    );
  }

  if (layout.highlight) {
    const last = columns[columns.length - 1].letter;
    const colors = HIGHLIGHT[layout.highlight.kind];
    ws.addConditionalFormatting({
      ref: `A${firstRow}:${last}${reserveTo}`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [`$${layout.highlight.column}${firstRow}<>""`],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: colors.fill } },
            font: { color: { argb: colors.font } },
          },
        },
      ],
    });
  }
}

/** The ExcelJS workbook of a plan workbook layout (not yet saved). */
export function renderWorkbook(
  layout: PlanWorkbookLayout,
  lang: Lang,
  created: Date = new Date()
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Ops Planner";
  wb.created = created;
  wb.modified = created;
  for (const sheet of layout.sheets) renderSheet(wb, sheet, lang);
  for (const n of layout.names) wb.definedNames.add(n.ref, n.name);
  return wb;
}

export function summaryOf(layout: PlanWorkbookLayout): WriteSummary {
  return {
    sheets: layout.sheets.length,
    rows: layout.sheets.reduce((n, s) => n + s.rows.length, 0),
  };
}

/** Writes the plan workbook (spec §2, without Timeline and Dashboard) to `file`. */
export async function writePlanWorkbook(file: string, opts: WriteOptions): Promise<WriteSummary> {
  const layout = planWorkbookLayout({
    lang: opts.lang,
    year: opts.year,
    sample: opts.sample,
    today: opts.today,
    // Computed and Flags columns as PLAN formulas, each with the core's value as its cached result.
    formulas: true,
  });
  const wb = renderWorkbook(layout, opts.lang, opts.today);
  await wb.xlsx.writeFile(file);
  return summaryOf(layout);
}
