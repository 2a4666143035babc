/** The pieces a sheet's write is made of, the same for a new and an existing sheet. */
import { quoteSheetName, type CellValue } from "../../cells";
import { formulaText } from "../../formulas/text";
import { sheetSpec } from "../../schema/sheets";
import type { FormulaContext } from "../../schema/types";
import {
  isFormulaCell,
  MIN_RESERVE_TO,
  RESERVE_ROWS,
  reserveRowsEnd,
  type LayoutCell,
  type SheetLayout,
} from "../layout";
import { rowColouringFormula } from "../rowColouring";
import { pastedDownAsRow } from "./pastedDown";
import type {
  FormatRange,
  ListsPlacement,
  ListValidation,
  PlacedColumn,
  RowColouring,
  SheetExtent,
  SheetPlanOptions,
} from "./types";

/** The last row that formats, dropdowns and row colouring reach: the data plus room to grow. */
export function reserveEnd(layout: SheetLayout, headerRow: number, dataEnd: number): number {
  const shift = headerRow - layout.headerRow;
  const end = Math.max(layout.reserveTo + shift, MIN_RESERVE_TO, dataEnd + RESERVE_ROWS);
  return reserveRowsEnd(layout.id, dataEnd, end);
}

/** `name`, or `name2`, `name3`… when the workbook has a table of that name (any case). */
export function freeTableName(name: string, taken: readonly string[] | undefined): string {
  const used = new Set((taken ?? []).map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) if (!used.has(`${name}${i}`.toLowerCase())) return `${name}${i}`;
}

/** The schema formula of each formula column, built with the letters the columns have in this sheet. */
export function formulaBuilder(
  layout: SheetLayout,
  placed: readonly PlacedColumn[],
  firstRow: number,
  { ref, firstCell }: Pick<SheetPlanOptions, "ref" | "firstCell">
): Map<string, RowFormula> {
  const spec = sheetSpec(layout.id);
  const letters = new Map(placed.map((p) => [p.column.field, p.letter]));
  const col = (field: string): string => {
    const l = letters.get(field);
    if (!l) throw new Error(`No column ${field} in sheet ${spec.id}`);
    return l;
  };
  const out = new Map<string, RowFormula>();
  for (const c of spec.columns) {
    const declared = c.formula;
    if (!declared || !letters.has(c.field)) continue;
    const make = (row: number): string => {
      const ctx: FormulaContext = { row, col, firstRow };
      if (ref) ctx.ref = ref;
      if (firstCell) ctx.firstCell = firstCell;
      return formulaText(declared, ctx);
    };
    out.set(c.field, filledByRow(make, firstRow));
  }
  return out;
}

/** Row numbers no sheet has (Excel stops at 1,048,576), for laying a formula out once: see filledByRow. */
const SAMPLE_ROWS = [9_073_214_651, 8_162_503_947] as const;

/** A formula column's text for a row; `pastedDown`: every row after the first one's text is the row above's pasted. */
export interface RowFormula {
  (row: number): string;
  readonly pastedDown: boolean;
}

/**
 * `make` for every row but `firstRow`, laid out once and filled with each row's number. A schema formula depends on
 * its row only through the row's own cells (`D7`) and whether it is the first data row, so the text of one row is the
 * text of another with the number changed. Made at two rows no sheet has, the two texts must say so (each is the other
 * with its number replaced), and so must the row after `firstRow`; else every row is made, as before. On the bench
 * plan this was a fifth of Create / update's planning: Promotions' Flags alone is 1,300 characters a row.
 */
export function filledByRow(make: (row: number) => string, firstRow: number): RowFormula {
  const [a, b] = SAMPLE_ROWS.map(String);
  const sample = make(Number(a));
  const split = sample.split(a);
  const next = firstRow + 1;
  const pieces =
    split.join(b) === make(Number(b)) && split.join(String(next)) === make(next) ? split : null;
  const at = (row: number): string =>
    row === firstRow || pieces === null ? make(row) : pieces.join(String(row));
  return Object.assign(at, { pastedDown: pieces !== null && pastedDownAsRow(sample, a) });
}

/** A layout row's cell in a formula column: the formula with this sheet's letters, its value the cached result. */
export function asFormula(v: LayoutCell, formula: string): LayoutCell {
  return { formula, result: isFormulaCell(v) ? v.result : (v as CellValue) };
}

export function validationsOf(
  placed: readonly PlacedColumn[],
  fromRow: number,
  toRow: number,
  lists: ListsPlacement | undefined
): ListValidation[] {
  if (!lists) return [];
  const out: ListValidation[] = [];
  for (const p of placed) {
    const list = p.column.list;
    if (!list) continue;
    const l = lists.columns[list];
    if (!l) continue;
    out.push({
      column: p.letter,
      fromRow,
      toRow,
      list,
      source: `=${quoteSheetName(lists.sheet)}!$${l}$${lists.firstRow}:$${l}$${lists.lastRow}`,
      header: p.column.header,
    });
  }
  return out;
}

/** A rule per watched column (Flags, and Promotions' Presale flags) placed on the sheet, in the layout's order. */
export function rowColouringsOf(
  layout: SheetLayout,
  placed: readonly PlacedColumn[],
  extent: SheetExtent,
  fromRow: number,
  toRow: number
): RowColouring[] {
  const h = layout.highlight;
  if (!h) return [];
  const out: RowColouring[] = [];
  for (const letter of [h.column, ...(h.also ?? [])]) {
    const field = layout.columns.find((c) => c.letter === letter)?.field;
    const at = placed.find((p) => p.column.field === field);
    if (!at) continue;
    out.push({
      range: `${extent.firstColumn}${fromRow}:${extent.lastColumn}${toRow}`,
      formula: rowColouringFormula(at.letter, fromRow),
      kind: h.kind,
    });
  }
  return out;
}

/** Each formatted column's range, and the layout's single-cell formats on the sheet rows they land on. */
export function formatsOf(
  layout: SheetLayout,
  placed: readonly PlacedColumn[],
  fromRow: number,
  toRow: number,
  rowOf: (layoutRow: number) => number | undefined
): FormatRange[] {
  const out: FormatRange[] = [];
  for (const p of placed)
    if (p.column.numFmt !== undefined)
      out.push({ column: p.letter, fromRow, toRow, numFmt: p.column.numFmt });
  for (const f of layout.cellFormats) {
    const field = layout.columns.find((c) => c.letter === f.column)?.field;
    const p = placed.find((x) => x.column.field === field);
    const row = rowOf(f.row);
    if (p && row !== undefined)
      out.push({ column: p.letter, fromRow: row, toRow: row, numFmt: f.numFmt });
  }
  return out;
}

/** Consecutive runs of ascending row numbers: [from, to] pairs. */
export function runsOf(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}
