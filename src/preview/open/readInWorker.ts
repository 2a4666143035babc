/** Reads .xlsx bytes in the reading worker (a new one per file, ended when it has answered and kept the workbook). */
import type { OpenedWorkbook } from "./openedWorkbook";
import { OpenError } from "./openProblem";
import { unpackWorkbook } from "./packedSheets";
import { WORKER_SCRIPT, type WorkerReply } from "./workerMessages";

/** The workbook read; `kept`, when the reader keeps it in the browser itself: settles once it is kept. */
export type ReadResult = OpenedWorkbook & { kept?: Promise<void> };

export type ReadBytes = (
  bytes: ArrayBuffer,
  onProgress: (share: number) => void,
  /** Where to keep the workbook read (IndexedDB), if the reader can. */
  keep?: { id: string; name: string }
) => Promise<ReadResult>;

export const readInWorker: ReadBytes = (bytes, onProgress, keep) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL(WORKER_SCRIPT, document.baseURI));
    let kept: { resolve(): void; reject(e: Error): void } | undefined;
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.kind === "progress") return onProgress(m.share);
      if (m.kind === "kept") {
        worker.terminate();
        return m.error === undefined ? kept?.resolve() : kept?.reject(new Error(m.error));
      }
      if (m.kind === "done") {
        const promise = keep
          ? new Promise<void>((res, rej) => (kept = { resolve: res, reject: rej }))
          : undefined;
        promise?.catch(() => undefined); // reported to whoever waits for it, never unhandled
        if (!keep) worker.terminate();
        // The cells are rebuilt in slices: the page keeps answering.
        return void unpackWorkbook(m.workbook).then(
          (workbook) => resolve(promise ? { ...workbook, kept: promise } : workbook),
          (e: unknown) => reject(new OpenError("unreadable", String(e)))
        );
      }
      worker.terminate();
      reject(new OpenError(m.problem, m.detail));
    };
    const failed = (message: string): void => {
      worker.terminate();
      const err = new OpenError("unreadable", message);
      if (kept) kept.reject(err);
      else reject(err);
    };
    worker.onerror = (e) => failed(e.message);
    // A reply that cannot be cloned back (too big for this tab's memory) would otherwise leave the page waiting.
    worker.onmessageerror = () => failed("the worker's answer could not be received");
    worker.postMessage({ bytes, keep }, [bytes]);
  });
