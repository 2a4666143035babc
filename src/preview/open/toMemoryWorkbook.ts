/**
 * An opened (or kept) workbook as the preview's MemoryWorkbook: its sheets and names, each formula the engine cannot
 * compute marked as not recomputed (it keeps the value the file saved, and the grid's note says so), then every
 * other formula computed by the preview's formula engine. With the engine worker's calculator (the page's), the
 * workbook is ready at once with the file's cached values, and the results come in when the worker has built its
 * engine.
 */
import { FormulaEngine } from "../formulaEngine";
import { MemorySheet, MemoryWorkbook, type Calculator } from "../memoryWorkbook";
import type { MemoryCell } from "../memorySheet";
import { canRecompute } from "./recomputable";

export interface WorkbookParts {
  sheets: MemorySheet[];
  /** The formulas the engine cannot compute are marked already (the reader did, as it rebuilt the cells). */
  marked?: boolean;
  names: Iterable<[string, string]>;
  settings?: Iterable<[string, string]>;
}

/**
 * Marks a formula this build's engine cannot compute, and unmarks one it can: a kept workbook carries the marks of
 * the build that kept it, and a newer engine may compute what an older one could not.
 */
function markRecomputable(cell: MemoryCell, note: string): void {
  if (cell.formula === undefined) return;
  if (!canRecompute(cell.formula)) {
    cell.notRecomputed = true;
    cell.message = note;
  } else if (cell.notRecomputed) {
    delete cell.notRecomputed;
    delete cell.message; // the old note; the engine sets its own message with the result
  }
}

/** `note`: the grid's note on a formula kept with its saved value. */
export function toMemoryWorkbook(
  parts: WorkbookParts,
  language: string | undefined,
  note: string,
  calculator: Calculator = new FormulaEngine()
): MemoryWorkbook {
  const wb = new MemoryWorkbook(language);
  for (const clone of parts.sheets) {
    const s = MemorySheet.revive(clone);
    if (!parts.marked) for (const cell of s.cellValues()) markRecomputable(cell, note);
    wb.sheets.push(s);
  }
  for (const [name, ref] of parts.names) wb.names.set(name, ref);
  for (const [key, value] of parts.settings ?? []) wb.settings.set(key, value);
  wb.useCalculator(calculator);
  return wb;
}
