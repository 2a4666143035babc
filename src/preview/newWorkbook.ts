/**
 * The workbook the preview starts with: as Excel opens a new one (a blank Sheet1), its formulas computed by
 * HyperFormula — on this thread unless a calculator is given (the page gives the engine worker's, ./engine/).
 */
import { FormulaEngine } from "./formulaEngine";
import { MemoryWorkbook, type Calculator } from "./memoryWorkbook";

export function newPreviewWorkbook(
  language: string | undefined,
  calculator: Calculator = new FormulaEngine()
): MemoryWorkbook {
  const workbook = new MemoryWorkbook(language);
  workbook.addSheet("Sheet1");
  workbook.useCalculator(calculator);
  return workbook;
}
