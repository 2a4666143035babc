/** The workbook-level parts the sheet reader needs: sheet names (xl/workbook.xml), date styles (shared strings: sharedStrings.ts). */
import { localName, type SaxEvent } from "./saxEvents";

export interface SheetEntry {
  name: string;
  /** Relationship id of the sheet's part. */
  rid: string;
}

export interface WorkbookXml {
  sheets: SheetEntry[];
  date1904: boolean;
  /** `<calcPr fullCalcOnLoad="1"/>`: formulas' cached values are stale (XlsxWriter, pandas). */
  fullCalcOnLoad: boolean;
}

const isTrue = (v: string | undefined): boolean => v === "1" || v === "true";

/** An attribute by local name, whatever its prefix ("r:id" is usual, but the prefix is the writer's choice). */
function attr(attributes: Record<string, string>, local: string): string | undefined {
  for (const k of Object.keys(attributes))
    if (localName(k) === local && k.includes(":")) return attributes[k];
  return undefined;
}

export async function readWorkbookXml(xml: AsyncIterable<SaxEvent[]>): Promise<WorkbookXml> {
  const out: WorkbookXml = { sheets: [], date1904: false, fullCalcOnLoad: false };
  for await (const events of xml) {
    for (const ev of events) {
      if (ev.eventType !== "opentag") continue;
      const name = localName(ev.value.name);
      const a = ev.value.attributes;
      if (name === "sheet") {
        const rid = attr(a, "id");
        if (typeof a.name === "string" && rid) out.sheets.push({ name: a.name, rid });
      } else if (name === "workbookPr") {
        out.date1904 = isTrue(a.date1904);
      } else if (name === "calcPr") {
        out.fullCalcOnLoad = isTrue(a.fullCalcOnLoad);
      }
    }
  }
  return out;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, East Asian ones included). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a format code shows a date or time: y, m, d, h, s (or b, the Buddhist year) outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*]/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "");
  return /[ymdhsb]/i.test(bare.split(";")[0]) && !/^general$/i.test(bare.trim());
}

/** A cell style's number format: its id, and the code of a custom one (a built-in id has none). */
export interface StyleFormat {
  numFmtId: number;
  code: string | undefined;
}

/** For each cell style index (the `s` of a cell), its number format (styles.xml's cellXfs and numFmts). */
export async function readStyleFormats(xml: AsyncIterable<SaxEvent[]>): Promise<StyleFormat[]> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  for await (const events of xml) {
    for (const ev of events) {
      if (ev.eventType === "text") continue;
      const name = localName(ev.value.name);
      if (ev.eventType === "closetag") {
        if (name === "cellXfs") inCellXfs = false;
        continue;
      }
      const a = ev.value.attributes;
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    }
  }
  return xfFormats.map((id) => ({ numFmtId: id, code: custom.get(id) }));
}

/** Whether a style's number format shows dates. */
export const isDateStyleFormat = (f: StyleFormat): boolean =>
  f.code !== undefined ? isDateFormat(f.code) : BUILTIN_DATE_FORMATS.has(f.numFmtId);

/** For each cell style index (the `s` of a cell), whether its number format is a date format. */
export async function readDateStyles(xml: AsyncIterable<SaxEvent[]>): Promise<boolean[]> {
  return (await readStyleFormats(xml)).map(isDateStyleFormat);
}

/** 1-based row of a cell reference such as "AB12" (0 when it has none). */
function rowOfRef(ref: string): number {
  const m = /(\d+)$/.exec(ref);
  return m ? Number(m[1]) : 0;
}

/**
 * The sheet rows of a table part's total row (`totalsRowCount` rows at the bottom of its `ref`), or none. Table
 * Design → Total Row in Excel; XlsxWriter's `total_row`.
 */
export async function readTableTotalRows(xml: AsyncIterable<SaxEvent[]>): Promise<number[]> {
  const rows: number[] = [];
  for await (const events of xml) {
    for (const ev of events) {
      if (ev.eventType !== "opentag" || localName(ev.value.name) !== "table") continue;
      const a = ev.value.attributes;
      const count = Number(a.totalsRowCount ?? 0);
      const last = rowOfRef((a.ref ?? "").split(":").pop() ?? "");
      if (Number.isInteger(count) && count > 0 && last > 0)
        for (let r = Math.max(1, last - count + 1); r <= last; r++) rows.push(r);
    }
  }
  return rows;
}
