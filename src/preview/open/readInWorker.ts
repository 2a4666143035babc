/** Reads .xlsx bytes in the reading worker (a new one per file, ended when it has answered and kept the workbook). */
import type { MemorySheet } from "../memorySheet";
import { Slicer } from "../slices";
import type { OpenedWorkbook } from "./openedWorkbook";
import { OpenError } from "./openProblem";
import { sheetOf, unpackChunk } from "./packedSheets";
import { WORKER_SCRIPT, type WorkerReply } from "./workerMessages";

/**
 * The workbook read; `kept`, when the reader keeps it in the browser itself: settles once it is kept. `marked`: the
 * reader marked the formulas the engine cannot compute (with `ReadOptions.note`).
 */
export type ReadResult = OpenedWorkbook & { kept?: Promise<void>; marked?: boolean };

export interface ReadOptions {
  /** Where to keep the workbook read (IndexedDB), if the reader can. */
  keep?: { id: string; name: string };
  /** The grid's note on a formula the engine cannot compute, if the reader marks them itself. */
  note?: string;
}

export type ReadBytes = (
  bytes: ArrayBuffer,
  onProgress: (share: number) => void,
  options?: ReadOptions
) => Promise<ReadResult>;

export const readInWorker: ReadBytes = (bytes, onProgress, options = {}) =>
  new Promise((resolve, reject) => {
    const { keep, note } = options;
    const worker = new Worker(new URL(WORKER_SCRIPT, document.baseURI));
    let kept: { resolve(): void; reject(e: Error): void } | undefined;
    // The sheets' cells are rebuilt in slices, a chunk after another, while the worker reads on: the page keeps
    // answering. `rebuilt` is the work queued so far.
    const sheets: MemorySheet[] = [];
    const slicer = new Slicer();
    let rebuilt: Promise<void> = Promise.resolve();
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      worker.terminate();
      const err = e instanceof OpenError ? e : new OpenError("unreadable", String(e));
      if (kept) kept.reject(err);
      else reject(err);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (failed) return;
      switch (m.kind) {
        case "progress":
          return onProgress(m.share);
        case "sheet":
          sheets.push(sheetOf(m.fields));
          return;
        case "cells": {
          const sheet = sheets[sheets.length - 1];
          rebuilt = rebuilt.then(() => unpackChunk(sheet, m.cells, slicer, note));
          rebuilt.catch(fail);
          return;
        }
        case "kept":
          worker.terminate();
          return m.error === undefined ? kept?.resolve() : kept?.reject(new Error(m.error));
        case "done": {
          const promise = keep
            ? new Promise<void>((res, rej) => (kept = { resolve: res, reject: rej }))
            : undefined;
          promise?.catch(() => undefined); // reported to whoever waits for it, never unhandled
          if (!keep) worker.terminate();
          const { names, dropped } = m;
          return void rebuilt.then(
            () =>
              resolve({
                sheets,
                names,
                dropped,
                marked: note !== undefined,
                ...(promise ? { kept: promise } : {}),
              }),
            () => undefined // failed: rejected by `fail`
          );
        }
        case "error":
          failed = true;
          worker.terminate();
          return reject(new OpenError(m.problem, m.detail));
      }
    };
    worker.onerror = (e) => fail(e.message);
    // A reply that cannot be cloned back (too big for this tab's memory) would otherwise leave the page waiting.
    worker.onmessageerror = () => fail("the worker's answer could not be received");
    worker.postMessage({ bytes, keep }, [bytes]);
  });
