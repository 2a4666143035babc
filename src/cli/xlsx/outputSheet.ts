/**
 * An output sheet of ours (Timeline, Review) in an ExcelJS workbook, made afresh: the sheet found under any of its
 * names replaced in the same tab place under the same name when it is ours (its A1 holds our title, or it is empty),
 * else OutputSheetConflict thrown before anything changes; a new sheet at the end when there is none.
 */
import type ExcelJS from "exceljs";
import { assertOurs, outputSheetName, type OutputSheetId } from "../../core/outputSheets";

type Ordered = ExcelJS.Worksheet & { orderNo: number };

function isEmpty(ws: ExcelJS.Worksheet): boolean {
  let empty = true;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.value !== null && c.value !== undefined && c.value !== "") empty = false;
    });
  });
  return empty;
}

export function freshOutputSheet(
  wb: ExcelJS.Workbook,
  id: OutputSheetId,
  name: string,
  isTitle: (a1: unknown) => boolean
): ExcelJS.Worksheet {
  const found = outputSheetName(
    wb.worksheets.map((w) => w.name),
    id,
    name
  );
  const old = found === undefined ? undefined : wb.getWorksheet(found);
  if (!old) return wb.addWorksheet(name);
  assertOurs(old.name, { a1: old.getCell("A1").value, empty: isEmpty(old) }, isTitle);
  const { orderNo } = old as Ordered;
  const keptName = old.name;
  wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(keptName);
  (ws as Ordered).orderNo = orderNo;
  return ws;
}
