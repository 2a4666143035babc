/** The in-memory WorkbookPort of the browser preview (work in progress: the full model lands shortly). */
import type { ApplyOptions, ApplySummary, HighlightCell, Unsubscribe, WaiverInput, WorkbookPort } from "../core/port";
import type { Finding } from "../core/finding";
import type { SheetInput } from "../core/read/readPlan";
import type { Lang } from "../core/schema/types";
import type { PlanWorkbookLayout } from "../core/write/planWorkbook";

export class MemoryWorkbook implements WorkbookPort {
  async readSheets(): Promise<SheetInput[]> {
    return [];
  }
  async applyPlanLayout(_layout: PlanWorkbookLayout, _opts: ApplyOptions): Promise<ApplySummary> {
    return { created: [], addedColumns: [], formulasEntered: 0, sampleRows: 0, keptSheets: [], conflicts: [] };
  }
  async highlight(_cells: readonly HighlightCell[]): Promise<void> {}
  async clearHighlights(): Promise<void> {}
  async select(_address: string): Promise<void> {}
  async addWaiver(_waiver: WaiverInput, _lang: Lang): Promise<void> {}
  async writeFindings(_findings: readonly Finding[], _lang: Lang): Promise<void> {}
  async onChange(_listener: (sheetName: string) => void): Promise<Unsubscribe> {
    return () => undefined;
  }
  displayLanguage(): string | undefined {
    return undefined;
  }
}
