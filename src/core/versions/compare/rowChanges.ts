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

function groupByKey(rows: readonly SideRow[]): Map<string, SideRow[]> {
  const out = new Map<string, SideRow[]>();
  for (const r of rows) {
    const list = out.get(r.key);
    if (list) list.push(r);
    else out.set(r.key, [r]);
  }
  return out;
}

/** Keys held by more than one row on either side. */
function duplicateKeys(a: readonly SideRow[], b: readonly SideRow[]): Set<string> {
  const out = new Set<string>();
  for (const r of a) if (r.nth > 0) out.add(r.key);
  for (const r of b) if (r.nth > 0) out.add(r.key);
  return out;
}

/** The same rows at the same places with the same values (most sheets between two versions): nothing to pair. */
function sameRows(a: readonly SideRow[], b: readonly SideRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const ra = a[i];
    const rb = b[i];
    if (ra.row !== rb.row || ra.key !== rb.key) return false;
    const va = ra.values;
    const vb = rb.values;
    for (let j = 0; j < va.length; j++) if (va[j] !== vb[j]) return false;
  }
  return true;
}

const signature = (r: SideRow): string => r.values.join("\u001f");

/** The earlier side's row paired with each later row of one key (undefined: added); see diffSheet. */
function pairRows(
  listA: readonly SideRow[],
  listB: readonly SideRow[]
): [SideRow | undefined, SideRow][] {
  if (listA.length <= 1 && listB.length <= 1) return listB.map((rb) => [listA[0], rb]);
  const free = new Set(listA);
  const bySig = new Map<string, SideRow[]>();
  for (const ra of listA) {
    const k = signature(ra);
    const q = bySig.get(k);
    if (q) q.push(ra);
    else bySig.set(k, [ra]);
  }
  const pairs = new Map<SideRow, SideRow | undefined>();
  for (const rb of listB) {
    const ra = bySig.get(signature(rb))?.find((x) => free.has(x));
    if (ra) {
      free.delete(ra);
      pairs.set(rb, ra);
    }
  }
  const rest = listA.filter((x) => free.has(x));
  let i = 0;
  return listB.map((rb): [SideRow | undefined, SideRow] => {
    if (pairs.has(rb)) return [pairs.get(rb), rb];
    return [rest[i++], rb];
  });
}

/** The earlier side's rows of one key that no later row pairs with (removed). */
function unpairedRows(listA: readonly SideRow[], listB: readonly SideRow[]): SideRow[] {
  if (listB.length === 0) return [...listA];
  const paired = new Set(pairRows(listA, listB).map(([ra]) => ra));
  return listA.filter((ra) => !paired.has(ra));
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
  if (sameRows(a.rows, b.rows)) return diff;
  // Rows of each key on each side, in sheet order. A key held once on each side pairs its two rows (by a map of the
  // earlier side's rows). Where a key is held more than once on either side, identical rows pair first (a change
  // elsewhere in the group does not shift the pairs), then the rest in sheet order.
  const dup = duplicateKeys(a.rows, b.rows);
  const onceA = new Map<string, number>();
  for (let i = 0; i < a.rows.length; i++) if (!dup.has(a.rows[i].key)) onceA.set(a.rows[i].key, i);
  const pairedA = new Uint8Array(a.rows.length);
  const dupB: SideRow[] = [];
  for (const rb of b.rows) {
    if (dup.has(rb.key)) {
      dupB.push(rb);
      continue;
    }
    const i = onceA.get(rb.key);
    if (i === undefined) diff.added.push({ label: label(b, rb), row: rb.row });
    else {
      pairedA[i] = 1;
      const ra = a.rows[i];
      const cells = cellChanges(sa ?? b, b, ra, rb);
      if (cells.length > 0)
        diff.changed.push({ label: label(b, rb), rowBefore: ra.row, rowAfter: rb.row, cells });
    }
  }
  const dupA: SideRow[] = [];
  for (let i = 0; i < a.rows.length; i++) {
    const ra = a.rows[i];
    if (dup.has(ra.key)) dupA.push(ra);
    else if (!pairedA[i]) diff.removed.push({ label: label(a, ra), row: ra.row });
  }
  const groupsA = groupByKey(dupA);
  const groupsB = groupByKey(dupB);
  for (const [key, listB] of groupsB) {
    const listA = groupsA.get(key) ?? [];
    for (const [ra, rb] of pairRows(listA, listB)) {
      if (ra === undefined) diff.added.push({ label: label(b, rb), row: rb.row });
      else {
        const cells = cellChanges(sa ?? b, b, ra, rb);
        if (cells.length > 0)
          diff.changed.push({ label: label(b, rb), rowBefore: ra.row, rowAfter: rb.row, cells });
      }
    }
  }
  for (const [key, listA] of groupsA) {
    const listB = groupsB.get(key) ?? [];
    for (const ra of unpairedRows(listA, listB))
      diff.removed.push({ label: label(a, ra), row: ra.row });
  }
  diff.added.sort((x, y) => x.row - y.row);
  diff.changed.sort((x, y) => x.rowAfter - y.rowAfter);
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
