/**
 * Long writes in the preview (Create / update, Write Timeline on a big plan) run in slices: a slice works until its
 * time budget is spent, then the work yields to the event loop (a new task), so the page keeps painting the progress
 * bar and answering input, and no main-thread task lasts much longer than the budget.
 */

/** The fraction done (0…1) of a long write, for the pane's progress bar. */
export type Progress = (fraction: number) => void;

/** A slice's time budget, ms: well under the 200 ms a task may take, with room for the engine's longer steps. */
export const SLICE_MS = 40;

/**
 * A new task: a MessageChannel message where there is one (no 4 ms clamp of nested setTimeout), else setTimeout.
 * The ports are closed after use, so Node does not wait for them.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === "undefined")
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
    channel.port2.close();
  });
}

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: "background" }): Promise<unknown>;
}

/**
 * A new task that waits for every task of higher priority (scheduler.postTask's "background", where the browser has
 * it; else `nextTask`): for work nobody is waiting on, so a click or a render in the meantime goes first.
 */
export function backgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask !== "function") return nextTask();
  return scheduler.postTask(() => undefined, { priority: "background" }).then(() => undefined);
}

const now = (): number => (typeof performance === "undefined" ? Date.now() : performance.now());

/** Yields when the current slice has used its budget; reports the fraction done, each percent once. */
export class Slicer {
  private start = now();
  private shown = -1;

  constructor(
    private readonly progress?: Progress,
    readonly budgetMs = SLICE_MS,
    /** How a slice yields: a new task (`nextTask`), or one after any waiting task of higher priority. */
    private readonly yieldTask: () => Promise<void> = nextTask
  ) {}

  /** Time left in the current slice, ms. */
  left(): number {
    return this.budgetMs - (now() - this.start);
  }

  /** Reports `fraction` and, when the slice's budget is spent, yields to the event loop. */
  async step(fraction?: number): Promise<void> {
    if (fraction !== undefined) this.report(fraction);
    if (this.left() > 0) return;
    await this.yieldTask();
    this.start = now();
  }

  report(fraction: number): void {
    const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
    if (percent === this.shown) return;
    this.shown = percent;
    this.progress?.(percent / 100);
  }

  /**
   * Calls `work(from, to)` over rows [0, n) in chunks sized to fill a slice (the first chunk is small, then each is
   * sized from the last one's pace), stepping between chunks; the fraction goes from `from` to `to` of the whole.
   */
  async chunks(
    n: number,
    work: (from: number, to: number) => void,
    span: { from: number; to: number } = { from: 0, to: 1 }
  ): Promise<void> {
    let size = 16;
    for (let i = 0; i < n;) {
      const end = Math.min(n, i + size);
      const t = now();
      work(i, end);
      const took = now() - t;
      // The next chunk fills about half a slice at this pace, growing at most four-fold.
      const pace = took > 0 ? (end - i) / took : Infinity;
      size = Math.max(1, Math.min(size * 4, Math.floor((pace * this.budgetMs) / 2)));
      i = end;
      await this.step(span.from + ((span.to - span.from) * i) / n);
    }
  }

  /** Calls `fn` for every item of `items`, stepping every 256 items. */
  async each<T>(items: Iterable<T>, fn: (item: T) => void): Promise<void> {
    let n = 0;
    for (const item of items) {
      fn(item);
      if (++n % 256 === 0) await this.step();
    }
  }
}
