/**
 * The workbook port: everything the task pane asks of a workbook. Two implementations: src/excel/ (Office.js, in
 * Excel) and the browser preview's in-memory workbook. The pane cannot tell them apart.
 */
import type { CellValue } from "./cells";
import type { DashboardLayout } from "./dashboard/types";
import type { ReviewLayout } from "./review/sheet";
import type { Finding, Severity } from "./finding";
import type { SheetInput } from "./read/readPlan";
import type { Lang } from "./schema/types";
import type { TimelineLayout } from "./timeline";
import type { PlanWorkbookLayout, PlanWorkbookOptions } from "./write/workbookLayout";
import type { ChangesReport } from "./versions/changesReport";
import type { RestorePlan } from "./versions/restore";
import type { Version, VersionInfo } from "./versions/versionsSheet";

/** What "Create / update plan workbook" did, sheet by sheet, for the pane's summary. */
export interface ApplySummary {
  /** Sheets created from scratch. */
  created: string[];
  /** Columns added at the end of an existing table: sheet → headers. */
  addedColumns: { sheet: string; headers: string[] }[];
  /** Formula cells (re-)entered in computed and Flags columns (repairs #NAME?). */
  formulasEntered: number;
  /** Sample rows added (only with the sample option, only into sheets with no data rows). */
  sampleRows: number;
  /** Existing sheets left as they were, apart from the above. */
  keptSheets: string[];
  /** Sheets with one of our names that are not ours (no key headers): nothing was written to them. */
  conflicts: string[];
}

export interface ApplyOptions {
  /** Add the sample plan's rows to plan sheets that hold no data rows yet. */
  sample: boolean;
  /** Hears the fraction done (0…1) of a long write, for a progress bar; a port may call it seldom or never. */
  onProgress?: (fraction: number) => void;
  /**
   * What the layout was made from (workbookLayout's options), so a port may plan the update off the pane's thread
   * with a layout of its own making (the preview's plan worker: the layout holds functions, which a worker message
   * cannot carry). Absent: the port plans from the layout it is given.
   */
  recipe?: PlanWorkbookOptions;
}

export interface HighlightCell {
  /** Sheet-qualified address, as in Finding.address. */
  address: string;
  severity: Severity;
}

export interface WaiverInput {
  rule: string;
  /** Cell address or SKU. */
  target: string;
  reason: string;
  /** Excel serial, optional. */
  until?: number;
  owner?: string;
}

export type Unsubscribe = () => void;

/** A version to save: what the planner typed, when, and the snapshot's JSON parts (src/core/versions). */
export interface NewVersion {
  name: string;
  note: string;
  /** ISO 8601, UTC. */
  saved: string;
  baseline: boolean;
  parts: readonly string[];
}

/** The Diagnostics self-check's checks (src/excel/diagnostics.ts), in the order they run. */
export const DIAGNOSTIC_CHECKS = [
  "sheetAddDelete",
  "formulaSheetSameBatch",
  "formulaSheetAfter",
  "conditionalFormatAnchor",
  "hyperlink",
  "planValue",
  "planErrorInput",
  "largeRequest",
] as const;
export type DiagnosticCheckId = (typeof DIAGNOSTIC_CHECKS)[number];

/** One check: whether Excel did what the add-in relies on, and what was seen (values, formulas, an error). */
export interface DiagnosticCheck {
  id: DiagnosticCheckId;
  ok: boolean;
  seen: string;
}

export interface DiagnosticsReport {
  checks: DiagnosticCheck[];
  /** Office.context.diagnostics: the Excel build and platform, as Office reports them. */
  host: { application?: string; version?: string; platform?: string };
  /** isSetSupported for every requirement set the add-in uses (undefined: the question could not be asked). */
  sets: { name: string; version: string; supported: boolean | undefined }[];
}

export interface WorkbookPort {
  /**
   * Every sheet's used range as a grid (the reader picks the plan sheets), in as few round trips as possible. Fresh
   * grids each call, the caller's to keep: a later change of the workbook is never seen through an earlier read.
   */
  readSheets(): Promise<SheetInput[]>;
  /**
   * A token that changes with every change of what readSheets returns (the versions sheet's excepted), so the pane can
   * reuse what it made of the last read (src/core/planReadings.ts). Only a port that sees every change has one (the
   * preview's workbook); absent or undefined, the pane compares the cells it reads instead.
   */
  changeToken?(): Promise<string | undefined>;
  /**
   * The names of the sheets readSheets reads, in its order, without reading their cells (Create / update asks only
   * whether the workbook holds any of our sheets). Absent: the pane takes them from readSheets.
   */
  sheetNames?(): Promise<string[]>;
  /**
   * Idempotent create/update: adds missing sheets and missing columns (at the end of the table), formats,
   * validation lists, workbook names; re-enters every formula of our computed and Flags columns; never deletes,
   * reorders or overwrites what a user typed; stops at a sheet with our name that is not ours (reported in conflicts).
   */
  applyPlanLayout(layout: PlanWorkbookLayout, opts: ApplyOptions): Promise<ApplySummary>;
  /** Fills the cells of findings; clearable without touching the user's own formatting. */
  highlight(cells: readonly HighlightCell[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Activates the sheet and selects the cell. */
  select(address: string): Promise<void>;
  /** Appends a Waivers row (creating the Waivers sheet from the schema when missing). */
  addWaiver(waiver: WaiverInput, lang: Lang): Promise<void>;
  /** Rewrites the Findings sheet (header + one row per finding, the Cell a link to the cell). */
  writeFindings(findings: readonly Finding[], lang: Lang): Promise<void>;
  /**
   * Writes single cells (sheet-qualified addresses) in one batch: "Apply allocation" and "Undo allocation" on the
   * Budget sheet's Amount cells — with restoreVersion, one of the two explicit exceptions to "never overwrite what a
   * user typed". null clears.
   */
  writeCells(cells: readonly { address: string; value: CellValue }[]): Promise<void>;
  /**
   * Writes the Timeline sheet anew (it is output-only: ours): cells, widths, frozen panes, colour rules.
   */
  /**
   * The Timeline's layout of the workbook's plan (readPlan, then workbookTimeline) and the plan's product count, made
   * off the pane's thread — the preview's plan worker. Absent (Excel): the pane makes it on its own thread.
   */
  timelineOf?(lang: Lang, year: number): Promise<{ layout: TimelineLayout; products: number }>;
  writeTimeline(
    layout: TimelineLayout,
    lang: Lang,
    onProgress?: (fraction: number) => void
  ): Promise<void>;
  /**
   * Writes the Dashboard sheet anew (it is output-only: ours): the chart data table, its formats and the native
   * charts of the Daily trends ("Refresh Dashboard charts").
   */
  writeDashboard(layout: DashboardLayout): Promise<void>;
  /**
   * Writes the Review sheet (复盘) anew (output-only: ours): the promotion review, stock cover and the budget against
   * spend, as values ("Write Review sheet").
   */
  writeReview(layout: ReviewLayout): Promise<void>;
  /** Calls back after a user's edit in any sheet (debounced by the caller). */
  onChange(listener: (sheetName: string) => void): Promise<Unsubscribe>;
  /**
   * A pane setting stored in the workbook itself (Excel's document settings), so everyone who opens the
   * workbook — co-authors in Excel on the web included — sees the same; undefined when never set.
   */
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  /**
   * Plan versions, kept in the workbook's very hidden, protected versions sheet (src/core/versions/versionsSheet.ts):
   * the versions listed (without their data), oldest first.
   */
  listVersions(): Promise<VersionInfo[]>;
  /** Appends a version (creating the versions sheet when missing); a new baseline unmarks the old one. */
  saveVersion(version: NewVersion): Promise<VersionInfo>;
  /** A version with its snapshot; throws VersionDataError when its data is damaged, never half a plan. */
  readVersion(id: number): Promise<Version>;
  /** Marks one version as the baseline (undefined: none). */
  setBaseline(id: number | undefined): Promise<void>;
  /**
   * Writes a version back into the working sheets (src/core/versions/restore.ts) — with Apply allocation, an explicit
   * exception to "never overwrite what a user typed", after the planner confirmed it; the caller saves the working
   * plan as a version first.
   */
  restoreVersion(plan: RestorePlan): Promise<void>;
  /** Writes the Changes sheet anew (output-only: ours; a planner's own sheet of that name is never overwritten). */
  writeChanges(report: ChangesReport, lang: Lang): Promise<void>;
  /** The host's display language tag (e.g. "zh-CN"), when known. */
  displayLanguage(): string | undefined;
  /**
   * The Diagnostics self-check (Excel only: the preview has no Excel to check). Works in scratch sheets it deletes,
   * also when a check fails.
   */
  runDiagnostics?(): Promise<DiagnosticsReport>;
}
