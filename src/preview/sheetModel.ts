/**
 * What the preview grid shows of a MemoryWorkbook sheet, without React: the extent to draw, column widths, each cell's
 * text and colours. The colours are the workbook's: a finding's highlight (the Excel adapter's fills), the row colouring
 * rule "Flags cell not empty" (the CLI writer's colours), and a user's own fill, in that order of precedence.
 */
import { columnIndex, columnLetter, isBlank } from "../core/cells";
import type { Severity } from "../core/finding";
import { rangePos } from "../core/write/addresses";
import { HIGHLIGHT_FILL } from "../excel/highlight";
import { ROW_COLOURS } from "../xlsx/renderParts";
import type { MemoryCell, MemorySheet, MemoryWorkbook } from "./memoryWorkbook";
import { formatValue } from "./numberFormat";

/** Row height in px (the grid virtualises rows of this fixed height). */
export const ROW_HEIGHT = 24;
/** Width in px of the row-number column. */
export const ROW_HEADER_WIDTH = 48;
/** Blank rows and columns drawn beyond the used range, so a planner can type into new rows. */
export const SPARE_ROWS = 50;
export const SPARE_COLS = 2;

const DEFAULT_WIDTH_CHARS = 8.43;

/** Excel's column width (characters of the default font) in px. */
export function columnWidthPx(sheet: MemorySheet, col: number): number {
  const chars = sheet.widths.get(columnLetter(col)) ?? DEFAULT_WIDTH_CHARS;
  return Math.round(chars * 7 + 5);
}

/** The last used row and column (cells holding a value, formula, fill or highlight). */
export function usedExtent(sheet: MemorySheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const k of sheet.cells.keys()) {
    const i = k.indexOf(":");
    rows = Math.max(rows, Number(k.slice(0, i)));
    cols = Math.max(cols, Number(k.slice(i + 1)));
  }
  return { rows, cols };
}

/** The rows and columns the grid draws: the used range and some room to grow, at least one screen. */
export function drawnExtent(sheet: MemorySheet): { rows: number; cols: number } {
  const used = usedExtent(sheet);
  return { rows: Math.max(used.rows + SPARE_ROWS, 60), cols: Math.max(used.cols + SPARE_COLS, 10) };
}

export type RowColour = "flag" | "suggestion";

/** A parsed row-colouring rule: rows of the range whose cell in `column` is not empty take the colour. */
export interface RowColourRule {
  fromRow: number;
  toRow: number;
  fromCol: number;
  toCol: number;
  column: number;
  kind: RowColour;
}

/** `=$K2<>""` (an absolute column, the range's first row): the only rule shape we write (spec §2's flagged rows). */
const NOT_EMPTY = /^=?\s*\$([A-Z]{1,3})\$?(\d+)\s*<>\s*""\s*$/i;

export function rowColourRules(sheet: MemorySheet): RowColourRule[] {
  const out: RowColourRule[] = [];
  for (const cf of sheet.conditionalFormats) {
    const m = NOT_EMPTY.exec(cf.formula);
    const r = rangePos(cf.range);
    if (!m || !r) continue;
    out.push({
      fromRow: r.from.row,
      toRow: r.to.row,
      fromCol: r.from.col,
      toCol: r.to.col,
      column: columnIndex(m[1]),
      kind: cf.kind,
    });
  }
  return out;
}

const cellAt = (sheet: MemorySheet, row: number, col: number): MemoryCell | undefined =>
  sheet.cells.get(`${row}:${col}`);

/** The colour the row-colouring rules give a row (the first rule whose Flags cell is not empty), if any. */
export function rowColourOf(
  sheet: MemorySheet,
  rules: readonly RowColourRule[],
  row: number
): RowColourRule | undefined {
  return rules.find(
    (r) => row >= r.fromRow && row <= r.toRow && !isBlank(cellAt(sheet, row, r.column)?.value)
  );
}

export interface CellView {
  /** A1 address within the sheet. */
  address: string;
  text: string;
  align: "left" | "right" | "center";
  bold: boolean;
  /** CSS colours. */
  background?: string;
  color?: string;
  highlight?: Severity;
  rowColour?: RowColour;
  /** A note: the error message of a formula, or the cell a link goes to. */
  title?: string;
  link?: string;
}

const cssOf = (argb: string): string => `#${argb.slice(-6)}`;

/** A user's fill as CSS: `#RRGGBB`, `FFRRGGBB` (ARGB) or a CSS colour name. */
function cssFill(fill: string): string {
  return /^[0-9A-F]{8}$/i.test(fill)
    ? cssOf(fill)
    : /^[0-9A-F]{6}$/i.test(fill)
      ? `#${fill}`
      : fill;
}

/** What the grid draws in one cell. */
export function cellView(
  wb: MemoryWorkbook,
  sheet: MemorySheet,
  rules: readonly RowColourRule[],
  row: number,
  col: number
): CellView {
  const address = `${columnLetter(col)}${row}`;
  const c = cellAt(sheet, row, col);
  const value = c?.value;
  const text = formatValue(value, wb.numFmtOf(sheet.name, address));
  const align =
    typeof value === "number"
      ? "right"
      : typeof value === "boolean" || (value !== null && typeof value === "object")
        ? "center"
        : "left";
  const rule = rowColourOf(sheet, rules, row);
  const coloured = rule && col >= rule.fromCol && col <= rule.toCol ? rule.kind : undefined;
  let background = c?.fill ? cssFill(c.fill) : undefined;
  let color: string | undefined;
  if (coloured) {
    background = cssOf(ROW_COLOURS[coloured].fill);
    color = cssOf(ROW_COLOURS[coloured].font);
  }
  if (c?.highlight) background = HIGHLIGHT_FILL[c.highlight];
  if (c?.link) color = "#0563C1";
  return {
    address,
    text,
    align,
    bold: c?.bold === true,
    background,
    color,
    highlight: c?.highlight,
    rowColour: coloured,
    title: c?.message ?? (c?.link ? c.link : undefined),
    link: c?.link,
  };
}
