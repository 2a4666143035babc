/**
 * The WorkbookPort in Excel. src/excel/ is the only code that touches Office.js: every port call is one `Excel.run`,
 * and the plans it executes come from the core (src/core/write/update.ts), shared with the preview's in-memory workbook.
 *
 * Syncs per call: c + ⌈bytes sent and received / 4 MB⌉, c written next to each operation — readSheets
 * READ_SHEETS_SYNCS (4, one of them for merged SKU cells), applyPlanLayout APPLY_LAYOUT_SYNCS (5), highlight and clearHighlights HIGHLIGHT_SYNCS (4),
 * writeFindings WRITE_FINDINGS_SYNCS (4), addWaiver ADD_WAIVER_SYNCS (4), writeTimeline and writeDashboard 1 (2 for a
 * name spelt otherwise than the template's; src/excel/outputSheet.ts), select, writeCells, getSetting and setSetting
 * 1. Every request is budgeted at what Office.js's serializer sends for it (src/excel/chunks.ts) and stays under 4 MB.
 */
import type { CellValue } from "../core/cells";
import type { DashboardLayout } from "../core/dashboard";
import type { Finding } from "../core/finding";
import type {
  ApplyOptions,
  ApplySummary,
  HighlightCell,
  Unsubscribe,
  WaiverInput,
  WorkbookPort,
} from "../core/port";
import type { SheetInput } from "../core/read/readPlan";
import type { Lang } from "../core/schema/types";
import type { PlanWorkbookLayout } from "../core/write/planWorkbook";
import { applyLayout } from "./applyLayout";
import { writeDashboard } from "./dashboard";
import { subscribeChanges } from "./events";
import { writeFindings } from "./findings";
import { clearHighlights, highlightCells, selectCell } from "./highlight";
import { officeDisplayLanguage } from "./officeLanguage";
import { readSheets } from "./readSheets";
import { getSetting, setSetting } from "./settings";
import { addWaiver } from "./waivers";
import { writeCells } from "./writeCells";
import { writeTimeline } from "./timeline";
import type { TimelineLayout } from "../core/timeline";

export function createExcelWorkbook(): WorkbookPort {
  return {
    readSheets: (): Promise<SheetInput[]> => Excel.run((context) => readSheets(context)),
    applyPlanLayout: (layout: PlanWorkbookLayout, opts: ApplyOptions): Promise<ApplySummary> =>
      Excel.run((context) => applyLayout(context, layout, opts)),
    highlight: (cells: readonly HighlightCell[]): Promise<void> =>
      Excel.run((context) => highlightCells(context, cells)),
    clearHighlights: (): Promise<void> => Excel.run((context) => clearHighlights(context)),
    select: (address: string): Promise<void> =>
      Excel.run((context) => selectCell(context, address)),
    addWaiver: (waiver: WaiverInput, lang: Lang): Promise<void> =>
      Excel.run((context) => addWaiver(context, waiver, lang)),
    writeFindings: (findings: readonly Finding[], lang: Lang): Promise<void> =>
      Excel.run((context) => writeFindings(context, findings, lang)),
    writeCells: (cells: readonly { address: string; value: CellValue }[]): Promise<void> =>
      Excel.run((context) => writeCells(context, cells)),
    writeTimeline: (layout: TimelineLayout): Promise<void> =>
      Excel.run((context) => writeTimeline(context, layout)),
    writeDashboard: (layout: DashboardLayout): Promise<void> =>
      Excel.run((context) => writeDashboard(context, layout)),
    onChange: (listener: (sheetName: string) => void): Promise<Unsubscribe> =>
      subscribeChanges(listener),
    getSetting: (key: string): Promise<string | undefined> =>
      Excel.run((context) => getSetting(context, key)),
    setSetting: (key: string, value: string): Promise<void> =>
      Excel.run((context) => setSetting(context, key, value)),
    displayLanguage: (): string | undefined => officeDisplayLanguage(),
  };
}
