/**
 * The Timeline sheet of a timelineLayout as an .xlsx stores it, with the writer's own pieces (src/xlsx/renderParts.ts):
 * every cell its formula with the core's value cached (`_xlfn.` where the file needs it), the hidden helper and
 * promotion-slot columns, the hidden criteria rows, number formats, merges, frozen panes and the colour rules — what Write Timeline
 * puts in a workbook, as Excel saves it.
 */
import type ExcelJS from "exceljs";
import { argb } from "../../src/core/presentation";
import type { TimelineLayout } from "../../src/core/timeline";
import type { LayoutCell } from "../../src/core/write/layout";
import { cellTestFormula } from "../../src/preview/cellRules";
import { excelValue } from "../../src/xlsx/renderParts";

/** Where a cell is: its column's role (product rows only; "other" elsewhere), 1-based row and column. */
export interface CellAt {
  role: "week" | "helper" | "slot" | "other";
  row: number;
  col: number;
}

/** What to write for a layout cell (the profile keeps one family's formulas, the others as their values). */
export type CellFilter = (v: LayoutCell, at: CellAt) => LayoutCell;

export function renderTimeline(
  wb: ExcelJS.Workbook,
  tl: TimelineLayout,
  filter: CellFilter = (v) => v
): void {
  const ws = wb.addWorksheet(tl.name);
  const topLeft = `D${tl.freeze.rows + 1}`;
  ws.views = [
    {
      state: "frozen",
      xSplit: tl.freeze.columns,
      ySplit: tl.freeze.rows,
      topLeftCell: topLeft,
      activeCell: topLeft,
    },
  ];
  const roles = tl.columns.map((c) => c.role);
  tl.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const r of tl.hiddenRows) ws.getRow(r).hidden = true;
  const firstProductRow = tl.calendarRow + 1;
  tl.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const role =
        i + 1 >= firstProductRow &&
        (roles[j] === "week" || roles[j] === "helper" || roles[j] === "slot");
      const at: CellAt = {
        role: role ? (roles[j] as "week" | "helper" | "slot") : "other",
        row: i + 1,
        col: j + 1,
      };
      const kept = filter(v, at);
      if (kept !== null) ws.getCell(i + 1, j + 1).value = excelValue(kept, false);
    })
  );
  for (const f of tl.numberFormats) {
    const [from, to] = f.range.split(":");
    if (/^[A-Z]+$/.test(from))
      for (let c = ws.getColumn(from).number; c <= ws.getColumn(to).number; c++)
        ws.getColumn(c).numFmt = f.numFmt;
    else ws.getRow(Number(from.replace(/^[A-Z]+/, ""))).numFmt = f.numFmt;
  }
  for (const m of tl.merges) ws.mergeCells(m);
  tl.formats.forEach((f, i) =>
    ws.addConditionalFormatting({
      ref: f.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cellTestFormula(f.range, f.when)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } },
            font: { color: { argb: argb(f.font) } },
          },
        },
      ],
    })
  );
}
