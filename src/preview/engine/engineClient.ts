/**
 * The page's side of the formula engine: a Calculator (../memoryWorkbook.ts) that keeps no engine itself. The page's
 * workbook is a mirror of values: the grid and the port read its cells. Edits and bulk writes go to the engine (a
 * worker in the browser) as messages, in the order they happened, and the formula results it answers are written
 * into the mirror's cells as they come. Until then the cells hold the last known value (a file's cached values, the
 * result the core computed when it wrote a formula) and the workbook says it is calculating; `settled()` waits for
 * every answer, so a port read after it never sees a stale result, and rejects with the engine's error, if any.
 *
 * After a failed request (an error answer, or a message that could not be posted) the engine and the mirror may
 * differ (a failed rebuild leaves no engine; a failed edit batch keeps the edits made before the throw, and the
 * dependants' new values never come): the client forgets the sheets the engine holds and rebuilds it from the
 * mirror. Until a rebuild succeeds, every read rejects with the error.
 */
import { backgroundTask, Slicer, SLICE_MS } from "../slices";
import {
  engineContent,
  packedContentRows,
  sheetExtents,
  sheetsToWrite,
  storeResult,
} from "../formulaEngine";
import type { Calculator, MemorySheet, MemoryWorkbook } from "../memoryWorkbook";
import { packedBuffers } from "../packedGrid";
import type { EngineEdit, EngineReply, EngineRequest } from "./engineMessages";
import type { WorkerTransport } from "../workerTransport";

/** How requests reach the engine and its replies come back (a worker, or a MessageChannel to an in-process host). */
export type EngineTransport = WorkerTransport<EngineRequest, EngineReply>;

/** The engine failed a request: a port read that waited for it rejects with this. */
export class EngineError extends Error {
  constructor(message: string) {
    super(`The formula engine failed: ${message}`);
    this.name = "EngineError";
  }
}

export class EngineClient implements Calculator {
  private wb: MemoryWorkbook | undefined;
  private nextId = 1;
  /** Posting requests, one after another (a bulk write posts its rows in slices). */
  private chain: Promise<void> = Promise.resolve();
  private posting = 0;
  /** Requests posted and not answered yet → whether each is a rebuild. */
  private readonly waiting = new Map<number, boolean>();
  private idleWaiters: (() => void)[] = [];
  /** The failures each waiting reader (`settled`) is to get: every failure while it waits. */
  private readonly readers = new Set<EngineError[]>();
  /** The last failure, until a rebuild succeeds: the mirror's values may be stale meanwhile. */
  private lastError: string | undefined;
  private dead: string | undefined;
  /** Sheets (lower case) the engine holds. */
  private readonly known = new Set<string>();
  /** Edits not yet posted: one `set` carries those of a task. */
  private edits: EngineEdit[] = [];

  constructor(private readonly transport: EngineTransport) {
    transport.listen(
      (r) => this.onReply(r),
      (message) => this.onDead(message)
    );
  }

  recalculate(wb: MemoryWorkbook, sheets?: readonly string[]): void {
    // The cells show their last values meanwhile and a port read waits through calculated(): a click goes first.
    this.enqueue(wb, () =>
      this.postBulk(wb, sheets, new Slicer(undefined, SLICE_MS, backgroundTask))
    );
  }

  /**
   * Posts the written sheets to the engine in slices (the progress going over `span`), and returns once they are
   * posted: the engine evaluates in its worker, and its results come into the workbook as they are answered.
   */
  async recalculateSliced(
    wb: MemoryWorkbook,
    sheets: readonly string[] | undefined,
    slicer: Slicer,
    span: { from: number; to: number }
  ): Promise<void> {
    this.enqueue(wb, () => this.postBulk(wb, sheets, slicer, span));
    await this.chain;
  }

  cellChanged(wb: MemoryWorkbook, sheet: string, row: number, col: number): void {
    if (!this.known.has(sheet.toLowerCase())) {
      this.recalculate(wb); // a sheet the engine has not seen (added without a write): build it afresh
      return;
    }
    this.edits.push({ sheet, row, col, content: engineContent(wb.sheet(sheet)?.cellAt(row, col)) });
    if (this.edits.length > 1) return; // posted with the first of the task
    this.enqueue(wb, async () => {
      const cells = this.edits;
      this.edits = [];
      this.post((id) => ({ kind: "set", id, cells }));
    });
  }

  async settled(): Promise<void> {
    const failures: EngineError[] = [];
    this.readers.add(failures);
    try {
      while (this.posting > 0 || this.waiting.size > 0) {
        await this.chain;
        if (this.waiting.size > 0) await new Promise<void>((r) => this.idleWaiters.push(r));
      }
    } finally {
      this.readers.delete(failures);
    }
    const [failure] = failures;
    if (failure) throw failure;
    // No rebuild has succeeded since a failure: the values may be stale.
    if (this.lastError !== undefined) throw new EngineError(this.lastError);
  }

  destroy(): void {
    this.transport.close();
    this.onDead("the workbook was closed");
  }

  private enqueue(wb: MemoryWorkbook, op: () => Promise<void>): void {
    this.wb = wb;
    this.posting++;
    this.report();
    this.chain = this.chain
      .then(op)
      .catch((e: unknown) => this.fail(e instanceof Error ? e.message : String(e)))
      .finally(() => {
        this.posting--;
        this.report();
        this.wakeIfIdle();
      });
  }

  /**
   * Posts a request (the id given to `make`), waiting for its answer; a dead engine fails it at once. Returns
   * undefined when the request is not on its way.
   */
  private post(make: (id: number) => EngineRequest, rebuild = false): number | undefined {
    const id = this.nextId++;
    if (this.dead !== undefined) {
      this.fail(this.dead);
      return undefined;
    }
    this.waiting.set(id, rebuild);
    try {
      this.transport.post(make(id));
    } catch (e) {
      this.lost(id, e); // not clonable (DataCloneError), out of memory…
      return undefined;
    }
    return id;
  }

  /** A request that failed after it was posted (a later message of it could not be posted): no answer will come. */
  private lost(id: number, e: unknown): void {
    const rebuild = this.waiting.get(id) ?? false;
    this.waiting.delete(id);
    this.fail(e instanceof Error ? e.message : String(e));
    this.recover(rebuild);
  }

  /**
   * The engine may differ from the mirror: the next write rebuilds it. After a failed edit or partial write, now (the
   * dependants' values are stale); after a failed rebuild, not again (the same sheets would fail the same way).
   */
  private recover(failedRebuild: boolean): void {
    this.known.clear();
    if (!failedRebuild && this.dead === undefined && this.wb) this.recalculate(this.wb);
  }

  private async postBulk(
    wb: MemoryWorkbook,
    names: readonly string[] | undefined,
    slicer: Slicer,
    span = { from: 0, to: 1 }
  ): Promise<void> {
    const rebuild = names === undefined || this.known.size === 0;
    const written = sheetsToWrite(wb, rebuild, names);
    const extents = await sheetExtents(written, slicer);
    const id = this.post(
      (id) => ({
        kind: "begin",
        id,
        rebuild,
        sheets: written.map((s) => s.name),
      }),
      rebuild
    );
    if (id === undefined) return;
    if (rebuild) this.known.clear();
    for (const s of written) this.known.add(s.name.toLowerCase());
    try {
      await this.postRows(wb, id, written, extents, slicer, span);
    } catch (e) {
      this.lost(id, e);
    }
  }

  private async postRows(
    wb: MemoryWorkbook,
    id: number,
    written: readonly MemorySheet[],
    extents: Map<MemorySheet, { rows: number; cols: number }>,
    slicer: Slicer,
    span: { from: number; to: number }
  ): Promise<void> {
    const total = [...extents.values()].reduce((n, e) => n + e.rows, 0) || 1;
    let done = 0;
    for (const s of written) {
      const { rows, cols } = extents.get(s)!;
      const at = (n: number): number => span.from + ((span.to - span.from) * n) / total;
      await slicer.chunks(
        rows,
        (from, to) => {
          const packed = packedContentRows(s, from, to, cols);
          this.transport.post(
            { kind: "rows", id, sheet: s.name, from, rows: packed },
            packedBuffers(packed)
          );
        },
        { from: at(done), to: at(done + rows) }
      );
      done += rows;
    }
    this.transport.post({ kind: "end", id, names: [...wb.names] });
  }

  private onReply(r: EngineReply): void {
    const wb = this.wb;
    if (r.kind === "results") {
      const s = wb?.sheet(r.sheet);
      if (!s) return;
      for (const [row, col, value, message] of r.cells) {
        const cell = s.cellAt(row, col);
        if (cell?.formula !== undefined) storeResult(cell, value, message);
      }
      return;
    }
    const rebuild = this.waiting.get(r.id) ?? false;
    if (!this.waiting.delete(r.id)) return; // a request given up as lost
    if (r.kind === "error") {
      this.fail(r.message);
      this.recover(rebuild);
    } else {
      if (rebuild) this.lastError = undefined;
      wb?.resultsArrived();
    }
    this.report();
    this.wakeIfIdle();
  }

  private onDead(message: string): void {
    if (this.dead !== undefined) return;
    this.dead = message;
    if (this.waiting.size > 0) this.fail(message);
    this.waiting.clear();
    this.report();
    this.wakeIfIdle();
  }

  private fail(message: string): void {
    const failure = new EngineError(message);
    for (const r of this.readers) r.push(failure);
    this.lastError = message;
    this.report();
  }

  private report(): void {
    this.wb?.calculationChanged({
      pending: this.posting > 0 || this.waiting.size > 0,
      error: this.lastError,
    });
  }

  private wakeIfIdle(): void {
    if (this.posting > 0 || this.waiting.size > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
