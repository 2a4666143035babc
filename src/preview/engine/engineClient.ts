/**
 * The page's side of the formula engine: a Calculator (../memoryWorkbook.ts) that keeps no engine itself. The page's
 * workbook is a mirror of values: the grid and the port read its cells. Edits and bulk writes go to the engine (a
 * worker in the browser) as messages, in the order they happened, and the formula results it answers are written
 * into the mirror's cells as they come. Until then the cells hold the last known value (a file's cached values, the
 * result the core computed when it wrote a formula) and the workbook says it is calculating; `settled()` waits for
 * every answer, so a port read after it never sees a stale result, and rejects with the engine's error, if any.
 */
import { Slicer } from "../slices";
import { contentRows, engineContent, engineSheets, storeResult } from "../formulaEngine";
import type { Calculator, MemorySheet, MemoryWorkbook } from "../memoryWorkbook";
import type { EngineEdit, EngineReply, EngineRequest } from "./engineMessages";

/** How requests reach the engine and its replies come back (a worker, or a MessageChannel to an in-process host). */
export interface EngineTransport {
  post(request: EngineRequest): void;
  /** `failed`: the engine is gone (its worker could not start or crashed); nothing more will be answered. */
  listen(reply: (r: EngineReply) => void, failed: (message: string) => void): void;
  close(): void;
}

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
  /** Requests posted and not answered yet. */
  private readonly waiting = new Set<number>();
  private idleWaiters: (() => void)[] = [];
  /** Failures not yet reported to a reader. */
  private failures: EngineError[] = [];
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
    this.enqueue(wb, () => this.postBulk(wb, sheets, new Slicer()));
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
    while (this.posting > 0 || this.waiting.size > 0) {
      await this.chain;
      if (this.waiting.size > 0) await new Promise<void>((r) => this.idleWaiters.push(r));
    }
    const [failure] = this.failures;
    this.failures = [];
    if (failure) throw failure;
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

  /** Posts a request (the id given to `make`), waiting for its answer; a dead engine fails it at once. */
  private post(make: (id: number) => EngineRequest): number {
    const id = this.nextId++;
    if (this.dead !== undefined) {
      this.fail(this.dead);
      return id;
    }
    this.waiting.add(id);
    this.transport.post(make(id));
    return id;
  }

  private async postBulk(
    wb: MemoryWorkbook,
    names: readonly string[] | undefined,
    slicer: Slicer,
    span = { from: 0, to: 1 }
  ): Promise<void> {
    const rebuild = names === undefined || this.known.size === 0;
    const written = rebuild
      ? engineSheets(wb)
      : names.map((n) => wb.sheet(n)).filter((s): s is MemorySheet => s !== undefined);
    const extents = new Map<MemorySheet, { rows: number; cols: number }>();
    for (const s of written) {
      const e = { rows: 0, cols: 0 };
      await slicer.each(s.cellEntries(), ([, r, c]) => {
        if (r > e.rows) e.rows = r;
        if (c > e.cols) e.cols = c;
      });
      extents.set(s, e);
    }
    const id = this.post((id) => ({
      kind: "begin",
      id,
      rebuild,
      sheets: written.map((s) => s.name),
    }));
    if (this.dead !== undefined) return;
    if (rebuild) this.known.clear();
    for (const s of written) this.known.add(s.name.toLowerCase());
    const total = [...extents.values()].reduce((n, e) => n + e.rows, 0) || 1;
    let done = 0;
    for (const s of written) {
      const { rows, cols } = extents.get(s)!;
      const at = (n: number): number => span.from + ((span.to - span.from) * n) / total;
      await slicer.chunks(
        rows,
        (from, to) =>
          this.transport.post({
            kind: "rows",
            id,
            sheet: s.name,
            from,
            rows: contentRows(s, from, to, cols),
          }),
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
    this.waiting.delete(r.id);
    if (r.kind === "error") this.fail(r.message);
    else wb?.resultsArrived();
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
    this.failures.push(new EngineError(message));
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
