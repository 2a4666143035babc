/**
 * What Excel makes of a string written through Range.values or Range.formulas: it is parsed as if typed (Microsoft's
 * Range.values docs: "the value is parsed"), so "1E5" is the number 100000, "Jun 18" a date, "12:30" a time, "$5" a
 * currency, "(1)" −1, "5%" 0.05, "TRUE" a boolean, "#N/A" an error. A leading apostrophe keeps the rest as text; a
 * leading "=" is a formula. This models an en-US Excel (and the Chinese date forms a zh-CN Excel reads): enough for a
 * test to fail when a text the add-in writes would not stay text. The fake stores what this returns.
 */
import { EXCEL_ERRORS } from "../../src/core/cells";
import { serialOfYmd } from "../../src/core/read/dates";

export interface Entry {
  value: string | number | boolean;
  /** A formula (with "="): what "=…", "@…" and a "+" or "-" before something that is not a number become. */
  formula?: string;
  error?: boolean;
  /** The number format Excel gives a typed date, time, currency or percentage. */
  numFmt?: string;
}

const ERRORS = new Set<string>(EXCEL_ERRORS);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The year a date typed without one falls in (Excel takes the current year; fixed here for stable tests). */
const THIS_YEAR = 2027;

/** Full-width digits, signs and separators as their ASCII forms (Excel reads ５０ as 50). */
const halfWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const monthOf = (name: string): number | undefined => {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 || (name.length > 3 && !/^[a-z]+$/i.test(name)) ? undefined : i + 1;
};

function number(s: string): number | undefined {
  const m = /^([+-])?(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:e([+-]?\d+))?$/i.exec(s);
  if (!m || (m[2] === "" && (m[3] ?? ".") === ".")) return undefined;
  const n = Number(`${m[2].replace(/,/g, "")}${m[3] ?? ""}${m[4] !== undefined ? `e${m[4]}` : ""}`);
  return m[1] === "-" ? -n : n;
}

function date(s: string): number | undefined {
  let m: RegExpExecArray | null;
  const ymd = (y: number, mo: number | undefined, d: number): number | undefined =>
    mo === undefined ? undefined : serialOfYmd(y < 100 ? 2000 + y : y, mo, d);
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(s)))
    return ymd(m[3] ? +m[3] : THIS_YEAR, +m[1], +m[2]);
  if ((m = /^(\d{1,2})[- ]([a-z]+)(?:[- ](\d{2}|\d{4}))?$/i.exec(s)))
    return ymd(m[3] ? +m[3] : THIS_YEAR, monthOf(m[2]), +m[1]);
  if ((m = /^([a-z]+)[- ](\d{1,2})(?:,? (\d{4}))?$/i.exec(s)))
    return ymd(m[3] ? +m[3] : THIS_YEAR, monthOf(m[1]), +m[2]);
  if ((m = /^([a-z]+)[- ](\d{4})$/i.exec(s))) return ymd(+m[2], monthOf(m[1]), 1);
  if ((m = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?$/.exec(s)))
    return ymd(m[1] ? +m[1] : THIS_YEAR, +m[2], m[3] ? +m[3] : 1);
  return undefined;
}

function time(s: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])m?)?$/i.exec(s);
  if (!m) return undefined;
  let h = Number(m[1]);
  if (m[4]) h = (h % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  return (h * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86400;
}

/** A string as Excel stores it when it is written through values or formulas (the formula case aside). */
export function typedEntry(raw: string): Entry {
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (raw.startsWith("=") && raw.length > 1) return { value: "", formula: raw };
  const s = halfWidth(raw).trim();
  if (ERRORS.has(s.toUpperCase())) return { value: s.toUpperCase(), error: true };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  const negative = /^\((.*)\)$/.exec(s);
  const body = negative ? negative[1] : s;
  const sign = negative ? -1 : 1;
  const percent = /^(.*?)\s*%$/.exec(body);
  if (percent) {
    const n = number(percent[1]);
    if (n !== undefined) return { value: (sign * n) / 100, numFmt: "0%" };
  }
  const currency = /^([+-])?[$¥￥]\s*([+-]?[\d.,]+(?:e[+-]?\d+)?)$/i.exec(body);
  if (currency) {
    const n = number(currency[2]);
    if (n !== undefined)
      return { value: sign * (currency[1] === "-" ? -n : n), numFmt: '"$"#,##0.00' };
  }
  const n = number(body);
  if (n !== undefined) return { value: sign * n };
  const fraction = /^(?:(\d+) )?(\d+)\/(\d+)$/.exec(body);
  if (fraction && fraction[1] !== undefined && Number(fraction[3]) !== 0)
    return { value: sign * (Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3])) };
  if (negative) return { value: raw };
  if (/^[@+-]./.test(raw)) return { value: "", formula: `=${raw}` };
  const t = time(s);
  if (t !== undefined) return { value: t, numFmt: "h:mm" };
  const d = date(s);
  if (d !== undefined) return { value: d, numFmt: "m/d/yyyy" };
  return { value: raw };
}
