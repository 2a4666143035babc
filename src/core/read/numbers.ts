/** The forgiving number reader of spec §2: separators, currency signs, %, full-width digits, 万. */
import { errorCode, isCellError, type CellValue } from "../cells";
import { toFraction } from "../settings";

export type NumberParse =
  | { ok: true; value: number }
  | { ok: false; rule: "DQ_NOT_A_NUMBER" | "DQ_ERROR_VALUE"; code?: string };

export interface NumberOptions {
  /** A percent column: 5% / 0.05 / 5 all mean 0.05 (a plain value ≤ 1 is a fraction, > 1 a percent). */
  percent?: boolean;
}

const NOT_A_NUMBER: NumberParse = { ok: false, rule: "DQ_NOT_A_NUMBER" };

/** Digits with optional thousands groups, decimals and exponent: 1234, 1,234.5, .5, 1.2e3. Strict grouping: 1,23 is not a number. */
const MANTISSA = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const CURRENCY_PREFIX = /^(?:[¥$€£]|RMB|CNY|USD)/i;
/** Scale suffix → power of ten: 万 (10⁴), 亿 (10⁸), % (10⁻²). */
const SCALE_POWER = new Map<string, number>([
  ["万", 4],
  ["萬", 4],
  ["亿", 8],
  ["億", 8],
  ["%", -2],
]);

function parseNumberText(raw: string, percent: boolean): NumberParse {
  // NFKC folds full-width digits and signs: １，２３４．５ → 1,234.5, ％ → %, ￥ → ¥, － → -.
  let s = raw
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\u2212/g, "-");
  let negative = false;
  if (s.length > 2 && s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1);
  }
  let signed = false;
  const takeSign = (): void => {
    if (!signed && (s[0] === "-" || s[0] === "+")) {
      negative = negative !== (s[0] === "-");
      signed = true;
      s = s.slice(1);
    }
  };
  takeSign();
  s = s.replace(CURRENCY_PREFIX, "");
  takeSign();

  let power = 0;
  let hadPercent = false;
  // At most one scale suffix (万/亿/%) and one unit suffix (元), in that order: 5万元.
  if (s.endsWith("元") || s.endsWith("块")) s = s.slice(0, -1);
  const scale = SCALE_POWER.get(s.slice(-1));
  if (scale !== undefined) {
    power = scale;
    hadPercent = scale === -2;
    s = s.slice(0, -1);
  }

  const m = MANTISSA.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return NOT_A_NUMBER;
  // Scaling in the exponent keeps decimals exact: 1.2万 = 12000, 12.3% = 0.123.
  const exponent = (m[3] === undefined ? 0 : Number(m[3])) + power;
  const value = Number(`${(m[1] ?? "0").replace(/,/g, "")}.${m[2] ?? "0"}e${exponent}`);
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const signedValue = negative && value !== 0 ? -value : value;
  return { ok: true, value: percent && !hadPercent ? toFraction(signedValue) : signedValue };
}

/** Reads a number cell. Booleans, dates and anything else are DQ_NOT_A_NUMBER; NaN and Infinity never come out. */
export function parseNumber(v: CellValue, opts?: NumberOptions): NumberParse {
  const percent = opts?.percent === true;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return NOT_A_NUMBER;
    return { ok: true, value: percent ? toFraction(v) : v };
  }
  if (typeof v === "string") {
    const code = errorCode(v);
    if (code) return { ok: false, rule: "DQ_ERROR_VALUE", code };
    return parseNumberText(v, percent);
  }
  if (isCellError(v)) return { ok: false, rule: "DQ_ERROR_VALUE", code: v.error };
  return NOT_A_NUMBER;
}
