/**
 * A lean worksheet XML reader: turns a sheet's <sheetData> into a grid of CellValues, row numbers exact.
 *
 * ExcelJS's own streaming WorksheetReader builds a Row and Cell object (with styles) per cell and loses the type of a
 * formula's cached result (an error such as #N/A becomes NaN, TRUE becomes 1). This reads the same SAX events
 * (ExcelJS's parser) but keeps only values, so it is faster, lighter and exact.
 */
import type { CellValue, Grid } from "../../core/cells";
import { shiftFormula } from "../../core/read/formulaSyntax";
import type { StoredFormula } from "../../core/read/input";
import { decodeEscapes } from "./escapes";
import { localName, type SaxEvent } from "./sax";

/** A cell uses a shared string the workbook's strings part does not hold (or the part is missing). */
export class MissingString extends Error {}

export interface SheetXmlContext {
  sharedStrings: readonly string[];
  /** The workbook asks for a full recalculation on load: formulas' cached values cannot be trusted. */
  fullCalcOnLoad: boolean;
  /** True when the cell style `s` has a date number format (its numbers are dates). */
  isDateStyle(styleId: number): boolean;
  date1904: boolean;
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
function columnOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}

/** The value of one <c> element. */
function cellValue(
  type: string | undefined,
  style: number,
  text: string | undefined,
  ctx: SheetXmlContext
): CellValue {
  if (text === undefined) return null;
  switch (type) {
    case "s": {
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
      if (text.trim() === "") return null;
      const n = Number(text);
      if (!Number.isFinite(n)) return text;
      if (!(n >= 0 && ctx.isDateStyle(style))) return n;
      // Excel's fictitious 29 February 1900 has no Date: it stays its serial, which the reader takes as that day.
      if (!ctx.date1904 && Math.floor(n) === FICTITIOUS_LEAP_DAY) return n;
      return dateOfSerial(n, ctx.date1904);
    }
  }
}

const isEmpty = (v: CellValue): boolean => v === null || v === undefined || v === "";

export interface SheetXml {
  /** `rows[r - 1]` is sheet row r (rows without a value stay holes), `rows[r - 1][c - 1]` column c. */
  rows: Grid;
  /** Formula cells without a value the reader may use (their cells are blank in `rows`). */
  formulas: StoredFormula[];
  /** Merged areas ("A2:A4"). */
  merges: string[];
}

/** The cells of an array formula's range besides its first, at most this many (a whole-column array is rare). */
const MAX_ARRAY_CELLS = 100_000;

/** "B2:D5" → [row1, col1, row2, col2]; undefined for anything else. */
function rangeOf(ref: string | undefined): [number, number, number, number] | undefined {
  const m = ref ? /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref) : null;
  if (!m) return undefined;
  const r1 = Number(m[2]);
  const c1 = columnOfRef(m[1]);
  return [r1, c1, m[4] ? Number(m[4]) : r1, m[3] ? columnOfRef(m[3]) : c1];
}

/**
 * Reads a worksheet part. Formula cells give their cached result — unless there is none, or the workbook asks for a
 * full recalculation on load (then the cached one cannot be trusted): such a cell is left blank and listed in
 * `formulas` with its formula (a shared formula's follower gets the master's formula moved to its cell). Inline and
 * rich text give their plain text.
 */
export async function readSheetXml(
  xml: AsyncIterable<SaxEvent[]>,
  ctx: SheetXmlContext
): Promise<SheetXml> {
  const rows: Grid = [];
  const formulas: StoredFormula[] = [];
  const merges: string[] = [];
  /** Shared formulas' masters by `si`: their text and cell. */
  const shared = new Map<string, { text: string; row: number; col: number }>();
  /** Array formulas (and data tables) without a usable value: their ranges besides the master cell. */
  const arrays: [number, number, number, number][] = [];
  let inSheetData = false;
  let rowNum = 0;
  let row: CellValue[] | null = null;
  let rowHasValue = false;
  let col = 0;
  let inCell = false;
  let type: string | undefined;
  let style = 0;
  let text: string | undefined;
  let capture = false; // inside <v>, or a <t> of an inline string (not of its phonetic <rPh> runs)
  let inInline = false;
  let inPhonetic = false;
  // The cell's <f>: whether it has one, its text and attributes.
  let hasFormula = false;
  let inFormula = false;
  let formulaText = "";
  let formulaType: string | undefined;
  let formulaSi: string | undefined;
  let formulaRef: string | undefined;

  /** A formula cell whose value is not used: its formula as the cell's own text. */
  const storeFormula = (): void => {
    let f = formulaText;
    if (formulaType === "shared" && formulaSi !== undefined) {
      const master = shared.get(formulaSi);
      if (f === "" && master)
        f = shiftFormula(master.text, rowNum - master.row, col - master.col) ?? "";
    }
    formulas.push({ row: rowNum, col, formula: f });
    if (formulaType !== "shared" && formulaType !== undefined && formulaType !== "normal") {
      const range = rangeOf(formulaRef);
      if (range && (range[2] > range[0] || range[3] > range[1])) arrays.push(range);
    }
  };

  for await (const events of xml) {
    for (const ev of events) {
      if (ev.eventType === "text") {
        if (capture) text = text === undefined ? ev.value : text + ev.value;
        else if (inFormula) formulaText += ev.value;
        continue;
      }
      const name = localName(ev.value.name);
      if (ev.eventType === "opentag") {
        switch (name) {
          case "sheetData":
            inSheetData = true;
            break;
          case "row": {
            if (!inSheetData) break;
            const r = Number(ev.value.attributes.r);
            rowNum = Number.isInteger(r) && r > 0 ? r : rowNum + 1;
            row = [];
            rowHasValue = false;
            col = 0;
            break;
          }
          case "c": {
            if (!row) break;
            const ref = ev.value.attributes.r;
            const c = ref ? columnOfRef(ref) : 0;
            col = c > 0 ? c : col + 1;
            inCell = true;
            type = ev.value.attributes.t;
            style = ev.value.attributes.s ? Number(ev.value.attributes.s) || 0 : 0;
            text = undefined;
            hasFormula = false;
            break;
          }
          case "f":
            if (inCell) {
              hasFormula = true;
              inFormula = true;
              formulaText = "";
              formulaType = ev.value.attributes.t;
              formulaSi = ev.value.attributes.si;
              formulaRef = ev.value.attributes.ref;
            }
            break;
          case "v":
            if (inCell) {
              capture = true;
              text = "";
            }
            break;
          case "is":
            if (inCell) {
              inInline = true;
              text = "";
            }
            break;
          case "rPh":
            inPhonetic = true;
            break;
          case "t":
            if (inInline && !inPhonetic) capture = true;
            break;
          case "mergeCell":
            if (!inSheetData && ev.value.attributes.ref) merges.push(ev.value.attributes.ref);
            break;
        }
      } else {
        switch (name) {
          case "f":
            inFormula = false;
            if (formulaType === "shared" && formulaSi !== undefined && formulaText !== "")
              shared.set(formulaSi, { text: formulaText, row: rowNum, col });
            break;
          case "v":
          case "t":
            capture = false;
            break;
          case "rPh":
            inPhonetic = false;
            break;
          case "is":
            inInline = false;
            break;
          case "c":
            if (inCell && row) {
              if (hasFormula && (text === undefined || ctx.fullCalcOnLoad)) storeFormula();
              else {
                const v = cellValue(type, style, text, ctx);
                if (!isEmpty(v)) {
                  row[col - 1] = v;
                  rowHasValue = true;
                }
              }
            }
            inCell = false;
            inInline = false;
            inFormula = false;
            capture = false;
            break;
          case "row":
            if (row && rowHasValue) rows[rowNum - 1] = row;
            row = null;
            break;
          case "sheetData":
            inSheetData = false;
            break;
        }
      }
    }
  }
  addArrayCells(rows, formulas, arrays);
  return { rows, formulas, merges };
}

/**
 * The cells an array formula fills besides its first, when its value is not used: each cell shows a part of the
 * result the reader does not have, so each is an uncalculated formula (without a text of its own).
 */
function addArrayCells(
  rows: Grid,
  formulas: StoredFormula[],
  arrays: readonly [number, number, number, number][]
): void {
  let budget = MAX_ARRAY_CELLS;
  for (const [r1, c1, r2, c2] of arrays)
    for (let r = r1; r <= r2 && budget > 0; r++)
      for (let c = c1; c <= c2 && budget > 0; c++) {
        if (r === r1 && c === c1) continue;
        budget--;
        const line = rows[r - 1];
        if (line) delete line[c - 1];
        formulas.push({ row: r, col: c, formula: "" });
      }
}
