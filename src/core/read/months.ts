/** The forgiving month reader (Market's Month): a date, any day of the month, or a month typed alone. */
import { errorCode, type CellValue } from "../cells";
import { monthOfName, parseDate, serialOfYmd, serialToDate, type DateParse } from "./dates";

const YEAR_MONTH = /^(\d{4}) ?[-/.] ?(\d{1,2})$/;
const CJK_MONTH = /^(\d{4}) ?年 ?(\d{1,2}) ?月(?:份)?$/;
const MONTHNAME_YEAR = /^([A-Za-z]{3,9})\.?,? (\d{4})$/;
const firstOf = (year: number, month: number): DateParse => {
  const s = month >= 1 && month <= 12 ? serialOfYmd(year, month, 1) : undefined;
  return s === undefined ? { ok: false, rule: "DQ_NOT_A_DATE" } : { ok: true, value: s };
};

/** The serial of the first day of the month a serial falls in. */
export function monthStart(serial: number): number {
  const d = serialToDate(serial);
  return serialOfYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) ?? serial;
}

/** `yyyy-mm` of a serial. */
export function monthKey(serial: number): string {
  const d = serialToDate(serial);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/**
 * A month cell as the serial of its first day: a date cell or date text (2027-03-15 is March 2027), a month typed
 * alone (2027-03, 2027/3, 2027.3, 2027年3月, Mar 2027, March 2027) or a 6-digit yyyymm number (202703).
 */
export function parseMonth(v: CellValue): DateParse {
  if (typeof v === "number" && Number.isInteger(v) && v >= 190001 && v <= 999912) {
    const month = v % 100;
    if (month >= 1 && month <= 12) return firstOf(Math.floor(v / 100), month);
  }
  if (typeof v === "string" && errorCode(v) === null) {
    const s = v.normalize("NFKC").trim().replace(/\s+/g, " ");
    let m = YEAR_MONTH.exec(s) ?? CJK_MONTH.exec(s);
    if (m) return firstOf(+m[1], +m[2]);
    m = MONTHNAME_YEAR.exec(s);
    const month = m ? monthOfName(m[1]) : 0;
    if (m && month) return firstOf(+m[2], month);
  }
  const d = parseDate(v);
  return d.ok ? { ok: true, value: monthStart(d.value) } : d;
}
