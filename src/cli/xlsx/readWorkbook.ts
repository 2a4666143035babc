/**
 * Reads the plan sheets of an .xlsx file into the reader's WorkbookInput, streaming: ExcelJS's WorkbookReader unzips
 * and parses the workbook, shared strings and styles; only the wanted sheets are parsed (by `readSheetXml`), the others
 * are skipped without building a single row.
 *
 * Sheet names in streaming mode: ExcelJS names a worksheet from xl/workbook.xml and its relationships only when they
 * come before the sheet in the zip and the relationship target is relative ("worksheets/sheet1.xml"); otherwise the
 * name stays "Sheet<n>". So the name is resolved here from the part's file number (the "entry" event just before the
 * sheet is yielded) and the parsed workbook model, accepting absolute targets ("/xl/worksheets/sheet1.xml") too. A sheet
 * that arrives before xl/workbook.xml (rare: ExcelJS buffers sheets that come before the shared strings in temp files,
 * which is what Excel's and ExcelJS's own zip order lead to) is parsed on speculation and kept only if its name, known
 * at the end, is wanted.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { Grid } from "../../core/cells";
import type { SheetInput, WorkbookInput } from "../../core/read/input";
import { sniffFile } from "./sniff";
import { readSheetXml, type SharedString, type SheetXmlContext } from "./sheetXml";

export type WorkbookProblem = "missing" | "not-a-workbook" | "legacy-xls" | "encrypted";

/** The file cannot be read as a workbook; `problem` says why, `detail` is the underlying error, if any. */
export class WorkbookOpenError extends Error {
  constructor(
    readonly problem: WorkbookProblem,
    readonly detail = "",
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}

export interface WorkbookRead extends WorkbookInput {
  /** Every worksheet name of the workbook, in workbook order. */
  sheetNames: string[];
}

// The parts of ExcelJS's streaming reader this module relies on (lib/stream/xlsx/workbook-reader.js, exceljs 4.x).
interface WorksheetPart {
  name?: string;
  iterator: AsyncIterable<unknown> & { destroy?: () => void };
}
interface SheetModel {
  name: string;
  rId: string;
}
interface StreamReader {
  parse(): AsyncGenerator<{ eventType: string; value: unknown }>;
  on(event: "entry", listener: (e: { type: string; id?: string }) => void): void;
  model?: { sheets?: SheetModel[] };
  workbookRels?: { Id: string; Target: string }[];
  sharedStrings?: SharedString[];
  styles?: { getStyleModel(id: number): { numFmt?: string } | null | undefined };
  properties?: { model?: { date1904?: boolean } };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isDateFmt } = require("exceljs/lib/utils/utils") as { isDateFmt(fmt: string | undefined): boolean };

const DATE1904_OFFSET_MS = 1462 * 86_400_000;

/** A relationship target of xl/workbook.xml as a package part name: "worksheets/sheet1.xml" and "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function partName(target: string): string {
  const parts: string[] = target.startsWith("/") ? [] : ["xl"];
  for (const p of target.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return parts.join("/").toLowerCase();
}

/** The workbook name of worksheet part xl/worksheets/sheet<no>.xml, once xl/workbook.xml and its rels are parsed. */
function sheetNameOf(reader: StreamReader, sheetNo: string): string | undefined {
  const part = `xl/worksheets/sheet${sheetNo}.xml`;
  const rel = (reader.workbookRels ?? []).find((r) => partName(r.Target) === part);
  return rel ? reader.model?.sheets?.find((s) => s.rId === rel.Id)?.name : undefined;
}

async function checkFile(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    throw new WorkbookOpenError("missing", (e as Error).message);
  }
  if (!stat.isFile()) throw new WorkbookOpenError("not-a-workbook", "not a file");
  const kind = await sniffFile(file);
  if (kind === "encrypted") throw new WorkbookOpenError("encrypted");
  if (kind === "ole") throw new WorkbookOpenError("legacy-xls");
  if (kind !== "zip") throw new WorkbookOpenError("not-a-workbook");
}

/**
 * Reads the sheets whose name `wantSheet` accepts. Throws WorkbookOpenError when the file is missing, is not an .xlsx
 * workbook (not a zip, a corrupt zip, a zip without xl/workbook.xml), is a legacy .xls, or is password-protected.
 */
export async function readWorkbook(file: string, wantSheet: (name: string) => boolean): Promise<WorkbookRead> {
  await checkFile(file);

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "emit",
  }) as unknown as StreamReader;
  // ExcelJS looks up `model.sheets` when a sheet comes before xl/workbook.xml: give it an empty model meanwhile.
  reader.model = { sheets: [] };
  let workbookSeen = false;
  let sheetNo = "";
  reader.on("entry", (e) => {
    if (e.type === "workbook") workbookSeen = true;
    else if (e.type === "worksheet") sheetNo = String(e.id);
  });

  const dateStyles = new Map<number, boolean>();
  const ctx: SheetXmlContext = {
    get sharedStrings() {
      return reader.sharedStrings;
    },
    get date1904() {
      return reader.properties?.model?.date1904 === true;
    },
    isDateStyle(id) {
      let d = dateStyles.get(id);
      if (d === undefined) {
        d = isDateFmt(reader.styles?.getStyleModel(id)?.numFmt);
        dateStyles.set(id, d);
      }
      return d;
    },
  };

  const read = new Map<string, Grid>();
  const speculative = new Map<string, Grid>();
  const speculativeDates: Date[] = [];
  const speculativeCtx: SheetXmlContext = {
    get sharedStrings() {
      return ctx.sharedStrings;
    },
    date1904: false,
    isDateStyle: (id) => ctx.isDateStyle(id),
    onSerialDate: (d) => speculativeDates.push(d),
  };
  try {
    for await (const { eventType, value } of reader.parse()) {
      if (eventType !== "worksheet") continue;
      const part = value as WorksheetPart;
      const name = workbookSeen ? sheetNameOf(reader, sheetNo) : undefined;
      if (name !== undefined && wantSheet(name)) read.set(name, await readSheetXml(part.iterator, ctx));
      else if (!workbookSeen) speculative.set(sheetNo, await readSheetXml(part.iterator, speculativeCtx));
      else part.iterator.destroy?.();
    }
  } catch (e) {
    throw new WorkbookOpenError("not-a-workbook", (e as Error).message);
  }
  if (!workbookSeen) throw new WorkbookOpenError("not-a-workbook", "no xl/workbook.xml");

  // Dates of sheets read before xl/workbook.xml assumed the 1900 date system.
  if (ctx.date1904) for (const d of speculativeDates) d.setTime(d.getTime() + DATE1904_OFFSET_MS);
  for (const [no, rows] of speculative) {
    const name = sheetNameOf(reader, no);
    if (name !== undefined && wantSheet(name)) read.set(name, rows);
  }
  const sheetNames = (reader.model?.sheets ?? []).map((s) => s.name);
  const sheets: SheetInput[] = sheetNames.filter((n) => read.has(n)).map((name) => ({ name, rows: read.get(name) as Grid, firstRow: 1, firstCol: 1 }));
  return { sheets, sheetNames };
}
