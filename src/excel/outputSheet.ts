/**
 * The output sheets (spec §2: Timeline, Dashboard) in Excel: found under any of their names, checked to be ours, and
 * replaced whole by a new sheet at the old one's tab position. Shared by src/excel/timeline.ts and dashboard.ts.
 *
 * Finding (src/preview/memoryWorkbook.ts does the same): the sheet the reader would take for that output — the first,
 * in tab order, whose name means it (en / 简 / 繁, case-, width- and space-insensitive: identifySheet) or is the
 * layout's name. An English pane over a workbook holding 看板 rewrites 看板, keeping its name. That sheet is ours when
 * its A1 holds one of our titles, or when it holds nothing (no value, no chart); otherwise OutputSheetConflict is thrown
 * before any command is queued: a planner's own "Dashboard" is never deleted.
 *
 * One sync: the sheet names, and for each of the template's spellings (and the layout's name) the sheet's name,
 * position, A1 value, used range (values only) and chart count. A sheet spelt otherwise (full-width, spaced) is read
 * by its own name in one more sync. Excel does not document whether a range or collection reached from a missing
 * (null) worksheet is a null object too — the fake's default — or an error: should Excel reject that first sync, the
 * names are read, then the sheet found, in two syncs.
 *
 * Replacing: the new sheet comes first, under its own name when there is no old sheet, else under a name Excel picks
 * (a workbook cannot lose its last sheet, even for a moment). Deleting the old sheet and giving the new one its name
 * and tab position are the last commands of the last batch: when Excel rejects a command before them (a chart call,
 * say), the old sheet is still there, as it was.
 *
 * Requirement sets: getItemOrNullObject and getUsedRangeOrNullObject are ExcelApi 1.4, the used range's valuesOnly
 * 1.2, ChartCollection.count and the rest 1.1.
 */
import { assertOurs, outputSheetName, type OutputSheetId } from "../core/outputSheets";
import { DASHBOARD_NAMES, TIMELINE_NAMES } from "../core/schema/sheets";
import type { Names } from "../core/schema/types";
import { commandBytes, type WriteBatch } from "./chunks";

export interface OutputSheetSpec {
  id: OutputSheetId;
  /** The layout's name: what the sheet is called when the workbook has none. */
  name: string;
  /** Whether an A1 value is one of our titles (isTimelineTitle, isDashboardTitle). */
  isTitle(a1: unknown): boolean;
}

/** Where the output goes: the existing sheet's name (else the layout's) and the sheet it replaces, if any. */
export interface OutputSheet {
  name: string;
  old?: { sheet: Excel.Worksheet; position: number };
}

const NAMES: Record<OutputSheetId, Names> = {
  timeline: TIMELINE_NAMES,
  dashboard: DASHBOARD_NAMES,
};

/** What tells whether a sheet is ours. */
interface Probe {
  sheet: Excel.Worksheet;
  a1: Excel.Range;
  used: Excel.Range;
  charts: Excel.ChartCollection;
}

function probe(sheet: Excel.Worksheet): Probe {
  sheet.load("name,position");
  const a1 = sheet.getRange("A1");
  a1.load("values");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const charts = sheet.charts;
  charts.load("count");
  return { sheet, a1, used, charts };
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The spellings probed in the first sync: the template's in each language, and the layout's name. */
function spellings(spec: OutputSheetSpec): string[] {
  const n = NAMES[spec.id];
  const out: string[] = [];
  for (const name of [spec.name, n.en, n.zh, n.zhTW])
    if (!out.some((x) => sameName(x, name))) out.push(name);
  return out;
}

/**
 * Finds the output sheet and checks it is ours (see the header). Queues no command; throws OutputSheetConflict when
 * the sheet is a planner's own.
 */
export async function findOutputSheet(
  context: Excel.RequestContext,
  spec: OutputSheetSpec
): Promise<OutputSheet> {
  const sheets = context.workbook.worksheets;
  let probes: Probe[];
  sheets.load("items/name");
  try {
    probes = spellings(spec).map((n) => probe(sheets.getItemOrNullObject(n)));
    await context.sync();
  } catch {
    // Excel would not read through a missing sheet: the names alone, then the sheet found by its own name.
    probes = [];
    sheets.load("items/name");
    await context.sync();
  }
  const found = outputSheetName(
    sheets.items.map((s) => s.name),
    spec.id,
    spec.name
  );
  if (found === undefined) return { name: spec.name };

  let p = probes.find((x) => !x.sheet.isNullObject && x.sheet.name === found);
  if (!p) {
    p = probe(sheets.getItem(found));
    await context.sync();
  }
  const empty = p.used.isNullObject && p.charts.count === 0;
  assertOurs(found, { a1: p.a1.values?.[0]?.[0], empty }, spec.isTitle);
  return { name: found, old: { sheet: p.sheet, position: p.sheet.position } };
}

/** Queues the new sheet (the batch's first command): see the header for its name. */
export async function addOutputSheet(
  context: Excel.RequestContext,
  batch: WriteBatch,
  out: OutputSheet
): Promise<Excel.Worksheet> {
  await batch.room(commandBytes({ paths: 1, actions: 1 }, out.name));
  const sheets = context.workbook.worksheets;
  return out.old ? sheets.add() : sheets.add(out.name);
}

/** The last commands: the old sheet goes, the new one takes its name and tab position. */
export async function replaceOutputSheet(
  batch: WriteBatch,
  out: OutputSheet,
  sheet: Excel.Worksheet
): Promise<void> {
  if (!out.old) return;
  await batch.room(commandBytes({ paths: 1, actions: 3 }, out.name, out.old.position));
  out.old.sheet.delete();
  sheet.name = out.name;
  sheet.position = out.old.position;
}
