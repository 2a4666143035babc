/**
 * Cross-row data quality: duplicate SKUs, SKUs not in Products, End before Start. Rows with such a hit are left out
 * of the plan like any other DQ_ row. SKUs compare trimmed and exactly (case-sensitive): "ab-1" and "AB-1" are two
 * products, as they are to a marketplace's backend.
 */
import type { CellRef, Hit } from "../finding";
import type { SheetId } from "../schema/types";
import { isoOfSerial } from "./dates";
import type { ReadRow, SheetRead } from "./readSheet";
import { makeHit } from "./readSheet";

export type SheetReads = Partial<Record<SheetId, SheetRead>>;

function ref(read: SheetRead, row: number, field: string): CellRef | undefined {
  const column = read.cols[field];
  return column ? { sheetId: read.id, sheet: read.name, row, column } : undefined;
}

function report(read: SheetRead, r: ReadRow, h: Hit): void {
  read.hits.push(h);
  r.bad = true;
}

function duplicateSkus(products: SheetRead): void {
  const first = new Map<string, ReadRow>();
  const column = products.cols.sku;
  if (!column) return;
  for (const r of products.rows) {
    if (r.sku === undefined || r.sku === "") continue;
    const f = first.get(r.sku);
    if (!f) {
      first.set(r.sku, r);
      continue;
    }
    const h = makeHit("DQ_DUPLICATE_SKU", products.id, products.name, r.row, column, { column: products.headers.sku ?? "SKU", value: r.sku, firstRow: f.row }, r.sku);
    const related = ref(products, f.row, "sku");
    if (related) h.related = [related];
    report(products, r, h);
  }
}

function unknownSkus(read: SheetRead, known: ReadonlySet<string>, productsSheet: string): void {
  const column = read.cols.sku;
  if (!column) return;
  for (const r of read.rows) {
    if (r.sku === undefined || r.sku === "" || known.has(r.sku)) continue;
    report(read, r, makeHit("DQ_UNKNOWN_SKU", read.id, read.name, r.row, column, { column: read.headers.sku ?? "SKU", value: r.sku, productsSheet }, r.sku));
  }
}

function dateOrder(read: SheetRead, startField: string, endField: string): void {
  const column = read.cols[endField];
  if (!column) return;
  for (const r of read.rows) {
    const start = r.v[startField];
    const end = r.v[endField];
    if (typeof start !== "number" || typeof end !== "number" || end >= start) continue;
    const h = makeHit(
      "DQ_DATE_ORDER",
      read.id,
      read.name,
      r.row,
      column,
      { column: read.headers[endField] ?? endField, value: isoOfSerial(end), startColumn: read.headers[startField] ?? startField, start: isoOfSerial(start) },
      r.sku,
    );
    const related = ref(read, r.row, startField);
    if (related) h.related = [related];
    report(read, r, h);
  }
}

/**
 * Adds the cross-row DQ_ hits to the sheets' reads and marks those rows bad. DQ_UNKNOWN_SKU applies only when the
 * workbook has a readable Products sheet; any SKU on it counts as known, even on a row left out for another DQ_.
 */
export function checkIntegrity(reads: SheetReads): void {
  const products = reads.products;
  if (products?.readable) {
    duplicateSkus(products);
    const known = new Set<string>();
    for (const r of products.rows) if (r.sku !== undefined) known.add(r.sku);
    for (const id of ["promotions", "prices"] as const) {
      const read = reads[id];
      if (read) unknownSkus(read, known, products.name);
    }
  }
  if (reads.promotions) dateOrder(reads.promotions, "start", "end");
  if (reads.calendar) dateOrder(reads.calendar, "from", "to");
}
