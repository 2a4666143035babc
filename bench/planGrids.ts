/**
 * A bench plan as the sheets a workbook holds: per sheet its name and a grid (header row, then the rows), with dates
 * as Excel serial numbers and formulas as their cached results — what the preview's in-memory workbook and the
 * workbook port give the reader. Used to load a big plan into the browser preview (bench/preview.bench.ts, e2e).
 */
import type { CellValue, Grid } from "../src/core/cells";
import { dateToSerial } from "../src/core/read/dates";
import { sheetSpec } from "../src/core/schema/sheets";
import type { Lang, SheetId } from "../src/core/schema/types";
import type { BenchPlan, BenchValue } from "./generatePlan";

export interface PlanSheetGrid {
  name: string;
  rows: Grid;
}

function cellValue(v: BenchValue | undefined): CellValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") return v.result;
  return v;
}

export function planGrids(plan: BenchPlan, lang: Lang = "en"): PlanSheetGrid[] {
  return plan.sheets.map(({ id, rows }) => {
    const spec = sheetSpec(id as SheetId);
    const header = spec.columns.map((c) => (lang === "en" ? c.names.en : c.names.zh));
    return {
      name: lang === "en" ? spec.names.en : spec.names.zh,
      rows: [header, ...rows.map((r) => spec.columns.map((c) => cellValue(r[c.field])))],
    };
  });
}
