/**
 * The preview's reading worker (its own bundle, xlsxWorker.js): reads the .xlsx bytes it is sent off the page's
 * thread, so the page stays responsive, and reports progress as it goes; each sheet goes to the page packed as soon as
 * it is read, the formulas the preview's engine cannot compute marked. Then, when asked, it keeps the workbook read in IndexedDB (src/preview/persist/), packed, also off the
 * page's thread.
 */
import { indexedDbStore } from "../persist/workbookStore";
import { OpenError } from "./openProblem";
import { CHUNK_CELLS, packSheet, type PackedSheet } from "./packedSheets";
import { canRecompute } from "./recomputable";
import { readXlsxBytes } from "./readXlsxBytes";
import type { WorkerReply, WorkerRequest } from "./workerMessages";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
  indexedDB: IDBFactory;
};

/** At most one progress report per this many ms (a report is a message the page renders). */
const PROGRESS_EVERY_MS = 50;

scope.onmessage = (e) => {
  const { bytes, keep } = e.data;
  let last = 0;
  const packed: PackedSheet[] = [];
  readXlsxBytes(
    bytes,
    (share) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS && share < 1) return;
      last = now;
      scope.postMessage({ kind: "progress", share });
    },
    (sheet) => {
      const p = packSheet(sheet, CHUNK_CELLS, canRecompute);
      packed.push(p);
      scope.postMessage({ kind: "sheet", fields: p.fields });
      for (const cells of p.chunks) scope.postMessage({ kind: "cells", cells });
    }
  )
    .then(async (workbook) => {
      scope.postMessage({ kind: "done", names: workbook.names, dropped: workbook.dropped });
      if (!keep) return;
      try {
        await indexedDbStore(scope.indexedDB).save({
          ...keep,
          savedAt: Date.now(),
          notDownloaded: false,
          sheets: packed,
          names: workbook.names,
          settings: [],
        });
        scope.postMessage({ kind: "kept" });
      } catch (err) {
        scope.postMessage({ kind: "kept", error: String((err as Error)?.message ?? err) });
      }
    })
    .catch((err: unknown) =>
      scope.postMessage(
        err instanceof OpenError
          ? { kind: "error", problem: err.problem, detail: err.detail }
          : { kind: "error", problem: "unreadable", detail: String((err as Error)?.message ?? err) }
      )
    );
};
