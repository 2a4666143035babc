/**
 * A tiny evaluator for exactly the formula shapes our sheets hold, over a plan workbook layout: A1 cells and ranges
 * (`B$2:B7`), whole columns of other sheets (`产品!$E:$E`), workbook names, "text" and numbers, the operators
 * = & * and IFERROR, IF, OR, AND, NOT, INDEX, MATCH(…,0), COUNTIFS, MINIFS, SUM, MIN, the tests and text functions of
 * the Warehouse keys and Product rows (ISNUMBER, ISTEXT, ISERROR, ISNA, N, VALUE, FIND, LEFT, UPPER, INT, LEN, MAX,
 * TEXTJOIN with Excel's 32,767-character limit, TRUE(), FALSE()) and
 * the PLAN functions (called through the
 * runner with the values their arguments evaluate to). Formula cells are evaluated from their formulas, never from
 * their cached results. Written for the tests, independently of src/core/formulas/evaluate.ts.
 */
import { columnIndex, type CellValue } from "../../src/core/cells";
import { dateToSerial } from "../../src/core/read/dates";
import { isFormulaCell, isLinkCell, type LayoutCell } from "../../src/core/write/layout";
import type { PlanWorkbookLayout } from "../../src/core/write/planWorkbook";
import { PLAN_FUNCTIONS } from "../../src/core/functions/definitions";
import { FnError } from "../../src/core/functions/errors";
import { invoke } from "../../src/core/functions/runner";

/** The most characters Excel's text functions and `&` return; longer is #VALUE!. */
const TEXT_LIMIT = 32_767;

export class XErr {
  constructor(readonly error: string) {}
}
type Scalar = number | string | boolean | null | XErr;
interface Ref {
  kind: "ref";
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
type Val = Scalar | Ref;

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; sheet?: string; from: string; to?: string }
  | { t: "name"; name: string }
  | { t: "call"; name: string; args: Node[] }
  | { t: "op"; op: string; a: Node; b: Node }
  | { t: "neg"; a: Node };

type Tok =
  | { k: "str"; v: string }
  | { k: "num"; v: number }
  | { k: "sheet"; v: string }
  | { k: "fn"; v: string }
  | { k: "word"; v: string }
  | { k: "p"; v: string };

function tokenize(f: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= f.length) throw new Error(`unterminated text in ${f}`);
        if (f[i] === '"' && f[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (f[i] === '"') {
          i++;
          break;
        } else s += f[i++];
      }
      out.push({ k: "str", v: s });
    } else if (ch === "'") {
      let s = "";
      i++;
      while (!(f[i] === "'" && f[i + 1] !== "'")) {
        if (f[i] === "'") i++;
        s += f[i++];
      }
      i++;
      if (f[i++] !== "!") throw new Error(`quoted name without ! in ${f}`);
      out.push({ k: "sheet", v: s });
    } else if (/[0-9]/.test(ch)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(f.slice(i)) as RegExpExecArray;
      out.push({ k: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if (["<=", ">=", "<>"].includes(f.slice(i, i + 2))) {
      out.push({ k: "p", v: f.slice(i, i + 2) });
      i += 2;
    } else if ("(),&*/+-=<>:".includes(ch)) {
      out.push({ k: "p", v: ch });
      i++;
    } else {
      const m = /^[^\s,()"&=<>*+\-/:!']+/.exec(f.slice(i));
      if (!m) throw new Error(`cannot read ${f.slice(i)}`);
      i += m[0].length;
      if (f[i] === "!") {
        out.push({ k: "sheet", v: m[0] });
        i++;
      } else if (f[i] === "(") out.push({ k: "fn", v: m[0].toUpperCase() });
      else out.push({ k: "word", v: m[0] });
    }
  }
  return out;
}

const CELL = /^\$?[A-Z]{1,3}\$?[0-9]+$/;
const COLUMN = /^\$?[A-Z]{1,3}$/;

function parse(formula: string): Node {
  const toks = tokenize(formula);
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const isP = (v: string): boolean => peek()?.k === "p" && peek()?.v === v;
  const expect = (v: string): void => {
    if (!isP(v)) throw new Error(`expected ${v} at token ${p} of ${formula}`);
    p++;
  };
  const level = (ops: string[], next: () => Node) => (): Node => {
    let a = next();
    while (peek()?.k === "p" && ops.includes(peek()?.v as string)) {
      const op = (toks[p++] as Tok).v as string;
      a = { t: "op", op, a, b: next() };
    }
    return a;
  };
  const refPart = (sheet?: string): Node => {
    const w = toks[p++];
    if (w?.k !== "word") throw new Error(`expected a reference in ${formula}`);
    if (isP(":")) {
      p++;
      const to = toks[p++];
      if (to?.k !== "word") throw new Error(`expected a range end in ${formula}`);
      return { t: "ref", sheet, from: w.v, to: to.v };
    }
    return { t: "ref", sheet, from: w.v };
  };
  const primary = (): Node => {
    const tk = peek();
    if (!tk) throw new Error(`unexpected end of ${formula}`);
    if (tk.k === "num") {
      p++;
      return { t: "num", v: tk.v };
    }
    if (tk.k === "str") {
      p++;
      return { t: "str", v: tk.v };
    }
    if (tk.k === "sheet") {
      p++;
      return refPart(tk.v);
    }
    if (tk.k === "fn") {
      p++;
      expect("(");
      const args: Node[] = [];
      if (!isP(")"))
        for (;;) {
          args.push(compare());
          if (isP(",")) {
            p++;
            continue;
          }
          break;
        }
      expect(")");
      return { t: "call", name: tk.v, args };
    }
    if (tk.k === "word") {
      const next = toks[p + 1];
      const ranged = next?.k === "p" && next.v === ":";
      if (CELL.test(tk.v) || (COLUMN.test(tk.v) && ranged)) return refPart();
      p++;
      return { t: "name", name: tk.v };
    }
    if (tk.v === "(") {
      p++;
      const e = compare();
      expect(")");
      return e;
    }
    if (tk.v === "-") {
      p++;
      return { t: "neg", a: primary() };
    }
    throw new Error(`unexpected ${tk.v} in ${formula}`);
  };
  const mul = level(["*", "/"], primary);
  const add = level(["+", "-"], mul);
  const concat = level(["&"], add);
  const compare = level(["=", "<>", "<", ">", "<=", ">="], concat);
  const e = compare();
  if (p !== toks.length) throw new Error(`trailing tokens in ${formula}`);
  return e;
}

const isErr = (v: unknown): v is XErr => v instanceof XErr;
const norm = (s: string): string => s.toLowerCase();

/** Excel's = between two values: blank equals "" and 0, text ignores case, mixed kinds differ. */
function equal(a: Scalar, b: Scalar): boolean {
  if (a === null && b === null) return true;
  if (a === null) return b === "" || b === 0 || b === false;
  if (b === null) return equal(b, a);
  if (typeof a === "string" && typeof b === "string") return norm(a) === norm(b);
  return typeof a === typeof b && a === b;
}

function toNumber(v: Scalar): number | XErr {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : new XErr("#VALUE!");
}

function toText(v: Scalar): string | XErr {
  if (isErr(v)) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** A COUNTIFS/MINIFS criterion: ">=0", "<="&serial, "" (a blank cell or empty text, as in Excel), or a value to equal. */
function meets(cell: Scalar, crit: Scalar): boolean {
  if (isErr(cell) || isErr(crit)) return false;
  if (crit === "") return cell === null || cell === "";
  if (typeof crit === "string") {
    const m = /^(<=|>=|<>|<|>|=)(.*)$/.exec(crit);
    if (m) {
      const [, op, rest] = m;
      const n = rest.trim() !== "" ? Number(rest) : NaN;
      if (Number.isFinite(n)) {
        if (typeof cell !== "number") return op === "<>";
        switch (op) {
          case "<=":
            return cell <= n;
          case ">=":
            return cell >= n;
          case "<":
            return cell < n;
          case ">":
            return cell > n;
          case "=":
            return cell === n;
          default:
            return cell !== n;
        }
      }
      const same = typeof cell === "string" && norm(cell) === norm(rest);
      return op === "<>" ? !same : op === "=" ? same : false;
    }
    return typeof cell === "string" && norm(cell) === norm(crit);
  }
  return crit !== null && typeof cell === typeof crit && cell === crit;
}

interface SheetCells {
  rows: LayoutCell[][];
  firstRow: number;
  headerRow: number;
  headers: string[];
}

export class FormulaEvaluator {
  private readonly sheets = new Map<string, SheetCells>();
  private readonly names = new Map<string, string>();
  private readonly memo = new Map<string, Scalar>();
  /** The row of the formula being evaluated, for implicit intersection; undefined for `evaluate` of a loose formula. */
  private row: number | undefined;

  constructor(layout: PlanWorkbookLayout) {
    for (const s of layout.sheets)
      this.sheets.set(s.name, {
        rows: s.rows,
        firstRow: s.firstRow,
        headerRow: s.headerRow,
        headers: s.headers,
      });
    for (const n of layout.names) this.names.set(n.name, n.ref);
  }

  /** Evaluates a formula (no leading "=") as if it sat on `sheet`, on `row` when given (implicit intersection). */
  evaluate(formula: string, sheet: string, row?: number): Scalar {
    if (row === undefined) return this.deref(this.eval(parse(formula), sheet));
    const outer = this.row;
    this.row = row;
    try {
      return this.deref(this.eval(parse(formula), sheet));
    } finally {
      this.row = outer;
    }
  }

  private lastRow(sheet: string): number {
    const s = this.sheetOf(sheet);
    return s.firstRow + s.rows.length - 1;
  }

  private sheetOf(name: string): SheetCells {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: string, row: number, col: number): Scalar {
    const key = `${sheet}|${row}|${col}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const s = this.sheetOf(sheet);
    let v: Scalar;
    if (row === s.headerRow) v = s.headers[col - 1] ?? null;
    else {
      const c = s.rows[row - s.firstRow]?.[col - 1];
      v = c === undefined ? null : this.layoutValue(c, sheet, row);
    }
    this.memo.set(key, v);
    return v;
  }

  private layoutValue(c: LayoutCell, sheet: string, row: number): Scalar {
    if (isFormulaCell(c)) return this.evaluate(c.formula, sheet, row);
    if (isLinkCell(c)) return c.text;
    const v = c as CellValue;
    if (v === undefined || v === null) return null;
    if (v instanceof Date) return dateToSerial(v);
    if (typeof v === "object") return new XErr(v.error);
    return v;
  }

  private refOf(n: Extract<Node, { t: "ref" }>, sheet: string): Ref {
    const at = n.sheet ?? sheet;
    const part = (s: string) => {
      const m = /^\$?([A-Z]{1,3})\$?([0-9]*)$/.exec(s);
      if (!m) throw new Error(`bad reference ${s}`);
      return { c: columnIndex(m[1]), r: m[2] === "" ? undefined : Number(m[2]) };
    };
    const a = part(n.from);
    const b = n.to === undefined ? a : part(n.to);
    return {
      kind: "ref",
      sheet: at,
      r1: a.r ?? 1,
      c1: a.c,
      r2: b.r ?? this.lastRow(at),
      c2: b.c,
    };
  }

  private cells(r: Ref): Scalar[] {
    const out: Scalar[] = [];
    for (let row = r.r1; row <= r.r2; row++)
      for (let col = r.c1; col <= r.c2; col++) out.push(this.cell(r.sheet, row, col));
    return out;
  }

  /**
   * A reference as one value. A one-column range is read as a formula entered the legacy way reads it (implicit
   * intersection): the cell on the formula's own row, #VALUE! when the range does not span that row.
   */
  private deref(v: Val): Scalar {
    if (v === null || typeof v !== "object" || isErr(v)) return v;
    if (v.c1 !== v.c2) return new XErr("#VALUE!");
    if (v.r1 === v.r2) return this.cell(v.sheet, v.r1, v.c1);
    const own = this.row;
    if (own === undefined || own < v.r1 || own > v.r2) return new XErr("#VALUE!");
    return this.cell(v.sheet, own, v.c1);
  }

  private asRef(v: Val): Ref {
    if (v === null || typeof v !== "object" || isErr(v)) throw new Error("a range is needed here");
    return v;
  }

  private eval(n: Node, sheet: string): Val {
    switch (n.t) {
      case "num":
      case "str":
        return n.v;
      case "ref":
        return this.refOf(n, sheet);
      case "name": {
        const ref = this.names.get(n.name);
        if (!ref) return new XErr("#NAME?");
        return this.deref(this.eval(parse(ref), sheet));
      }
      case "neg": {
        const a = toNumber(this.deref(this.eval(n.a, sheet)));
        return isErr(a) ? a : -a;
      }
      case "op":
        return this.op(n.op, this.deref(this.eval(n.a, sheet)), this.deref(this.eval(n.b, sheet)));
      case "call":
        return this.call(n.name, n.args, sheet);
    }
  }

  private op(op: string, a: Scalar, b: Scalar): Scalar {
    if (op === "&") {
      const x = toText(a);
      const y = toText(b);
      if (isErr(x)) return x;
      if (isErr(y)) return y;
      return x.length + y.length > TEXT_LIMIT ? new XErr("#VALUE!") : x + y;
    }
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    if (op === "=") return equal(a, b);
    if (op === "<>") return !equal(a, b);
    const x = toNumber(a);
    const y = toNumber(b);
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    switch (op) {
      case "*":
        return x * y;
      case "/":
        return y === 0 ? new XErr("#DIV/0!") : x / y;
      case "+":
        return x + y;
      case "-":
        return x - y;
      case "<":
        return x < y;
      case ">":
        return x > y;
      case "<=":
        return x <= y;
      default:
        return x >= y;
    }
  }

  private criteria(args: Node[], from: number, sheet: string): { range: Ref; crit: Scalar }[] {
    const out: { range: Ref; crit: Scalar }[] = [];
    for (let i = from; i < args.length; i += 2)
      out.push({
        range: this.asRef(this.eval(args[i], sheet)),
        crit: this.deref(this.eval(args[i + 1], sheet)),
      });
    return out;
  }

  private call(name: string, args: Node[], sheet: string): Val {
    const arg = (i: number): Scalar => this.deref(this.eval(args[i], sheet));
    switch (name) {
      case "ROW": {
        // ROW() of the formula's own cell (the SKU row and its stamp); a reference argument is not written by us.
        if (args.length > 0 || this.row === undefined)
          throw new Error("the evaluator knows ROW() of a formula on a row only");
        return this.row;
      }
      case "IFERROR": {
        const v = arg(0);
        return isErr(v) ? arg(1) : v;
      }
      case "IF": {
        const c = arg(0);
        if (isErr(c)) return c;
        const yes = typeof c === "number" ? c !== 0 : c === true;
        return yes ? arg(1) : args.length > 2 ? arg(2) : false;
      }
      case "OR": {
        // Excel's OR: an error in any argument is the result; otherwise TRUE if any is TRUE (or a non-zero number).
        const vs = args.map((_, i) => arg(i));
        const err = vs.find(isErr);
        if (err) return err;
        return vs.some((v) => v === true || (typeof v === "number" && v !== 0));
      }
      case "AND": {
        const vs = args.map((_, i) => arg(i));
        const err = vs.find(isErr);
        if (err) return err;
        return vs.every((v) => v === true || (typeof v === "number" && v !== 0));
      }
      case "NOT": {
        const v = arg(0);
        return isErr(v) ? v : !(v === true || (typeof v === "number" && v !== 0));
      }
      case "TRUE":
        return true;
      case "FALSE":
        return false;
      case "ISNUMBER":
        return typeof arg(0) === "number";
      case "N": {
        // A number is itself, TRUE is 1, an error stays; blank, FALSE and text are 0.
        const v = arg(0);
        return isErr(v) || typeof v === "number" ? v : v === true ? 1 : 0;
      }
      case "ISTEXT":
        return typeof arg(0) === "string";
      case "ISERROR":
        return isErr(arg(0));
      case "ISNA": {
        const v = arg(0);
        return isErr(v) && v.error === "#N/A";
      }
      case "VALUE": {
        const v = arg(0);
        if (isErr(v) || typeof v === "number") return v;
        const t = toText(v);
        return isErr(t) || t.trim() === "" || !Number.isFinite(Number(t))
          ? new XErr("#VALUE!")
          : Number(t);
      }
      case "FIND": {
        const what = toText(arg(0));
        const within = toText(arg(1));
        if (isErr(what)) return what;
        if (isErr(within)) return within;
        const i = within.indexOf(what);
        return i < 0 ? new XErr("#VALUE!") : i + 1;
      }
      case "LEFT": {
        const t = toText(arg(0));
        const n = args.length > 1 ? toNumber(arg(1)) : 1;
        return isErr(t) ? t : isErr(n) ? n : t.slice(0, n);
      }
      case "UPPER": {
        const t = toText(arg(0));
        return isErr(t) ? t : t.toUpperCase();
      }
      case "INT": {
        const n = toNumber(arg(0));
        return isErr(n) ? n : Math.floor(n);
      }
      case "TEXTJOIN": {
        const delimiter = toText(arg(0));
        if (isErr(delimiter)) return delimiter;
        const skipEmpty = arg(1) === true;
        const parts: string[] = [];
        for (const a of args.slice(2)) {
          const v = this.eval(a, sheet);
          const list = v !== null && typeof v === "object" && !isErr(v) ? this.cells(v) : [v];
          for (const c of list) {
            const t = toText(c);
            if (isErr(t)) return t;
            if (t !== "" || !skipEmpty) parts.push(t);
          }
        }
        // Excel's (and HyperFormula's) limit: a longer result is #VALUE!.
        const joined = parts.join(delimiter);
        return joined.length > TEXT_LIMIT ? new XErr("#VALUE!") : joined;
      }
      case "LEN": {
        const t = toText(arg(0));
        return isErr(t) ? t : t.length;
      }
      case "MAX":
      case "MIN": {
        // Numbers only: text, TRUE/FALSE and blanks in a referenced cell are skipped; an error is the result.
        const better = (c: number, m: number): boolean => (name === "MAX" ? c > m : c < m);
        let most: number | undefined;
        for (const a of args) {
          const v = this.eval(a, sheet);
          const list =
            v !== null && typeof v === "object" && !isErr(v) ? this.cells(v) : [toNumber(v)];
          for (const c of list) {
            if (isErr(c)) return c;
            if (typeof c === "number" && (most === undefined || better(c, most))) most = c;
          }
        }
        return most ?? 0;
      }
      case "INDEX": {
        const range = this.asRef(this.eval(args[0], sheet));
        const given = toNumber(arg(1));
        if (isErr(given)) return given;
        const n = Math.trunc(given);
        // Row 0 is the whole column (read on the formula's own row, see deref); below 0 is #VALUE! as in Excel.
        if (n === 0) return range;
        if (n < 0) return new XErr("#VALUE!");
        if (range.r1 + n - 1 > range.r2) return new XErr("#REF!");
        const row = range.r1 + n - 1;
        return { kind: "ref", sheet: range.sheet, r1: row, c1: range.c1, r2: row, c2: range.c1 };
      }
      case "MATCH": {
        const key = arg(0);
        if (isErr(key)) return key;
        if (toNumber(arg(2)) !== 0) throw new Error("only MATCH(…,0) is evaluated");
        if (key === null || key === "") return new XErr("#N/A");
        const i = this.cells(this.asRef(this.eval(args[1], sheet))).findIndex(
          (c) => c !== null && !isErr(c) && equal(c, key)
        );
        return i < 0 ? new XErr("#N/A") : i + 1;
      }
      case "COUNTIFS":
      case "MINIFS": {
        const min = name === "MINIFS";
        const crits = this.criteria(args, min ? 1 : 0, sheet);
        const lists = crits.map((c) => this.cells(c.range));
        const values = min ? this.cells(this.asRef(this.eval(args[0], sheet))) : undefined;
        let count = 0;
        let least: number | undefined;
        for (let i = 0; i < lists[0].length; i++) {
          if (!crits.every((c, j) => meets(lists[j][i], c.crit))) continue;
          count++;
          const v = values?.[i];
          if (typeof v === "number" && (least === undefined || v < least)) least = v;
        }
        return min ? (least ?? 0) : count;
      }
      case "SUM": {
        let total = 0;
        for (const a of args) {
          const v = this.eval(a, sheet);
          const list =
            v !== null && typeof v === "object" && !isErr(v) ? this.cells(v) : [toNumber(v)];
          for (const c of list) {
            if (isErr(c)) return c;
            if (typeof c === "number") total += c;
          }
        }
        return total;
      }
      default:
        return this.plan(name, args, sheet);
    }
  }

  private plan(name: string, args: Node[], sheet: string): Scalar {
    const def = PLAN_FUNCTIONS.find((d) => `PLAN.${d.name}` === name);
    if (!def) throw new Error(`the evaluator knows no function ${name}`);
    const host = args.map((a) => {
      const v = this.eval(a, sheet);
      if (v !== null && typeof v === "object" && !isErr(v)) {
        if (v.r1 === v.r2 && v.c1 === v.c2) return this.hostOf(this.cell(v.sheet, v.r1, v.c1));
        const grid: unknown[][] = [];
        for (let r = v.r1; r <= v.r2; r++) {
          const line: unknown[] = [];
          for (let c = v.c1; c <= v.c2; c++) line.push(this.hostOf(this.cell(v.sheet, r, c)));
          grid.push(line);
        }
        return grid;
      }
      return this.hostOf(v);
    });
    const r = invoke(def, host);
    const one = Array.isArray(r) ? r[0][0] : r;
    return one instanceof FnError ? new XErr(one.code) : one;
  }

  private hostOf(v: Scalar): unknown {
    return isErr(v) ? { error: v.error } : v;
  }
}
