/**
 * The WorkbookPort in Excel. src/excel/ is the only code that touches Office.js: every port call is one `Excel.run`,
 * and the plans it executes come from the core (src/core/write/update.ts), shared with the preview's in-memory workbook.
 *
 * Syncs per call: c + ⌈bytes sent and received / 4 MB⌉, c written next to each operation — readSheets
 * READ_SHEETS_SYNCS (4, one for merged SKU cells), applyPlanLayout APPLY_LAYOUT_SYNCS (5), highlight and clearHighlights HIGHLIGHT_SYNCS (4),
 * writeFindings WRITE_FINDINGS_SYNCS (4), addWaiver ADD_WAIVER_SYNCS (4), writeTimeline TIMELINE_SYNCS (5: the look-up,
 * a second one for a name spelt otherwise, and redoing an old sheet's row groups) and writeDashboard DASHBOARD_SYNCS
 * (2), select, writeCells, getSetting and setSetting 1, the versions' calls as src/excel/versions.ts says; runDiagnostics is checks, not a write to bound. Every request is
 * budgeted at what Office.js's serializer sends for it (src/excel/chunks.ts) and stays under 4 MB.
 */
import type { CellValue } from "../core/cells";
import type { DashboardLayout } from "../core/dashboard";
import type { Finding } from "../core/finding";
import type {
  ApplyOptions,
  ApplySummary,
  DiagnosticsReport,
  HighlightCell,
  Unsubscribe,
  WaiverInput,
  WorkbookPort,
} from "../core/port";
import type { SheetInput } from "../core/read/readPlan";
import type { Lang } from "../core/schema/types";
import { templateSheetNames } from "../core/write/layout";
import type { PlanWorkbookLayout } from "../core/write/workbookLayout";
import { applyLayout } from "./applyLayout";
import { writeDashboard } from "./dashboard";
import type { ReviewLayout } from "../core/review";
import { runDiagnostics } from "./diagnostics";
import { ownWrite, subscribeChanges } from "./events";
import { writeFindings } from "./findings";
import { clearHighlights, highlightCells, selectCell } from "./highlight";
import { officeDisplayLanguage } from "./officeLanguage";
import { inputSheetNames, readSheets } from "./readSheets";
import { getSetting, setSetting } from "./settings";
import { addWaiver } from "./waivers";
import { splitAddress, writeCells } from "./writeCells";
import type { TimelineLayout } from "../core/timeline";
import type { NewVersion } from "../core/port";
import type { ChangesReport } from "../core/versions/changesReport";
import type { RestorePlan } from "../core/versions/restore";
import type { Version, VersionInfo } from "../core/versions/versionsSheet";

/** The sheet names of sheet-qualified addresses. */
const sheetsOf = (cells: readonly { address: string }[]): string[] =>
  cells.map((c) => splitAddress(c.address).sheet);

/**
 * What a planner does now and then — the Timeline, the Review sheet, versions — is loaded on its first use, with the
 * core code behind it: the pane's first load stays within its size budget (README, Benchmarks). A module is loaded
 * before its write begins (ownWrite), so a planner's edit while it loads is not taken for the add-in's own.
 */
const timelineWrites = () => import("./timeline");
const reviewWrites = () => import("./review");
const versionsSheet = () => import("./versions");

export function createExcelWorkbook(): WorkbookPort {
  return {
    readSheets: (): Promise<SheetInput[]> => Excel.run((context) => readSheets(context)),
    sheetNames: (): Promise<string[]> => Excel.run((context) => inputSheetNames(context)),
    // Writes go through ownWrite: their own change events are not a planner's edits; those of input sheets end in one
    // change reported per sheet (src/excel/events.ts).
    applyPlanLayout: (layout: PlanWorkbookLayout, opts: ApplyOptions): Promise<ApplySummary> =>
      ownWrite(
        () => Excel.run((context) => applyLayout(context, layout, opts)),
        (summary) => (summary ? [...summary.created, ...summary.keptSheets] : [])
      ),
    highlight: (cells: readonly HighlightCell[]): Promise<void> =>
      ownWrite(() => Excel.run((context) => highlightCells(context, cells))),
    clearHighlights: (): Promise<void> =>
      ownWrite(() => Excel.run((context) => clearHighlights(context))),
    select: (address: string): Promise<void> =>
      Excel.run((context) => selectCell(context, address)),
    addWaiver: (waiver: WaiverInput, lang: Lang): Promise<void> =>
      ownWrite(
        () => Excel.run((context) => addWaiver(context, waiver, lang)),
        () => [templateSheetNames(lang)("waivers")]
      ),
    writeFindings: (findings: readonly Finding[], lang: Lang): Promise<void> =>
      ownWrite(() => Excel.run((context) => writeFindings(context, findings, lang))),
    writeCells: (cells: readonly { address: string; value: CellValue }[]): Promise<void> =>
      ownWrite(
        () => Excel.run((context) => writeCells(context, cells)),
        () => sheetsOf(cells)
      ),
    writeTimeline: async (layout: TimelineLayout): Promise<void> => {
      const { writeTimeline } = await timelineWrites();
      return ownWrite(() => Excel.run((context) => writeTimeline(context, layout)));
    },
    writeDashboard: (layout: DashboardLayout): Promise<void> =>
      ownWrite(() => Excel.run((context) => writeDashboard(context, layout))),
    writeReview: async (layout: ReviewLayout): Promise<void> => {
      const { writeReview } = await reviewWrites();
      return ownWrite(() => Excel.run((context) => writeReview(context, layout)));
    },
    listVersions: async (): Promise<VersionInfo[]> => {
      const { listVersions } = await versionsSheet();
      return Excel.run((context) => listVersions(context));
    },
    // The versions sheet is very hidden and not a plan sheet: its writes are no planner's edit and re-validate nothing.
    saveVersion: async (version: NewVersion): Promise<VersionInfo> => {
      const { saveVersion } = await versionsSheet();
      return ownWrite(() => Excel.run((context) => saveVersion(context, version)));
    },
    readVersion: async (id: number): Promise<Version> => {
      const { readVersion } = await versionsSheet();
      return Excel.run((context) => readVersion(context, id));
    },
    setBaseline: async (id: number | undefined): Promise<void> => {
      const { setBaseline } = await versionsSheet();
      return ownWrite(() => Excel.run((context) => setBaseline(context, id)));
    },
    restoreVersion: async (plan: RestorePlan): Promise<void> => {
      const { restoreVersion } = await versionsSheet();
      return ownWrite(
        () => Excel.run((context) => restoreVersion(context, plan)),
        () => [...new Set(plan.writes.map((w) => w.sheet))]
      );
    },
    writeChanges: async (report: ChangesReport, lang: Lang): Promise<void> => {
      const { writeChanges } = await versionsSheet();
      return ownWrite(() => Excel.run((context) => writeChanges(context, report, lang)));
    },
    onChange: (listener: (sheetName: string) => void): Promise<Unsubscribe> =>
      subscribeChanges(listener),
    getSetting: (key: string): Promise<string | undefined> =>
      Excel.run((context) => getSetting(context, key)),
    setSetting: (key: string, value: string): Promise<void> =>
      Excel.run((context) => setSetting(context, key, value)),
    displayLanguage: (): string | undefined => officeDisplayLanguage(),
    runDiagnostics: (): Promise<DiagnosticsReport> => ownWrite(() => runDiagnostics()),
  };
}
