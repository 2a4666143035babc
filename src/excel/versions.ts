/**
 * Plan versions in Excel: the very hidden, protected versions sheet (src/core/versions/versionsSheet.ts), restoring a
 * version into the working sheets, and the Changes sheet. Syncs: listVersions LIST_VERSIONS_SYNCS (2: the sheet and
 * its used range, then the seven columns that list the versions); saveVersion, setBaseline and readVersion that plus
 * ⌈bytes / 4 MB⌉ (a version's parts are written or read in pieces that keep every request and response under 4 MB);
 * restoreVersion 1 + ⌈bytes / 4 MB⌉; writeChanges 1 + ⌈bytes / 4 MB⌉. Worksheet.protection and visibility are ExcelApi
 * 1.2, getItemOrNullObject and getUsedRangeOrNullObject 1.4.
 */
import { columnLetter, type CellValue } from "../core/cells";
import { OutputSheetConflict } from "../core/outputSheets";
import type { NewVersion } from "../core/port";
import type { Lang } from "../core/schema/types";
import {
  changesSheetName,
  changesSheetRows,
  isChangesHeader,
  type ChangesReport,
} from "../core/versions/changesReport";
import { restoreOrigin, type RestorePlan } from "../core/versions/restore";
import {
  baselineColumn,
  FIRST_PART_COL,
  newVersionInfo,
  PART_CHARS,
  readVersionData,
  readVersionList,
  VERSIONS_HEADER,
  VERSIONS_SHEET,
  versionRow,
  type Version,
  type VersionInfo,
} from "../core/versions/versionsSheet";
import { commandBytes, MAX_REQUEST_BYTES, payloadBytes, WriteBatch, writeRows } from "./chunks";
import { excelCell } from "./excelCell";

export const LIST_VERSIONS_SYNCS = 2;
/** The list, and the rounding of the last piece written. */
export const SAVE_VERSION_SYNCS = 3;
/** The list, the first slice of parts (sized for 3 bytes a character, before a read tells better), and the rounding. */
export const READ_VERSION_SYNCS = 4;

interface VersionsSheet {
  sheet: Excel.Worksheet;
  list: VersionInfo[];
}

/** The versions sheet and its list; undefined when the workbook has none. */
async function openVersions(context: Excel.RequestContext): Promise<VersionsSheet | undefined> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(VERSIONS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowCount,rowIndex");
  await context.sync();
  if (sheet.isNullObject) return undefined;
  if (used.isNullObject) return { sheet, list: [] };
  const meta = sheet.getRange(`A1:G${used.rowIndex + used.rowCount}`);
  meta.load("values");
  await context.sync();
  return { sheet, list: readVersionList(meta.values as CellValue[][]) };
}

export async function listVersions(context: Excel.RequestContext): Promise<VersionInfo[]> {
  return (await openVersions(context))?.list ?? [];
}

/** A cell as the versions sheet keeps it: a text stays text (excelCell), a blank is "". */
const cellOf = (v: CellValue): string | number | boolean => excelCell(v ?? null);

export async function saveVersion(
  context: Excel.RequestContext,
  version: NewVersion
): Promise<VersionInfo> {
  let found = await openVersions(context);
  const batch = new WriteBatch(context);
  if (!found) {
    const sheet = context.workbook.worksheets.add(VERSIONS_SHEET);
    sheet.visibility = "VeryHidden";
    sheet.getRange("A1:G1").values = [VERSIONS_HEADER];
    await batch.room(
      commandBytes({ ranges: 1, paths: 2, actions: 3 }, VERSIONS_SHEET, VERSIONS_HEADER)
    );
    found = { sheet, list: [] };
  } else {
    found.sheet.protection.unprotect();
    await batch.room(commandBytes({ paths: 1, actions: 1 }));
  }
  const { sheet, list } = found;
  const info = newVersionInfo(list, version);
  const row = info.row;
  const cells = versionRow(info, [...version.parts]).map(cellOf);
  // The parts first, in pieces that fit a request; the row's first seven cells last, so a write cut short leaves no
  // row that lists as a version.
  let from = FIRST_PART_COL - 1;
  while (from < cells.length) {
    let to = from;
    let bytes = commandBytes({ ranges: 1, actions: 1 }, `H${row}:XFD${row}`);
    while (to < cells.length && (to === from || bytes + payloadBytes(cells[to]) < batch.budget)) {
      bytes += payloadBytes(cells[to]) + 1;
      to++;
    }
    await batch.room(bytes);
    sheet.getRange(`${columnLetter(from + 1)}${row}:${columnLetter(to)}${row}`).values = [
      cells.slice(from, to),
    ];
    from = to;
  }
  const meta = cells.slice(0, FIRST_PART_COL - 1);
  await batch.room(commandBytes({ ranges: 1, actions: 1 }, `A${row}:G${row}`, [meta]));
  sheet.getRange(`A${row}:G${row}`).values = [meta];
  if (info.baseline) writeBaseline(sheet, [...list, info], info.id);
  sheet.protection.protect();
  await batch.room(commandBytes({ ranges: 1, paths: 1, actions: 2 }, [list.length]));
  await batch.sync();
  return info;
}

function writeBaseline(sheet: Excel.Worksheet, list: VersionInfo[], id: number | undefined): void {
  const column = baselineColumn(list, id);
  if (column.length > 0)
    sheet.getRange(`E2:E${column.length + 1}`).values = column.map((r) => r.map(cellOf));
}

export async function setBaseline(
  context: Excel.RequestContext,
  id: number | undefined
): Promise<void> {
  const found = await openVersions(context);
  if (!found) return;
  found.sheet.protection.unprotect();
  writeBaseline(found.sheet, found.list, id);
  found.sheet.protection.protect();
  await context.sync();
}

/** A response's room for parts, with a margin under 4 MB for what Office.js wraps around the values. */
const READ_ROOM = MAX_REQUEST_BYTES * 0.9;
/** What one part may take in a response before one was read: 32,000 characters of 3 bytes (CJK text), escaped. */
const FIRST_PART_BYTES = PART_CHARS * 3 + 64;

export async function readVersion(context: Excel.RequestContext, id: number): Promise<Version> {
  const found = await openVersions(context);
  const info = found?.list.find((v) => v.id === id);
  if (!found || !info) throw new Error(`No version ${id} in this workbook`);
  const parts: CellValue[] = [];
  // Slices of parts sized by the largest part read so far (1.1 × for one larger still), one sync each.
  let perPart = FIRST_PART_BYTES;
  for (let i = 0; i < info.parts;) {
    const n = Math.max(1, Math.floor(READ_ROOM / perPart));
    const first = FIRST_PART_COL + i;
    const last = FIRST_PART_COL + Math.min(info.parts, i + n) - 1;
    const range = found.sheet.getRange(
      `${columnLetter(first)}${info.row}:${columnLetter(last)}${info.row}`
    );
    range.load("values");
    // One sync per slice of at most 4 MB: a response over 5 MB is refused by Excel on the web.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const got = range.values[0] as CellValue[];
    let measured = 0;
    for (const p of got) measured = Math.max(measured, payloadBytes(p));
    perPart = Math.max(1024, measured * 1.1);
    parts.push(...got);
    i += got.length;
  }
  return { ...info, ...readVersionData(parts) };
}

export async function restoreVersion(
  context: Excel.RequestContext,
  plan: RestorePlan
): Promise<void> {
  const batch = new WriteBatch(context);
  for (const name of plan.create) {
    context.workbook.worksheets.add(name);
    await batch.room(commandBytes({ paths: 1, actions: 1 }, name));
  }
  for (const w of plan.writes) {
    const at = restoreOrigin(w);
    const sheet = context.workbook.worksheets.getItem(w.sheet);
    await writeRows(
      batch,
      sheet,
      at.letter,
      at.row,
      w.values.map((r) => r.map(cellOf))
    );
  }
  await batch.sync();
}

/** The Changes sheet anew, under the language's name; a planner's own sheet of that name is never written over. */
export async function writeChanges(
  context: Excel.RequestContext,
  report: ChangesReport,
  lang: Lang
): Promise<void> {
  const name = changesSheetName(lang);
  const old = context.workbook.worksheets.getItemOrNullObject(name);
  const used = old.getUsedRangeOrNullObject(true);
  used.load("address");
  const header = old.getRange("A3:C3");
  header.load("values");
  await context.sync();
  if (!old.isNullObject && !used.isNullObject && !isChangesHeader(header.values[0] ?? []))
    throw new OutputSheetConflict(name);
  const batch = new WriteBatch(context);
  const sheet = old.isNullObject ? context.workbook.worksheets.add(name) : old;
  if (!old.isNullObject) sheet.getRange().clear("Contents");
  await batch.room(commandBytes({ ranges: 1, paths: 1, actions: 2 }, name));
  await writeRows(
    batch,
    sheet,
    "A",
    1,
    changesSheetRows(report).map((r) => r.map(cellOf))
  );
  sheet.getRange("A3:H3").format.font.bold = true;
  await batch.room(commandBytes({ ranges: 1, paths: 2, actions: 1 }, "A3:H3", true));
  await batch.sync();
}
