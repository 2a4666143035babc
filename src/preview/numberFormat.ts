/**
 * Excel number formats for the preview grid, as far as our workbooks use them: General, `0`, `0.00`, `#,##0`,
 * `"¥"#,##0.00` (a quoted currency literal), `0%`, `0.0%`, `yyyy-mm-dd`, with up to three sections (positive;
 * negative;zero), quoted and escaped literals, `[$¥-804]` currency tags and ignored colour tags. A format outside
 * this set shows the value as General. Also: the text a cell shows in its editor, and what typed text becomes.
 */
import { isCellError, type CellValue } from "../core/cells";
import { dateToSerial, isoOfSerial, serialOfYmd, serialToDate } from "../core/read/dates";
import { planFormulaText } from "../core/formulaNames";

const GENERAL = "General";

/** A format's sections, split on `;` outside quotes and brackets. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === "[" && !quoted) bracket = true;
    else if (ch === "]" && !quoted) bracket = false;
    else if (ch === "\\" && !quoted && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    } else if (ch === ";" && !quoted && !bracket) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

const DATE_LETTERS = /[yYmMdDhHsS]/;

type Token = { kind: "literal"; text: string } | { kind: "code"; text: string };

/** A section as literals (quoted, escaped, `[$¥-804]`, `_x` spacing) and format code. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  const lit = (text: string): void => {
    const last = out[out.length - 1];
    if (last?.kind === "literal") last.text += text;
    else out.push({ kind: "literal", text });
  };
  const code = (text: string): void => {
    const last = out[out.length - 1];
    if (last?.kind === "code") last.text += text;
    else out.push({ kind: "code", text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      lit(section[++i] ?? "");
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const tag = section.slice(i + 1, end < 0 ? undefined : end);
      if (tag.startsWith("$")) lit(tag.slice(1).split("-")[0]);
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      lit(" ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if (/[0#?.,%yYmMdDhHsS]/.test(ch) || (/[-/: ]/.test(ch) && DATE_LETTERS.test(section))) {
      code(ch);
    } else {
      lit(ch);
    }
  }
  return out;
}

const isDateCode = (code: string): boolean =>
  /[yYdD]/.test(code) || (/[mM]/.test(code) && !/[0#?]/.test(code));

/** Whether a number format shows dates (a number in a cell with it is a date serial). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt || numFmt === GENERAL) return false;
  const first = tokens(sections(numFmt)[0]);
  return first.some((t) => t.kind === "code" && isDateCode(t.text));
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatDate(serial: number, code: string): string {
  if (!Number.isFinite(serial) || serial < 0) return "#".repeat(8);
  const iso = isoOfSerial(serial); // Excel's 1900-02-29 included
  const [y, mo, d] = iso.split("-").map(Number);
  const frac = serial - Math.floor(serial);
  const secs = Math.round(frac * 86400);
  const h = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  const wd = serialToDate(serial).getUTCDay();
  let out = "";
  let lastWasHour = false;
  const re = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|./gi;
  for (const m of code.match(re) ?? []) {
    const t = m.toLowerCase();
    if (t === "yyyy") out += pad(y, 4);
    else if (t === "yy") out += pad(y % 100, 2);
    else if (t === "mmmm" || t === "mmm") out += MONTHS[mo - 1];
    else if (t === "mm" || t === "m") out += lastWasHour ? pad(mi, t.length) : pad(mo, t.length);
    else if (t === "dddd" || t === "ddd")
      out += ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][wd];
    else if (t === "dd" || t === "d") out += pad(d, t.length);
    else if (t === "hh" || t === "h") out += pad(h, t.length);
    else if (t === "ss" || t === "s") out += pad(s, t.length);
    else out += m;
    if (t !== ":") lastWasHour = t === "hh" || t === "h";
  }
  return out;
}

function formatNumber(n: number, code: string): string {
  const percent = (code.match(/%/g) ?? []).length;
  let v = n * 100 ** percent;
  const dot = code.indexOf(".");
  const intCode = (dot < 0 ? code : code.slice(0, dot)).replace(/%/g, "");
  const fracCode = dot < 0 ? "" : code.slice(dot + 1).replace(/[%,]/g, "");
  const maxDec = (fracCode.match(/[0#?]/g) ?? []).length;
  const minDec = (fracCode.match(/0/g) ?? []).length;
  const minInt = (intCode.match(/0/g) ?? []).length;
  const grouped = /[0#?],[0#?]/.test(intCode);
  v = Math.abs(v);
  let [int, frac = ""] = v.toFixed(maxDec).split(".");
  frac = frac.replace(/0+$/, "");
  while (frac.length < minDec) frac += "0";
  if (int === "0" && minInt === 0) int = "";
  else int = int.padStart(minInt, "0");
  if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const pct = "%".repeat(percent);
  return `${int}${frac !== "" ? `.${frac}` : ""}${pct}`;
}

/** Excel's General: up to 11 significant characters, then scientific notation. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = n.toExponential(5).split("e");
    const exp = Number(e);
    return `${m.replace(/\.?0+$/, "")}E${exp < 0 ? "-" : "+"}${pad(Math.abs(exp), 2)}`;
  }
  if (Number.isInteger(n)) return String(n);
  // 11 characters: the integer digits, the point, the decimals.
  const intDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  return String(Number(n.toFixed(Math.max(0, 10 - intDigits))));
}

function formatSection(n: number, section: string, sign: string): string {
  if (section.trim().toLowerCase() === GENERAL.toLowerCase())
    return sign + formatGeneral(Math.abs(n));
  const toks = tokens(section);
  const codeText = toks
    .filter((t) => t.kind === "code")
    .map((t) => t.text)
    .join("");
  if (isDateCode(codeText))
    return toks.map((t) => (t.kind === "code" ? formatDate(n, t.text) : t.text)).join("");
  if (!/[0#?]/.test(codeText)) {
    // Literals only (e.g. a zero section of "-")
    return toks.map((t) => t.text).join("");
  }
  // Literals before the number, the number, literals after: `"¥"#,##0.00`, `0.0" days"`.
  let before = "";
  let after = "";
  let seen = false;
  for (const t of toks) {
    if (t.kind === "code") seen = true;
    else if (seen) after += t.text;
    else before += t.text;
  }
  return `${sign}${before}${formatNumber(n, codeText)}${after}`;
}

/** The text a cell shows: its value through its number format. */
export function formatValue(value: CellValue, numFmt: string | undefined = GENERAL): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const n = value instanceof Date ? dateToSerial(value) : value;
  if (!Number.isFinite(n)) return "#NUM!";
  const fmt = numFmt && numFmt.trim() !== "" ? numFmt : GENERAL;
  if (fmt.toLowerCase() === GENERAL.toLowerCase()) return formatGeneral(n);
  const secs = sections(fmt);
  if (n < 0 && secs.length >= 2) return formatSection(-n, secs[1], "");
  if (n === 0 && secs.length >= 3) return formatSection(0, secs[2], "");
  const text = formatSection(n, secs[0], n < 0 && !isDateCode(secs[0]) ? "-" : "");
  // A negative that rounds to zero shows without its sign, as in Excel.
  return /[1-9]/.test(text) ? text : text.replace(/^-/, "");
}

/** What a cell's editor starts with: its formula, a date as yyyy-mm-dd, a percentage with %, else the raw value. */
export function editText(
  value: CellValue,
  formula: string | undefined,
  numFmt: string | undefined
): string {
  if (formula !== undefined) return `=${planFormulaText(formula)}`;
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const n = value instanceof Date ? dateToSerial(value) : value;
  if (isDateFormat(numFmt) && Number.isInteger(n)) return isoOfSerial(n);
  if (numFmt?.includes("%")) return `${formatGeneral(n * 100)}%`;
  return formatGeneral(n);
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/**
 * What text typed into a cell becomes, as Excel does it: "" blank, "=…" a formula (kept as text for the workbook to
 * store), a number (thousands separators, a trailing %), a year-first date as its serial, TRUE/FALSE, else text.
 */
export function parseInput(text: string): CellValue {
  const t = text.trim();
  if (t === "") return null;
  if (t.startsWith("=") && t.length > 1) return t;
  const upper = t.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  const pct = t.endsWith("%");
  const body = pct ? t.slice(0, -1).trim() : t;
  if (body !== "" && /\d/.test(body) && NUMBER.test(body)) {
    const n = Number(body.replace(/,/g, ""));
    if (Number.isFinite(n)) return pct ? n / 100 : n;
  }
  const date = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (date) {
    const serial = serialOfYmd(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== undefined) return serial;
  }
  return text;
}
