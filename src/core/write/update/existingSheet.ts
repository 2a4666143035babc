/**
 * A sheet that is ours (located by ./locate.ts): the columns it lacks appended after the last header cell, the rows
 * its strategy adds, every formula column re-entered on every data row, formats, dropdowns and row colouring ensured.
 */
import { columnIndex, columnLetter, type CellValue } from "../../cells";
import { isBlankCell } from "../../read/cellValue";
import { origin } from "../../read/input";
import type { LayoutCell, SheetLayout } from "../layout";
import type { LocatedSheet } from "./locate";
import {
  asFormula,
  formatsOf,
  formulaBuilder,
  reserveEnd,
  rowColouringsOf,
  runsOf,
  validationsOf,
} from "./parts";
import { productRowHintBlock, skuStampBlock } from "./productRows";
import type { AddedRow, RowsPlan } from "./strategy";
import { grownTable } from "./table";
import type { CellBlock, PlacedColumn, SheetExtent, SheetPlanOptions, SheetWrite } from "./types";

/** Blocks of the added rows, column by column (the columns need not be adjacent nor in the layout's order). */
function addedRowBlocks(
  placed: readonly PlacedColumn[],
  adding: readonly AddedRow[],
  isFormula: (field: string) => boolean
): CellBlock[] {
  if (adding.length === 0) return [];
  const out: CellBlock[] = [];
  const byRow = new Map(adding.map((a) => [a.row, a]));
  const runs = runsOf(adding.map((a) => a.row));
  placed.forEach((p, j) => {
    if (isFormula(p.column.field)) return;
    for (const [from, to] of runs) {
      const cells: LayoutCell[][] = [];
      for (let r = from; r <= to; r++) cells.push([byRow.get(r)?.cells[j] ?? null]);
      if (cells.some((c) => c[0] !== null && c[0] !== undefined && c[0] !== ""))
        out.push({ column: p.letter, row: from, cells });
    }
  });
  return out;
}

/** Blocks of columns written with all the layout's entries from the first data row (trailing blanks left out). */
function filledColumnBlocks(
  layout: SheetLayout,
  filled: readonly PlacedColumn[],
  dataFirst: number
): CellBlock[] {
  const out: CellBlock[] = [];
  for (const p of filled) {
    const j = layout.columns.indexOf(p.column);
    const cells = layout.rows.map((r) => [r[j] ?? null]);
    while (cells.length > 0 && isBlankCell(cells[cells.length - 1][0] as CellValue)) cells.pop();
    if (cells.length > 0) out.push({ column: p.letter, row: dataFirst, cells });
  }
  return out;
}

export function planLocatedSheet(
  sheet: LocatedSheet,
  layout: SheetLayout,
  rows: RowsPlan,
  opts: SheetPlanOptions
): SheetWrite {
  const { input, placed, headerRow, dataFirst } = sheet;
  const { adding, dataEnd } = rows;

  const indexes = placed.map((p) => columnIndex(p.letter));
  const firstCol = origin(input.firstCol);
  const extent: SheetExtent = {
    firstColumn: columnLetter(Math.min(...indexes, firstCol + sheet.firstHeaderIndex)),
    lastColumn: columnLetter(Math.max(...indexes, firstCol + sheet.lastHeaderIndex)),
    headerRow,
    lastRow: Math.max(headerRow + 1, dataEnd ?? headerRow + 1),
  };

  const blocks: CellBlock[] = [];
  const headerCells: { column: string; text: string }[] = [];
  for (const p of placed)
    if (p.added) {
      headerCells.push({ column: p.letter, text: p.column.header });
      blocks.push({ column: p.letter, row: headerRow, cells: [[p.column.header]] });
    }

  const build = formulaBuilder(layout, placed, dataFirst, opts);
  blocks.push(...addedRowBlocks(placed, adding, (field) => build.has(field)));
  blocks.push(...filledColumnBlocks(layout, rows.filled ?? [], dataFirst));
  const hints = productRowHintBlock(sheet, adding, dataEnd, opts.productRowOf);
  if (hints) blocks.push(hints);
  const stamps = skuStampBlock(sheet, adding, dataEnd);
  if (stamps) blocks.push(stamps);
  // Every formula column on every data row, the added rows' cached results kept.
  let formulasEntered = 0;
  if (dataEnd !== undefined) {
    const byRow = new Map(adding.map((a) => [a.row, a]));
    placed.forEach((p, j) => {
      const f = build.get(p.column.field);
      if (!f) return;
      const cells: LayoutCell[][] = [];
      for (let r = dataFirst; r <= dataEnd; r++) {
        const a = byRow.get(r);
        cells.push([asFormula(a ? (a.cells[j] ?? null) : null, f(r))]);
      }
      formulasEntered += cells.length;
      const block: CellBlock = { column: p.letter, row: dataFirst, cells, formulas: true };
      // The first data row's formula may differ (it is the first); the rest is the second row's pasted.
      if (f.pastedDown && cells.length > 2) block.pastedFrom = 1;
      blocks.push(block);
    });
  }

  const toRow = reserveEnd(layout, headerRow, dataEnd ?? headerRow);
  const layoutRowToSheet = new Map(adding.map((a) => [layout.firstRow + a.layoutIndex, a.row]));
  const out: SheetWrite = {
    kind: "update",
    layout,
    sheet: input.name,
    columns: placed,
    extent,
    headerCells,
    blocks,
    formats: formatsOf(layout, placed, dataFirst, toRow, (r) => layoutRowToSheet.get(r)),
    validations: validationsOf(placed, dataFirst, toRow, opts.lists),
    widths: placed.flatMap((p) =>
      p.added && p.column.width !== undefined ? [{ column: p.letter, width: p.column.width }] : []
    ),
    hidden: placed.flatMap((p) => (p.added && p.column.hidden ? [p.letter] : [])),
    formulasEntered,
    rowsAdded: adding.length,
  };
  if (rows.clear) out.clear = rows.clear;
  const table = grownTable(opts.tables, input.name, extent, rows.clear !== undefined);
  if (table) out.finalTable = table;
  if (rows.settingRows) out.settingRows = rows.settingRows;
  const colourings = rowColouringsOf(layout, placed, extent, dataFirst, toRow);
  if (colourings.length > 0) out.rowColourings = colourings;
  return out;
}
