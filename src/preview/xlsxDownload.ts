/**
 * "Download .xlsx": the MemoryWorkbook's current content as an .xlsx built in the browser with ExcelJS and the CLI
 * writer's pieces (src/xlsx/renderParts.ts): sheets, values, formulas with their computed values as cached results,
 * number formats, widths, frozen panes, hidden rows and columns, merged cells, Excel tables, list dropdowns, the
 * flagged-row colouring and the cell-value colour rules (the Timeline's), the workbook names, and the findings'
 * highlights as the same marker-tagged conditional formats the add-in writes (so "Clear highlights" in Excel removes
 * them). ExcelJS writes no charts: the Dashboard's chart data table is there, its charts are not (Refresh Dashboard
 * charts in Excel draws them). ExcelJS is loaded on demand: it is not needed until the first download.
 */
import type ExcelJS from "exceljs";
import { columnLetter, isBlank } from "../core/cells";
import type { Severity } from "../core/finding";
import { planFormulaText } from "../core/formulaNames";
import type { Lang } from "../core/schema/types";
import { rangePos } from "../core/write/addresses";
import type { LayoutCell } from "../core/write/layout";
import { argb, HIGHLIGHT_FILL, HIGHLIGHT_FORMULA } from "../core/presentation";
import {
  addListValidation,
  addRowColouring,
  addTable,
  excelValue,
  freezeRows,
  LINK_FONT,
  TABLE_STYLE,
} from "../xlsx/renderParts";
import { cellTestFormula } from "./cellRules";
import type { CellValueFormat, MemoryCell, MemorySheet, MemoryWorkbook } from "./memoryWorkbook";
import { isDateFormat } from "./numberFormat";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSX_FILE_NAME = "ops-planner.xlsx";

type ExcelJSModule = typeof ExcelJS;

async function loadExcelJS(): Promise<ExcelJSModule> {
  const m = (await import(
    /* webpackChunkName: "exceljs" */ "exceljs"
  )) as unknown as ExcelJSModule & { default?: ExcelJSModule };
  return m.default ?? m;
}

/** A memory cell as a layout cell: a formula with its result, a link, or its value. */
function layoutCell(c: MemoryCell | undefined): LayoutCell {
  if (!c) return null;
  if (c.formula !== undefined)
    return { formula: planFormulaText(c.formula), result: c.value ?? null };
  if (c.link !== undefined)
    return { text: typeof c.value === "string" ? c.value : String(c.value ?? ""), link: c.link };
  return c.value ?? null;
}

function headerText(c: MemoryCell | undefined, col: number): string {
  const v = c?.value;
  return isBlank(v) || typeof v === "object" ? `Column${col}` : String(v);
}

/** Unique, non-blank header names (an Excel table requires them). */
function uniqueHeaders(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => {
    let name = n;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${n}${i}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function freezePanes(ws: ExcelJS.Worksheet, rows: number, columns: number): void {
  const topLeftCell = `${columnLetter(columns + 1)}${rows + 1}`;
  ws.views = [
    { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell, activeCell: topLeftCell },
  ];
}

/** A cell-value rule as Excel's custom formula rule, at its place in the sheet's priority order. */
function addCellRule(ws: ExcelJS.Worksheet, cf: CellValueFormat, priority: number): void {
  ws.addConditionalFormatting({
    // A multi-area range ("M9,AB14": the Timeline's stock-out weeks): the file's sqref separates areas by spaces.
    ref: cf.range.split(",").join(" "),
    rules: [
      {
        type: "expression",
        priority,
        formulae: [cellTestFormula(cf.range, cf.when)],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
          font: { color: { argb: argb(cf.font) } },
        },
      },
    ],
  });
}

/** A table whose last row is its Total row: labels and formulas of that row as the table's totals. */
function addTableWithTotals(
  ws: ExcelJS.Worksheet,
  t: { name: string; ref: string; headers: string[]; rows: ExcelJS.CellValue[][] },
  s: MemorySheet,
  totalRow: number,
  firstCol: number
): void {
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: t.ref,
    headerRow: true,
    totalsRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: t.headers.map((name, i) => {
      const c = s.cellAt(totalRow, firstCol + i);
      if (c?.formula !== undefined)
        return {
          name,
          filterButton: true,
          totalsRowFunction: "custom" as const,
          totalsRowFormula: planFormulaText(c.formula),
          totalsRowResult: (c.value ?? undefined) as ExcelJS.CellValue,
        };
      const label = c?.value;
      return typeof label === "string" && label !== ""
        ? { name, filterButton: true, totalsRowLabel: label }
        : { name, filterButton: true };
    }),
    rows: t.rows.length > 0 ? t.rows : [t.headers.map(() => null)],
  });
}

function renderSheet(wb: MemoryWorkbook, book: ExcelJS.Workbook, s: MemorySheet, lang: Lang): void {
  const ws = book.addWorksheet(s.name);
  if (s.frozenColumns > 0) freezePanes(ws, s.frozenRows, s.frozenColumns);
  else if (s.frozenRows > 0) freezeRows(ws, s.frozenRows);
  for (const [letter, width] of s.widths) ws.getColumn(letter).width = width;
  for (const letter of s.hiddenColumns) ws.getColumn(letter).hidden = true;
  for (const row of s.hiddenRows) ws.getRow(row).hidden = true;
  // A column's format stretch becomes the column's style: rows a planner adds in Excel take it too.
  for (const f of s.formats) if (f.toRow > f.fromRow) ws.getColumn(f.column).numFmt = f.numFmt;

  const numFmtAt = (row: number, col: number): string =>
    wb.numFmtOf(s.name, `${columnLetter(col)}${row}`);
  const valueAt = (row: number, col: number): ExcelJS.CellValue =>
    excelValue(layoutCell(s.cellAt(row, col)), isDateFormat(numFmtAt(row, col)));

  // Tables write their own cells.
  const tableAreas: NonNullable<ReturnType<typeof rangePos>>[] = [];
  const inTable = (row: number, col: number): boolean =>
    tableAreas.some(
      (r) => row >= r.from.row && row <= r.to.row && col >= r.from.col && col <= r.to.col
    );
  for (const t of s.tables) {
    const r = rangePos(t.range);
    if (!r) continue;
    tableAreas.push(r);
    const headers: string[] = [];
    for (let col = r.from.col; col <= r.to.col; col++)
      headers.push(headerText(s.cellAt(r.from.row, col), col));
    // An opened file's table with a Total row keeps it as the table's total row, so readers leave it out again.
    const totals = s.totalRows?.includes(r.to.row) && r.to.row > r.from.row + 1;
    const lastData = totals ? r.to.row - 1 : r.to.row;
    const rows: ExcelJS.CellValue[][] = [];
    for (let row = r.from.row + 1; row <= lastData; row++) {
      const line: ExcelJS.CellValue[] = [];
      for (let col = r.from.col; col <= r.to.col; col++) line.push(valueAt(row, col));
      rows.push(line);
    }
    const spec = {
      name: t.name,
      ref: `${columnLetter(r.from.col)}${r.from.row}`,
      headers: uniqueHeaders(headers),
      rows,
    };
    if (totals) addTableWithTotals(ws, spec, s, r.to.row, r.from.col);
    else addTable(ws, spec);
  }

  const marks: Record<Severity, string[]> = { error: [], warning: [] };
  s.forEachCell((c, row, col) => {
    const cell = ws.getCell(row, col);
    if (!inTable(row, col)) cell.value = valueAt(row, col);
    cell.numFmt = numFmtAt(row, col);
    if (c.bold) cell.font = { bold: true };
    if (c.link !== undefined) cell.font = LINK_FONT;
    if (c.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(c.fill) } };
    if (c.highlight) marks[c.highlight].push(`${columnLetter(col)}${row}`);
  });

  for (const v of s.validations) {
    const r = rangePos(v.range);
    if (!r) continue;
    const header = s.cellAt(r.from.row - 1, r.from.col);
    addListValidation(ws, v.range, v.source, headerText(header, r.from.col), lang);
  }
  s.conditionalFormats.forEach((cf, i) => {
    if (cf.kind === "cellValue") addCellRule(ws, cf, i + 1);
    else addRowColouring(ws, cf.range, cf.formula, cf.kind);
  });
  for (const m of s.merges) ws.mergeCells(m);
  for (const severity of ["warning", "error"] as const) {
    if (marks[severity].length === 0) continue;
    ws.addConditionalFormatting({
      ref: marks[severity].join(" "),
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [HIGHLIGHT_FORMULA.replace(/^=/, "")],
          style: {
            fill: {
              type: "pattern",
              pattern: "solid",
              bgColor: { argb: argb(HIGHLIGHT_FILL[severity]) },
            },
          },
        },
      ],
    });
  }
}

/** The workbook as an ExcelJS workbook (not yet written). */
export async function excelWorkbookOf(
  wb: MemoryWorkbook,
  lang: Lang,
  created = new Date()
): Promise<ExcelJS.Workbook> {
  const ExcelJSLib = await loadExcelJS();
  await wb.calculated(); // the formulas' cached results are the engine's, not stale ones
  const book = new ExcelJSLib.Workbook();
  book.creator = "Ops Planner";
  book.created = created;
  book.modified = created;
  for (const s of wb.sheets) renderSheet(wb, book, s, lang);
  // The versions sheet stays very hidden and protected in the file, as in Excel (no password: against accidents only).
  for (const s of wb.sheets) {
    const ws = book.getWorksheet(s.name);
    if (!ws) continue;
    if (s.visibility === "VeryHidden") ws.state = "veryHidden";
    else if (s.visibility === "Hidden") ws.state = "hidden";
    if (s.protected) await ws.protect("", {});
  }
  for (const [name, ref] of wb.names) book.definedNames.add(ref.replace(/^=/, ""), name);
  return book;
}

/** The .xlsx bytes of the workbook. */
export async function xlsxBytes(wb: MemoryWorkbook, lang: Lang): Promise<ArrayBuffer> {
  const book = await excelWorkbookOf(wb, lang);
  const buffer = await book.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

/** Builds the .xlsx and hands it to the browser as a download. */
export async function downloadXlsx(
  wb: MemoryWorkbook,
  lang: Lang,
  fileName = XLSX_FILE_NAME
): Promise<void> {
  const blob = new Blob([await xlsxBytes(wb, lang)], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
