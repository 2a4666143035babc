/** A workbook as the worker reads it, ready to become the preview's MemoryWorkbook (structured-clonable). */
import type { MemorySheet } from "../memoryWorkbook";
import type { DroppedContent } from "./droppedContent";

export interface OpenedWorkbook {
  sheets: MemorySheet[];
  /** Workbook names (global ones) → reference, as the file spells it (without "="). */
  names: [string, string][];
  dropped: DroppedContent;
}
