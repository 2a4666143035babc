/**
 * Merged cells. A file (and Excel) keeps a merge's value in its first cell only; the cells it covers are blank,
 * though the planner sees the value across the merge. For the SKU column the reader takes a covered cell as holding
 * its merge's value: rows grouped under one merged SKU are that SKU's rows.
 */
import { columnIndex, type Grid } from "../cells";

export interface CellRect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

/** "A2:A4", "Products!$A$2:$A$4" → its rows and columns (1-based); undefined for anything else. */
export function rectOf(a1: string): CellRect | undefined {
  if (typeof a1 !== "string") return undefined;
  const m = RANGE.exec(a1.slice(a1.lastIndexOf("!") + 1).trim());
  if (!m) return undefined;
  const r1 = Number(m[2]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c1 = columnIndex(m[1]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * The grid with the cells that merges cover in one column holding each merge's value (its top-left cell's), in rows
 * after `fromIndex` (a grid index: the header row stays as it is) that hold some other value (a merge reaching down
 * over empty rows makes no rows). Only blank covered cells are filled; the rows changed are copies (the input grid is
 * not changed). `col` is the sheet column, `firstRow`/`firstCol` the grid's origin.
 */
export function fillMergedColumn(
  grid: Grid,
  merges: readonly string[] | undefined,
  firstRow: number,
  firstCol: number,
  col: number,
  fromIndex: number
): Grid {
  if (!Array.isArray(merges) || merges.length === 0) return grid;
  const ci = col - firstCol;
  if (ci < 0) return grid;
  let out: Grid | undefined;
  for (const a1 of merges) {
    const m = rectOf(a1);
    if (!m || col < m.c1 || col > m.c2 || (m.r1 === m.r2 && m.c1 === m.c2)) continue;
    const value = grid[m.r1 - firstRow]?.[m.c1 - firstCol];
    if (isBlank(value)) continue;
    const last = Math.min(m.r2 - firstRow, grid.length - 1);
    for (let ri = Math.max(m.r1 - firstRow, fromIndex + 1); ri <= last; ri++) {
      if (ri === m.r1 - firstRow && col === m.c1) continue;
      const line = (out ?? grid)[ri];
      if (!Array.isArray(line) || !isBlank(line[ci]) || line.every(isBlank)) continue;
      out ??= grid.slice();
      const copy = line.slice();
      copy[ci] = value;
      out[ri] = copy;
    }
  }
  return out ?? grid;
}
