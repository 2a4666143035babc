/**
 * The Timeline sheet (src/core/timeline) in an ExcelJS workbook, as *Write Timeline sheet* writes it in Excel
 * (src/excel/timeline.ts): over the sheet found under any of its names when that sheet is ours (its A1 holds one of
 * our titles, or it is empty) — in the same tab place, under the same name — else refused (OutputSheetConflict). Every
 * cell (formulas with the core's values cached), the hidden key column, widths, hidden helper columns and criteria
 * rows, number formats, frozen panes, the merged month cells, each tier's product rows as an outline group, and the
 * colour of each kind as a formula conditional format in the layout's priority order. A fill block is one shared
 * formula (ExcelJS fillFormula), as Excel stores a filled range.
 */
import type ExcelJS from "exceljs";
import { columnIndex, columnLetter, type CellValue } from "../../core/cells";
import { argb } from "../../core/presentation";
import { isTimelineTitle, type TimelineFormat, type TimelineLayout } from "../../core/timeline";
import { isFormulaCell, type LayoutCell } from "../../core/write/layout";
import { excelValue, fileFormula } from "../../xlsx/renderParts";
import { freshOutputSheet } from "../xlsx/outputSheet";

const topLeft = (range: string): string => range.split(":")[0].replace(/\$/g, "");

/** The rule's formula, relative to the range's top-left cell (as src/excel/timeline.ts writes it, without "="). */
export function timelineRuleFormula(f: TimelineFormat): string {
  const cell = topLeft(f.range);
  if ("always" in f.when) return "TRUE";
  return "equals" in f.when ? `${cell}="${f.when.equals.replace(/"/g, '""')}"` : `LEN(${cell})>0`;
}

/** A whole-column range ("BF:BL") clipped to the sheet's rows; any other range as it is. */
function clipColumns(range: string, rows: number): string {
  const m = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(range);
  return m ? `${m[1]}1:${m[2]}${Math.max(1, rows)}` : range;
}

function cornersOf(range: string): { r1: number; c1: number; r2: number; c2: number } {
  const cell = (a: string): { r: number; c: number } => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a);
    if (!m) throw new Error(`Timeline: "${range}" is not a range of cells`);
    return { r: Number(m[2]), c: columnIndex(m[1]) };
  };
  const [a, b = a] = range.split(":");
  const x = cell(a);
  const y = cell(b);
  return { r1: x.r, c1: x.c, r2: y.r, c2: y.c };
}

/** Writes the Timeline (replacing ours); throws OutputSheetConflict, before changing anything, for a sheet not ours. */
export function writeTimelineSheet(wb: ExcelJS.Workbook, layout: TimelineLayout): void {
  const ws = freshOutputSheet(wb, "timeline", layout.name, isTimelineTitle);

  // Fill blocks: one shared formula each, its cells' cached values the layout's.
  const filled = new Set<string>();
  const resultAt = (row: number, col: number): CellValue => {
    const v: LayoutCell | undefined = layout.rows[row - 1]?.[col - 1];
    return v !== undefined && isFormulaCell(v) ? v.result : null;
  };
  for (const f of layout.fills) {
    const b = cornersOf(f.range);
    for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) filled.add(`${r}:${c}`);
    const formula = fileFormula(f.formula);
    if (b.r1 === b.r2 && b.c1 === b.c2) {
      ws.getCell(b.r1, b.c1).value = excelValue(
        { formula: f.formula, result: resultAt(b.r1, b.c1) },
        false
      );
      continue;
    }
    // ExcelJS's typings allow numbers and text only; any cell value is written as a result.
    const result = (row: number, col: number): string | number => {
      const v = excelValue(resultAt(row, col), false);
      return (v === null || v === undefined ? "" : v) as string | number;
    };
    ws.fillFormula(f.range, formula, result);
  }
  layout.rows.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null || v === undefined || filled.has(`${i + 1}:${j + 1}`)) return;
      ws.getCell(i + 1, j + 1).value = excelValue(v, false);
    })
  );

  for (const n of layout.numberFormats) {
    const b = cornersOf(clipColumns(n.range, layout.rows.length));
    for (let r = b.r1; r <= b.r2; r++)
      for (let c = b.c1; c <= b.c2; c++) ws.getCell(r, c).numFmt = n.numFmt;
  }
  for (const c of layout.columns) {
    const col = ws.getColumn(c.letter);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  }
  for (const r of layout.hiddenRows) ws.getRow(r).hidden = true;
  layout.formats.forEach((f, i) =>
    ws.addConditionalFormatting({
      // A multi-area range ("M9,AB14"): the file's sqref separates areas by spaces.
      ref: f.range.split(",").join(" "),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [timelineRuleFormula(f)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } },
            font: { color: { argb: argb(f.font) } },
          },
        },
      ],
    })
  );
  for (const m of layout.merges) ws.mergeCells(m);
  for (const g of layout.rowGroups)
    for (let r = g.firstRow; r <= g.lastRow; r++) ws.getRow(r).outlineLevel = 1;
  if (layout.rowGroups.length > 0) ws.properties.outlineLevelRow = 1;
  const { rows, columns } = layout.freeze;
  const topLeftCell = `${columnLetter(columns + 1)}${rows + 1}`;
  ws.views = [
    { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell, activeCell: topLeftCell },
  ];
}
