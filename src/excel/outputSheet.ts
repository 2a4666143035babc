/**
 * The output sheets (spec §2: Timeline, Dashboard) in Excel: found under any of their names, checked to be ours, and
 * rewritten through a hidden scratch sheet. Shared by src/excel/timeline.ts and dashboard.ts.
 *
 * Finding (src/preview/memoryWorkbook.ts does the same): the sheet the reader would take for that output — the first,
 * in tab order, whose name means it (en / 简 / 繁, case-, width- and space-insensitive: identifySheet) or is the
 * layout's name. An English pane over a workbook holding 看板 rewrites 看板, keeping its name. That sheet is ours when
 * its A1 holds one of our titles, or when it holds nothing (no value, no chart); otherwise OutputSheetConflict is thrown
 * before any command is queued: a planner's own "Dashboard" is never deleted.
 *
 * One sync: the sheet names, and for each of the template's spellings (and the layout's name) the sheet's name,
 * position, A1 value, used range (values only) and chart count. A sheet spelt otherwise (full-width, spaced) is read by its
 * own name in one more sync. Excel does not document whether a range or collection reached from a missing (null)
 * worksheet is a null object too — the fake's default — or an error: should Excel reject that first sync, the names
 * are read, then the sheet found, in two syncs.
 *
 * Rewriting. Excel runs a batch's commands up to a failing one and rolls nothing back, and deleting a sheet turns
 * every formula that points at it into #REF!. So the new content is built in a hidden scratch sheet
 * (`OpsPlanner~timeline`), over as many syncs as it takes, with everything that could be refused (formats, rules,
 * merges, charts) tried there first; then, as the last commands of the last batch, it is brought over: with no old
 * sheet the scratch sheet becomes the output (named, shown); else the old sheet is emptied and gets the scratch sheet's
 * cells (Range.copyFrom) and the rest again, and the scratch sheet goes. The old sheet is never deleted, so a planner's
 * references to it survive; a failure part-way leaves it whole and at most the hidden scratch sheet, which the next
 * write of that output deletes first.
 *
 * Requirement sets: getItemOrNullObject and getUsedRangeOrNullObject are ExcelApi 1.4, the used range's valuesOnly
 * 1.2, ConditionalFormatCollection.clearAll 1.6, Range.copyFrom 1.9, visibility, unmerge and the rest 1.1 – 1.2.
 */
import { assertOurs, outputSheetName, type OutputSheetId } from "../core/outputSheets";
import { DASHBOARD_NAMES, REVIEW_NAMES, TIMELINE_NAMES } from "../core/schema/sheets";
import type { Names } from "../core/schema/types";
import { commandBytes, type WriteBatch } from "./chunks";

export interface OutputSheetSpec {
  id: OutputSheetId;
  /** The layout's name: what the sheet is called when the workbook has none. */
  name: string;
  /** Whether an A1 value is one of our titles (isTimelineTitle, isDashboardTitle). */
  isTitle(a1: unknown): boolean;
}

/** Where the output goes: the existing sheet's name (else the layout's) and the sheet it rewrites, if any. */
export interface OutputSheet {
  id: OutputSheetId;
  name: string;
  old?: { sheet: Excel.Worksheet; charts: number };
  /** Scratch sheets of this output a write that failed part-way left behind (hidden). */
  leftovers: Excel.Worksheet[];
}

/** The scratch sheets' names: `OpsPlanner~timeline` (no planner names a sheet so; `~` is allowed in a name). */
export const SCRATCH_PREFIX = "OpsPlanner~";
export const scratchName = (id: string): string => `${SCRATCH_PREFIX}${id}`;

const NAMES: Record<OutputSheetId, Names> = {
  timeline: TIMELINE_NAMES,
  dashboard: DASHBOARD_NAMES,
  review: REVIEW_NAMES,
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
  const leftovers = sheets.items.filter((s) => sameName(s.name, scratchName(spec.id)));
  const found = outputSheetName(
    sheets.items.map((s) => s.name),
    spec.id,
    spec.name
  );
  if (found === undefined) return { id: spec.id, name: spec.name, leftovers };

  let p = probes.find((x) => !x.sheet.isNullObject && x.sheet.name === found);
  if (!p) {
    p = probe(sheets.getItem(found));
    await context.sync();
  }
  const charts = p.charts.count;
  const empty = p.used.isNullObject && charts === 0;
  assertOurs(found, { a1: p.a1.values?.[0]?.[0], empty }, spec.isTitle);
  return { id: spec.id, name: found, old: { sheet: p.sheet, charts }, leftovers };
}

/** The first commands of a rewrite: a failed rewrite's leftovers deleted, the hidden scratch sheet added. */
export async function startScratch(
  context: Excel.RequestContext,
  batch: WriteBatch,
  out: OutputSheet
): Promise<Excel.Worksheet> {
  for (const s of out.leftovers) {
    await batch.room(commandBytes({ actions: 1 }));
    s.delete();
  }
  await batch.room(commandBytes({ paths: 1, actions: 2 }, scratchName(out.id), "Hidden"));
  const scratch = context.workbook.worksheets.add(scratchName(out.id));
  scratch.visibility = "Hidden";
  return scratch;
}

/**
 * The last commands (see the header): the scratch sheet becomes the output, or the old sheet is emptied — values,
 * formats, rules, merges, hidden rows and columns, panes, charts — and gets the scratch sheet's cells in `areas`
 * (formulas and values, copied) and, from `dress`, everything else, and the scratch sheet goes. Returns the output.
 */
export async function finishOutput(
  batch: WriteBatch,
  out: OutputSheet,
  scratch: Excel.Worksheet,
  areas: readonly string[],
  dress: (sheet: Excel.Worksheet) => Promise<void>
): Promise<Excel.Worksheet> {
  if (!out.old) {
    await batch.room(commandBytes({ actions: 2 }, out.name, "Visible"));
    scratch.name = out.name;
    scratch.visibility = "Visible";
    return scratch;
  }
  const old = out.old.sheet;
  // The whole sheet: clear, unmerge, rules, unhidden rows and columns (five commands on whole-sheet ranges).
  await batch.room(commandBytes({ ranges: 5, paths: 2, actions: 7 }, "All", "A:XFD", "1:1048576"));
  const all = old.getRange();
  all.clear("All");
  all.unmerge();
  old.getRange().conditionalFormats.clearAll();
  old.getRange("A:XFD").columnHidden = false;
  old.getRange("1:1048576").rowHidden = false;
  old.freezePanes.unfreeze();
  // Last to first: each by its position.
  for (let i = out.old.charts - 1; i >= 0; i--) {
    await batch.room(commandBytes({ paths: 2, actions: 1 }, i));
    old.charts.getItemAt(i).delete();
  }
  for (const a of areas) {
    await batch.room(commandBytes({ ranges: 2, actions: 2 }, a, a, "Formulas", false, false));
    old.getRange(a).copyFrom(scratch.getRange(a), "Formulas");
  }
  await dress(old);
  await batch.room(commandBytes({ actions: 1 }));
  scratch.delete();
  return old;
}
