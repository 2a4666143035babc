/**
 * The page's side of the plan worker (./planMessages.ts): the sheets posted a chunk of rows at a time, packed (in
 * slices, so no task of the page is long); the answer's chunks kept packed as they come (one small message a task),
 * then read back into rows in slices once the answer is complete.
 * `pagePlanner` is the page's one worker, shared by every workbook it shows; without one (Node, the tests, a page
 * that could not start it) the workbook does the work on its own thread (../memoryWorkbook.ts).
 */
import type { SheetInput } from "../../core/read/input";
import type { Lang } from "../../core/schema/types";
import type { TimelineLayout } from "../../core/timeline/layout";
import type { LayoutCell } from "../../core/write/layout";
import type { WorkbookTable } from "../../core/write/update";
import type { PlanWorkbookOptions } from "../../core/write/workbookLayout";
import { packedBuffers, PackedGridReader, packGrid, type PackedGrid } from "../packedGrid";
import type { Slicer } from "../slices";
import { dedicatedWorkerTransport, type WorkerTransport } from "../workerTransport";
import {
  PLAN_WORKER_SCRIPT,
  rowsPerMessage,
  type PlanReply,
  type PlanRequest,
} from "./planMessages";

/** An update as the worker answers it (see SheetWriteData). */
export type WorkbookUpdateData = Omit<Extract<PlanReply, { kind: "update" }>, "kind" | "id">;

export interface Planner {
  /** readPlan and the Timeline's layout (workbookTimeline) of these sheets; `products`: the plan's product count. */
  timeline(
    sheets: readonly SheetInput[],
    lang: Lang,
    year: number,
    slicer: Slicer
  ): Promise<{ layout: TimelineLayout; products: number }>;
  /** planUpdate of these sheets with the layout `recipe` makes. */
  update(
    sheets: readonly SheetInput[],
    recipe: PlanWorkbookOptions,
    opts: { sample: boolean; tables: WorkbookTable[] },
    slicer: Slicer
  ): Promise<WorkbookUpdateData>;
}

/** The worker is gone (it could not start, or it stopped): the work is done on the page's thread instead. */
export class PlanWorkerGone extends Error {
  constructor(message: string) {
    super(`The plan worker stopped: ${message}`);
    this.name = "PlanWorkerGone";
  }
}

export type PlanTransport = WorkerTransport<PlanRequest, PlanReply>;

interface Pending {
  /** The answer's rows as they came: the Timeline's (`key` undefined) or a block's (`sheet:block`). */
  chunks: { key: string | undefined; from: number; rows: PackedGrid }[];
  resolve(r: PlanReply): void;
  reject(e: Error): void;
}

/** The answer with its rows, read back from their packed chunks. */
interface Answer {
  reply: PlanReply;
  rows: Map<string | undefined, LayoutCell[][]>;
}

export class PlanClient implements Planner {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private dead: string | undefined;

  constructor(private readonly transport: PlanTransport) {
    transport.listen(
      (r) => this.onReply(r),
      (message) => this.onDead(message)
    );
  }

  async timeline(
    sheets: readonly SheetInput[],
    lang: Lang,
    year: number,
    slicer: Slicer
  ): Promise<{ layout: TimelineLayout; products: number }> {
    const { reply: r, rows } = await this.ask(sheets, slicer, (id) => ({
      kind: "timeline",
      id,
      lang,
      year,
    }));
    if (r.kind !== "timeline") throw new Error(`the plan worker answered ${r.kind}`);
    r.layout.rows = rows.get(undefined) ?? [];
    return { layout: r.layout, products: r.products };
  }

  async update(
    sheets: readonly SheetInput[],
    recipe: PlanWorkbookOptions,
    opts: { sample: boolean; tables: WorkbookTable[] },
    slicer: Slicer
  ): Promise<WorkbookUpdateData> {
    const { reply: r, rows } = await this.ask(sheets, slicer, (id) => ({
      kind: "update",
      id,
      recipe,
      ...opts,
    }));
    if (r.kind !== "update") throw new Error(`the plan worker answered ${r.kind}`);
    r.sheets.forEach((s, sheet) => {
      if (s.kind !== "conflict")
        s.blocks.forEach((b, block) => (b.cells = rows.get(`${sheet}:${block}`) ?? []));
    });
    return { sheets: r.sheets, names: r.names, summary: r.summary };
  }

  close(): void {
    this.transport.close();
    this.onDead("closed");
  }

  /** Posts the sheets then the request; resolves with the answer and its rows, read back in slices. */
  private async ask(
    sheets: readonly SheetInput[],
    slicer: Slicer,
    request: (id: number) => PlanRequest
  ): Promise<Answer> {
    if (this.dead !== undefined) throw new PlanWorkerGone(this.dead);
    const id = this.nextId++;
    const chunks: Pending["chunks"] = [];
    const answer = new Promise<PlanReply>((resolve, reject) =>
      this.pending.set(id, { chunks, resolve, reject })
    );
    try {
      for (const [index, s] of sheets.entries()) {
        const { rows, ...input } = s;
        const step = rowsPerMessage(rows[0]?.length ?? 1);
        const messages = Math.max(1, Math.ceil(rows.length / step));
        await slicer.chunks(messages, (first, end) => {
          for (let m = first; m < end; m++) {
            const packed = packGrid(rows.slice(m * step, (m + 1) * step));
            this.transport.post(
              {
                kind: "sheet",
                id,
                index,
                ...(m === 0 ? { input } : {}),
                from: m * step,
                rows: packed,
              },
              packedBuffers(packed)
            );
          }
        });
      }
      this.transport.post(request(id));
    } catch (e) {
      this.pending.delete(id);
      throw e;
    }
    const reply = await answer;
    const rows = new Map<string | undefined, LayoutCell[][]>();
    for (const c of chunks) {
      let target = rows.get(c.key);
      if (!target) rows.set(c.key, (target = []));
      const reader = new PackedGridReader(c.rows);
      await slicer.chunks(reader.rowCount, (from, to) => {
        const read = reader.rows(from, to);
        for (let i = 0; i < read.length; i++) target[c.from + from + i] = read[i];
      });
    }
    return { reply, rows };
  }

  private onReply(r: PlanReply): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    if (r.kind === "rows") {
      const key = r.block === undefined ? undefined : `${r.sheet}:${r.block}`;
      p.chunks.push({ key, from: r.from, rows: r.rows });
      return;
    }
    this.pending.delete(r.id);
    if (r.kind === "error") return p.reject(new Error(r.message));
    p.resolve(r);
  }

  private onDead(message: string): void {
    if (this.dead !== undefined) return;
    this.dead = message;
    for (const p of this.pending.values()) p.reject(new PlanWorkerGone(message));
    this.pending.clear();
  }
}

/** The plan worker (planWorker.js, next to the page's script). */
export const workerPlanTransport = (): PlanTransport =>
  dedicatedWorkerTransport<PlanRequest, PlanReply>(PLAN_WORKER_SCRIPT, "the plan");

let page: Planner | undefined;

/** The page's plan worker, for every workbook the page shows (src/preview/index.tsx sets it). */
export function setPagePlanner(planner: Planner | undefined): void {
  page = planner;
}

export const pagePlanner = (): Planner | undefined => page;
