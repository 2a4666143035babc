/**
 * The formula engine behind the page's value mirror: HyperFormula as the preview sets it up (../formulaEngine.ts),
 * fed by the requests of ./engineMessages.ts and answering each with the results of the formula cells it changed.
 * It runs in the engine worker (./engineWorker.ts) in the browser, in-process in Node.
 */
import type { ExportedChange, HyperFormula, RawCellContent } from "hyperformula";
import {
  addNames,
  buildPreviewEngine,
  engineRows,
  registerPlanFunctions,
  workbookValue,
} from "../formulaEngine";
import {
  RESULTS_PER_MESSAGE,
  type EngineEdit,
  type EngineReply,
  type EngineRequest,
  type ResultCell,
} from "./engineMessages";

interface Bulk {
  id: number;
  rebuild: boolean;
  /** The formula cells loaded, by sheet: 0-based row, column pairs. */
  formulas: Map<string, number[]>;
  failed?: string;
}

const isFormula = (v: RawCellContent): boolean => typeof v === "string" && v.startsWith("=");

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class EngineHost {
  private hf: HyperFormula | undefined;
  private bulk: Bulk | undefined;

  constructor(private readonly reply: (r: EngineReply) => void) {
    registerPlanFunctions();
  }

  handle(r: EngineRequest): void {
    const bulk = this.bulk;
    if (bulk && r.kind !== "begin" && r.id === bulk.id && bulk.failed !== undefined) {
      if (r.kind === "end") this.endFailed(bulk);
      return; // the rows of a failed bulk write are dropped; its `end` answers the error
    }
    try {
      switch (r.kind) {
        case "begin":
          return this.begin(r.id, r.rebuild, r.sheets);
        case "rows":
          return this.rows(r.id, r.sheet, r.from, engineRows(r.rows));
        case "end":
          return this.end(r.id, r.names);
        case "set":
          return this.set(r.id, r.cells);
      }
    } catch (e) {
      // `begin` made the bulk write it failed (its rows are dropped, its `end` answers the error).
      const failing = r.kind === "begin" ? this.bulk : bulk;
      if (failing && r.id === failing.id && r.kind !== "end") failing.failed = messageOf(e);
      else {
        if (r.kind === "end") this.bulk = undefined;
        this.reply({ kind: "error", id: r.id, message: messageOf(e) });
      }
    }
  }

  destroy(): void {
    this.hf?.destroy();
    this.hf = undefined;
  }

  private begin(id: number, rebuild: boolean, sheets: readonly string[]): void {
    this.bulk = { id, rebuild, formulas: new Map() };
    // Only some sheets, into no engine (a failed rebuild destroyed it): their formulas reading the other sheets would
    // be #REF!. The error makes the page rebuild the whole workbook.
    if (!rebuild && !this.hf) throw new Error("the formula engine has not been built");
    if (rebuild) {
      this.hf?.destroy();
      this.hf = buildPreviewEngine();
    }
    const hf = this.engine();
    hf.suspendEvaluation();
    for (const name of sheets) {
      this.bulk.formulas.set(name, []);
      const sheet = hf.getSheetId(name);
      if (sheet === undefined) hf.addSheet(name);
      else hf.clearSheet(sheet);
    }
  }

  private rows(id: number, name: string, from: number, rows: RawCellContent[][]): void {
    const hf = this.engine();
    const bulk = this.bulk;
    if (!bulk || bulk.id !== id) throw new Error(`rows of write ${id}, which was not begun`);
    const sheet = hf.getSheetId(name);
    const formulas = bulk.formulas.get(name);
    if (sheet === undefined || !formulas) throw new Error(`sheet "${name}" is not being written`);
    hf.setCellContents({ sheet, row: from, col: 0 }, rows);
    rows.forEach((line, i) =>
      line.forEach((v, col) => {
        if (isFormula(v)) formulas.push(from + i, col);
      })
    );
  }

  private end(id: number, names: [string, string][]): void {
    const hf = this.engine();
    const bulk = this.bulk;
    if (!bulk || bulk.id !== id) throw new Error(`end of write ${id}, which was not begun`);
    this.bulk = undefined;
    addNames(hf, names);
    const changes = hf.resumeEvaluation();
    for (const [name, cells] of bulk.formulas) {
      const sheet = hf.getSheetId(name)!;
      const out: ResultCell[] = [];
      for (let i = 0; i < cells.length; i += 2) {
        const { value, message } = workbookValue(
          hf.getCellValue({ sheet, row: cells[i], col: cells[i + 1] })
        );
        out.push(
          message === undefined
            ? [cells[i] + 1, cells[i + 1] + 1, value]
            : [cells[i] + 1, cells[i + 1] + 1, value, message]
        );
      }
      this.send(id, name, out);
    }
    // The formulas of other sheets that read the written ones (a rebuild wrote every sheet).
    if (!bulk.rebuild) this.sendChanges(id, changes, new Set(bulk.formulas.keys()));
    this.reply({ kind: "done", id });
  }

  private endFailed(bulk: Bulk): void {
    this.bulk = undefined;
    // A failed rebuild leaves no engine: the next write builds one.
    if (bulk.rebuild) this.destroy();
    else this.hf?.resumeEvaluation();
    this.reply({ kind: "error", id: bulk.id, message: bulk.failed ?? "" });
  }

  private set(id: number, cells: readonly EngineEdit[]): void {
    const hf = this.engine();
    const changes = hf.batch(() => {
      for (const c of cells) {
        const sheet = hf.getSheetId(c.sheet);
        if (sheet === undefined) throw new Error(`the engine has no sheet "${c.sheet}"`);
        hf.setCellContents({ sheet, row: c.row - 1, col: c.col - 1 }, c.content);
      }
    });
    this.sendChanges(id, changes, new Set());
    this.reply({ kind: "done", id });
  }

  /** The changed formula cells, by sheet, except those of `skip`. */
  private sendChanges(id: number, changes: readonly ExportedChange[], skip: Set<string>): void {
    const hf = this.engine();
    const bySheet = new Map<number, ResultCell[]>();
    for (const ch of changes) {
      if (!("address" in ch)) continue; // a named expression's change
      const { sheet, row, col } = ch.address;
      if (!hf.doesCellHaveFormula(ch.address)) continue;
      const { value, message } = workbookValue(ch.newValue);
      const list = bySheet.get(sheet) ?? [];
      if (list.length === 0) bySheet.set(sheet, list);
      list.push(
        message === undefined ? [row + 1, col + 1, value] : [row + 1, col + 1, value, message]
      );
    }
    for (const [sheet, cells] of bySheet) {
      const name = hf.getSheetName(sheet);
      if (name !== undefined && !skip.has(name)) this.send(id, name, cells);
    }
  }

  private send(id: number, sheet: string, cells: ResultCell[]): void {
    for (let i = 0; i < cells.length; i += RESULTS_PER_MESSAGE)
      this.reply({ kind: "results", id, sheet, cells: cells.slice(i, i + RESULTS_PER_MESSAGE) });
  }

  private engine(): HyperFormula {
    if (!this.hf) throw new Error("the formula engine has not been built");
    return this.hf;
  }
}
