/**
 * What the CLI's and the preview's sheet readers make of a workbook, as plain JSON (dates as `{ date: ISO }`): the
 * golden files beside it (fixtures/cells-before-scanner.json.gz) were written by the saxes-based readers the shared
 * worksheet scanner replaced, so the scanner is held to the cells they gave.
 */
import { readFileSync } from "fs";
import type { CellValue } from "../../src/core/cells";
import { readWorkbook } from "../../src/cli/xlsx/readWorkbook";
import { readXlsxBytes } from "../../src/preview/open/readXlsxBytes";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function valueJson(v: CellValue | undefined): Json {
  if (v instanceof Date) return { date: Number.isNaN(v.getTime()) ? "invalid" : v.toISOString() };
  if (v === undefined) return "<undefined>";
  return v as Json;
}

/** Every sheet the CLI reads (all of them asked for): rows (holes as "<hole>"), formulas, merges, total rows. */
export async function cliCells(file: string): Promise<Json> {
  try {
    const wb = await readWorkbook(file, () => true);
    return {
      sheetNames: wb.sheetNames,
      sheets: wb.sheets.map((s) => {
        const rows: Json[] = [];
        for (let r = 0; r < s.rows.length; r++) {
          const row = s.rows[r];
          if (!row) continue;
          const cells: Json[] = [];
          for (let c = 0; c < row.length; c++) if (c in row) cells.push([c + 1, valueJson(row[c])]);
          rows.push([r + 1, cells]);
        }
        return {
          name: s.name,
          rows,
          formulas: (s.formulas ?? []) as unknown as Json,
          merges: [...(s.merges ?? [])],
          totalRows: [...(s.totalRows ?? [])],
        };
      }),
    };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Every sheet the preview opens: its cells (value, formula, number format) and structure. */
export async function previewCells(file: string): Promise<Json> {
  const b = readFileSync(file);
  try {
    const wb = await readXlsxBytes(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    return {
      names: wb.names,
      dropped: wb.dropped as unknown as Json,
      sheets: wb.sheets.map((s) => {
        const cells: Json[] = [];
        s.forEachCell((cell, row, col) => {
          const c: { [k: string]: Json } = { v: valueJson(cell.value) };
          if (cell.formula !== undefined) c.f = cell.formula;
          if (cell.numFmt !== undefined) c.z = cell.numFmt;
          cells.push([row, col, c]);
        });
        return {
          name: s.name,
          cells,
          hiddenRows: [...s.hiddenRows],
          hiddenColumns: [...s.hiddenColumns],
          widths: [...s.widths] as Json,
          frozen: [s.frozenRows ?? 0, s.frozenColumns ?? 0],
          merges: s.merges,
          tables: s.tables as unknown as Json,
          validations: s.validations as unknown as Json,
          conditionalFormats: s.conditionalFormats as unknown as Json,
          totalRows: [...(s.totalRows ?? [])],
        };
      }),
    };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
