/**
 * Formula cells a file gives without a value the reader can use (see `StoredFormula`): the reader calculates what it
 * can — a reference to another cell (`=G48`, `=Products!E7`, `='My sheet'!B2`), `+ − * /` over numbers and such
 * references, with parentheses and signs, and text in quotes — as Excel would: a blank cell counts as 0, numeric
 * text as its number, TRUE as 1, a date as its serial; an error passes through; dividing by 0 is #DIV/0!. Anything
 * else (a function, a range, a name, a sheet that was not read, a circular reference) stays uncalculated, and
 * the reader reports the cell as DQ_NOT_CALCULATED.
 */
import { isCellError, type CellError, type CellValue, type Grid } from "../cells";
import { normCell } from "./cellValue";
import { dateToSerial } from "./dates";
import { tokenize, type Token } from "./formulaSyntax";
import { origin, type SheetInput, type StoredFormula } from "./input";

const MS_PER_DAY = 86_400_000;
const COLS = 16_385;
const cellKey = (row: number, col: number): number => row * COLS + col;

/** Thrown (never out of this module) when a formula uses what is not calculated here. */
const NOT_CALCULABLE = Symbol("not calculable");

interface Book {
  input: SheetInput;
  grid: Grid;
  firstRow: number;
  firstCol: number;
  /** Formula cells still to calculate, and the results of those done (undefined: not calculable). */
  formulas: Map<number, StoredFormula>;
  results: Map<number, CellValue | typeof NOT_CALCULABLE>;
  calculating: Set<number>;
}

type Value = CellValue;

const error = (code: string): CellError => ({ error: code });

/** A value in arithmetic, as Excel coerces it: a number, or the error the operation gives. */
function numberOf(v: Value): number | CellError {
  if (typeof v === "number") return v;
  if (v === null || v === undefined) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Date) {
    const t = v.getTime();
    if (!Number.isFinite(t)) return error("#VALUE!");
    return dateToSerial(v) + (((t % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_DAY;
  }
  if (isCellError(v)) return v;
  const text = String(v).trim();
  const n = text === "" ? NaN : Number(text);
  return Number.isFinite(n) ? n : error("#VALUE!");
}

function arithmetic(op: string, a: Value, b: Value): Value {
  const x = numberOf(a);
  if (typeof x !== "number") return x;
  const y = numberOf(b);
  if (typeof y !== "number") return y;
  let r: number;
  if (op === "+") r = x + y;
  else if (op === "-") r = x - y;
  else if (op === "*") r = x * y;
  else {
    if (y === 0) return error("#DIV/0!");
    r = x / y;
  }
  return Number.isFinite(r) ? r : error("#NUM!");
}

class Calculator {
  private readonly books = new Map<string, Book>();

  constructor(sheets: readonly SheetInput[]) {
    for (const input of sheets) {
      const k = input.name.toLowerCase();
      if (this.books.has(k)) continue;
      const firstRow = origin(input.firstRow);
      const firstCol = origin(input.firstCol);
      const formulas = new Map<number, StoredFormula>();
      for (const f of input.formulas ?? []) formulas.set(cellKey(f.row, f.col), f);
      this.books.set(k, {
        input,
        grid: Array.isArray(input.rows) ? input.rows : [],
        firstRow,
        firstCol,
        formulas,
        results: new Map(),
        calculating: new Set(),
      });
    }
  }

  /** The result of a stored formula, or NOT_CALCULABLE. */
  result(book: Book, f: StoredFormula): Value | typeof NOT_CALCULABLE {
    const key = cellKey(f.row, f.col);
    const done = book.results.get(key);
    if (done !== undefined || book.results.has(key)) return done;
    if (book.calculating.has(key)) return NOT_CALCULABLE; // a circular reference
    book.calculating.add(key);
    let r: Value | typeof NOT_CALCULABLE;
    try {
      r = this.evaluate(book, f.formula);
    } catch (e) {
      if (e !== NOT_CALCULABLE) throw e;
      r = NOT_CALCULABLE;
    }
    book.calculating.delete(key);
    book.results.set(key, r);
    return r;
  }

  private cell(book: Book, row: number, col: number): Value {
    const f = book.formulas.get(cellKey(row, col));
    if (f) {
      const r = this.result(book, f);
      if (r === NOT_CALCULABLE) throw NOT_CALCULABLE;
      return r;
    }
    const line = book.grid[row - book.firstRow];
    return Array.isArray(line) ? normCell(line[col - book.firstCol]) : null;
  }

  private evaluate(book: Book, formula: string): Value {
    const tokens = formula === "" ? undefined : tokenize(formula);
    if (!tokens || tokens.length === 0) throw NOT_CALCULABLE;
    let i = 0;
    const peek = (): Token | undefined => tokens[i];
    const isOp = (t: Token | undefined, ops: string): boolean =>
      t !== undefined && t.kind === "op" && ops.includes(t.text);

    const primary = (): Value => {
      const t = tokens[i++];
      if (!t) throw NOT_CALCULABLE;
      switch (t.kind) {
        case "number":
          return Number(t.text);
        case "string":
          return t.text.slice(1, -1).replace(/""/g, '"');
        case "ref": {
          const target = t.sheet === undefined ? book : this.books.get(t.sheet.toLowerCase());
          if (!target) throw NOT_CALCULABLE;
          // A range (A1:B2) is not a single value.
          if (isOp(peek(), ":")) throw NOT_CALCULABLE;
          return this.cell(target, t.row, t.col);
        }
        case "op":
          if (t.text === "(") {
            const v = sum();
            if (!isOp(tokens[i++], ")")) throw NOT_CALCULABLE;
            return v;
          }
          throw NOT_CALCULABLE;
        default:
          throw NOT_CALCULABLE;
      }
    };
    const unary = (): Value => {
      if (isOp(peek(), "+-")) {
        const minus = tokens[i++].text === "-";
        const v = unary();
        return minus ? arithmetic("-", 0, v) : v;
      }
      return primary();
    };
    const product = (): Value => {
      let v = unary();
      while (isOp(peek(), "*/")) {
        const op = tokens[i++].text;
        v = arithmetic(op, v, unary());
      }
      return v;
    };
    const sum = (): Value => {
      let v = product();
      while (isOp(peek(), "+-")) {
        const op = tokens[i++].text;
        v = arithmetic(op, v, product());
      }
      return v;
    };

    const v = sum();
    if (i !== tokens.length) throw NOT_CALCULABLE;
    // A reference to a blank cell shows 0.
    return v === null || v === undefined ? 0 : v;
  }

  /** Each sheet with its calculated formulas' values in its rows, and only the uncalculated ones left in `formulas`. */
  apply(sheets: readonly SheetInput[]): SheetInput[] {
    const out: SheetInput[] = [];
    for (const input of sheets) {
      const book = this.books.get(input.name.toLowerCase());
      if (!book || book.input !== input || book.formulas.size === 0) {
        out.push(input);
        continue;
      }
      const rows = book.grid.slice();
      const copied = new Set<number>();
      const left: StoredFormula[] = [];
      for (const f of book.formulas.values()) {
        const r = this.result(book, f);
        if (r === NOT_CALCULABLE) {
          left.push(f);
          continue;
        }
        const ri = f.row - book.firstRow;
        const ci = f.col - book.firstCol;
        if (ri < 0 || ci < 0) continue;
        if (!copied.has(ri)) {
          rows[ri] = Array.isArray(rows[ri]) ? rows[ri].slice() : [];
          copied.add(ri);
        }
        rows[ri][ci] = r;
      }
      out.push({ ...input, rows, formulas: left });
    }
    return out;
  }
}

/**
 * The sheets with every stored formula the reader can calculate replaced by its value (the same sheets when none
 * has stored formulas). A reference names a sheet case-insensitively; of two sheets with one name, the first counts.
 */
export function calculateFormulas(sheets: readonly SheetInput[]): SheetInput[] {
  if (!sheets.some((s) => Array.isArray(s.formulas) && s.formulas.length > 0))
    return sheets.slice();
  return new Calculator(sheets).apply(sheets);
}
