/**
 * `ops-planner update`: the pane's *Create / update plan workbook* (and *Write Timeline sheet*) on an .xlsx file. The
 * file is read twice — by the CLI's reader, which sees it as validate does (src/cli/xlsx/readWorkbook.ts), and by
 * ExcelJS, which rewrites it — the core plans the update from the first (src/core/write/update.ts), ./updatedSheets.ts
 * computes the formulas' cached values, ./executeUpdate.ts and ./timelineSheet.ts write into the second. Nothing is
 * written until everything is decided; the file is written to a temporary file beside the target and renamed over it.
 */
import type ExcelJS from "exceljs";
import { constants as fsConstants, promises as fs } from "fs";
import { basename, dirname, join } from "path";
import type { ApplySummary } from "../../core/port";
import { identifySheet, readPlan } from "../../core/read/readPlan";
import type { Lang } from "../../core/schema/types";
import { defaultSettings, type Settings } from "../../core/settings";
import { OutputSheetConflict } from "../../core/outputSheets";
import type { TimelineLayout } from "../../core/timeline";
import { planWorkbookLayout, seedsPlatformFigures } from "../../core/write/planWorkbook";
import { planUpdate, type SheetConflict } from "../../core/write/update";
import { workbookTimeline } from "../../core/timeline/workbookTimeline";
import { readWorkbook } from "../xlsx/readWorkbook";
import { definedNames, workbookTables, UpdateExecutor } from "./executeUpdate";
import { readForRewrite } from "./loadExcelJS";
import { writeTimelineSheet } from "./timelineSheet";
import { unkeptContent, type Unkept } from "./unkept";
import { UpdatedSheets } from "./updatedSheets";

export interface UpdateOptions {
  lang: Lang;
  timeline: boolean;
  /** Write even though the file holds what ExcelJS cannot keep. */
  force: boolean;
  /** "Today" for the defaults of a new Settings sheet (default: now). */
  today?: Date;
}

export type UpdateOutcome =
  /** Sheets with our names that are not ours: nothing written. */
  | { kind: "conflicts"; conflicts: SheetConflict[] }
  /** A Timeline sheet that is a planner's own: nothing written. */
  | { kind: "timelineConflict"; sheet: string }
  /** The file holds what cannot be kept, and no --force: nothing written. */
  | { kind: "unkept"; unkept: Unkept[] }
  | {
      kind: "written";
      summary: ApplySummary;
      unkept: Unkept[];
      timeline?: { products: number; weeks: number; year: number };
    };

/** ExcelJS could not read or write the file (a limitation of ExcelJS, not a damaged file: the reader read it). */
export class RewriteError extends Error {}

/** The sheets an update reads, as the pane's applyLayout does: every plan sheet but the Timeline and Dashboard. */
const wanted = (name: string): boolean => {
  const id = identifySheet(name);
  return id !== undefined && id !== "timeline" && id !== "dashboard" && id !== "review";
};

/** The workbook's settings (its Plan year…), or the defaults when it has no Settings sheet. */
function settingsOf(sheets: Parameters<typeof readPlan>[0]["sheets"], today: Date): Settings {
  const settings = sheets.filter((s) => identifySheet(s.name) === "settings");
  return settings.length > 0
    ? readPlan({ sheets: settings }, { today }).settings
    : defaultSettings(today);
}

/** The file as ExcelJS reads it, its tables mended (./executeUpdate.ts). */
async function loadExcelJS(file: string): Promise<ExcelJS.Workbook> {
  try {
    return await readForRewrite(file);
  } catch (e) {
    throw new RewriteError((e as Error).message.split("\n")[0]);
  }
}

/**
 * Writes beside the target and renames over it: a failure leaves the target as it was. A symbolic link is followed
 * (the file it names is replaced, not the link), the file keeps its permissions, and a file that may not be written
 * is refused as writing it in place would be.
 */
export async function writeAtomically(wb: ExcelJS.Workbook, target: string): Promise<void> {
  const real = await fs.realpath(target).catch(() => target);
  const mode = await fs.stat(real).then(
    (st) => st.mode & 0o7777,
    () => undefined
  );
  if (mode !== undefined) await fs.access(real, fsConstants.W_OK);
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    if (mode !== undefined) await fs.chmod(tmp, mode);
    await fs.rename(tmp, real);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Plans, checks and (unless refused) writes the update of `file` to `out`. */
export async function updateWorkbook(
  file: string,
  out: string,
  opts: UpdateOptions
): Promise<UpdateOutcome> {
  const today = opts.today ?? new Date();
  const read = await readWorkbook(file, wanted);
  const inputs = read.sheets.filter((s) => wanted(s.name));
  const settings = settingsOf(inputs, today);
  const layout = planWorkbookLayout({
    lang: opts.lang,
    year: settings.planYear,
    sample: false,
    today,
    formulas: true,
    // As the pane's Create / update: an existing plan's Platforms sheet comes with blank figures.
    platformFigures: seedsPlatformFigures(inputs),
  });

  // Refusals before anything is written: what cannot be kept, a sheet with our name that is not ours.
  const unkept = await unkeptContent(file);
  if (unkept.length > 0 && !opts.force) return { kind: "unkept", unkept };
  const wb = await loadExcelJS(file);
  const update = planUpdate(inputs, layout, { sample: false, tables: workbookTables(wb) });
  const conflicts = update.sheets.filter((p): p is SheetConflict => p.kind === "conflict");
  if (conflicts.length > 0) return { kind: "conflicts", conflicts };
  const updated = new UpdatedSheets(read.sheets, update);
  const names = definedNames(wb);
  for (const n of update.names)
    if (![...names.keys()].some((k) => k.toLowerCase() === n.name.toLowerCase()))
      names.set(n.name, n.ref);
  updated.computeFormulaResults(settings, names);

  let timeline: TimelineLayout | undefined;
  if (opts.timeline) {
    const plan = readPlan({ sheets: updated.inputs() }, { today });
    timeline = workbookTimeline(plan, opts.lang, plan.settings.planYear);
  }
  new UpdateExecutor(wb, opts.lang).execute(update);
  if (timeline)
    try {
      writeTimelineSheet(wb, timeline);
    } catch (e) {
      if (e instanceof OutputSheetConflict) return { kind: "timelineConflict", sheet: e.sheet };
      throw e;
    }

  try {
    await writeAtomically(wb, out);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code) throw e;
    throw new RewriteError(err.message.split("\n")[0]);
  }
  const result: UpdateOutcome = { kind: "written", summary: update.summary, unkept };
  if (timeline) {
    const products = timeline.rowGroups.reduce((n, g) => n + g.lastRow - g.firstRow + 1, 0);
    result.timeline = { products, weeks: timeline.weeks.length, year: timeline.year };
  }
  return result;
}
