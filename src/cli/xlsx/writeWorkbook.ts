/**
 * Renders the plan workbook's layouts (src/core/write) with ExcelJS: one Excel table per sheet, a frozen bold header,
 * column widths and number formats, list dropdowns fed by the Lists sheet, the Settings workbook names, and a
 * conditional format that colours a row whose Flags (or Suggestion) cell is not empty. Dates are written as dates.
 *
 * Computed and Flags columns are PLAN formulas whose cached results are the core's values (src/core/formulas/evaluate.ts):
 * any program shows them without recalculating, and Excel until the add-in re-enters the formulas (spec §4).
 *
 * A link to a cell (the Findings sheet's Cell) is a HYPERLINK formula: ExcelJS writes its own internal hyperlinks with
 * an external relationship as well, which Excel follows and fails on ("cannot open the specified file", exceljs#1893).
 *
 * An Excel table needs a data row: a sheet without rows gets one blank row in its table, as Excel itself does when a
 * table is made from a header alone. The reader skips blank rows.
 */
import ExcelJS from "exceljs";
import { isDateType, type Lang } from "../../core/schema/types";
import { isLinkCell, listRange, type SheetLayout } from "../../core/write/layout";
import { planWorkbookLayout, type PlanWorkbookLayout } from "../../core/write/planWorkbook";
import { rowColouringFormula } from "../../core/write/rowColouring";
import {
  addListValidation,
  addRowColouring,
  addTable,
  excelValue,
  freezeRows,
  LINK_FONT,
} from "../../xlsx/renderParts";

// The rendering pieces live in src/xlsx/renderParts.ts (shared with the browser preview's download).
export { fileFormula, TABLE_STYLE } from "../../xlsx/renderParts";

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

function renderSheet(wb: ExcelJS.Workbook, layout: SheetLayout, lang: Lang): void {
  const { headerRow, firstRow, reserveTo, columns } = layout;
  const ws = wb.addWorksheet(layout.name);
  freezeRows(ws, headerRow);

  // Column styles first: the cells the table creates inherit them, and so do rows a planner adds later.
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.width !== undefined) col.width = c.width;
    if (c.numFmt !== undefined) col.numFmt = c.numFmt;
    if (c.hidden) col.hidden = true;
  });

  addTable(ws, {
    name: layout.tableName,
    ref: `A${headerRow}`,
    headers: layout.headers,
    rows: layout.rows.map((r) => r.map((v, i) => excelValue(v, isDateType(columns[i].type)))),
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
      if (isLinkCell(v)) ws.getCell(`${columns[j].letter}${firstRow + i}`).font = LINK_FONT;
    })
  );

  for (const c of columns) {
    if (!c.list) continue;
    addListValidation(
      ws,
      `${c.letter}${firstRow}:${c.letter}${reserveTo}`,
      listRange(c.list, lang),
      c.header,
      lang
    );
  }

  if (layout.highlight) {
    const last = columns[columns.length - 1].letter;
    const { column, kind, also = [] } = layout.highlight;
    for (const watched of [column, ...also])
      addRowColouring(
        ws,
        `A${firstRow}:${last}${reserveTo}`,
        rowColouringFormula(watched, firstRow),
        kind
      );
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
