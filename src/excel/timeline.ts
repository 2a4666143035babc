/**
 * The Timeline sheet in Excel: output-only and ours, so it is deleted and written anew from the core's layout
 * (src/core/timeline/): every cell (formulas entered, values as they are), the hidden Promotions key column, column
 * widths, hidden helper columns and criteria rows, number formats, frozen panes, and the colour of each kind as a
 * custom conditional format (first matching rule wins, as the layout orders them).
 *
 * the merged month cells, and each tier's product rows as an outline group under its heading (ExcelApi 1.10).
 *
 * Syncs: 1 (does the sheet exist) + ⌈payload / 4 MB⌉. Not yet used: the layout's fill blocks (Range.copyFrom would
 * send one formula per block instead of each cell).
 */
import type { LayoutCell } from "../core/write/layout";
import type { TimelineFormat, TimelineLayout } from "../core/timeline";
import { excelCell, widthInPoints } from "./applyLayout";
import { payloadBytes, pieces, WriteBatch } from "./chunks";

const COMMAND_BYTES = 200;

/** Range.group is ExcelApi 1.10; outside Office (tests without requirements) it is assumed. */
function groupsSupported(): boolean {
  if (typeof Office === "undefined") return true;
  try {
    const req = Office.context?.requirements;
    return req ? req.isSetSupported("ExcelApi", "1.10") : true;
  } catch {
    return true;
  }
}

/** A whole-column range ("AX:BD") clipped to the sheet's rows: the sheet is rewritten whole, nothing lives below. */
export function clipColumns(range: string, rows: number): string {
  const m = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(range);
  return m ? `${m[1]}1:${m[2]}${Math.max(1, rows)}` : range;
}

const topLeft = (range: string): string => range.split(":")[0].replace(/\$/g, "");

/** The custom rule's formula, relative to the range's top-left cell. */
export function formatFormula(f: TimelineFormat): string {
  const cell = topLeft(f.range);
  return "equals" in f.when ? `=${cell}="${f.when.equals.replace(/"/g, '""')}"` : `=LEN(${cell})>0`;
}

export async function writeTimeline(
  context: Excel.RequestContext,
  layout: TimelineLayout
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(layout.name);
  await context.sync();
  const batch = new WriteBatch(context);
  await batch.room(COMMAND_BYTES);
  if (!old.isNullObject) old.delete();
  const sheet = sheets.add(layout.name);

  const width = layout.columns.length;
  const last = layout.columns[width - 1]?.letter ?? "A";
  const grid = layout.rows.map((row) => {
    const out = row.map((c: LayoutCell) => excelCell(c));
    while (out.length < width) out.push("");
    return out;
  });
  const bytes = grid.map((r) => payloadBytes(r));
  for (const [from, to] of pieces(bytes, batch.free, batch.budget)) {
    let size = COMMAND_BYTES;
    for (let i = from; i < to; i++) size += bytes[i];
    await batch.room(size);
    sheet.getRange(`A${from + 1}:${last}${to}`).formulas = grid.slice(from, to);
  }

  const keys = layout.keys.cells.map((c) => [excelCell(c)]);
  const keyBytes = keys.map((r) => payloadBytes(r));
  for (const [from, to] of pieces(keyBytes, batch.free, batch.budget)) {
    let size = COMMAND_BYTES;
    for (let i = from; i < to; i++) size += keyBytes[i];
    await batch.room(size);
    const r1 = layout.keys.firstRow + from;
    const r2 = layout.keys.firstRow + to - 1;
    sheet.getRange(`${layout.keys.column}${r1}:${layout.keys.column}${r2}`).formulas = keys.slice(
      from,
      to
    );
  }

  for (const n of layout.numberFormats) {
    await batch.room(COMMAND_BYTES);
    sheet.getRange(clipColumns(n.range, layout.rows.length)).numberFormat = [[n.numFmt]];
  }
  for (const c of layout.columns) {
    await batch.room(COMMAND_BYTES);
    const col = sheet.getRange(`${c.letter}:${c.letter}`);
    col.format.columnWidth = widthInPoints(c.width);
    if (c.hidden) col.columnHidden = true;
  }
  for (const r of layout.hiddenRows) {
    await batch.room(COMMAND_BYTES);
    sheet.getRange(`${r}:${r}`).rowHidden = true;
  }
  // Excel gives a new rule the top priority: adding them last to first keeps the layout's order.
  for (const f of [...layout.formats].reverse()) {
    await batch.room(COMMAND_BYTES);
    const cf = sheet.getRange(f.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = formatFormula(f);
    cf.custom.format.fill.color = f.fill;
    cf.custom.format.font.color = f.font;
  }
  for (const m of layout.merges) {
    await batch.room(COMMAND_BYTES);
    sheet.getRange(m).merge(false);
  }
  if (groupsSupported())
    for (const g of layout.rowGroups) {
      await batch.room(COMMAND_BYTES);
      sheet.getRange(`${g.firstRow}:${g.lastRow}`).group("ByRows");
    }
  await batch.room(COMMAND_BYTES);
  if (layout.freeze.rows > 0) sheet.freezePanes.freezeRows(layout.freeze.rows);
  if (layout.freeze.columns > 0) sheet.freezePanes.freezeColumns(layout.freeze.columns);
  await batch.sync();
}
