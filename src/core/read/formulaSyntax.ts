/**
 * The few pieces of Excel's A1 formula syntax the reader needs: splitting a formula into tokens, the sheets it
 * references, and a shared formula's text moved to another cell (as Excel stores one formula for a block of cells).
 * Not a formula engine: see formulaCells.ts for what is calculated.
 */

export type Token =
  | { kind: "number"; text: string }
  | { kind: "string"; text: string }
  /** A cell reference, `$` anchors kept: "B2", "$E$7"; `sheet` is the unquoted sheet name, when given. */
  | {
      kind: "ref";
      text: string;
      sheet?: string;
      col: number;
      row: number;
      colAbs: boolean;
      rowAbs: boolean;
    }
  | { kind: "op"; text: string }
  /** Function names, defined names, TRUE/FALSE, whole-column or whole-row parts, errors: anything else. */
  | { kind: "other"; text: string };

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const QUOTED_SHEET = /^'((?:[^']|'')+)'!/;
const BARE_SHEET = /^([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(.])/;
const NAME = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*/;
const ERROR = /^#[A-Z0-9/]+[!?]?/i;
const OPS = "+-*/^&=<>(),:%;{}";

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(index: number): string {
  let n = index;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const MAX_COL = 16384;
const MAX_ROW = 1048576;

/** The tokens of a formula (without "="), or undefined when it holds something this tokenizer cannot split. */
export function tokenize(formula: string): Token[] | undefined {
  const out: Token[] = [];
  let s = formula;
  while (s.length > 0) {
    const ch = s[0];
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      s = s.slice(1);
      continue;
    }
    if (ch === '"') {
      const m = /^"((?:[^"]|"")*)"/.exec(s);
      if (!m) return undefined;
      out.push({ kind: "string", text: m[0] });
      s = s.slice(m[0].length);
      continue;
    }
    let sheet: string | undefined;
    let rest = s;
    const q = QUOTED_SHEET.exec(s) ?? BARE_SHEET.exec(s);
    if (q) {
      sheet = q[0].startsWith("'") ? q[1].replace(/''/g, "'") : q[1];
      rest = s.slice(q[0].length);
    }
    const c = CELL.exec(rest);
    if (c && colIndex(c[2]) <= MAX_COL && Number(c[4]) >= 1 && Number(c[4]) <= MAX_ROW) {
      out.push({
        kind: "ref",
        text: (q ? q[0] : "") + c[0],
        sheet,
        col: colIndex(c[2]),
        row: Number(c[4]),
        colAbs: c[1] === "$",
        rowAbs: c[3] === "$",
      });
      s = rest.slice(c[0].length);
      continue;
    }
    if (q) {
      // A sheet-qualified whole column or row (Products!$A:$A) or a name: kept as it is.
      const m = /^[^\s+\-*/^&=<>(),;{}]+/.exec(rest);
      out.push({ kind: "other", text: q[0] + (m ? m[0] : "") });
      s = rest.slice(m ? m[0].length : 0);
      continue;
    }
    const num = NUMBER.exec(s);
    if (num) {
      out.push({ kind: "number", text: num[0] });
      s = s.slice(num[0].length);
      continue;
    }
    const err = ERROR.exec(s);
    if (err) {
      out.push({ kind: "other", text: err[0] });
      s = s.slice(err[0].length);
      continue;
    }
    // A name, or an anchored whole column or row part ($A of $A:$A, $2 of $2:$5).
    const name = NAME.exec(s) ?? /^\$(?:[A-Za-z]{1,3}|\d{1,7})(?![A-Za-z0-9])/.exec(s);
    if (name) {
      out.push({ kind: "other", text: name[0] });
      s = s.slice(name[0].length);
      continue;
    }
    if (OPS.includes(ch)) {
      out.push({ kind: "op", text: ch });
      s = s.slice(1);
      continue;
    }
    return undefined;
  }
  return out;
}

/** The sheets a formula references by name (unquoted), in order, each once. */
export function referencedSheets(formula: string): string[] {
  const names: string[] = [];
  for (const t of tokenize(formula) ?? []) {
    const sheet =
      t.kind === "ref"
        ? t.sheet
        : t.kind === "other" && t.text.includes("!")
          ? (QUOTED_SHEET.exec(t.text)?.[1]?.replace(/''/g, "'") ?? BARE_SHEET.exec(t.text)?.[1])
          : undefined;
    if (sheet !== undefined && !names.includes(sheet)) names.push(sheet);
  }
  return names;
}

/**
 * A shared formula's text in a cell `rows` rows and `cols` columns away from the cell it is written for: relative
 * references move, `$`-anchored ones stay. Undefined when the formula holds a part that would have to move and is
 * not a cell reference (a whole column or row such as `A:A` or `2:2`), or a reference that would leave the sheet.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string | undefined {
  if (rows === 0 && cols === 0) return formula;
  const tokens = tokenize(formula);
  if (!tokens) return undefined;
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "ref") {
      const col = t.colAbs ? t.col : t.col + cols;
      const row = t.rowAbs ? t.row : t.row + rows;
      if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return undefined;
      const prefix = t.text.slice(0, t.text.length - refText(t).length);
      out += `${prefix}${t.colAbs ? "$" : ""}${colLetters(col)}${t.rowAbs ? "$" : ""}${row}`;
      continue;
    }
    const nextIsColon = tokens[i + 1]?.text === ":";
    const prevIsColon = tokens[i - 1]?.text === ":";
    // A whole column (A:A) or row (2:2) that is not anchored would move: not handled.
    if (
      ((nextIsColon || prevIsColon) &&
        ((t.kind === "other" && /(^|!)[A-Za-z]{1,3}$/.test(t.text)) || t.kind === "number")) ||
      (t.kind === "other" &&
        /(?:^|[!:])(?:[A-Za-z]{1,3}|\d+)(?::|$)/.test(t.text) &&
        t.text.includes(":"))
    )
      return undefined;
    out += t.text;
  }
  return out;
}

/** The cell part of a reference token's text ("$E$7" of "Products!$E$7"). */
function refText(t: Extract<Token, { kind: "ref" }>): string {
  const bang = t.text.lastIndexOf("!");
  return bang < 0 ? t.text : t.text.slice(bang + 1);
}
