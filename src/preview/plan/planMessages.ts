/**
 * The messages between the page (./planClient.ts) and the plan worker (./planHost.ts in ./planWorker.ts): the core's
 * work on the whole plan — reading it (readPlan), laying out the Timeline (timelineLayout), planning Create / update
 * (planUpdate) — done off the page's thread. Everything in them is structured-clonable, and none is big: the sheets
 * go in chunks of rows (`sheet`), before the request of the same id; the answer's rows come back in chunks too, then
 * the answer without them. Rows travel packed (../packedGrid.ts), their buffers transferred.
 */
import type { ApplySummary } from "../../core/port";
import type { SheetInput } from "../../core/read/input";
import type { Lang } from "../../core/schema/types";
import type { TimelineLayout } from "../../core/timeline/layout";
import type { SheetConflict, SheetWrite, WorkbookTable } from "../../core/write/update";
import type { PlanWorkbookOptions } from "../../core/write/workbookLayout";
import type { PackedGrid } from "../packedGrid";

export type PlanRequest =
  | {
      kind: "sheet";
      id: number;
      /** The sheet's place among the request's sheets. */
      index: number;
      /** With the first chunk (from 0): the sheet's name and the rest of its SheetInput. */
      input?: Omit<SheetInput, "rows">;
      from: number;
      /** The rows from `from` on (cell values). */
      rows: PackedGrid;
    }
  | { kind: "timeline"; id: number; lang: Lang; year: number }
  | {
      kind: "update";
      id: number;
      /** The layout's options: the worker makes the layout itself (it holds functions, which do not clone). */
      recipe: PlanWorkbookOptions;
      sample: boolean;
      tables: WorkbookTable[];
    };

/** A sheet's write as it travels: without its layout and columns (functions; the summary is made in the worker). */
export type SheetWriteData = Omit<SheetWrite, "layout" | "columns">;

export type PlanReply =
  /** Rows of the answer: the Timeline's (`block` undefined) or a block's cells of an update's sheet. */
  | { kind: "rows"; id: number; sheet?: number; block?: number; from: number; rows: PackedGrid }
  | { kind: "timeline"; id: number; layout: TimelineLayout; products: number }
  | {
      kind: "update";
      id: number;
      sheets: (SheetWriteData | Omit<SheetConflict, "layout">)[];
      names: { name: string; ref: string }[];
      summary: ApplySummary;
    }
  | { kind: "error"; id: number; message: string };

/** The plan worker's script, built as its own bundle next to preview.js (webpack.config.js's previewConfig). */
export const PLAN_WORKER_SCRIPT = "planWorker.js";

/** About this many cells a message: each is one task to clone and one to read back. */
export const CELLS_PER_MESSAGE = 20_000;

/**
 * About this many cells a message of the Timeline's rows, posted as they are made (./planHost.ts): a message's texts
 * live until it is posted, and 20,000 cells' (4 MB of formulas on the bench plan) outlived the collector's young
 * space, so it copied most of the sheet's 143 M characters; a thousand cells' die young. Measured in Node
 * (bench/profileTimeline.ts, 10,000 products): the worker's layout and packing 1.3–1.4 s of CPU → 0.6 s.
 */
export const TIMELINE_CELLS_PER_MESSAGE = 1_000;

/** How many rows of `width` cells make a message of about `cells` cells. */
export const rowsPerMessage = (width: number, cells = CELLS_PER_MESSAGE): number =>
  Math.max(1, Math.floor(cells / Math.max(1, width)));
