/** The plan workbook the formula tests evaluate: English, plan year 2027, no sample rows, formulas entered. */
import {
  planWorkbookLayout,
  type PlanWorkbookLayout,
  type PlanWorkbookOptions,
} from "../../src/core/write/planWorkbook";

export const formulaLayout = (
  opts: Omit<PlanWorkbookOptions, "lang" | "year" | "sample" | "formulas">
): PlanWorkbookLayout =>
  planWorkbookLayout({ lang: "en", year: 2027, sample: false, formulas: true, ...opts });
