/** Finding a sheet's header row: the first row (within the first 20) that holds all its key headers. */
import type { CellValue, Grid } from "../cells";
import { normKey } from "../lists";
import type { ColumnSpec, Names, SheetSpec } from "../schema/types";
import { normCell } from "./cellValue";

export const HEADER_SCAN_ROWS = 20;

/** Which language variant of the schema's names a sheet uses. */
export type NameLang = keyof Names;

/** A header's match key: case-, width- and space-insensitive, a trailing `*` (key marker) dropped. */
export function headerKey(v: CellValue): string | undefined {
  if (typeof v !== "string") return undefined;
  const k = normKey(v).replace(/\*+$/, "");
  return k === "" ? undefined : k;
}

/** The header text as the planner wrote it (for messages): trimmed, a line break (Alt+Enter) a space, without the key marker. */
function headerText(v: string): string {
  return v
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s*[*＊]+$/, "");
}

interface SpecIndex {
  byKey: Map<string, ColumnSpec>;
  keys: ColumnSpec[];
}

const INDEXES = new Map<SheetSpec, SpecIndex>();

function specIndex(spec: SheetSpec): SpecIndex {
  let ix = INDEXES.get(spec);
  if (!ix) {
    const byKey = new Map<string, ColumnSpec>();
    for (const c of spec.columns) {
      for (const name of [c.names.en, c.names.zh, c.names.zhTW]) {
        const k = headerKey(name);
        if (k !== undefined && !byKey.has(k)) byKey.set(k, c);
      }
    }
    ix = { byKey, keys: spec.columns.filter((c) => c.key) };
    INDEXES.set(spec, ix);
  }
  return ix;
}

export interface HeaderColumn {
  spec: ColumnSpec;
  /** 0-based index of the column in the grid row. */
  index: number;
  /** The header as written in the sheet. */
  header: string;
}

export interface HeaderMatch {
  /** 0-based index of the header row in the grid. */
  rowIndex: number;
  /** The schema columns found, by field (a duplicate header: the first one wins). */
  byField: Map<string, HeaderColumn>;
  /** Key columns the header row lacks (empty when the header is complete). */
  missingKeys: ColumnSpec[];
  /** 0-based index of the header row's first non-blank cell (where DQ_MISSING_COLUMN points). */
  firstCellIndex: number;
}

function matchRow(
  cells: readonly unknown[],
  ix: SpecIndex
): { byField: Map<string, HeaderColumn>; keyCount: number; first: number } {
  const byField = new Map<string, HeaderColumn>();
  let keyCount = 0;
  let first = -1;
  for (let j = 0; j < cells.length; j++) {
    const v = normCell(cells[j]);
    if (v === null || v === undefined || v === "") continue;
    if (typeof v === "string" && v.trim() === "") continue;
    if (first < 0) first = j;
    const k = headerKey(v);
    const col = k === undefined ? undefined : ix.byKey.get(k);
    if (!col || byField.has(col.field)) continue;
    byField.set(col.field, { spec: col, index: j, header: headerText(v as string) });
    if (col.key) keyCount++;
  }
  return { byField, keyCount, first };
}

/**
 * The header row of a sheet: the first of the first 20 rows holding every key header. Failing that, the row holding
 * the most of them (the first such), with `missingKeys` set. A sheet without key columns (Lists) takes the first row
 * holding any of its headers. Undefined when no row holds any.
 */
export function findHeader(rows: Grid, spec: SheetSpec): HeaderMatch | undefined {
  const ix = specIndex(spec);
  const needed = ix.keys.length;
  let best:
    | { rowIndex: number; byField: Map<string, HeaderColumn>; keyCount: number; first: number }
    | undefined;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const cells = rows[i];
    if (!Array.isArray(cells)) continue;
    const m = matchRow(cells, ix);
    const score = needed === 0 ? m.byField.size : m.keyCount;
    if (score === 0) continue;
    if (needed === 0 || m.keyCount === needed) {
      return { rowIndex: i, byField: m.byField, missingKeys: [], firstCellIndex: m.first };
    }
    if (!best || m.keyCount > best.keyCount) best = { rowIndex: i, ...m };
  }
  if (!best) return undefined;
  return {
    rowIndex: best.rowIndex,
    byField: best.byField,
    missingKeys: ix.keys.filter((c) => !best.byField.has(c.field)),
    firstCellIndex: best.first,
  };
}
