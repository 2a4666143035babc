/**
 * The output sheets the add-in alone writes (spec §2: Timeline, Dashboard) are rewritten whole — but only when they
 * are ours. A planner's own sheet that happens to carry the name ("Dashboard" is a common name for a KPI sheet) is
 * never deleted: the write stops with OutputSheetConflict, and the pane says to rename it.
 */
import { identifySheet } from "./read/readPlan";

export type OutputSheetId = "timeline" | "dashboard" | "review";

/**
 * The sheet an output goes to: the first, in tab order, whose name means that output (en / 简 / 繁, as the reader
 * identifies sheets) or is the layout's name; undefined when the workbook has none (a new sheet gets the layout's).
 */
export function outputSheetName(
  sheetNames: readonly string[],
  id: OutputSheetId,
  layoutName: string
): string | undefined {
  const k = layoutName.toLowerCase();
  return sheetNames.find((n) => identifySheet(n) === id || n.toLowerCase() === k);
}

/** Throws OutputSheetConflict unless the existing sheet is ours (A1 holds one of our titles) or empty. */
export function assertOurs(
  sheet: string,
  found: { a1: unknown; empty: boolean },
  isTitle: (a1: unknown) => boolean
): void {
  if (!found.empty && !isTitle(found.a1)) throw new OutputSheetConflict(sheet);
}

export class OutputSheetConflict extends Error {
  constructor(readonly sheet: string) {
    super(`The sheet "${sheet}" was not written by Ops Planner: rename it, then write again.`);
    this.name = "OutputSheetConflict";
  }
}

export function isOutputSheetConflict(e: unknown): e is OutputSheetConflict {
  return (
    e instanceof OutputSheetConflict || (e instanceof Error && e.name === "OutputSheetConflict")
  );
}
