/**
 * The reading worker's sheets packed for the trip to the page and for IndexedDB: a sheet's cells in chunks, each a
 * few typed arrays (positions, kinds of value, numbers, number formats) and one string of texts end to end, instead
 * of a million small objects. A structured clone copies those in one go (the objects took seconds, in one task of
 * the page, and IndexedDB's keep of them 12 s of the worker on the loaded CI machine); the page rebuilds the cells
 * in slices, as the chunks arrive.
 */
import { MemorySheet, type MemoryCell } from "../memorySheet";
import { Slicer } from "../slices";
import type { OpenedWorkbook } from "./openedWorkbook";

/** A cell's value kind (the low bits of its kind), then what else it has (the high bits). */
const NULL = 0;
const NUMBER = 1;
const TEXT = 2;
const TRUE = 3;
const FALSE = 4;
const DATE = 5;
const VALUE_BITS = 7;
const HAS_FORMULA = 8;
/** A formula the formula engine cannot compute (./recomputable.ts): it keeps the file's saved value. */
const NOT_RECOMPUTED = 16;

/** A chunk of a sheet's cells. */
export interface PackedCells {
  /** 1-based row and column of cell i at 2i and 2i + 1. */
  at: Int32Array;
  kinds: Uint8Array;
  /** A NUMBER's value, a DATE's time (ms). */
  numbers: Float64Array;
  /** Each TEXT value, then the cell's formula if it has one, cell after cell, end to end. */
  texts: string;
  /** The length of each text in `texts`, in order. */
  textLengths: Uint32Array;
  /** Cell i's number format: formats[numFmts[i] - 1]; 0 for none. */
  numFmts: Uint16Array;
  formats: string[];
  /** The cells holding more than a value, formula and number format (or an error value), whole, by index. */
  whole: [index: number, cell: MemoryCell][];
}

/** A sheet's fields but its cells. */
export type SheetFields = Record<string, unknown> & { name: string };

/** A sheet packed: its fields and its cells' chunks (as IndexedDB keeps it). */
export interface PackedSheet {
  fields: SheetFields;
  chunks: PackedCells[];
}

/** Cells per chunk: a chunk is one message to the page, rebuilt there in slices. */
export const CHUNK_CELLS = 50_000;

const PLAIN = new Set(["value", "formula", "numFmt"]);

function kindOf(cell: MemoryCell): number | undefined {
  const v = cell.value;
  if (v === null) return NULL;
  if (typeof v === "number") return NUMBER;
  if (typeof v === "string") return TEXT;
  if (v === true) return TRUE;
  if (v === false) return FALSE;
  if (v instanceof Date) return DATE;
  return undefined;
}

/** Whether the engine computes a formula: `canRecompute` of ./recomputable.ts, given where a formula engine is loaded. */
export type RecomputeCheck = (formula: string) => boolean;

/** Cells [from, from + n) of `entries` (a sheet's cellEntries, read on from where the last chunk stopped). */
function packChunk(
  entries: Iterator<[cell: MemoryCell, row: number, col: number]>,
  n: number,
  check?: RecomputeCheck
): PackedCells {
  const at = new Int32Array(n * 2);
  const kinds = new Uint8Array(n);
  const numbers = new Float64Array(n);
  const numFmts = new Uint16Array(n);
  const texts: string[] = [];
  const formats: string[] = [];
  const formatIndex = new Map<string, number>();
  const whole: [number, MemoryCell][] = [];
  for (let i = 0; i < n; i++) {
    const next = entries.next();
    if (next.done) throw new Error("a sheet's cells changed while packed");
    const [cell, row, col] = next.value;
    at[2 * i] = row;
    at[2 * i + 1] = col;
    const kind = kindOf(cell);
    let plain = kind !== undefined;
    if (plain) for (const k in cell) if (!PLAIN.has(k)) plain = false;
    if (!plain || kind === undefined) {
      whole.push([i, cell]);
      continue;
    }
    let bits = kind;
    if (kind === NUMBER) numbers[i] = cell.value as number;
    else if (kind === DATE) numbers[i] = (cell.value as Date).getTime();
    else if (kind === TEXT) texts.push(cell.value as string);
    if (cell.formula !== undefined) {
      bits |= HAS_FORMULA;
      if (check && !check(cell.formula)) bits |= NOT_RECOMPUTED;
      texts.push(cell.formula);
    }
    kinds[i] = bits;
    if (cell.numFmt !== undefined) {
      let f = formatIndex.get(cell.numFmt);
      if (f === undefined) {
        formats.push(cell.numFmt);
        formatIndex.set(cell.numFmt, (f = formats.length));
      }
      numFmts[i] = f;
    }
  }
  return {
    at,
    kinds,
    numbers,
    texts: texts.join(""),
    textLengths: Uint32Array.from(texts, (t) => t.length),
    numFmts,
    formats,
    whole,
  };
}

/**
 * A sheet packed, `chunkCells` cells a chunk; with `check`, the formulas the engine cannot compute are marked, for
 * the page to note as it rebuilds them (the reading worker checks them, so the page never builds the checking engine).
 */
export function packSheet(
  s: MemorySheet,
  chunkCells = CHUNK_CELLS,
  check?: RecomputeCheck
): PackedSheet {
  const entries = s.cellEntries();
  const chunks: PackedCells[] = [];
  for (let left = s.cellCount; left > 0; left -= chunkCells)
    chunks.push(packChunk(entries, Math.min(chunkCells, left), check));
  return { fields: s.fieldsWithoutCells(), chunks };
}

/**
 * A sheet packed as packSheet packs it, a chunk a step of `slicer` (the page keeping its workbook: its cells are a
 * million objects on a big plan); undefined as soon as `stop` says the pack is no longer wanted. Throws when the sheet
 * loses cells meanwhile; the caller keeps it again.
 */
export async function packSheetInSlices(
  s: MemorySheet,
  slicer: Slicer,
  chunkCells = CHUNK_CELLS,
  stop: () => boolean = () => false
): Promise<PackedSheet | undefined> {
  const entries = s.cellEntries();
  const chunks: PackedCells[] = [];
  for (let left = s.cellCount; left > 0; left -= chunkCells) {
    chunks.push(packChunk(entries, Math.min(chunkCells, left)));
    await slicer.step();
    if (stop()) return undefined;
  }
  return { fields: s.fieldsWithoutCells(), chunks };
}

/**
 * Rebuilds a chunk's cells into `s`, a slice at a time; a formula packed as not recomputed is marked so, with `note`
 * (the grid's note on it).
 */
export async function unpackChunk(
  s: MemorySheet,
  p: PackedCells,
  slicer: Slicer,
  note = ""
): Promise<void> {
  const whole = new Map(p.whole);
  const n = p.kinds.length;
  let text = 0;
  let offset = 0;
  const nextText = (): string => {
    const end = offset + p.textLengths[text++];
    const t = p.texts.slice(offset, end);
    offset = end;
    return t;
  };
  await slicer.chunks(n, (from, to) => {
    for (let i = from; i < to; i++) {
      const row = p.at[2 * i];
      const col = p.at[2 * i + 1];
      const kept = whole.get(i);
      if (kept) {
        s.setCellAt(row, col, kept);
        continue;
      }
      const bits = p.kinds[i];
      const kind = bits & VALUE_BITS;
      const cell: MemoryCell = {
        value:
          kind === NUMBER
            ? p.numbers[i]
            : kind === TEXT
              ? nextText()
              : kind === TRUE
                ? true
                : kind === FALSE
                  ? false
                  : kind === DATE
                    ? new Date(p.numbers[i])
                    : null,
      };
      if (bits & HAS_FORMULA) {
        cell.formula = nextText();
        if (bits & NOT_RECOMPUTED) {
          cell.notRecomputed = true;
          cell.message = note;
        }
      }
      const f = p.numFmts[i];
      if (f > 0) cell.numFmt = p.formats[f - 1];
      s.setCellAt(row, col, cell);
    }
  });
}

/** A sheet with its fields and no cells yet. */
export const sheetOf = (fields: SheetFields): MemorySheet => MemorySheet.revive(fields);

/** The sheet again, its cells rebuilt a slice at a time. */
export async function unpackSheet(
  p: PackedSheet,
  slicer = new Slicer(),
  note?: string
): Promise<MemorySheet> {
  const s = sheetOf(p.fields);
  for (const chunk of p.chunks) await unpackChunk(s, chunk, slicer, note);
  return s;
}

export const isPackedSheet = (s: object): s is PackedSheet =>
  "fields" in s && "chunks" in s && Array.isArray((s as PackedSheet).chunks);

/** Kept sheets as sheets: packed ones (the reading worker keeps them so) rebuilt in slices, others revived. */
export async function revivedSheets(
  kept: readonly (MemorySheet | PackedSheet)[]
): Promise<MemorySheet[]> {
  const slicer = new Slicer();
  const sheets: MemorySheet[] = [];
  for (const s of kept)
    sheets.push(isPackedSheet(s) ? await unpackSheet(s, slicer) : MemorySheet.revive(s));
  return sheets;
}

/** A workbook with its sheets packed (tests, and what the reading worker keeps). */
export const packWorkbook = (
  wb: OpenedWorkbook
): Omit<OpenedWorkbook, "sheets"> & { sheets: PackedSheet[] } => ({
  ...wb,
  sheets: wb.sheets.map((s) => packSheet(s)),
});

/** The workbook's sheets unpacked, one slice of cells at a time. */
export async function unpackWorkbook(
  p: Omit<OpenedWorkbook, "sheets"> & { sheets: PackedSheet[] }
): Promise<OpenedWorkbook> {
  const slicer = new Slicer();
  const sheets: MemorySheet[] = [];
  for (const s of p.sheets) sheets.push(await unpackSheet(s, slicer));
  return { ...p, sheets };
}
