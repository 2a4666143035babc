/**
 * Restoring a version into the working sheets, as cell writes both workbook adapters execute. Each input sheet of
 * the version is written back column by column into the working sheet's column of the same field (a column renamed
 * or moved since is found by the reader), below the working header; rows the working sheet has beyond the version's
 * are cleared. Computed and Flags columns are never written (Create / update re-enters their formulas on the rows
 * restored). A sheet the working plan lacks, or whose header the reader cannot find, gets the version's grid as it was.
 * Sheets the version does not have are left alone.
 */
import { columnIndex, columnLetter, type CellValue, type Grid } from "../cells";
import { identifySheet } from "../read/readPlan";
import { origin, type SheetInput } from "../read/input";
import { locateHeader } from "../read/readSheet";
import { sheetSpec } from "../schema/sheets";
import type { SheetId } from "../schema/types";
import type { Snapshot, SnapshotSheet } from "./snapshot";

export interface RestoreWrite {
  sheet: string;
  /** Top-left cell of `values` (A1 style, no sheet). */
  at: string;
  /** null clears a cell. */
  values: Grid;
}

/** A write's top-left cell: column letters, 1-based column and row (both adapters place the values from it). */
export function restoreOrigin(w: RestoreWrite): { letter: string; col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(w.at);
  if (!m) throw new Error(`Not a cell: ${w.at}`);
  return { letter: m[1], col: columnIndex(m[1]), row: Number(m[2]) };
}

export interface RestorePlan {
  /** Sheets to add first (the version's name), in the version's order. */
  create: string[];
  writes: RestoreWrite[];
  /**
   * Sheets that get rows below their working rows (or are new): their table and computed columns must grow over them
   * (the pane runs Create / update then).
   */
  grows: string[];
}

function verbatim(s: SnapshotSheet, current: SheetInput | undefined): RestoreWrite {
  const rows = Math.max(s.rows.length, current?.rows.length ?? 0);
  const width = Math.max(
    1,
    ...s.rows.map((r) => r.length),
    ...(current?.rows ?? []).map((r) => (Array.isArray(r) ? r.length : 0))
  );
  const values: Grid = [];
  for (let i = 0; i < rows; i++) {
    const src = s.rows[i] ?? [];
    const row: CellValue[] = new Array(width);
    for (let j = 0; j < width; j++) row[j] = src[j] ?? null;
    values.push(row);
  }
  return {
    sheet: current?.name ?? s.name,
    at: `${columnLetter(origin(s.firstCol))}${origin(s.firstRow)}`,
    values,
  };
}

function byField(
  s: SnapshotSheet,
  current: SheetInput,
  id: SheetId,
  grows: string[]
): RestoreWrite[] | undefined {
  const spec = sheetSpec(id);
  const from = locateHeader(s, spec);
  const to = locateHeader(current, spec);
  if (!from.header || !to.header) return undefined;
  const fromData = from.header.rowIndex + 1;
  const toData = to.header.rowIndex + 1;
  const versionRows = Math.max(0, s.rows.length - fromData);
  const currentRows = Math.max(0, current.rows.length - toData);
  const n = Math.max(versionRows, currentRows);
  if (versionRows > currentRows) grows.push(current.name);
  if (n === 0) return [];
  const out: RestoreWrite[] = [];
  for (const [field, col] of to.header.byField) {
    if (col.spec.computed) continue;
    const src = from.header.byField.get(field);
    const values: Grid = new Array(n);
    for (let i = 0; i < n; i++) {
      const row = src ? s.rows[fromData + i] : undefined;
      values[i] = [row?.[src?.index ?? 0] ?? null];
    }
    const letter = columnLetter(to.firstCol + col.index);
    out.push({ sheet: current.name, at: `${letter}${to.firstRow + toData}`, values });
  }
  return out;
}

export function restorePlan(version: Snapshot, current: readonly SheetInput[]): RestorePlan {
  const working = new Map<SheetId, SheetInput>();
  for (const s of current) {
    const id = identifySheet(s.name);
    if (id !== undefined && !working.has(id)) working.set(id, s);
  }
  const plan: RestorePlan = { create: [], writes: [], grows: [] };
  for (const s of version.sheets) {
    const cur = working.get(s.id);
    if (!cur) {
      plan.create.push(s.name);
      plan.grows.push(s.name);
      plan.writes.push(verbatim(s, undefined));
      continue;
    }
    const mapped = byField(s, cur, s.id, plan.grows);
    if (mapped) plan.writes.push(...mapped);
    else {
      plan.writes.push(verbatim(s, cur));
      plan.grows.push(cur.name);
    }
  }
  return plan;
}
