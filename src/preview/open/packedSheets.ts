/**
 * The reading worker's sheets packed for the trip to the page: each sheet's cells as a few flat arrays (positions,
 * values, formulas, number formats) instead of a Map of a million small objects. The browser's structured clone reads
 * a Map of objects back slowly, in one task (3.8–7.3 s for the 10,000 / 50,000 / 60,000 plan on the loaded CI machine);
 * flat arrays come across quickly, and the page rebuilds the cells in slices.
 */
import type { CellValue } from "../../core/cells";
import { MemorySheet, type MemoryCell } from "../memorySheet";
import { Slicer } from "../slices";
import type { OpenedWorkbook } from "./openedWorkbook";

export interface PackedCells {
  /** 1-based row and column of cell i at 2i and 2i + 1. */
  at: Int32Array;
  values: CellValue[];
  formulas: (string | undefined)[];
  numFmts: (string | undefined)[];
  /** The cells holding more than a value, formula and number format, whole, by index. */
  whole: [index: number, cell: MemoryCell][];
}

/** A sheet's fields but its cells, and its cells packed. */
export type PackedSheet = Record<string, unknown> & { name: string; packed: PackedCells };

/** An opened workbook with its sheets packed. */
export type PackedWorkbook = Omit<OpenedWorkbook, "sheets"> & { sheets: PackedSheet[] };

const PLAIN = new Set(["value", "formula", "numFmt"]);

export function packSheet(s: MemorySheet): PackedSheet {
  const n = s.cellCount;
  const packed: PackedCells = {
    at: new Int32Array(n * 2),
    values: new Array<CellValue>(n),
    formulas: new Array<string | undefined>(n),
    numFmts: new Array<string | undefined>(n),
    whole: [],
  };
  let i = 0;
  for (const [cell, row, col] of s.cellEntries()) {
    packed.at[2 * i] = row;
    packed.at[2 * i + 1] = col;
    if (Object.keys(cell).every((k) => PLAIN.has(k))) {
      packed.values[i] = cell.value;
      packed.formulas[i] = cell.formula;
      packed.numFmts[i] = cell.numFmt;
    } else packed.whole.push([i, cell]);
    i++;
  }
  const { cells: _cells, ...rest } = s as unknown as { cells: unknown } & Record<string, unknown>;
  return { ...rest, packed } as unknown as PackedSheet;
}

/** The sheet again, its cells rebuilt a slice at a time. */
export async function unpackSheet(p: PackedSheet, slicer = new Slicer()): Promise<MemorySheet> {
  const { packed, ...rest } = p;
  const s = MemorySheet.revive(rest);
  const whole = new Map(packed.whole);
  const n = packed.at.length / 2;
  await slicer.chunks(n, (from, to) => {
    for (let i = from; i < to; i++) {
      let cell = whole.get(i);
      if (!cell) {
        cell = { value: packed.values[i] ?? null };
        const formula = packed.formulas[i];
        const numFmt = packed.numFmts[i];
        if (formula !== undefined) cell.formula = formula;
        if (numFmt !== undefined) cell.numFmt = numFmt;
      }
      s.setCellAt(packed.at[2 * i], packed.at[2 * i + 1], cell);
    }
  });
  return s;
}

export const packWorkbook = (wb: OpenedWorkbook): PackedWorkbook => ({
  ...wb,
  sheets: wb.sheets.map(packSheet),
});

/** The workbook's sheets unpacked, one slice of cells at a time. */
export async function unpackWorkbook(p: PackedWorkbook): Promise<OpenedWorkbook> {
  const slicer = new Slicer();
  const sheets: MemorySheet[] = [];
  for (const s of p.sheets) sheets.push(await unpackSheet(s, slicer));
  return { ...p, sheets };
}
