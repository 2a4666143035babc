/** Reads .xlsx bytes in the reading worker (a new one per file, ended when it answers). */
import type { OpenedWorkbook } from "./openedWorkbook";
import { OpenError } from "./openProblem";
import { WORKER_SCRIPT, type WorkerReply } from "./workerMessages";

export type ReadBytes = (
  bytes: ArrayBuffer,
  onProgress: (share: number) => void
) => Promise<OpenedWorkbook>;

export const readInWorker: ReadBytes = (bytes, onProgress) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL(WORKER_SCRIPT, document.baseURI));
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.kind === "progress") return onProgress(m.share);
      worker.terminate();
      if (m.kind === "done") resolve(m.workbook);
      else reject(new OpenError(m.problem, m.detail));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new OpenError("unreadable", e.message));
    };
    // A reply that cannot be cloned back (too big for this tab's memory) would otherwise leave the page waiting.
    worker.onmessageerror = () => {
      worker.terminate();
      reject(new OpenError("unreadable", "the worker's answer could not be received"));
    };
    worker.postMessage(bytes, [bytes]);
  });
