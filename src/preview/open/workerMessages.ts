/** What the reading worker (xlsxWorker.ts) tells the page: progress, the workbook read, or why it could not be. */
import type { OpenedWorkbook } from "./openedWorkbook";
import type { OpenProblem } from "./openProblem";

export type WorkerReply =
  | { kind: "progress"; share: number }
  | { kind: "done"; workbook: OpenedWorkbook }
  | { kind: "error"; problem: OpenProblem; detail: string };

/** The worker's script, built as its own bundle next to preview.js (webpack.config.js's previewConfig). */
export const WORKER_SCRIPT = "xlsxWorker.js";
