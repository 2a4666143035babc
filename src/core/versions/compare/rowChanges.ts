/** Rows added, removed and changed between two sides, sheet by sheet: rows paired by match key, duplicates in sheet order. */
import type { SheetId } from "../../schema/types";
import { INPUT_SHEET_IDS } from "../inputSheets";
import { matchKeyFields } from "./matchKeys";
import { shownText, type Side, type SideRow, type SideSheet } from "./sideSheets";

export interface CellChange {
  field: string;
  /** The column's header as the later side writes it (the earlier side's when the later lacks the column). */
  header: string;
  before: string;
  after: string;
}

export interface RowRef {
  /** The row's match key as shown ("KA-1 · Tmall · 618"). */
  label: string;
  row: number;
}

export interface RowChange {
  label: string;
  rowBefore: number;
  rowAfter: number;
  cells: CellChange[];
}

export interface SheetDiff {
  id: SheetId;
  /** The sheet's name on each side; undefined where that side has no such sheet. */
  before?: string;
  after?: string;
  /** Columns whose header is written otherwise (a rename the reader still matched). */
  renamedColumns: { field: string; before: string; after: string }[];
  added: RowRef[];
  removed: RowRef[];
  changed: RowChange[];
}

function label(sheet: SideSheet, r: SideRow): string {
  const keys = matchKeyFields(sheet.id);
  const parts =
    sheet.id === "settings"
      ? [r.values[sheet.fields.findIndex((f) => f.field === "setting")]]
      : keys.length === 0
        ? r.values
        : keys.map((k) => r.values[sheet.fields.findIndex((f) => f.field === k)]);
  return parts
    .map((p) => shownText(p ?? ""))
    .filter((p) => p !== "")
    .join(" · ");
}

function cellChanges(a: SideSheet, b: SideSheet, ra: SideRow, rb: SideRow): CellChange[] {
  const out: CellChange[] = [];
  // Both sides read with the same schema: fields are the same list in the same order.
  for (let j = 0; j < a.fields.length; j++) {
    if (ra.values[j] === rb.values[j]) continue;
    const field = a.fields[j].field;
    out.push({
      field,
      header: b.headers[field] ?? a.headers[field] ?? a.fields[j].names.en,
      before: shownText(ra.values[j]),
      after: shownText(rb.values[j]),
    });
  }
  return out;
}

const EMPTY = (id: SheetId, name: string): SideSheet => ({
  id,
  name,
  readable: true,
  fields: [],
  headers: {},
  letters: {},
  rows: [],
});

function diffSheet(id: SheetId, sa: SideSheet | undefined, sb: SideSheet | undefined): SheetDiff {
  const a = sa ?? EMPTY(id, "");
  const b = sb ?? EMPTY(id, "");
  const diff: SheetDiff = { id, renamedColumns: [], added: [], removed: [], changed: [] };
  if (sa) diff.before = sa.name;
  if (sb) diff.after = sb.name;
  if (sa && sb) {
    for (const f of sa.fields) {
      const hb = sb.headers[f.field];
      const ha = sa.headers[f.field];
      if (ha !== undefined && hb !== undefined && ha !== hb)
        diff.renamedColumns.push({ field: f.field, before: ha, after: hb });
    }
  }
  // Rows of each key on the earlier side, in sheet order; the later side takes them in its own order.
  const byKey = new Map<string, SideRow[]>();
  for (const r of a.rows) {
    const list = byKey.get(r.key);
    if (list) list.push(r);
    else byKey.set(r.key, [r]);
  }
  const taken = new Map<string, number>();
  for (const rb of b.rows) {
    const list = byKey.get(rb.key);
    const i = taken.get(rb.key) ?? 0;
    if (!list || i >= list.length) {
      diff.added.push({ label: label(b, rb), row: rb.row });
      continue;
    }
    taken.set(rb.key, i + 1);
    const ra = list[i];
    const cells = cellChanges(sa ?? b, b, ra, rb);
    if (cells.length > 0)
      diff.changed.push({ label: label(b, rb), rowBefore: ra.row, rowAfter: rb.row, cells });
  }
  for (const [key, list] of byKey) {
    for (let i = taken.get(key) ?? 0; i < list.length; i++)
      diff.removed.push({ label: label(a, list[i]), row: list[i].row });
  }
  diff.removed.sort((x, y) => x.row - y.row);
  return diff;
}

/** Whether a sheet's diff says anything (a sheet renamed, a column renamed, a row added, removed or changed). */
export const sheetDiffers = (d: SheetDiff): boolean =>
  d.before !== d.after ||
  d.renamedColumns.length > 0 ||
  d.added.length > 0 ||
  d.removed.length > 0 ||
  d.changed.length > 0;

/** Every input sheet either side has, in schema order, with what changed. */
export function rowChanges(a: Side, b: Side): SheetDiff[] {
  const out: SheetDiff[] = [];
  for (const id of INPUT_SHEET_IDS) {
    if (!a.has(id) && !b.has(id)) continue;
    out.push(diffSheet(id, a.get(id), b.get(id)));
  }
  return out;
}
