/**
 * The preview's reading worker (its own bundle, xlsxWorker.js): reads the .xlsx bytes it is sent off the page's
 * thread, so the page stays responsive, and reports progress as it goes.
 */
import { OpenError } from "./openProblem";
import { readXlsxBytes } from "./readXlsxBytes";
import type { WorkerReply } from "./workerMessages";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: WorkerReply): void;
};

/** At most one progress report per this many ms (a report is a message the page renders). */
const PROGRESS_EVERY_MS = 50;

scope.onmessage = (e) => {
  let last = 0;
  readXlsxBytes(e.data, (share) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS && share < 1) return;
    last = now;
    scope.postMessage({ kind: "progress", share });
  })
    .then((workbook) => scope.postMessage({ kind: "done", workbook }))
    .catch((err: unknown) =>
      scope.postMessage(
        err instanceof OpenError
          ? { kind: "error", problem: err.problem, detail: err.detail }
          : { kind: "error", problem: "unreadable", detail: String((err as Error)?.message ?? err) }
      )
    );
};
