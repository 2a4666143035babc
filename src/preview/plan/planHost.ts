/**
 * The plan worker's work (./planWorker.ts): the sheets it is sent, then readPlan and the Timeline's layout, or
 * planUpdate with the layout made from its options — the same core calls the pane makes on its thread elsewhere
 * (src/taskpane/components/PlanTab/usePlanTab.ts), answered in chunks (./planMessages.ts).
 */
import type { SheetInput } from "../../core/read/input";
import { sheetsTimelineRows } from "../../core/timeline/workbookTimeline";
import type { LayoutCell } from "../../core/write/layout";
import { planUpdate } from "../../core/write/update";
import { workbookLayout } from "../../core/write/workbookLayout";
import { PackedGridReader, packGrid } from "../packedGrid";
import {
  rowsPerMessage,
  TIMELINE_CELLS_PER_MESSAGE,
  type PlanReply,
  type PlanRequest,
} from "./planMessages";

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class PlanHost {
  /** The sheets sent for each request id, by index. */
  private readonly sheets = new Map<number, SheetInput[]>();

  constructor(private readonly reply: (r: PlanReply) => void) {}

  handle(r: PlanRequest): void {
    try {
      if (r.kind === "sheet") return this.sheet(r);
      const sheets = this.sheets.get(r.id) ?? [];
      this.sheets.delete(r.id);
      if (r.kind === "timeline") this.timeline(r.id, sheets, r);
      else this.update(r.id, sheets, r);
    } catch (e) {
      this.sheets.delete(r.id);
      this.reply({ kind: "error", id: r.id, message: messageOf(e) });
    }
  }

  private sheet(r: Extract<PlanRequest, { kind: "sheet" }>): void {
    const list = this.sheets.get(r.id) ?? [];
    if (list.length === 0) this.sheets.set(r.id, list);
    const s = (list[r.index] ??= { name: "", rows: [] });
    if (r.input) Object.assign(s, r.input);
    const reader = new PackedGridReader(r.rows);
    // The sheets' cells are values: a packed grid gives back what was packed.
    const rows = reader.rows(0, reader.rowCount) as SheetInput["rows"];
    for (let i = 0; i < rows.length; i++) s.rows[r.from + i] = rows[i];
  }

  private timeline(
    id: number,
    sheets: SheetInput[],
    r: Extract<PlanRequest, { kind: "timeline" }>
  ): void {
    // Each message's rows are posted as soon as they are made, then dropped (core/timeline/layout.ts
    // timelineLayoutRows), in small messages: the texts die young (TIMELINE_CELLS_PER_MESSAGE).
    let chunk: LayoutCell[][] = [];
    let from = 0;
    const flush = (): void => {
      this.reply({ kind: "rows", id, from, rows: packGrid(chunk) });
      from += chunk.length;
      chunk = [];
    };
    const { layout, products } = sheetsTimelineRows(sheets, r.lang, r.year, (row) => {
      chunk.push(row);
      if (chunk.length >= rowsPerMessage(row.length, TIMELINE_CELLS_PER_MESSAGE)) flush();
    });
    if (chunk.length > 0) flush();
    this.reply({ kind: "timeline", id, layout, products });
  }

  private update(
    id: number,
    sheets: SheetInput[],
    r: Extract<PlanRequest, { kind: "update" }>
  ): void {
    const layout = workbookLayout(r.recipe);
    const u = planUpdate(sheets, layout, { sample: r.sample, tables: r.tables });
    const out = u.sheets.map((p, sheet) => {
      if (p.kind === "conflict") {
        const { layout: _layout, ...rest } = p;
        return rest;
      }
      const { layout: _layout, columns: _columns, ...rest } = p;
      return {
        ...rest,
        blocks: p.blocks.map((b, block) => {
          this.sendRows(id, b.cells, sheet, block);
          return { ...b, cells: [] };
        }),
      };
    });
    this.reply({ kind: "update", id, sheets: out, names: u.names, summary: u.summary });
  }

  private sendRows(
    id: number,
    rows: readonly LayoutCell[][],
    sheet: number | undefined,
    block: number | undefined
  ): void {
    const step = rowsPerMessage(rows[0]?.length ?? 1);
    for (let from = 0; from < rows.length; from += step)
      this.reply({
        kind: "rows",
        id,
        sheet,
        block,
        from,
        rows: packGrid(rows.slice(from, from + step)),
      });
  }
}
