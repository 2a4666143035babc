/**
 * Single-cell writes in one batch (the budget allocator's Apply and Undo, Fill Regions suggestions): one `values` per
 * cell, one sync; a text stays text (./excelCell.ts).
 */
import type { CellValue } from "../core/cells";
import { isCellError } from "../core/cells";
import { excelText } from "./excelCell";

/** "Budget!E5" / "'My budget'!E5" → sheet and cell. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw new Error(`Not a sheet-qualified address: ${address}`);
  const raw = address.slice(0, bang);
  const sheet =
    raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, cell: address.slice(bang + 1) };
}

function excelValue(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date || isCellError(v))
    throw new Error("writeCells takes numbers, texts and booleans");
  return typeof v === "string" ? excelText(v) : v;
}

export async function writeCells(
  context: Excel.RequestContext,
  cells: readonly { address: string; value: CellValue }[]
): Promise<void> {
  if (cells.length === 0) return;
  const bySheet = new Map<string, { cell: string; value: string | number | boolean }[]>();
  for (const c of cells) {
    const { sheet, cell } = splitAddress(c.address);
    const list = bySheet.get(sheet) ?? [];
    list.push({ cell, value: excelValue(c.value) });
    bySheet.set(sheet, list);
  }
  for (const [name, list] of bySheet) {
    const ws = context.workbook.worksheets.getItem(name);
    for (const { cell, value } of list) ws.getRange(cell).values = [[value]];
  }
  await context.sync();
}
