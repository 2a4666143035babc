/** The WorkbookPort in Excel, through Office.js (work in progress: the full adapter lands shortly). */
import type { WorkbookPort } from "../core/port";

export function createExcelWorkbook(): WorkbookPort {
  const notYet = (): Promise<never> => Promise.reject(new Error("Excel adapter not ready yet"));
  return {
    readSheets: notYet,
    applyPlanLayout: notYet,
    highlight: notYet,
    clearHighlights: notYet,
    select: notYet,
    addWaiver: notYet,
    writeFindings: notYet,
    onChange: notYet,
    displayLanguage: () => undefined,
  };
}
