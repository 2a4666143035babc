/**
 * Reads the plan sheets of an .xlsx file into the reader's WorkbookInput, streaming each sheet part through a SAX
 * parser into compact rows; sheets that are not wanted are never inflated.
 *
 * Why not ExcelJS's streaming WorkbookReader: it walks the zip in one streaming pass (unzipper's Parse) and, on Node
 * 18+, intermittently loses entries — xl/workbook.xml, which ExcelJS and Excel store last, most of all (exceljs#3064,
 * #962; here 4 runs in 8 on a 5-sheet ExcelJS workbook) — so sheet names come out as "Sheet<n>" or the read throws.
 * It also names a sheet only when a relative relationship target matches ("/xl/worksheets/sheet1.xml" does not), and
 * its row reader turns a formula's cached error into NaN. So the zip is read through its central directory (the
 * unzipper ExcelJS ships), the parts are found by their relationships as OPC says, and every part is parsed with
 * ExcelJS's SAX parser.
 */
import { promises as fs } from "fs";
import { referencedSheets } from "../../core/read/formulaSyntax";
import type { SheetInput, WorkbookInput } from "../../core/read/input";
import { sniffFile } from "./sniff";
import { MissingString, SheetCollector, type SheetXml } from "./sheetXml";
import { sharedDates } from "../../core/xlsx/cellDecoding";
import { SharedStringsCollector } from "../../core/xlsx/sharedStrings";
import {
  readDateStyles,
  readTableTotalRows,
  readWorkbookXml,
  type SheetEntry,
} from "./workbookParts";
import {
  DamagedPart,
  relKind,
  relsPartOf,
  XlsxPackage,
  type Damage,
  type Relationship,
} from "./xlsxPackage";

export type WorkbookProblem = "missing" | "not-a-workbook" | "legacy-xls" | "encrypted" | "damaged";

/**
 * The file cannot be read as a workbook; `problem` says why, `detail` what went wrong, if anything. A damaged workbook
 * (a part cut short, missing, or not matching its checksum) names the part and how it is damaged.
 */
export class WorkbookOpenError extends Error {
  constructor(
    readonly problem: WorkbookProblem,
    readonly detail = "",
    readonly damaged?: { part: string; damage: Damage; sheet?: string }
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}

export interface WorkbookRead extends WorkbookInput {
  /** Every worksheet name of the workbook, in workbook order. */
  sheetNames: string[];
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

const firstOfKind = (rels: readonly Relationship[], kind: string): Relationship | undefined =>
  rels.find((r) => relKind(r.type) === kind);

/** The total rows of the Excel tables on a sheet (its table parts, found by the sheet's relationships). */
async function tableTotalRows(pkg: XlsxPackage, sheetPart: string): Promise<number[]> {
  const rows: number[] = [];
  for (const rel of await pkg.relationships(sheetPart)) {
    if (relKind(rel.type) === "table")
      rows.push(...(await readTableTotalRows(pkg.events(rel.target))));
  }
  return rows;
}

/** The shared string table, read by the worksheet scanner (src/core/xlsx/sharedStrings.ts). */
async function readStrings(pkg: XlsxPackage, part: string): Promise<string[]> {
  const collector = new SharedStringsCollector();
  await pkg.scan(part, collector);
  return collector.strings;
}

async function readParts(
  file: string,
  wantSheet: (name: string) => boolean
): Promise<WorkbookRead> {
  const pkg = await XlsxPackage.open(file);
  const main =
    firstOfKind(await pkg.relationships(""), "officeDocument")?.target ?? "xl/workbook.xml";
  if (!pkg.part(main) || !/\.xml$/i.test(main))
    throw new WorkbookOpenError(
      "not-a-workbook",
      main.endsWith(".bin") ? "an .xlsb workbook" : "no workbook part"
    );

  const workbook = await readWorkbookXml(pkg.events(main));
  const rels = await pkg.relationships(main);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const stringsPart = firstOfKind(rels, "sharedStrings")?.target;
  const stylesPart = firstOfKind(rels, "styles")?.target;
  // A part the workbook's relationships name must be there; without a relationship (some writers omit it), the
  // parts' usual names, which may be missing (a workbook without strings or styles).
  for (const named of [stringsPart, stylesPart])
    if (named !== undefined && !pkg.part(named)) throw new DamagedPart(named, "missing");
  const stringsName = stringsPart ?? "xl/sharedStrings.xml";
  const stylesName = stylesPart ?? "xl/styles.xml";

  // A sheet the workbook lists must have its part: a workbook without it is damaged, not a smaller plan.
  const partOf = new Map<SheetEntry, string>();
  for (const s of workbook.sheets) {
    const rel = byId.get(s.rid);
    if (!rel) throw new DamagedPart(relsPartOf(main), "unlisted", s.rid, s.name);
    if (relKind(rel.type) !== "worksheet") continue;
    if (!pkg.part(rel.target)) throw new DamagedPart(rel.target, "missing", undefined, s.name);
    partOf.set(s, rel.target);
  }
  const wanted = workbook.sheets.filter((s) => partOf.has(s) && wantSheet(s.name));
  const hasStrings = pkg.part(stringsName) !== undefined;
  const sharedStrings = wanted.length > 0 && hasStrings ? await readStrings(pkg, stringsName) : [];
  // A workbook may have no styles part: then no cell has a date format.
  const dateStyles =
    wanted.length > 0 && pkg.part(stylesName) ? await readDateStyles(pkg.events(stylesName)) : [];
  const ctx = {
    sharedStrings,
    date1904: workbook.date1904,
    fullCalcOnLoad: workbook.fullCalcOnLoad,
    isDateStyle: (s: number) => dateStyles[s] === true,
    dateOf: sharedDates(workbook.date1904),
  };

  const readSheet = async (s: SheetEntry): Promise<SheetInput> => {
    const part = partOf.get(s) as string;
    let xml: SheetXml;
    try {
      const collector = new SheetCollector(ctx);
      await pkg.scan(part, collector);
      xml = collector.result();
    } catch (e) {
      // A shared string the sheet uses that the strings part lacks: the strings part is damaged (or missing).
      if (e instanceof MissingString)
        throw new DamagedPart(stringsName, hasStrings ? "strings" : "missing", e.message, s.name);
      if (e instanceof DamagedPart && e.sheet === undefined)
        throw new DamagedPart(e.part, e.damage, e.message, s.name);
      throw e;
    }
    const input: SheetInput = { name: s.name, rows: xml.rows, firstRow: 1, firstCol: 1 };
    if (xml.formulas.length > 0) input.formulas = xml.formulas;
    if (xml.merges.length > 0) input.merges = xml.merges;
    const totalRows = await tableTotalRows(pkg, part);
    if (totalRows.length > 0) input.totalRows = totalRows;
    return input;
  };

  const sheets: SheetInput[] = [];
  for (const s of wanted) sheets.push(await readSheet(s));
  // The sheets that formulas without a value reference (`=Costs!B2`), so the core can follow them.
  const read = new Set(wanted.map((s) => s.name.toLowerCase()));
  for (let i = 0; i < sheets.length; i++) {
    for (const f of sheets[i].formulas ?? []) {
      for (const name of referencedSheets(f.formula)) {
        const entry = workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        if (!entry || read.has(entry.name.toLowerCase()) || !partOf.has(entry)) continue;
        read.add(entry.name.toLowerCase());
        sheets.push(await readSheet(entry));
      }
    }
  }
  return { sheets, sheetNames: workbook.sheets.map((s) => s.name) };
}

/**
 * Reads the worksheets whose name `wantSheet` accepts, in workbook order. Throws WorkbookOpenError when the file is
 * missing, is not an .xlsx workbook (not a zip, a corrupt zip, a zip without a workbook part), is a legacy .xls, is
 * password-protected, or is damaged: a part it reads is cut short, does not inflate or match its checksum, a sheet
 * it lists or a table a sheet names is missing, or a cell uses a shared string the workbook does not have.
 */
export async function readWorkbook(
  file: string,
  wantSheet: (name: string) => boolean
): Promise<WorkbookRead> {
  await checkFile(file);
  try {
    return await readParts(file, wantSheet);
  } catch (e) {
    if (e instanceof WorkbookOpenError) throw e;
    if (e instanceof DamagedPart)
      throw new WorkbookOpenError("damaged", e.message, {
        part: e.part,
        damage: e.damage,
        sheet: e.sheet,
      });
    throw new WorkbookOpenError("not-a-workbook", `corrupt: ${(e as Error).message}`);
  }
}
