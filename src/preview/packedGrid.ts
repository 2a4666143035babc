/**
 * Rows of cells packed for a trip between the page and a worker (the plan worker's sheets and answers, the engine's
 * content): a kind byte and a number per cell, and every text — values, formulas, links — in one list, instead of an
 * array and an object per row and per cell. A structured clone copies a few typed arrays and the texts; the rows as
 * they were took most of the plan worker's time to post (a Timeline is 760,000 formula cells) and seconds of the
 * page's to receive, mostly in the garbage collector. (The texts are not joined into one string: on a big plan that
 * join was the page's largest cost of posting, a copy the clone makes anyway.)
 */
import type { CellValue } from "../core/cells";
import type { LayoutCell } from "../core/write/layout";

/** A cell's value kind (the low bits of its kind byte). */
const HOLE = 0;
const UNDEFINED = 1;
const NULL = 2;
const NUMBER = 3;
const TEXT = 4;
const TRUE = 5;
const FALSE = 6;
const DATE = 7;
const ERROR = 8;
/** Anything else, kept whole in `whole`. */
const WHOLE = 9;
const VALUE_BITS = 15;
/** A formula cell: its formula is the next text, its result the value the low bits give. */
const FORMULA = 16;
/** A link cell: its text is the next text (low bits TEXT), then its link. */
const LINK = 32;

export interface PackedGrid {
  /** Row i's cells are cells [rowStarts[i], rowStarts[i + 1]). */
  rowStarts: Uint32Array;
  kinds: Uint8Array;
  /** A NUMBER's value, a DATE's time (ms). */
  numbers: Float64Array;
  /** The cells' texts, in order (a formula's before its result's). */
  texts: string[];
  /** The cells of kind WHOLE, by index. */
  whole: [index: number, cell: LayoutCell][];
}

/** The buffers of a packed grid, to transfer instead of copying. */
export const packedBuffers = (p: PackedGrid): ArrayBuffer[] =>
  [p.rowStarts, p.kinds, p.numbers].map((a) => a.buffer as ArrayBuffer);

function valueKind(v: CellValue, texts: string[], numbers: Float64Array, i: number): number {
  if (v === null) return NULL;
  if (v === undefined) return UNDEFINED;
  switch (typeof v) {
    case "number":
      numbers[i] = v;
      return NUMBER;
    case "string":
      texts.push(v);
      return TEXT;
    case "boolean":
      return v ? TRUE : FALSE;
  }
  if (v instanceof Date) {
    numbers[i] = v.getTime();
    return DATE;
  }
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0] === "error" && typeof v.error === "string") {
    texts.push(v.error);
    return ERROR;
  }
  return WHOLE;
}

export function packGrid(rows: readonly (readonly LayoutCell[])[]): PackedGrid {
  let n = 0;
  const rowStarts = new Uint32Array(rows.length + 1);
  for (let r = 0; r < rows.length; r++) {
    rowStarts[r] = n;
    n += rows[r].length;
  }
  rowStarts[rows.length] = n;
  const kinds = new Uint8Array(n);
  const numbers = new Float64Array(n);
  const texts: string[] = [];
  const whole: [number, LayoutCell][] = [];
  let i = 0;
  for (const row of rows)
    for (let j = 0; j < row.length; j++, i++) {
      const v = row[j];
      if (v === undefined && !(j in row)) {
        kinds[i] = HOLE;
        continue;
      }
      let kind: number;
      if (typeof v !== "object" || v === null || v instanceof Date)
        kind = valueKind(v, texts, numbers, i);
      else if (
        typeof (v as { formula?: unknown }).formula === "string" &&
        keysAre(v, FORMULA_KEYS)
      ) {
        const f = v as { formula: string; result: CellValue };
        texts.push(f.formula);
        kind = valueKind(f.result, texts, numbers, i);
        kind = kind === WHOLE ? WHOLE : kind | FORMULA;
        if (kind === WHOLE) texts.pop();
      } else if (
        typeof (v as { link?: unknown }).link === "string" &&
        typeof (v as { text?: unknown }).text === "string" &&
        keysAre(v, LINK_KEYS)
      ) {
        const l = v as { text: string; link: string };
        texts.push(l.text, l.link);
        kind = TEXT | LINK;
      } else kind = valueKind(v as CellValue, texts, numbers, i);
      if (kind === WHOLE) whole.push([i, v]);
      kinds[i] = kind;
    }
  return {
    rowStarts,
    kinds,
    numbers,
    texts,
    whole,
  };
}

/**
 * Packs cells one at a time, row after row, into a grid of at most `cells` cells (the engine's content, taken from the
 * workbook's cells without making a row of them first). A cell not given is a hole. Cells are given in order — rows
 * ascending, columns ascending within a row, each once — as the texts are read back in that order.
 */
export class PackedGridWriter {
  private readonly rowStarts: Uint32Array;
  private readonly kinds: Uint8Array;
  private readonly numbers: Float64Array;
  private readonly texts: string[] = [];
  private row = 0;
  private start = 0;
  private i = 0;

  constructor(rows: number, cells: number) {
    this.rowStarts = new Uint32Array(rows + 1);
    this.kinds = new Uint8Array(cells);
    this.numbers = new Float64Array(cells);
  }

  /** The cell at `col` (0-based) of the current row: a formula (its result unknown), or a value. */
  formula(col: number, formula: string): void {
    this.texts.push(formula);
    this.kinds[this.start + col] = NULL | FORMULA;
  }

  value(col: number, v: string | number | boolean | null | { error: string }): void {
    const i = this.start + col;
    if (v === null) this.kinds[i] = NULL;
    else if (typeof v === "number") {
      this.numbers[i] = v;
      this.kinds[i] = NUMBER;
    } else if (typeof v === "string") {
      this.texts.push(v);
      this.kinds[i] = TEXT;
    } else if (typeof v === "boolean") this.kinds[i] = v ? TRUE : FALSE;
    else {
      this.texts.push(v.error);
      this.kinds[i] = ERROR;
    }
  }

  /** Ends the current row, `width` cells wide (its cells given at columns below `width`). */
  endRow(width: number): void {
    this.i = this.start + width;
    this.rowStarts[++this.row] = this.i;
    this.start = this.i;
  }

  done(): PackedGrid {
    const n = this.i;
    const rows = this.row + 1;
    return {
      rowStarts: rows === this.rowStarts.length ? this.rowStarts : this.rowStarts.slice(0, rows),
      kinds: n === this.kinds.length ? this.kinds : this.kinds.slice(0, n),
      numbers: n === this.numbers.length ? this.numbers : this.numbers.slice(0, n),
      texts: this.texts,
      whole: [],
    };
  }
}

const FORMULA_KEYS = new Set(["formula", "result"]);
const LINK_KEYS = new Set(["text", "link"]);

function keysAre(v: object, allowed: ReadonlySet<string>): boolean {
  for (const k in v) if (!allowed.has(k)) return false;
  return true;
}

/**
 * Reads a packed grid back a few rows at a time (`rows(from, to)`, in order: the texts are read on from where the
 * last call stopped).
 */
export class PackedGridReader {
  private text = 0;
  private next = 0;
  private readonly whole: Map<number, LayoutCell>;

  constructor(private readonly p: PackedGrid) {
    this.whole = new Map(p.whole);
  }

  get rowCount(): number {
    return this.p.rowStarts.length - 1;
  }

  /** Rows [from, to), `from` where the last call ended. */
  rows(from: number, to: number): LayoutCell[][] {
    if (from !== this.next)
      throw new Error(`packed rows read out of order (${from}, not ${this.next})`);
    this.next = to;
    const p = this.p;
    const out: LayoutCell[][] = [];
    for (let r = from; r < to; r++) {
      const start = p.rowStarts[r];
      const row = new Array<LayoutCell>(p.rowStarts[r + 1] - start);
      for (let j = 0; j < row.length; j++) {
        const i = start + j;
        const kind = p.kinds[i];
        if (kind === HOLE) continue;
        if (kind === WHOLE) {
          row[j] = this.whole.get(i);
          continue;
        }
        if (kind & LINK) {
          const text = this.nextText();
          row[j] = { text, link: this.nextText() };
        } else if (kind & FORMULA) {
          const formula = this.nextText();
          row[j] = { formula, result: this.value(kind & VALUE_BITS, i) };
        } else row[j] = this.value(kind, i);
      }
      out.push(row);
    }
    return out;
  }

  private nextText(): string {
    return this.p.texts[this.text++];
  }

  private value(kind: number, i: number): CellValue {
    switch (kind) {
      case NULL:
        return null;
      case NUMBER:
        return this.p.numbers[i];
      case TEXT:
        return this.nextText();
      case TRUE:
        return true;
      case FALSE:
        return false;
      case DATE:
        return new Date(this.p.numbers[i]);
      case ERROR:
        return { error: this.nextText() };
      default:
        return undefined;
    }
  }
}

/** Every row of a packed grid. */
export const unpackGrid = (p: PackedGrid): LayoutCell[][] => {
  const reader = new PackedGridReader(p);
  return reader.rows(0, reader.rowCount);
};
