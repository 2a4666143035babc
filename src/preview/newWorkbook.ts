/** The workbook the preview starts with: as Excel opens a new one (a blank Sheet1), its formulas computed by HyperFormula. */
import { FormulaEngine } from "./formulaEngine";
import { MemoryWorkbook } from "./memoryWorkbook";

export function newPreviewWorkbook(language: string | undefined): MemoryWorkbook {
  const workbook = new MemoryWorkbook(language);
  workbook.addSheet("Sheet1");
  workbook.useCalculator(new FormulaEngine());
  return workbook;
}
