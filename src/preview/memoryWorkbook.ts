/**
 * The WorkbookPort of the browser preview: a small in-memory workbook (cells with value, formula, number format, fill
 * and a highlight flag; tables; dropdowns; conditional formats; hidden rows and columns; merged cells; the Dashboard's
 * charts; workbook names; the selection). It executes the same update plans as the Excel adapter
 * (src/core/write/update.ts), so no plan logic lives here.
 *
 * A formula cell reads as its stored cached result (the result the core computed when it was written, or the value
 * the cell had before a formula was re-entered). With a Calculator (the preview's formula engine, `useCalculator`),
 * every write recomputes the formulas and their results are stored as the cells' values, so `readSheets` returns
 * what Excel would show.
 */
import {
  columnIndex,
  columnLetter,
  isBlank,
  quoteSheetName,
  type CellValue,
  type Grid,
} from "../core/cells";
import { isDashboardTitle } from "../core/dashboard/layout";
import type { DashboardLayout } from "../core/dashboard/types";
import { isReviewTitle } from "../core/review/texts";
import type { ReviewLayout } from "../core/review/sheet";
import type { Finding } from "../core/finding";
import { assertOurs, outputSheetName, type OutputSheetId } from "../core/outputSheets";
import type {
  ApplyOptions,
  ApplySummary,
  HighlightCell,
  Unsubscribe,
  WaiverInput,
  WorkbookPort,
} from "../core/port";
import type { SheetInput } from "../core/read/readPlan";
import { planFormulaText } from "../core/formulaNames";
import type { Lang } from "../core/schema/types";
import { cellPos, rangePos, splitAddress } from "../core/write/addresses";
import { isFormulaCell, isLinkCell, type LayoutCell } from "../core/write/layout";
import type { PlanWorkbookLayout } from "../core/write/workbookLayout";
import { hasRowColouringOf } from "../core/write/rowColouring";
import { isTimelineTitle, type TimelineLayout } from "../core/timeline/layout";
import {
  planFindings,
  planUpdate,
  planWaiver,
  type FormatRange,
  type WorkbookTable,
} from "../core/write/update";
import { MemorySheet, type MemoryCell } from "./memorySheet";
import type { NewVersion } from "../core/port";
import { changesSheetRows, type ChangesReport } from "../core/versions/changesReport";
import type { RestorePlan } from "../core/versions/restore";
import { isVersionsSheet, type Version, type VersionInfo } from "../core/versions/versionsSheet";
import * as versions from "./memoryVersions";
import { Slicer, type Progress } from "./slices";
import { sheetsTimeline } from "../core/timeline/workbookTimeline";
import { pagePlanner, PlanWorkerGone, type WorkbookUpdateData } from "./plan/planClient";
import type { SheetWriteData } from "./plan/planMessages";

export { MemorySheet } from "./memorySheet";
export type {
  CellValueFormat,
  MemoryCell,
  MemoryConditionalFormat,
  MemoryTable,
  MemoryValidation,
  RowColouringFormat,
} from "./memorySheet";

/** Keeps formula cells computed: the preview's formula engine (src/preview/formulaEngine.ts). */
export interface Calculator {
  /**
   * After a bulk write: recomputes the formulas of the workbook, storing each result as its cell's value. `sheets`
   * names the sheets that were written (their dependents are recomputed too); without it, everything is rebuilt.
   */
  recalculate(wb: MemoryWorkbook, sheets?: readonly string[]): void;
  /** A cell's content changed (1-based row and column): recomputes its dependents. */
  cellChanged(wb: MemoryWorkbook, sheet: string, row: number, col: number): void;
  /**
   * As `recalculate`, for a big write: in slices that yield to the event loop, the fraction done going from
   * `span.from` to `span.to` of the slicer's progress.
   */
  recalculateSliced?(
    wb: MemoryWorkbook,
    sheets: readonly string[] | undefined,
    slicer: Slicer,
    span: { from: number; to: number }
  ): Promise<void>;
  /**
   * A calculator that computes elsewhere (the engine worker, ./engine/engineClient.ts): resolves when every result
   * asked for so far is in the workbook's cells, rejects with the engine's error. Absent: results are there at once.
   */
  settled?(): Promise<void>;
  /** Ends the engine (the page opened another workbook). */
  destroy?(): void;
}

/** Whether formula results are still to come from the calculator, and its last error. */
export interface CalculationState {
  pending: boolean;
  error?: string;
}

export interface Selection {
  sheet: string;
  /** A1 address within the sheet, e.g. `E12`. */
  address: string;
}

const GENERAL = "General";

function overlaps(a: string, b: string): boolean {
  const x = rangePos(a);
  const y = rangePos(b);
  if (!x || !y) return false;
  return (
    x.from.row <= y.to.row &&
    y.from.row <= x.to.row &&
    x.from.col <= y.to.col &&
    y.from.col <= x.to.col
  );
}

/** A sheet's cells by column (1-based), each with its row. */
async function columnsOf(
  s: MemorySheet,
  slicer?: Slicer
): Promise<Map<number, [number, MemoryCell][]>> {
  const out = new Map<number, [number, MemoryCell][]>();
  const add = ([c, row, col]: [MemoryCell, number, number]): void => {
    const list = out.get(col) ?? [];
    if (list.length === 0) out.set(col, list);
    list.push([row, c]);
  };
  if (slicer) await slicer.each(s.cellEntries(), add);
  else for (const e of s.cellEntries()) add(e);
  return out;
}

const MAX_ROW = 1_048_576;
const COLUMNS = /^\$?([A-Z]{1,3})(?::\$?([A-Z]{1,3}))?$/i;

/** A number-format range of a layout (`D3:BD3`, `B5`, whole columns `BF:BL`) as format stretches, one per column. */
function formatRanges(range: string, numFmt: string): FormatRange[] {
  const cols = COLUMNS.exec(range);
  const r = cols
    ? {
        from: { row: 1, col: columnIndex(cols[1]) },
        to: { row: MAX_ROW, col: columnIndex(cols[2] ?? cols[1]) },
      }
    : rangePos(range);
  if (!r) throw new Error(`"${range}" is not a range`);
  const out: FormatRange[] = [];
  for (let c = Math.min(r.from.col, r.to.col); c <= Math.max(r.from.col, r.to.col); c++)
    out.push({ column: columnLetter(c), fromRow: r.from.row, toRow: r.to.row, numFmt });
  return out;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  /** Workbook names → reference (`Settings!$B$2`). */
  readonly names = new Map<string, string>();
  /** Document settings (what Excel keeps in Workbook.settings). */
  readonly settings = new Map<string, string>();
  selection: Selection | undefined;
  private readonly changeListeners = new Set<(sheet: string) => void>();
  private readonly selectListeners = new Set<(s: Selection) => void>();
  private readonly updateListeners = new Set<() => void>();
  private readonly modifyListeners = new Set<() => void>();
  private calculator: Calculator | undefined;
  /** Grows with every change of the model (cells, highlights, selection…): the preview grid's snapshot. */
  version = 0;
  /** Content changes so far (a read in slices starts again when one came between its slices). */
  private changes = 0;
  /**
   * Content changes so far, each slice of a bulk write counted as it lands (onModify tells of a bulk write once, at
   * its end): what a pack in slices compares to know no write came between its slices.
   */
  get contentChanges(): number {
    return this.changes;
  }
  /** The calculator's state: the page shows "Calculating…" while results are still to come, and an engine error. */
  calculation: CalculationState = { pending: false };
  /** Grows with every change of the sheets readSheets returns (changeToken). */
  private sheetChanges = 0;

  constructor(private readonly language?: string) {}

  // --- the model, for the preview grid and tests ---

  sheet(name: string): MemorySheet | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  /** Adds a sheet (at the end), optionally filled with a grid from A1 (or `at`). */
  addSheet(name: string, rows: Grid = [], at = "A1"): MemorySheet {
    if (this.sheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    const s = new MemorySheet(name);
    this.sheets.push(s);
    if (!isVersionsSheet(name)) this.sheetChanges++;
    const p = cellPos(at) ?? { row: 1, col: 1 };
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (!isBlank(v)) s.setCellAt(p.row + i, p.col + j, { value: v });
      })
    );
    return s;
  }

  /** The cell at `address` (`E12`) of a sheet, if it holds anything. */
  cell(sheet: string, address: string): MemoryCell | undefined {
    const s = this.sheet(sheet);
    const p = cellPos(address);
    return s && p ? s.cellAt(p.row, p.col) : undefined;
  }

  /** The number format a cell shows: its own, else the format range covering it, else General. */
  numFmtOf(sheet: string, address: string): string {
    const s = this.sheet(sheet);
    const p = cellPos(address);
    if (!s || !p) return GENERAL;
    const own = s.cellAt(p.row, p.col)?.numFmt;
    if (own !== undefined) return own;
    const col = columnLetter(p.col);
    for (let i = s.formats.length - 1; i >= 0; i--) {
      const f = s.formats[i];
      if (f.column === col && p.row >= f.fromRow && p.row <= f.toRow) return f.numFmt;
    }
    return GENERAL;
  }

  /**
   * A user's edit (the preview grid): a value, or a formula as text starting with "=" (stored without a result until
   * the preview has a formula engine). Calls the change listeners.
   */
  setCell(sheet: string, address: string, value: CellValue): void {
    const name = this.putCell(sheet, address, value, true);
    this.changed([name]);
  }

  /** Tells the change listeners of sheets that changed, each once. */
  private changed(sheets: Iterable<string>): void {
    for (const name of new Set(sheets)) for (const l of [...this.changeListeners]) l(name);
  }

  /** A cell's new content; `typed`: a text starting with "=" is a formula, as a user's typing makes it. */
  private putCell(sheet: string, address: string, value: CellValue, typed: boolean): string {
    const s = this.sheet(sheet);
    const p = cellPos(address);
    if (!s || !p) throw new Error(`No cell ${address} in sheet "${sheet}"`);
    versions.assertUnprotected(s);
    const c: MemoryCell = { ...(s.cellAt(p.row, p.col) ?? { value: null }) };
    if (typed && typeof value === "string" && value.startsWith("=") && value.length > 1) {
      // A formula copied from a file Excel saved without the add-in: its PLAN functions as PLAN.NAME.
      c.formula = planFormulaText(value.slice(1));
      c.value = null;
      delete c.notRecomputed;
    } else {
      delete c.formula;
      delete c.notRecomputed;
      c.value = value;
    }
    s.setCellAt(p.row, p.col, c);
    this.calculator?.cellChanged(this, s.name, p.row, p.col);
    this.touch();
    return s.name;
  }

  /** Computes formulas with this calculator from now on (and recomputes them all now). */
  useCalculator(calculator: Calculator): void {
    this.calculator = calculator;
    this.recalculate();
  }

  /**
   * Resolves when every formula result is in the cells (a calculator in a worker answers later); rejects with the
   * engine's error. Every port read waits for it, so the pane never reads a stale result.
   */
  async calculated(): Promise<void> {
    await this.calculator?.settled?.();
  }

  /** The calculator's results came into the cells: redrawn (not a change of the workbook's content). */
  resultsArrived(): void {
    this.redraw();
  }

  /** The calculator's state changed (./engine/engineClient.ts). */
  calculationChanged(state: CalculationState): void {
    const was = this.calculation;
    if (was.pending === state.pending && was.error === state.error) return;
    this.calculation = { ...state };
    this.redraw();
  }

  /** The page is done with this workbook: its calculator's engine is ended. */
  dispose(): void {
    this.calculator?.destroy?.();
  }

  /** Calls back after any change of the model: a port write, an edit, highlights, the selection. */
  onUpdate(listener: () => void): Unsubscribe {
    this.updateListeners.add(listener);
    return () => {
      this.updateListeners.delete(listener);
    };
  }

  /**
   * Calls back after every change of the workbook's content — an edit, any write of the pane (plan sheets, Timeline,
   * Dashboard, Findings, highlights), a recalculation — but not a selection: what is worth keeping and downloading.
   */
  onModify(listener: () => void): Unsubscribe {
    this.modifyListeners.add(listener);
    return () => {
      this.modifyListeners.delete(listener);
    };
  }

  /** Calls back when `select` moves the selection. */
  onSelect(listener: (s: Selection) => void): Unsubscribe {
    this.selectListeners.add(listener);
    return () => {
      this.selectListeners.delete(listener);
    };
  }

  // --- the port ---

  /**
   * Every change of a sheet goes through this class and ends in `touch` (an edit, a port write, a recalculation — all
   * but the versions sheet's), or adds or replaces a sheet; the sheets' count and names are in the token too.
   */
  async changeToken(): Promise<string> {
    const names = this.sheets.filter((s) => !isVersionsSheet(s.name)).map((s) => s.name);
    return `${this.sheetChanges}\u0001${names.join("\u0001")}`;
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.filter((s) => !isVersionsSheet(s.name)).map((s) => s.name);
  }

  async readSheets(): Promise<SheetInput[]> {
    // The versions sheet is no plan sheet (and is big): the Excel adapter does not read it either.
    // In slices: on a big plan the grids are a second of work, which the page must not spend in one task. A change
    // made meanwhile (an edit, a slice of a bulk write) makes the read start again, so it stays one state of the
    // workbook; the third attempt reads every sheet in one task, after the results of the changes came in.
    for (let attempt = 1; attempt < 3; attempt++) {
      await this.calculated();
      const before = this.changes;
      const slicer = new Slicer();
      const out: SheetInput[] = [];
      for (const s of this.sheets)
        if (!isVersionsSheet(s.name)) out.push(await this.gridOf(s, slicer));
      if (this.changes === before) return out;
    }
    await this.calculated();
    // gridOf without a slicer does its work before returning: no other code runs between two sheets.
    const grids = this.sheets.filter((s) => !isVersionsSheet(s.name)).map((s) => this.gridOf(s));
    return Promise.all(grids);
  }

  async applyPlanLayout(layout: PlanWorkbookLayout, opts: ApplyOptions): Promise<ApplySummary> {
    const slicer = new Slicer(opts.onProgress);
    const update = await this.plannedOnCurrentSheets(layout, opts, slicer);
    // Sheets and names before any cell, as the Excel adapter orders them (a formula naming a sheet that is not there
    // yet would be a link to another workbook in Excel).
    const writes = update.sheets.filter((p): p is SheetWriteData => p.kind !== "conflict");
    for (const p of writes) if (p.kind === "create") this.addSheet(p.sheet);
    for (const n of update.names) if (!this.hasName(n.name)) this.names.set(n.name, n.ref);
    await slicer.step(0.05);
    // The cells are the first 30 % of the work, the formula engine the rest.
    for (const [i, p] of writes.entries())
      await this.execute(p, true, slicer, {
        from: 0.05 + (0.25 * i) / writes.length,
        to: 0.05 + (0.25 * (i + 1)) / writes.length,
      });
    await this.recalculateSliced(undefined, slicer, { from: 0.3, to: 1 });
    this.changed([...update.summary.created, ...update.summary.keptSheets]);
    return update.summary;
  }

  /**
   * The update planned on the sheets as they still are when the plan comes back: the page stays responsive while the
   * worker plans, and a cell typed meanwhile (where the plan would put a header, say) must not be written over. An
   * edit in between plans again; the third attempt reads and plans in one task, on the page.
   */
  private async plannedOnCurrentSheets(
    layout: PlanWorkbookLayout,
    opts: ApplyOptions,
    slicer: Slicer
  ): Promise<WorkbookUpdateData> {
    for (let attempt = 1; attempt < 3; attempt++) {
      const existing = await this.readSheets();
      const before = this.changes;
      await slicer.step(0.02);
      const update = await this.planned(existing, layout, opts, slicer);
      if (this.changes === before) return update;
    }
    // readSheets answers in the task that found its read unchanged, and planUpdate runs on in it: no edit comes in.
    const existing = await this.readSheets();
    return planUpdate(existing, layout, { sample: opts.sample, tables: this.tables() });
  }

  /**
   * planUpdate of the sheets: in the page's plan worker when the layout's recipe is given (on a big plan it is a task
   * of seconds), else here.
   */
  private async planned(
    existing: SheetInput[],
    layout: PlanWorkbookLayout,
    opts: ApplyOptions,
    slicer: Slicer
  ): Promise<WorkbookUpdateData> {
    const tables = this.tables();
    const planner = pagePlanner();
    if (planner && opts.recipe)
      try {
        return await planner.update(existing, opts.recipe, { sample: opts.sample, tables }, slicer);
      } catch (e) {
        if (!(e instanceof PlanWorkerGone)) throw e;
      }
    return planUpdate(existing, layout, { sample: opts.sample, tables });
  }

  /** The Timeline's layout of the workbook's plan, made in the page's plan worker when there is one. */
  async timelineOf(
    lang: Lang,
    year: number
  ): Promise<{ layout: TimelineLayout; products: number }> {
    const sheets = await this.readSheets();
    const planner = pagePlanner();
    if (planner)
      try {
        return await planner.timeline(sheets, lang, year, new Slicer());
      } catch (e) {
        if (!(e instanceof PlanWorkerGone)) throw e;
      }
    return sheetsTimeline(sheets, lang, year);
  }

  async highlight(cells: readonly HighlightCell[]): Promise<void> {
    await this.clearHighlights();
    for (const h of cells) {
      const { sheet, cell } = splitAddress(h.address);
      const s = sheet === undefined ? undefined : this.sheet(sheet);
      const r = rangePos(cell);
      if (!s || !r) continue;
      for (let row = r.from.row; row <= r.to.row; row++)
        for (let col = r.from.col; col <= r.to.col; col++) {
          const c = s.cellAt(row, col) ?? { value: null };
          // An error outranks a warning on the same cell.
          if (c.highlight !== "error") c.highlight = h.severity;
          s.setCellAt(row, col, c);
        }
    }
    this.touch();
  }

  async clearHighlights(): Promise<void> {
    for (const s of this.sheets)
      s.forEachCell((c, row, col) => {
        if (c.highlight === undefined) return;
        delete c.highlight;
        if (Object.keys(c).length === 1 && isBlank(c.value)) s.deleteCellAt(row, col);
      });
    this.touch();
  }

  async select(address: string): Promise<void> {
    const { sheet, cell } = splitAddress(address);
    const s = sheet === undefined ? undefined : this.sheet(sheet);
    if (!s || !rangePos(cell)) throw new Error(`No cell ${address} in this workbook`);
    this.selection = { sheet: s.name, address: cell };
    this.redraw();
    for (const l of [...this.selectListeners]) l(this.selection);
  }

  async addWaiver(waiver: WaiverInput, lang: Lang): Promise<void> {
    const p = planWaiver(await this.readSheets(), waiver, lang, this.tables());
    await this.execute(p);
    this.recalculate([p.sheet]);
    this.changed([p.sheet]);
  }

  async writeFindings(findings: readonly Finding[], lang: Lang): Promise<void> {
    const p = planFindings(await this.readSheets(), findings, lang, this.tables());
    await this.execute(p);
    this.recalculate([p.sheet]);
  }

  async onChange(listener: (sheetName: string) => void): Promise<Unsubscribe> {
    this.changeListeners.add(listener);
    return () => {
      this.changeListeners.delete(listener);
    };
  }

  /**
   * Writes values into cells (the budget allocation's Amounts, Fill Regions suggestions). A text stays text, "=…"
   * included, as in Excel (src/excel/excelCell.ts). As the Excel adapter does, the change listeners hear once per sheet
   * written when the write is done (src/excel/events.ts).
   */
  async writeCells(cells: readonly { address: string; value: CellValue }[]): Promise<void> {
    const sheets: string[] = [];
    for (const c of cells) {
      const { sheet, cell } = splitAddress(c.address);
      if (!sheet) throw new Error(`"${c.address}" names no sheet`);
      sheets.push(this.putCell(sheet, cell, c.value, false));
    }
    this.changed(sheets);
  }

  /**
   * Replaces the Timeline sheet (output only), in its tab's place, as the Excel adapter does (src/excel/outputSheet.ts):
   * the sheet found under any of its names keeps its name, and one that is not ours is left alone
   * (OutputSheetConflict). Writes the layout's cells (its hidden helper and promotion-slot columns with them), widths, hidden helper columns and criteria rows,
   * merged month headers, number formats, frozen panes, and the colour rules (cell-value conditional formats, in the
   * layout's priority order). Row groups (outline) are Excel's only.
   */
  async writeTimeline(layout: TimelineLayout, _lang?: Lang, onProgress?: Progress): Promise<void> {
    const slicer = new Slicer(onProgress);
    const s = this.replaceSheet(this.outputSheet("timeline", layout.name, isTimelineTitle));
    await slicer.chunks(
      layout.rows.length,
      (from, to) => {
        for (let i = from; i < to; i++)
          layout.rows[i].forEach((v, j) => this.writeCell(s, i + 1, j + 1, v));
      },
      { from: 0, to: 0.3 }
    );
    for (const c of layout.columns) {
      s.widths.set(c.letter, c.width);
      if (c.hidden) s.hiddenColumns.add(c.letter);
    }
    for (const r of layout.hiddenRows) s.hiddenRows.add(r);
    s.merges.push(...layout.merges);
    for (const n of layout.numberFormats) s.formats.push(...formatRanges(n.range, n.numFmt));
    for (const f of layout.formats)
      s.conditionalFormats.push({
        range: f.range,
        kind: "cellValue",
        when: f.when,
        fill: f.fill,
        font: f.font,
      });
    s.frozenRows = layout.freeze.rows;
    s.frozenColumns = layout.freeze.columns;
    await this.recalculateSliced([s.name], slicer, { from: 0.3, to: 1 });
    await this.show(s);
  }

  /**
   * Replaces the Dashboard sheet (output only), in its tab's place, as writeTimeline does: the cells (title, note, the
   * chart data table), widths, number formats, frozen rows, and the charts, which read the cells their series name.
   */
  async writeDashboard(layout: DashboardLayout): Promise<void> {
    const s = this.replaceSheet(this.outputSheet("dashboard", layout.name, isDashboardTitle));
    layout.rows.forEach((r, i) => r.forEach((v, j) => this.writeCell(s, i + 1, j + 1, v)));
    for (const c of layout.columns) s.widths.set(c.letter, c.width);
    for (const n of layout.numberFormats) s.formats.push(...formatRanges(n.range, n.numFmt));
    s.frozenRows = layout.freezeRows;
    for (const r of layout.boldRows)
      layout.rows[r - 1]?.forEach((_, j) => {
        const cell = s.cellAt(r, j + 1);
        if (cell) cell.bold = true;
      });
    s.charts = layout.charts.map((c) => ({ ...c, series: c.series.map((x) => ({ ...x })) }));
    this.recalculate([s.name]);
    await this.show(s);
  }

  /** Replaces the Review sheet (output only) as writeDashboard does: cells, widths, number formats, bold headings. */
  async writeReview(layout: ReviewLayout): Promise<void> {
    const s = this.replaceSheet(this.outputSheet("review", layout.name, isReviewTitle));
    layout.rows.forEach((r, i) => r.forEach((v, j) => this.writeCell(s, i + 1, j + 1, v)));
    for (const c of layout.columns) s.widths.set(c.letter, c.width);
    for (const n of layout.numberFormats) s.formats.push(...formatRanges(n.range, n.numFmt));
    s.frozenRows = layout.freezeRows;
    for (const r of layout.boldRows)
      layout.rows[r - 1]?.forEach((_, j) => {
        const cell = s.cellAt(r, j + 1);
        if (cell) cell.bold = true;
      });
    this.recalculate([s.name]);
    await this.show(s);
  }

  /** An output sheet the planner just asked for is shown (Excel: Worksheet.activate), its A1 selected. */
  private async show(s: MemorySheet): Promise<void> {
    await this.select(`${quoteSheetName(s.name)}!A1`);
  }

  // --- plan versions (src/preview/memoryVersions.ts) ---

  async listVersions(): Promise<VersionInfo[]> {
    return versions.listVersions(this);
  }

  // No wait for the engine: the snapshot is `version.parts`, read by the caller (readSheets waited for the results);
  // what this writes is the versions sheet's text, which no formula reads.
  async saveVersion(version: NewVersion): Promise<VersionInfo> {
    const info = versions.saveVersion(this, version);
    this.touch(false);
    return info;
  }

  async readVersion(id: number): Promise<Version> {
    return versions.readVersion(this, id);
  }

  async setBaseline(id: number | undefined): Promise<void> {
    versions.setBaseline(this, id);
    this.touch(false);
  }

  /** Writes the version's cells (a blank clears a value and keeps the cell's format), then recalculates once. */
  async restoreVersion(plan: RestorePlan): Promise<void> {
    const written: string[] = [];
    const writes = versions.restoreCells(plan);
    for (const w of writes) {
      const s = this.sheet(w.sheet);
      if (s) versions.assertUnprotected(s);
    }
    for (const w of writes) {
      const s = this.sheet(w.sheet) ?? this.addSheet(w.sheet);
      for (const { row, col, value } of w.cells) {
        const old = s.cellAt(row, col);
        if (isBlank(value ?? null) && !old) continue;
        const c: MemoryCell = { ...(old ?? { value: null }), value: value ?? null };
        delete c.formula;
        delete c.notRecomputed;
        s.setCellAt(row, col, c);
      }
      written.push(s.name);
    }
    this.recalculate(written);
    this.changed(written);
  }

  async writeChanges(report: ChangesReport, lang: Lang): Promise<void> {
    const s = this.replaceSheet(versions.changesSheetFor(this, lang));
    changesSheetRows(report).forEach((r, i) =>
      r.forEach((v, j) => this.writeCell(s, i + 1, j + 1, v ?? null))
    );
    for (let c = 1; c <= report.header.length; c++) {
      const cell = s.cellAt(3, c);
      if (cell) cell.bold = true;
    }
    s.frozenRows = 3;
    this.recalculate([s.name]); // the engine holds it as it does every sheet but the versions sheet
    await this.show(s);
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  displayLanguage(): string | undefined {
    return this.language;
  }

  // --- executing a plan ---

  /** After a bulk write: the calculator recomputes every formula, and the update listeners hear of it. */
  private recalculate(sheets?: readonly string[]): void {
    this.calculator?.recalculate(this, sheets);
    this.touch();
  }

  /** As `recalculate`, in slices when the calculator can slice (a big write). */
  private async recalculateSliced(
    sheets: readonly string[] | undefined,
    slicer: Slicer,
    span: { from: number; to: number }
  ): Promise<void> {
    if (this.calculator?.recalculateSliced)
      await this.calculator.recalculateSliced(this, sheets, slicer, span);
    else this.calculator?.recalculate(this, sheets);
    slicer.report(span.to);
    this.touch();
  }

  /** The content changed: redrawn, and kept; `sheets` false: only the versions sheet (not read by readSheets). */
  private touch(sheets = true): void {
    this.changes++;
    if (sheets) this.sheetChanges++;
    this.redraw();
    for (const l of [...this.modifyListeners]) l();
  }

  private redraw(): void {
    this.version++;
    for (const l of [...this.updateListeners]) l();
  }

  /**
   * The name to write an output sheet under: the first sheet whose name means it (en / 简 / 繁, as the reader compares
   * names) or is the layout's name, else the layout's name. Throws OutputSheetConflict, before anything is changed,
   * when that sheet is not ours: its A1 holds none of our titles and it is not empty (a value, a formula or a chart).
   */
  private outputSheet(id: OutputSheetId, name: string, isTitle: (a1: unknown) => boolean): string {
    const found = outputSheetName(
      this.sheets.map((x) => x.name),
      id,
      name
    );
    const s = found === undefined ? undefined : this.sheet(found);
    if (!s) return name;
    const empty =
      s.charts.length === 0 &&
      ![...s.cellValues()].some((c) => !isBlank(c.value) || c.formula !== undefined);
    assertOurs(s.name, { a1: s.cellAt(1, 1)?.value, empty }, isTitle);
    return s.name;
  }

  /** A blank sheet in place of the sheet named `name` (same tab position), or at the end when there is none. */
  private replaceSheet(name: string): MemorySheet {
    const at = this.sheets.findIndex((x) => x.name.toLowerCase() === name.toLowerCase());
    const s = new MemorySheet(name);
    this.sheetChanges++;
    if (at >= 0) this.sheets.splice(at, 1, s);
    else this.sheets.push(s);
    return s;
  }

  private tables(): WorkbookTable[] {
    return this.sheets.flatMap((s) => s.tables.map((t) => ({ ...t, sheet: s.name })));
  }

  private hasName(name: string): boolean {
    const k = name.toLowerCase();
    return [...this.names.keys()].some((n) => n.toLowerCase() === k);
  }

  /**
   * The sheet's used range (cells holding a value or formula) as a reader grid, with its merged areas; formula cells
   * give their result.
   */
  private async gridOf(s: MemorySheet, slicer?: Slicer): Promise<SheetInput> {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    // One pass over the cells held, each kept by its row and column, then the used range copied from those rows (not
    // every cell of the range looked up by its key again: on a big plan that was most of a read).
    const byRow: CellValue[][] = [];
    const take = ([c, row, col]: [MemoryCell, number, number]): void => {
      let line = byRow[row];
      if (line === undefined) byRow[row] = line = [];
      line[col] = c.value === undefined ? null : c.value;
      if (isBlank(c.value) && c.formula === undefined) return;
      if (row < top) top = row;
      if (col < left) left = col;
      if (row > bottom) bottom = row;
      if (col > right) right = col;
    };
    if (slicer) await slicer.each(s.cellEntries(), take);
    else for (const e of s.cellEntries()) take(e);
    if (bottom === 0) return { name: s.name, rows: [] };
    const width = right - left + 1;
    const rows: Grid = [];
    const read = (from: number, to: number): void => {
      for (let r = top + from; r < top + to; r++) {
        const held = byRow[r];
        const line = new Array<CellValue>(width);
        for (let c = 0; c < width; c++) {
          const v = held?.[left + c];
          line[c] = v === undefined ? null : v;
        }
        rows.push(line);
      }
    };
    if (slicer) await slicer.chunks(bottom - top + 1, read);
    else read(0, bottom - top + 1);
    const input: SheetInput = { name: s.name, rows, firstRow: top, firstCol: left };
    if (s.merges.length > 0) input.merges = [...s.merges];
    if (s.totalRows && s.totalRows.length > 0) input.totalRows = [...s.totalRows];
    return input;
  }

  /**
   * Writes a planned sheet; `added`: a new sheet of the plan was added already. With a slicer, the blocks' rows are
   * written in slices (a big plan), the fraction done going over `span`.
   */
  private async execute(
    p: SheetWriteData,
    added = false,
    slicer?: Slicer,
    span = { from: 0, to: 1 }
  ): Promise<void> {
    const s = p.kind === "create" && !added ? this.addSheet(p.sheet) : this.sheet(p.sheet);
    if (!s) throw new Error(`No sheet "${p.sheet}"`);
    const first = columnIndex(p.extent.firstColumn);
    const last = columnIndex(p.extent.lastColumn);
    if (p.clear)
      for (let r = p.clear.fromRow; r <= p.clear.toRow; r++)
        for (let c = first; c <= last; c++) s.deleteCellAt(r, c);
    this.changes++;

    const rows = p.blocks.reduce((n, b) => n + b.cells.length, 0) || 1;
    let done = 0;
    for (const b of p.blocks) {
      const col = columnIndex(b.column);
      const write = (from: number, to: number): void => {
        for (let i = from; i < to; i++)
          b.cells[i].forEach((v, j) => this.writeCell(s, b.row + i, col + j, v));
      };
      const at = (n: number): number => span.from + ((span.to - span.from) * n) / rows;
      if (slicer)
        await slicer.chunks(b.cells.length, write, {
          from: at(done),
          to: at(done + b.cells.length),
        });
      else write(0, b.cells.length);
      done += b.cells.length;
    }
    const cellsByColumn =
      p.kind === "create" || p.formats.length === 0 ? undefined : await columnsOf(s, slicer);
    for (const h of p.headerCells) {
      const row = p.extent.headerRow;
      const col = columnIndex(h.column);
      s.setCellAt(row, col, { ...(s.cellAt(row, col) ?? { value: h.text }), bold: true });
    }
    for (const f of p.formats) this.ensureFormat(s, f, cellsByColumn);
    for (const v of p.validations) {
      const range = `${v.column}${v.fromRow}:${v.column}${v.toRow}`;
      if (!s.validations.some((x) => overlaps(x.range, range)))
        s.validations.push({ range, source: v.source });
    }
    for (const rc of p.rowColourings ?? []) {
      const ours = s.conditionalFormats.flatMap((c) => (c.kind !== "cellValue" ? [c.formula] : []));
      if (!hasRowColouringOf(ours, rc.formula))
        s.conditionalFormats.push({ range: rc.range, formula: rc.formula, kind: rc.kind });
    }
    for (const w of p.widths) s.widths.set(w.column, w.width);
    for (const l of p.hidden) s.hiddenColumns.add(l);
    if (p.freezeRows !== undefined) s.frozenRows = p.freezeRows;
    if (p.table) s.tables.push({ name: p.table.name, range: p.table.range });
    else if (p.finalTable) {
      const name = p.finalTable.name.toLowerCase();
      const t = s.tables.find((x) => x.name.toLowerCase() === name);
      if (t) t.range = p.finalTable.range;
    }
  }

  private writeCell(s: MemorySheet, row: number, col: number, v: LayoutCell): void {
    versions.assertUnprotected(s);
    // A bulk write yields between its slices: a read in slices meanwhile must start again.
    this.changes++;
    const old = s.cellAt(row, col);
    if (old === undefined) {
      // A new cell (every cell of a sheet just made, as the Timeline is): nothing of an old one to keep.
      if (isFormulaCell(v)) s.setCellAt(row, col, { value: v.result ?? null, formula: v.formula });
      else if (isLinkCell(v)) s.setCellAt(row, col, { value: v.text, link: v.link });
      else s.setCellAt(row, col, { value: v === undefined ? null : v });
      return;
    }
    const c: MemoryCell = { ...old };
    delete c.link;
    delete c.notRecomputed;
    if (isFormulaCell(v)) {
      c.formula = v.formula;
      // A re-entered formula without a computed result keeps the value the cell showed.
      c.value = v.result === null || v.result === undefined ? (old.value ?? null) : v.result;
    } else if (isLinkCell(v)) {
      delete c.formula;
      c.value = v.text;
      c.link = v.link;
    } else {
      delete c.formula;
      c.value = v === undefined ? null : v;
    }
    s.setCellAt(row, col, c);
  }

  /**
   * Number formats go where the cells show General: a user's own format stays. `cells`: the sheet's cells by column
   * (absent for a sheet just created, whose cells show General).
   */
  private ensureFormat(
    s: MemorySheet,
    f: FormatRange,
    cells: Map<number, [number, MemoryCell][]> | undefined
  ): void {
    const same = (x: FormatRange): boolean =>
      x.column === f.column &&
      x.numFmt === f.numFmt &&
      x.fromRow <= f.fromRow &&
      x.toRow >= f.toRow;
    if (s.formats.some(same)) return;
    // What a cell without its own format shows (numFmtOf): the last of the column's ranges covering it, else General.
    const earlier = s.formats.filter((x) => x.column === f.column).reverse();
    if (earlier.length > 0)
      for (const [row, c] of cells?.get(columnIndex(f.column)) ?? []) {
        if (c.numFmt !== undefined || row < f.fromRow || row > f.toRow) continue;
        const shown = earlier.find((x) => row >= x.fromRow && row <= x.toRow)?.numFmt ?? GENERAL;
        if (shown !== GENERAL) c.numFmt = shown; // pin what the cell shows before the new range covers it
      }
    s.formats.push({ ...f });
  }
}
