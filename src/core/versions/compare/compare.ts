/**
 * Compares two versions of a plan (or the working plan and a version, or two plan files): rows added, removed and
 * changed per input sheet, cell by cell, and what that does. Pure: the pane, the preview and `ops-planner diff` all
 * call this.
 */
import type { WorkbookInput } from "../../read/input";
import type { Lang } from "../../schema/types";
import { sameSheet } from "../../read/sameSheets";
import type { SheetId } from "../../schema/types";
import { INPUT_SHEET_IDS } from "../inputSheets";
import { findingChanges, findingKeys, weekMovesBetween, type Effects } from "./effects";
import { PlanReading } from "./reading";
import { rowChanges, sheetDiffers, type SheetDiff } from "./rowChanges";

export interface Comparison {
  /** Only the sheets where something changed, in schema order. */
  sheets: SheetDiff[];
  effects: Effects;
  /** Nothing changed in the sheets (the effects then show nothing either). */
  equal: boolean;
}

export interface CompareOptions {
  lang?: Lang;
  /** "Today" for the default plan year of a plan without one (the same for both sides). */
  today?: Date;
}

/** Two plans compared, each read once (see compareReadings). */
export function comparePlans(
  before: WorkbookInput,
  after: WorkbookInput,
  opts: CompareOptions = {}
): Comparison {
  const today = opts.today ?? new Date();
  return compareReadings(new PlanReading(before, today), new PlanReading(after, today), opts.lang);
}

/**
 * Two readings compared: what each has not made yet is made now (read, side, findings), what it has is reused — the
 * pane keeps the working plan's and each version's (./readings.ts). Each side is validated with its own Settings: a
 * threshold changed between versions changes findings too.
 */
export function compareReadings(
  before: PlanReading,
  after: PlanReading,
  lang: Lang = "en"
): Comparison {
  // Only the sheets that differ are matched row by row; a finding on a sheet alike on both sides is the same finding
  // when its cell is (findingKeys: a sheet without its rows is keyed by row and column).
  const changed = changedSheets(before, after);
  const sa = before.sideOf(changed);
  const sb = after.sideOf(changed);
  const sheets = rowChanges(sa, sb).filter(sheetDiffers);
  const fa = before.comparedFindings(lang);
  const fb = after.comparedFindings(lang);
  const effects: Effects = {
    ...findingChanges(fa, fb, findingKeys(fa, sa), findingKeys(fb, sb)),
    before: before.totals,
    after: after.totals,
    weeks: weekMovesBetween(before.weeks, after.weeks),
  };
  return { sheets, effects, equal: sheets.length === 0 };
}

/**
 * The input sheets either side has that may differ: all of them when the Lists differ (a list value's canonical text
 * depends on them), else those whose cells, name or place differ.
 */
function changedSheets(before: PlanReading, after: PlanReading): SheetId[] {
  if (before === after) return [];
  const differ = (id: SheetId): boolean => {
    const a = before.inputOf(id);
    const b = after.inputOf(id);
    return a === undefined || b === undefined ? a !== b : !sameSheet(a, b);
  };
  const lists = differ("lists");
  return INPUT_SHEET_IDS.filter(
    (id) =>
      (before.inputOf(id) !== undefined || after.inputOf(id) !== undefined) && (lists || differ(id))
  );
}

export type { SheetDiff, CellChange, RowChange, RowRef } from "./rowChanges";
export type { Effects, FindingRef, Totals, WeekMove } from "./effects";
