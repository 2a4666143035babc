/** What the page asks the reading worker (xlsxWorker.ts), and what it tells the page. */
import type { OpenProblem } from "./openProblem";
import type { PackedWorkbook } from "./packedSheets";

/**
 * The file's bytes, and where to keep the workbook read in the browser (IndexedDB): the worker keeps it itself, after
 * its answer, so the page never stops to serialise the whole workbook into IndexedDB.
 */
export interface WorkerRequest {
  bytes: ArrayBuffer;
  keep?: { id: string; name: string };
}

export type WorkerReply =
  | { kind: "progress"; share: number }
  | { kind: "done"; workbook: PackedWorkbook }
  | { kind: "error"; problem: OpenProblem; detail: string }
  /** After `done`: the workbook is kept (or why not). */
  | { kind: "kept"; error?: string };

/** The worker's script, built as its own bundle next to preview.js (webpack.config.js's previewConfig). */
export const WORKER_SCRIPT = "xlsxWorker.js";
