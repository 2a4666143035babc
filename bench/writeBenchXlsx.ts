/** Writes the bench plan as .xlsx with ExcelJS's streaming writer: the schema's English headers and formats, plain ranges. */
import ExcelJS from "exceljs";
import { sheetSpec } from "../src/core/schema/sheets";
import type { SheetId } from "../src/core/schema/types";
import type { BenchPlan } from "./generatePlan";

export async function writeBenchXlsx(plan: BenchPlan, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  for (const { id, rows } of plan.sheets) {
    const spec = sheetSpec(id as SheetId);
    const ws = wb.addWorksheet(spec.names.en, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      header: c.names.en,
      key: c.field,
      width: c.width ?? 12,
      style: c.format ? { numFmt: c.format.replace("{cur}", "¥") } : {},
    }));
    for (const r of rows) ws.addRow(spec.columns.map((c) => r[c.field] ?? null)).commit();
    ws.commit();
  }
  await wb.commit();
}
