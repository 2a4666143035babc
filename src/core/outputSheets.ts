/**
 * The output sheets the add-in alone writes (spec §2: Timeline, Dashboard) are rewritten whole — but only when they
 * are ours. A planner's own sheet that happens to carry the name ("Dashboard" is a common name for a KPI sheet) is
 * never deleted: the write stops with OutputSheetConflict, and the pane says to rename it.
 */
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
