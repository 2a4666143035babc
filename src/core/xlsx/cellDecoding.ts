/**
 * How a worksheet cell's stored text becomes a value — shared strings, inline and formula text with `_xHHHH_`
 * escapes, errors, booleans, ISO dates, and numbers in a date format as dates (1900 and 1904 systems, Excel's
 * fictitious 29 February 1900). The CLI's sheet reader (src/cli/xlsx/sheetXml.ts) and the browser preview's
 * (src/preview/open/) decode every cell through this, so `validate` and the preview read a file alike.
 */
import type { CellValue } from "../cells";
import { decodeEscapes } from "./escapes";

/** A cell uses a shared string the workbook's strings part does not hold (or the part is missing). */
export class MissingString extends Error {}

export interface SheetXmlContext {
  sharedStrings: readonly string[];
  /** The workbook asks for a full recalculation on load: formulas' cached values cannot be trusted. */
  fullCalcOnLoad: boolean;
  /** True when the cell style `s` has a date number format (its numbers are dates). */
  isDateStyle(styleId: number): boolean;
  date1904: boolean;
  /**
   * A date cell's Date by its serial, when the reader shares one Date among the cells of a day (dateOfSerial's
   * value; its cells are read, never changed): the messy 10,000-product plan holds ~175,000 date cells of ~2,000
   * days. Without it, each cell gets a Date of its own.
   */
  dateOf?(serial: number): Date;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;
/** Serial 60: 29 February 1900, which Excel counts (after Lotus 1-2-3) though the day never was. */
const FICTITIOUS_LEAP_DAY = 60;

/**
 * A date cell's serial as a UTC Date (time of day kept), as ExcelJS gives it; serials before Excel's fictitious
 * 1900-02-29 shifted by a day (serial 60 itself has no Date: it gives 1900-02-28, and the reader keeps it a serial).
 */
export function dateOfSerial(serial: number, date1904: boolean): Date {
  const s = date1904 ? serial + DATE1904_OFFSET : serial;
  const days = s < 60 ? s + 1 : s;
  return new Date(Math.round((days - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** Serials whose Date sharedDates keeps: a plan's days, not every time of day a log of timestamps holds. */
const SHARED_DATES = 20_000;

/** dateOfSerial with one Date per serial (the first SHARED_DATES serials), for SheetXmlContext.dateOf. */
export function sharedDates(date1904: boolean): (serial: number) => Date {
  const dates = new Map<number, Date>();
  return (serial) => {
    let d = dates.get(serial);
    if (d === undefined) {
      d = dateOfSerial(serial, date1904);
      if (dates.size < SHARED_DATES) dates.set(serial, d);
    }
    return d;
  };
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 date cell (`t="d"`, written by Excel's Strict format and openpyxl) as a UTC Date holding the wall clock
 * it spells, as `dateOfSerial` does: "2027-06-18T07:00:00" is 18 June whatever the machine's zone. A zone suffix is
 * ignored: a spreadsheet shows the written wall clock. Undefined for text that is no such date.
 */
export function dateOfIso(text: string): Date | undefined {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const d = new Date(0);
  d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
  d.setUTCHours(+(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), +((m[7] ?? "0") + "00").slice(0, 3));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : undefined;
}

/** 1-based column of a reference such as "AB12" (0 when there are no letters). */
export function columnOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}

/** 10^0 … 10^22: every power of ten a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * `Number(text)` for text written as plain decimal digits (an optional "-", digits, an optional "." and digits: how
 * writers store numbers and string indexes), read without Number's general parse; NaN for any other text (the
 * caller then asks Number). Exact: at most 15 significant digits are a whole number a double holds, and dividing it
 * by an exact power of ten rounds once, as parsing the decimal does.
 */
function plainDecimal(text: string): number {
  const length = text.length;
  let i = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  let digits = 0;
  let n = 0;
  let point = -1;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c === 46 /* . */ && point < 0 && digits > 0) point = i;
    else return NaN;
  }
  if (digits === 0 || digits > 15 || point === length - 1) return NaN;
  if (point >= 0) n /= POWERS_OF_TEN[length - 1 - point];
  return text.charCodeAt(0) === 45 ? -n : n;
}

/** The value of one <c> element. */
export function cellValue(
  type: string | undefined,
  style: number,
  text: string | undefined,
  ctx: SheetXmlContext
): CellValue {
  if (text === undefined) return null;
  switch (type) {
    case "s": {
      const plain = plainDecimal(text);
      if (!Number.isNaN(plain)) {
        const found = ctx.sharedStrings[plain];
        if (found !== undefined) return found;
      }
      if (text.trim() === "") return null;
      const i = Number(text);
      const found = ctx.sharedStrings[i];
      if (found === undefined)
        throw new MissingString(`string ${text.trim()} of ${ctx.sharedStrings.length}`);
      return found;
    }
    case "str":
    case "inlineStr":
      return decodeEscapes(text);
    case "e":
      return { error: text.trim() };
    case "b":
      return text.trim() === "1" || text.trim().toLowerCase() === "true";
    case "d":
      return dateOfIso(text) ?? text;
    default: {
      let n = plainDecimal(text);
      if (Number.isNaN(n)) {
        if (text.trim() === "") return null;
        n = Number(text);
      }
      if (!Number.isFinite(n)) return text;
      if (!(n >= 0 && ctx.isDateStyle(style))) return n;
      // Excel's fictitious 29 February 1900 has no Date: it stays its serial, which the reader takes as that day.
      if (!ctx.date1904 && Math.floor(n) === FICTITIOUS_LEAP_DAY) return n;
      return ctx.dateOf ? ctx.dateOf(n) : dateOfSerial(n, ctx.date1904);
    }
  }
}
