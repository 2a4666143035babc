/**
 * What the preview grid shows of a MemoryWorkbook sheet, without React: the extent to draw, column widths, the rows and
 * columns shown (hidden ones are left out), merged cells, each cell's text and colours. The colours are the
 * workbook's: a finding's highlight (the Excel adapter's fills), then the sheet's conditional formats in priority order
 * — the row colouring rule "Flags cell not empty" (the CLI writer's colours) and the cell-value rules (the Timeline's
 * kinds of cell), the first that applies wins — then a user's own fill.
 */
import { columnIndex, columnLetter, isBlank } from "../core/cells";
import type { Severity } from "../core/finding";
import { rangePos } from "../core/write/addresses";
import { HIGHLIGHT_FILL, LINK_COLOUR, ROW_COLOURS, type RowColourKind } from "../core/presentation";
import { rowColouringColumn } from "../core/write/rowColouring";
import { cellTestMatches, type CellTest } from "./cellRules";
import type { MemoryCell, MemorySheet, MemoryWorkbook } from "./memoryWorkbook";
import { cellKey } from "./memorySheet";
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

/**
 * The last used row and column (cells holding a value, formula, fill or highlight): a pass over the rows, not the
 * cells (the grid asks at every redraw, and a Timeline is a million cells).
 */
export function usedExtent(sheet: MemorySheet): { rows: number; cols: number } {
  return sheet.extent();
}

/** The rows and columns the grid draws: the used range and some room to grow, at least one screen. */
export function drawnExtent(sheet: MemorySheet): { rows: number; cols: number } {
  const used = usedExtent(sheet);
  return { rows: Math.max(used.rows + SPARE_ROWS, 60), cols: Math.max(used.cols + SPARE_COLS, 10) };
}

/** Columns 1…count that are not hidden, in order: the columns the grid draws. */
export function shownColumns(sheet: MemorySheet, count: number): number[] {
  const out: number[] = [];
  for (let c = 1; c <= count; c++)
    if (sheet.hiddenColumns.size === 0 || !sheet.hiddenColumns.has(columnLetter(c))) out.push(c);
  return out;
}

/** Rows from…to that are not hidden, in order. */
export function shownRows(sheet: MemorySheet, from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = from; r <= to; r++) if (!sheet.hiddenRows.has(r)) out.push(r);
  return out;
}

/** A merged range within one row, as the grid draws it: one cell spanning the columns. */
export interface MergeSpan {
  row: number;
  fromCol: number;
  toCol: number;
}

/**
 * The sheet's merged ranges the grid draws (those within one row, as the Timeline's month headers): by their top-left
 * cell (`row:col`), and the other cells they cover. A merge over several rows is drawn unmerged.
 */
export function mergedCells(sheet: MemorySheet): {
  spans: Map<string, MergeSpan>;
  covered: Set<string>;
} {
  const spans = new Map<string, MergeSpan>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const r = rangePos(m);
    if (!r || r.from.row !== r.to.row || r.from.col === r.to.col) continue;
    spans.set(cellKey(r.from.row, r.from.col), {
      row: r.from.row,
      fromCol: r.from.col,
      toCol: r.to.col,
    });
    for (let c = r.from.col + 1; c <= r.to.col; c++) covered.add(cellKey(r.from.row, c));
  }
  return { spans, covered };
}

export type RowColour = RowColourKind;

interface RuleArea {
  fromRow: number;
  toRow: number;
  fromCol: number;
  toCol: number;
}

/** A parsed row-colouring rule: rows of the range whose cell in `column` is not empty take the colour. */
export interface RowColourRule extends RuleArea {
  column: number;
  kind: RowColour;
}

/** A cell-value rule: cells of the range whose value passes `when` take the colours (CSS). */
export interface CellColourRule extends RuleArea {
  kind: "cellValue";
  when: CellTest;
  fill: string;
  font: string;
}

/** A sheet's conditional formats as the grid evaluates them, in priority order. */
export type ColourRule = RowColourRule | CellColourRule;

export function colourRules(sheet: MemorySheet): ColourRule[] {
  const out: ColourRule[] = [];
  for (const cf of sheet.conditionalFormats) {
    if (cf.kind === "cellValue") {
      // A multi-area range ("M9,AB14": the Timeline's stock-out weeks) colours each of its areas.
      for (const part of cf.range.split(",")) {
        const r = rangePos(part);
        if (!r) continue;
        const area = { fromRow: r.from.row, toRow: r.to.row, fromCol: r.from.col, toCol: r.to.col };
        out.push({ ...area, kind: "cellValue", when: cf.when, fill: cf.fill, font: cf.font });
      }
      continue;
    }
    const r = rangePos(cf.range);
    if (!r) continue;
    const area = { fromRow: r.from.row, toRow: r.to.row, fromCol: r.from.col, toCol: r.to.col };
    // The only rule shape we write (spec §2's flagged rows): the Flags (or Suggestion) cell is not empty.
    const column = rowColouringColumn(cf.formula);
    if (column) out.push({ ...area, column: columnIndex(column), kind: cf.kind });
  }
  return out;
}

const rowRuleApplies = (sheet: MemorySheet, r: RowColourRule, row: number): boolean =>
  row >= r.fromRow && row <= r.toRow && !isBlank(sheet.cellAt(row, r.column)?.value);

/** The colour the row-colouring rules give a row (the first rule whose Flags cell is not empty), if any. */
export function rowColourOf(
  sheet: MemorySheet,
  rules: readonly ColourRule[],
  row: number
): RowColourRule | undefined {
  for (const r of rules) if (r.kind !== "cellValue" && rowRuleApplies(sheet, r, row)) return r;
  return undefined;
}

/** The first rule that colours the cell, if any. */
function ruleOf(
  sheet: MemorySheet,
  rules: readonly ColourRule[],
  row: number,
  col: number,
  value: MemoryCell["value"]
): ColourRule | undefined {
  return rules.find((r) =>
    col < r.fromCol || col > r.toCol
      ? false
      : r.kind === "cellValue"
        ? row >= r.fromRow && row <= r.toRow && cellTestMatches(r.when, value)
        : rowRuleApplies(sheet, r, row)
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
  /** Coloured by a cell-value rule (the Timeline's kinds of cell). */
  ruleColoured?: boolean;
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
export const isEmptyCell = (c: MemoryCell | undefined): boolean =>
  c === undefined ||
  (c.formula === undefined && (c.value === null || c.value === undefined || c.value === ""));

/**
 * How far a left-aligned text may run past its cell's right edge, in px, as Excel draws it: over the empty cells to
 * its right (no value and no formula: a formula showing "" stops it), up to a merge or a frozen/unfrozen boundary.
 * `cols` are the shown columns in order, `widths` their widths.
 */
export function spillWidth(
  sheet: MemorySheet,
  row: number,
  at: number,
  cols: readonly number[],
  widths: readonly number[],
  covered: ReadonlySet<string>
): number {
  let extra = 0;
  const frozen = sheet.frozenColumns;
  for (let i = at + 1; i < cols.length; i++) {
    const col = cols[i];
    if (cols[at] <= frozen && col > frozen) break;
    if (covered.has(cellKey(row, col)) || !isEmptyCell(sheet.cellAt(row, col))) break;
    extra += widths[i];
  }
  return extra;
}

export function cellView(
  wb: MemoryWorkbook,
  sheet: MemorySheet,
  rules: readonly ColourRule[],
  row: number,
  col: number
): CellView {
  const address = `${columnLetter(col)}${row}`;
  const c = sheet.cellAt(row, col);
  const value = c?.value;
  const text = formatValue(value, wb.numFmtOf(sheet.name, address));
  const align =
    typeof value === "number"
      ? "right"
      : typeof value === "boolean" || (value !== null && typeof value === "object")
        ? "center"
        : "left";
  const rule = ruleOf(sheet, rules, row, col, value);
  const coloured = rule && rule.kind !== "cellValue" ? rule.kind : undefined;
  let background = c?.fill ? cssFill(c.fill) : undefined;
  let color: string | undefined;
  if (rule?.kind === "cellValue") {
    background = cssFill(rule.fill);
    color = cssFill(rule.font);
  } else if (coloured) {
    background = ROW_COLOURS[coloured].fill;
    color = ROW_COLOURS[coloured].font;
  }
  if (c?.highlight) background = HIGHLIGHT_FILL[c.highlight];
  if (c?.link) color = LINK_COLOUR;
  return {
    address,
    text,
    align,
    bold: c?.bold === true,
    background,
    color,
    highlight: c?.highlight,
    rowColour: coloured,
    ruleColoured: rule?.kind === "cellValue" ? true : undefined,
    title: c?.message ?? (c?.link ? c.link : undefined),
    link: c?.link,
  };
}
