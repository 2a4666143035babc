/**
 * The Review sheet (src/core/review/sheet.ts) in an ExcelJS workbook, as the pane writes it: over the sheet found under
 * any of its names when that sheet is ours (its A1 holds our title, or it is empty), in the same tab place under the
 * same name, else refused (OutputSheetConflict) before anything changes. Values, number formats, widths, bold
 * headings and the frozen title row.
 */
import type ExcelJS from "exceljs";
import { columnIndex } from "../../core/cells";
import { isReviewTitle, type ReviewLayout } from "../../core/review";
import { excelValue, freezeRows } from "../../xlsx/renderParts";
import { freshOutputSheet } from "../xlsx/outputSheet";

export function writeReviewSheet(wb: ExcelJS.Workbook, layout: ReviewLayout): void {
  const ws = freshOutputSheet(wb, "review", layout.name, isReviewTitle);
  layout.rows.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null || v === undefined) return;
      ws.getCell(i + 1, j + 1).value = excelValue(v, false);
    })
  );
  for (const n of layout.numberFormats) {
    const [a, b = a] = n.range.split(":");
    const m1 = /^([A-Z]+)(\d+)$/.exec(a);
    const m2 = /^([A-Z]+)(\d+)$/.exec(b);
    if (!m1 || !m2) continue;
    for (let r = Number(m1[2]); r <= Number(m2[2]); r++)
      for (let c = columnIndex(m1[1]); c <= columnIndex(m2[1]); c++) {
        // A "not enough data" text keeps the General format.
        if (typeof layout.rows[r - 1]?.[c - 1] === "number") ws.getCell(r, c).numFmt = n.numFmt;
      }
  }
  for (const c of layout.columns) ws.getColumn(c.letter).width = c.width;
  for (const r of layout.boldRows) ws.getRow(r).font = { bold: true };
  if (layout.freezeRows > 0) freezeRows(ws, layout.freezeRows);
}
