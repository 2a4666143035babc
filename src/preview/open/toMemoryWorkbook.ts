/**
 * An opened (or kept) workbook as the preview's MemoryWorkbook: its sheets and names, each formula the engine cannot
 * compute marked as not recomputed (it keeps the value the file saved), then every other formula computed by the
 * preview's formula engine.
 */
import { FormulaEngine } from "../formulaEngine";
import { MemoryWorkbook, type MemorySheet } from "../memoryWorkbook";
import { canRecompute } from "./recomputable";

export interface WorkbookParts {
  sheets: MemorySheet[];
  names: Iterable<[string, string]>;
  settings?: Iterable<[string, string]>;
}

export function toMemoryWorkbook(
  parts: WorkbookParts,
  language: string | undefined
): MemoryWorkbook {
  const wb = new MemoryWorkbook(language);
  for (const s of parts.sheets) {
    for (const cell of s.cells.values())
      if (cell.formula !== undefined && !canRecompute(cell.formula)) cell.notRecomputed = true;
    wb.sheets.push(s);
  }
  for (const [name, ref] of parts.names) wb.names.set(name, ref);
  for (const [key, value] of parts.settings ?? []) wb.settings.set(key, value);
  wb.useCalculator(new FormulaEngine());
  return wb;
}
