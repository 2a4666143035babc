/**
 * Compares two versions of a plan (or the working plan and a version, or two plan files): rows added, removed and
 * changed per input sheet, cell by cell, and what that does. Pure: the pane, the preview and `ops-planner diff` all
 * call this.
 */
import type { WorkbookInput } from "../../read/input";
import type { Lang } from "../../schema/types";
import { findingChanges, totalsOf, weekMoves, type Effects } from "./effects";
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
  const sheets = rowChanges(before.side, after.side).filter(sheetDiffers);
  const effects: Effects = {
    ...findingChanges(
      before.findings(lang),
      after.findings(lang),
      before.findingKeys(lang),
      after.findingKeys(lang)
    ),
    before: totalsOf(before.plan),
    after: totalsOf(after.plan),
    weeks: weekMoves(before.plan, after.plan),
  };
  return { sheets, effects, equal: sheets.length === 0 };
}

export type { SheetDiff, CellChange, RowChange, RowRef } from "./rowChanges";
export type { Effects, FindingRef, Totals, WeekMove } from "./effects";
