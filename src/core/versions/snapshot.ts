/**
 * A version's content: every input sheet of the working plan as its values (computed and Flags columns left blank:
 * they are formulas the workbook computes again), with where the grid starts, its merges and tables' total rows, so
 * the forgiving reader reads a version exactly as it read the working sheet.
 */
import type { Grid } from "../cells";
import { identifySheet } from "../read/readPlan";
import type { SheetInput } from "../read/input";
import { locateHeader } from "../read/readSheet";
import { isBlankCell } from "../read/cellValue";
import { sheetSpec } from "../schema/sheets";
import type { SheetId } from "../schema/types";
import { isVersionedSheet } from "./inputSheets";

export interface SnapshotSheet extends SheetInput {
  /** The schema sheet it is (the name may be in English or Chinese, or renamed since). */
  id: SheetId;
}

export interface Snapshot {
  sheets: SnapshotSheet[];
}

/** The grid without its computed columns' data cells (their header stays) and without trailing blank cells. */
function inputCells(input: SheetInput, id: SheetId): Grid {
  const spec = sheetSpec(id);
  const { header } = locateHeader(input, spec);
  const computed: number[] = [];
  if (header) for (const h of header.byField.values()) if (h.spec.computed) computed.push(h.index);
  const start = header ? header.rowIndex + 1 : 0;
  const rows = Array.isArray(input.rows) ? input.rows : [];
  const out: Grid = new Array(rows.length);
  let last = -1;
  for (let i = 0; i < rows.length; i++) {
    const src = Array.isArray(rows[i]) ? rows[i] : [];
    const row = i >= start && computed.length > 0 ? src.slice() : src;
    if (i >= start) for (const c of computed) if (c < row.length) row[c] = null;
    let end = row.length;
    while (end > 0 && isBlankCell(row[end - 1])) end--;
    out[i] = end === row.length ? row : row.slice(0, end);
    if (end > 0) last = i;
  }
  out.length = last + 1;
  return out;
}

/** The working plan's input sheets (the first of each schema sheet, as the reader takes it). */
export function takeSnapshot(sheets: readonly SheetInput[]): Snapshot {
  const seen = new Set<SheetId>();
  const out: SnapshotSheet[] = [];
  for (const s of sheets) {
    const id = identifySheet(s.name);
    if (!isVersionedSheet(id) || seen.has(id)) continue;
    seen.add(id);
    const sheet: SnapshotSheet = { id, name: s.name, rows: inputCells(s, id) };
    if (s.firstRow !== undefined && s.firstRow !== 1) sheet.firstRow = s.firstRow;
    if (s.firstCol !== undefined && s.firstCol !== 1) sheet.firstCol = s.firstCol;
    if (s.merges && s.merges.length > 0) sheet.merges = [...s.merges];
    if (s.totalRows && s.totalRows.length > 0) sheet.totalRows = [...s.totalRows];
    if (s.formulas && s.formulas.length > 0) sheet.formulas = [...s.formulas];
    out.push(sheet);
  }
  return { sheets: out };
}
