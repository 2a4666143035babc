/** What the page asks the reading worker (xlsxWorker.ts), and what it tells the page. */
import type { DroppedContent } from "./droppedContent";
import type { OpenProblem } from "./openProblem";
import type { PackedCells, SheetFields } from "./packedSheets";

/**
 * The file's bytes, and where to keep the workbook read in the browser (IndexedDB): the worker keeps it itself, after
 * its answer, so the page never stops to serialise the whole workbook into IndexedDB.
 */
export interface WorkerRequest {
  bytes: ArrayBuffer;
  keep?: { id: string; name: string };
}

/**
 * Each sheet as soon as it is read (`sheet`, then its cells in `cells` chunks: the page rebuilds one while the worker
 * reads on), then `done` with the workbook's names and what it drops.
 */
export type WorkerReply =
  | { kind: "progress"; share: number }
  | { kind: "sheet"; fields: SheetFields }
  /** Cells of the last sheet sent. */
  | { kind: "cells"; cells: PackedCells }
  | { kind: "done"; names: [string, string][]; dropped: DroppedContent }
  | { kind: "error"; problem: OpenProblem; detail: string }
  /** After `done`: the workbook is kept (or why not). */
  | { kind: "kept"; error?: string };

/** The worker's script, built as its own bundle next to preview.js (webpack.config.js's previewConfig). */
export const WORKER_SCRIPT = "xlsxWorker.js";
