/** A cell value as the reader accepts it: Office.js `range.values`, ExcelJS cell values (normalised), or plain JS. */
export type CellError = { error: string };
export type CellValue = string | number | boolean | Date | null | undefined | CellError;
export type Grid = CellValue[][];

export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

const ERROR_SET = new Set<string>(EXCEL_ERRORS);

export function isCellError(v: CellValue): v is CellError {
  return (
    typeof v === "object" &&
    v !== null &&
    !(v instanceof Date) &&
    typeof (v as CellError).error === "string"
  );
}

/** The error code a cell holds (an error object, or text that is exactly an Excel error code), else null. */
export function errorCode(v: CellValue): string | null {
  if (isCellError(v)) return v.error;
  if (typeof v === "string") {
    // Every code starts with "#": a text starting with anything else but possible white space is none, told
    // without a trimmed, upper-cased copy (the reader asks this of every text cell).
    const first = v.charCodeAt(0);
    if (first !== 35 /* # */ && first > 32 && first < 128) return null;
    const t = v.trim().toUpperCase();
    if (ERROR_SET.has(t)) return t;
  }
  return null;
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(index1: number): string {
  let n = index1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "AA" → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits, _ and . */
export function quoteSheetName(name: string): string {
  if (
    /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
  ) {
    return name;
  }
  return `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(sheet: string, column: string, row: number): string {
  return `${quoteSheetName(sheet)}!${column}${row}`;
}
