/**
 * The Timeline sheet in Excel: output-only, written anew from the core's layout (src/core/timeline/) over the sheet
 * found under any of its names (English, 简, 繁) when that sheet is ours, through a hidden scratch sheet
 * (src/excel/outputSheet.ts: a planner's own "Timeline" is never touched; ours is rewritten in place, never deleted,
 * so references to it survive): every cell (formulas entered, values as they are; the hidden promotion slots of each
 * product row are plain formulas, one per cell), column widths, hidden helper and slot columns and criteria rows,
 * number formats, frozen panes, and the colour of each kind as a custom conditional format (first matching rule
 * wins, as the layout orders them).
 *
 * Also the merged month cells, and each tier's product rows as an outline group under its heading (Range.group,
 * ExcelApi 1.10: every Excel with a shared runtime has it, see src/excel/requirements.ts).
 *
 * Fill blocks: of each of the layout's `fills` only the top-left formula is sent; Range.copyFrom (ExcelApi 1.9;
 * copyType Formulas, which shifts relative references as a paste does and leaves formats alone) then fills the rest
 * of its first row from that cell, and the rows below from that first row (a paste repeats a source that fits a whole
 * number of times). Source and destination never overlap.
 *
 * Syncs: timelineSyncBound below. 2,000 products: 2 syncs on a workbook without a Timeline (~3 MB with the 10,000
 * promotions' slots, one request), 3 rewriting one.
 */
import { columnIndex, columnLetter } from "../core/cells";
import type { LayoutCell } from "../core/write/layout";
import { isTimelineTitle, type TimelineFormat, type TimelineLayout } from "../core/timeline";
import { widthInPoints } from "./applyLayout";
import { excelCell } from "./excelCell";
import { commandBytes, MAX_REQUEST_BYTES, WriteBatch, writeRows } from "./chunks";
import { findOutputSheet, finishOutput, startScratch } from "./outputSheet";

/** A whole-column range ("AX:BD") clipped to the sheet's rows: the sheet is rewritten whole, nothing lives below. */
export function clipColumns(range: string, rows: number): string {
  const m = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(range);
  return m ? `${m[1]}1:${m[2]}${Math.max(1, rows)}` : range;
}

const topLeft = (range: string): string => range.split(":")[0].replace(/\$/g, "");

/** The custom rule's formula, relative to the range's top-left cell. */
export function formatFormula(f: TimelineFormat): string {
  const cell = topLeft(f.range);
  if ("always" in f.when) return "=TRUE";
  return "equals" in f.when ? `=${cell}="${f.when.equals.replace(/"/g, '""')}"` : `=LEN(${cell})>0`;
}

/** A block of cells, 1-based and inclusive. */
export interface Block {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** "D7:BD40" (or one cell) as a block. */
export function blockOf(range: string): Block {
  const cell = (a: string): { r: number; c: number } => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a);
    if (!m) throw new Error(`writeTimeline: a fill block must be a range of cells, not "${range}"`);
    return { r: Number(m[2]), c: columnIndex(m[1]) };
  };
  const [a, b = a] = range.split(":");
  const x = cell(a);
  const y = cell(b);
  return { r1: x.r, c1: x.c, r2: y.r, c2: y.c };
}

const area = (r1: number, c1: number, r2: number, c2: number): string =>
  `${columnLetter(c1)}${r1}:${columnLetter(c2)}${r2}`;

/**
 * The copies that fill a block from its top-left cell: the rest of the first row from that cell, then the rows below
 * from the whole first row. Each is [destination, source]; none overlaps its source.
 */
export function blockCopies(b: Block): [string, string][] {
  const out: [string, string][] = [];
  if (b.c2 > b.c1) out.push([area(b.r1, b.c1 + 1, b.r1, b.c2), `${columnLetter(b.c1)}${b.r1}`]);
  if (b.r2 > b.r1) out.push([area(b.r1 + 1, b.c1, b.r2, b.c2), area(b.r1, b.c1, b.r1, b.c2)]);
  return out;
}

/**
 * Leaves, of each fill block, only its top-left formula in `grid` (a block of cells at `at`); the other cells become
 * null (Office.js leaves a cell it is given null as it is: empty, on the new sheet). Returns the blocks inside `at`.
 */
function keepTopLefts(
  grid: (string | number | boolean | null)[][],
  at: Block,
  fills: readonly { block: Block; formula: string }[]
): Block[] {
  const inside: Block[] = [];
  for (const { block: b, formula } of fills) {
    if (b.r1 < at.r1 || b.c1 < at.c1 || b.r2 > at.r2 || b.c2 > at.c2) continue;
    for (let r = b.r1; r <= b.r2; r++)
      for (let c = b.c1; c <= b.c2; c++) grid[r - at.r1][c - at.c1] = null;
    grid[b.r1 - at.r1][b.c1 - at.c1] = `=${formula}`;
    inside.push(b);
  }
  return inside;
}

/** Syncs of writeTimeline beyond one per 4 MB sent: see timelineSyncBound. */
export const TIMELINE_SYNCS = 5;

/**
 * The syncs writeTimeline may take for `requestBytes` sent: 1 (find the old sheet; 2 for a name spelt otherwise) +
 * ⌈bytes / 4 MB⌉ (the build in the scratch sheet, the last batch bringing it over), and after rewriting an old sheet
 * 1 more to redo its row groups (2 when Excel refuses to ungroup rows that have none) — at most TIMELINE_SYNCS.
 */
export function timelineSyncBound(requestBytes: number, rewrote = false): number {
  return 1 + (rewrote ? 1 : 0) + Math.ceil(requestBytes / MAX_REQUEST_BYTES);
}

export async function writeTimeline(
  context: Excel.RequestContext,
  layout: TimelineLayout
): Promise<void> {
  const target = await findOutputSheet(context, {
    id: "timeline",
    name: layout.name,
    isTitle: isTimelineTitle,
  });
  const batch = new WriteBatch(context);
  const scratch = await startScratch(context, batch, target);
  const areas = await writeCells(batch, scratch, layout);
  // Everything that could be refused is tried on the scratch sheet first, the row groups with it.
  await dress(batch, scratch, layout, true);
  const sheet = await finishOutput(batch, target, scratch, areas, (old) =>
    dress(batch, old, layout, false)
  );
  await batch.room(
    commandBytes({ paths: 1, actions: 3 }, layout.freeze.rows, layout.freeze.columns)
  );
  if (layout.freeze.rows > 0) sheet.freezePanes.freezeRows(layout.freeze.rows);
  if (layout.freeze.columns > 0) sheet.freezePanes.freezeColumns(layout.freeze.columns);
  sheet.activate(); // the planner asked for it: show it, as Refresh Dashboard charts does
  await batch.sync();
  if (target.old) await regroup(context, target.old.sheet, layout);
}

/**
 * The old sheet's row groups are the previous Timeline's: they go (its rows, all of them) and the layout's come. Excel
 * does not document ungrouping rows that have no group; should it refuse, the groups are added in one more sync.
 */
async function regroup(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: TimelineLayout
): Promise<void> {
  const group = (): void => {
    for (const g of layout.rowGroups) sheet.getRange(`${g.firstRow}:${g.lastRow}`).group("ByRows");
  };
  try {
    sheet.getRange("1:1048576").ungroup("ByRows");
    group();
    await context.sync();
  } catch {
    group();
    await context.sync();
  }
}

/** The cells: every row's values and each fill block's top-left formula, then the blocks' copies. */
async function writeCells(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  layout: TimelineLayout
): Promise<string[]> {
  const width = layout.columns.length;
  const grid: (string | number | boolean | null)[][] = layout.rows.map((row) => {
    const out: (string | number | boolean | null)[] = row.map((c: LayoutCell) => excelCell(c));
    while (out.length < width) out.push("");
    return out;
  });
  const fills = layout.fills.map((f) => ({ block: blockOf(f.range), formula: f.formula }));
  const blocks = keepTopLefts(grid, { r1: 1, c1: 1, r2: grid.length, c2: width }, fills);
  if (blocks.length !== fills.length)
    throw new Error("writeTimeline: a fill block must lie in the rows' cells");

  await writeRows(batch, sheet, "A", 1, grid);

  // After the cells: a batch runs its commands in order, and an earlier batch before a later one.
  for (const b of blocks)
    for (const [to, from] of blockCopies(b)) {
      // Two ranges and the call, whose reference to its source costs about an action more.
      await batch.room(commandBytes({ ranges: 2, actions: 2 }, to, from, "Formulas", false, false));
      sheet.getRange(to).copyFrom(sheet.getRange(from), "Formulas");
    }
  return [`A1:${columnLetter(Math.max(1, width))}${Math.max(1, grid.length)}`];
}

/** Number formats, widths, hidden columns and rows, the colour rules, merges, and (on a new sheet) the row groups. */
async function dress(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  layout: TimelineLayout,
  groups: boolean
): Promise<void> {
  for (const n of layout.numberFormats) {
    const range = clipColumns(n.range, layout.rows.length);
    await batch.room(commandBytes({ ranges: 1, actions: 1 }, range, [[n.numFmt]]));
    sheet.getRange(range).numberFormat = [[n.numFmt]];
  }
  for (const c of layout.columns) {
    // getRange, .format; the width and the hidden flag set.
    await batch.room(
      commandBytes(
        { ranges: 1, paths: 1, actions: 2 },
        `${c.letter}:${c.letter}`,
        widthInPoints(c.width),
        true
      )
    );
    const col = sheet.getRange(`${c.letter}:${c.letter}`);
    col.format.columnWidth = widthInPoints(c.width);
    if (c.hidden) col.columnHidden = true;
  }
  for (const r of layout.hiddenRows) {
    await batch.room(commandBytes({ ranges: 1, actions: 1 }, `${r}:${r}`, true));
    sheet.getRange(`${r}:${r}`).rowHidden = true;
  }
  // Excel gives a new rule the top priority: adding them last to first keeps the layout's order.
  for (const f of [...layout.formats].reverse()) {
    await batch.room(
      commandBytes(
        { ranges: 1, paths: 7, actions: 3 },
        f.range,
        "Custom",
        formatFormula(f),
        f.fill,
        f.font
      )
    );
    // Several areas (the stock-out weeks): one rule over them all (Worksheet.getRanges, ExcelApi 1.9).
    const target = f.range.includes(",") ? sheet.getRanges(f.range) : sheet.getRange(f.range);
    const cf = target.conditionalFormats.add("Custom");
    cf.custom.rule.formula = formatFormula(f);
    cf.custom.format.fill.color = f.fill;
    cf.custom.format.font.color = f.font;
  }
  for (const m of layout.merges) {
    await batch.room(commandBytes({ ranges: 1, actions: 1 }, m, false));
    sheet.getRange(m).merge(false);
  }
  if (groups)
    for (const g of layout.rowGroups) {
      await batch.room(
        commandBytes({ ranges: 1, actions: 1 }, `${g.firstRow}:${g.lastRow}`, "ByRows")
      );
      sheet.getRange(`${g.firstRow}:${g.lastRow}`).group("ByRows");
    }
}
