/**
 * Dates as Excel serial day numbers (1900 date system), and the forgiving date reader of spec §2.
 *
 * The 1900 system counts 1900-01-01 as 1 and keeps Lotus 1-2-3's fictitious 29 February 1900 as serial 60,
 * so serials before 60 are one day earlier than plain day arithmetic from 1899-12-30 gives.
 */
import { errorCode, isCellError, type CellValue } from "../cells";
import { DateClass, floor, isFiniteNumber } from "./globals";

export type DateRule = "DQ_NOT_A_DATE" | "DQ_AMBIGUOUS_DATE" | "DQ_ERROR_VALUE";

export type DateParse =
  | { ok: true; value: number }
  | {
      ok: false;
      rule: DateRule;
      /** The Excel error code, with DQ_ERROR_VALUE. */
      code?: string;
      /** The two possible readings of a day-month ambiguous text (DQ_AMBIGUOUS_DATE). */
      readings?: { dayFirst: number; monthFirst: number };
    };

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** 9999-12-31, the last day Excel knows. */
export const MAX_SERIAL = 2958465;
/** Excel's fictitious 1900-02-29. */
const FICTITIOUS_LEAP_DAY = 60;

/** Serial of a day count since 1970-01-01 (UTC), with the 1900 leap-year quirk. */
function serialOfEpochDays(days: number): number {
  const s = days + UNIX_EPOCH_SERIAL;
  return s < 61 ? s - 1 : s;
}

/**
 * Days since 1970-01-01 of a calendar date (month 1–12), exact for any year (Date.UTC maps years 0–99 to 19xx), or
 * undefined when the UTC calendar does not give the same date back (31 April, 29 February of a common year).
 */
function epochDaysIfExists(year: number, month: number, day: number): number | undefined {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/**
 * The serial of a date cell's JS Date (NaN for an invalid Date): its UTC calendar day, the time of day dropped.
 * A spreadsheet has no time zones: a cell's date-time is a wall clock, and every reader that makes Dates of cells
 * (ExcelJS, the CLI's reader, `Date.UTC`) keeps that wall clock in the UTC fields. So the day is the one the planner
 * sees in the cell whatever the machine's zone: 18 June 16:00 is 18 June in Shanghai too, where that instant is
 * already local midnight of the 19th. (A Date made with the local constructor, `new Date(2027, 5, 18)`, is not a
 * cell's value: east of UTC its UTC day is the 17th.) A "now" is a different thing: see `todaySerial`.
 */
export function dateToSerial(d: Date): number {
  const t = d instanceof DateClass ? d.getTime() : NaN;
  if (!isFiniteNumber(t)) return NaN;
  return serialOfEpochDays(floor(t / MS_PER_DAY));
}

/**
 * The serial of "today" from a clock reading: the planner's own calendar day, in the machine's zone (07:00 on
 * 1 January in Shanghai is 1 January, though it is still 31 December in UTC). A Date at exactly UTC midnight is taken
 * as that UTC day: that is how a day is given as a Date (`Date.UTC`), and no clock reads exactly that.
 */
export function todaySerial(now: Date): number {
  const t = now instanceof DateClass ? now.getTime() : NaN;
  if (!isFiniteNumber(t)) return NaN;
  if (t % MS_PER_DAY === 0) return serialOfEpochDays(t / MS_PER_DAY);
  const days = epochDaysIfExists(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return days === undefined ? NaN : serialOfEpochDays(days);
}

/**
 * The UTC-midnight Date of a serial (its time fraction dropped). Serial 60, Excel's 1900-02-29, has no real day:
 * it gives 1900-02-28 (`isoOfSerial` still writes it as Excel shows it).
 */
export function serialToDate(serial: number): Date {
  const s = Math.floor(serial);
  const days = (s < FICTITIOUS_LEAP_DAY ? s + 1 : s) - UNIX_EPOCH_SERIAL;
  return new Date(days * MS_PER_DAY);
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

/** Whole days' ISO texts as made: a plan names a few thousand days at most, its findings the same ones many times. */
const ISO_OF_DAY = new Map<number, string>();
const ISO_CACHE_LIMIT = 100_000;

/** "2027-06-18" for a serial ("" for a non-finite one). */
export function isoOfSerial(serial: number): string {
  if (!Number.isFinite(serial)) return "";
  if (!Number.isInteger(serial)) return isoText(serial);
  let text = ISO_OF_DAY.get(serial);
  if (text === undefined) {
    if (ISO_OF_DAY.size >= ISO_CACHE_LIMIT) ISO_OF_DAY.clear();
    text = isoText(serial);
    ISO_OF_DAY.set(serial, text);
  }
  return text;
}

function isoText(serial: number): string {
  if (Math.floor(serial) === FICTITIOUS_LEAP_DAY) return "1900-02-29";
  const d = serialToDate(serial);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/**
 * The serial of a calendar date, or undefined when it does not exist or lies outside 1900–9999. The date exists when
 * the UTC calendar gives it back unchanged (date-fns' isExists asked the same of a local-time Date, whose time-zone
 * lookups cost the reader of a messy plan a tenth of a second, and which a zone that skipped a day got wrong).
 */
export function serialOfYmd(year: number, month: number, day: number): number | undefined {
  if (year < 1900 || year > 9999) return undefined;
  const days = epochDaysIfExists(year, month, day);
  return days === undefined ? undefined : serialOfEpochDays(days);
}

const NOT_A_DATE: DateParse = { ok: false, rule: "DQ_NOT_A_DATE" };
const ok = (value: number): DateParse => ({ ok: true, value });

function ofYmd(year: number, month: number, day: number): DateParse {
  const s = serialOfYmd(year, month, day);
  return s === undefined ? NOT_A_DATE : ok(s);
}

/** A whole serial within Excel's range, or an 8-digit yyyymmdd number (such a serial would be past year 9999). */
function parseDateNumber(n: number): DateParse {
  if (!Number.isFinite(n)) return NOT_A_DATE;
  if (Number.isInteger(n) && n >= 10_000_000 && n <= 99_999_999) {
    return ofYmd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  const s = Math.floor(n);
  return s >= 1 && s <= MAX_SERIAL ? ok(s) : NOT_A_DATE;
}

/** An optional time after the date: 10:30, 10:30:15.250, 10:30 PM, with Z or an offset. */
const TIME = String.raw`(?:(?:T| )\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp][Mm])?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const CJK = new RegExp(String.raw`^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号號]?${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);
const DAY_MONTHNAME = new RegExp(String.raw`^(\d{1,2})[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4})${TIME}$`);
const MONTHNAME_DAY = new RegExp(
  String.raw`^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})${TIME}$`
);

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1–12 for an English month name or its abbreviation of 3 letters or more (Sep and Sept too), else 0. */
export function monthOfName(name: string): number {
  const n = name.toLowerCase();
  if (n === "sept") return 9;
  const i = MONTHS.findIndex((m) => m.startsWith(n) && n.length >= 3);
  return i + 1;
}

/** d/m/y or m/d/y: the reading that exists; both existing and different → ambiguous, never a guess. */
function ofYearLast(a: number, b: number, year: number): DateParse {
  const dayFirst = serialOfYmd(year, b, a);
  const monthFirst = serialOfYmd(year, a, b);
  if (dayFirst !== undefined && monthFirst !== undefined && dayFirst !== monthFirst) {
    return { ok: false, rule: "DQ_AMBIGUOUS_DATE", readings: { dayFirst, monthFirst } };
  }
  const s = dayFirst ?? monthFirst;
  return s === undefined ? NOT_A_DATE : ok(s);
}

function parseDateText(raw: string): DateParse {
  const s = raw.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (s === "") return NOT_A_DATE;
  let m = YEAR_FIRST.exec(s);
  if (m) return ofYmd(+m[1], +m[3], +m[4]);
  m = CJK.exec(s);
  if (m) return ofYmd(+m[1], +m[2], +m[3]);
  m = COMPACT.exec(s);
  if (m) return ofYmd(+m[1], +m[2], +m[3]);
  m = YEAR_LAST.exec(s);
  if (m) return ofYearLast(+m[1], +m[3], +m[4]);
  m = DAY_MONTHNAME.exec(s);
  if (m) {
    const month = monthOfName(m[2]);
    return month ? ofYmd(+m[3], month, +m[1]) : NOT_A_DATE;
  }
  m = MONTHNAME_DAY.exec(s);
  if (m) {
    const month = monthOfName(m[1]);
    return month ? ofYmd(+m[3], month, +m[2]) : NOT_A_DATE;
  }
  return NOT_A_DATE;
}

/**
 * Reads a date cell: a serial, a Date, or text in the forms of spec §2 (2027-06-18, 2027/6/18, 2027.6.18, 20270618,
 * 2027年6月18日, 18/6/2027, 6/18/2027, 18 Jun 2027; full-width digits too). Never guesses a day-month ambiguous text.
 */
export function parseDate(v: CellValue): DateParse {
  if (typeof v === "number") return parseDateNumber(v);
  if (typeof v === "string") {
    const code = errorCode(v);
    if (code) return { ok: false, rule: "DQ_ERROR_VALUE", code };
    return parseDateText(v);
  }
  if (v instanceof Date) {
    const s = dateToSerial(v);
    return Number.isFinite(s) && s >= 1 && s <= MAX_SERIAL ? ok(s) : NOT_A_DATE;
  }
  if (isCellError(v)) return { ok: false, rule: "DQ_ERROR_VALUE", code: v.error };
  return NOT_A_DATE;
}
