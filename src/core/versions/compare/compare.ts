/**
 * Compares two versions of a plan (or the working plan and a version, or two plan files): rows added, removed and
 * changed per input sheet, cell by cell, and what that does. Pure: the pane, the preview and `ops-planner diff` all
 * call this.
 */
import type { WorkbookInput } from "../../read/input";
import { readPlan } from "../../read/readPlan";
import type { Lang } from "../../schema/types";
import { validatePlan } from "../../validate";
import { findingChanges, totalsOf, weekMoves, type Effects } from "./effects";
import { rowChanges, sheetDiffers, type SheetDiff } from "./rowChanges";
import { readSide } from "./sideSheets";

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

export function comparePlans(
  before: WorkbookInput,
  after: WorkbookInput,
  opts: CompareOptions = {}
): Comparison {
  const sa = readSide(before);
  const sb = readSide(after);
  const sheets = rowChanges(sa, sb).filter(sheetDiffers);
  const today = opts.today ?? new Date();
  const pa = readPlan(before, { today });
  const pb = readPlan(after, { today });
  // Each side with its own Settings: a threshold changed between versions changes findings too.
  const fa = validatePlan(pa, pa.settings, { lang: opts.lang ?? "en", today });
  const fb = validatePlan(pb, pb.settings, { lang: opts.lang ?? "en", today });
  const effects: Effects = {
    ...findingChanges(fa, fb, sa, sb),
    before: totalsOf(pa),
    after: totalsOf(pb),
    weeks: weekMoves(pa, pb),
  };
  return { sheets, effects, equal: sheets.length === 0 };
}

export type { SheetDiff, CellChange, RowChange, RowRef } from "./rowChanges";
export type { Effects, FindingRef, Totals, WeekMove } from "./effects";
