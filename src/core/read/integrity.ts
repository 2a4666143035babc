/**
 * Cross-row data quality: duplicate SKUs, SKUs not in Products, End before Start. Rows with such a hit are left out
 * of the plan like any other DQ_ row. SKUs compare trimmed and exactly (case-sensitive): "ab-1" and "AB-1" are two
 * products, as they are to a marketplace's backend.
 */
import type { CellRef, Hit, Params } from "../finding";
import type { SheetId } from "../schema/types";
import { count, money } from "../numberText";
import { isoOfSerial } from "./dates";
import type { SheetRead } from "./readSheet";
import { makeHit } from "./readSheet";

export type SheetReads = Partial<Record<SheetId, SheetRead>>;

function ref(read: SheetRead, row: number, field: string): CellRef | undefined {
  const column = read.cols[field];
  return column ? { sheetId: read.id, sheet: read.name, row, column } : undefined;
}

function report(read: SheetRead, i: number, h: Hit): void {
  read.hits.push(h);
  read.bad[i] = true;
}

function duplicateSkus(products: SheetRead): void {
  const first = new Map<string, number>();
  const column = products.cols.sku;
  if (!column) return;
  for (let i = 0; i < products.rows.length; i++) {
    const sku = products.skus[i];
    if (sku === undefined || sku === "") continue;
    const f = first.get(sku);
    if (f === undefined) {
      first.set(sku, products.rows[i].row);
      continue;
    }
    const h = makeHit(
      "DQ_DUPLICATE_SKU",
      products.id,
      products.name,
      products.rows[i].row,
      column,
      { column: products.headers.sku ?? "SKU", value: sku, firstRow: f },
      sku
    );
    const related = ref(products, f, "sku");
    if (related) h.related = [related];
    report(products, i, h);
  }
}

/**
 * A platform on two Platforms rows: the first stands — even with an unreadable cell (readPlan keeps it) — and the
 * later is DQ_DUPLICATE_SKU's "platform" variant.
 */
function duplicatePlatforms(platforms: SheetRead): void {
  const column = platforms.cols.platform;
  if (!column) return;
  const first = new Map<string, number>();
  for (let i = 0; i < platforms.rows.length; i++) {
    const value = platforms.rows[i].v.platform;
    if (typeof value !== "string") continue;
    const f = first.get(value);
    if (f === undefined) {
      first.set(value, platforms.rows[i].row);
      continue;
    }
    const h = makeHit(
      "DQ_DUPLICATE_SKU",
      platforms.id,
      platforms.name,
      platforms.rows[i].row,
      column,
      {
        column: platforms.headers.platform ?? "Platform",
        value,
        firstRow: f,
        context: "platform",
      }
    );
    const related = ref(platforms, f, "platform");
    if (related) h.related = [related];
    report(platforms, i, h);
  }
}

function unknownSkus(read: SheetRead, known: ReadonlySet<string>, productsSheet: string): void {
  const column = read.cols.sku;
  if (!column) return;
  for (let i = 0; i < read.rows.length; i++) {
    const sku = read.skus[i];
    if (sku === undefined || sku === "" || known.has(sku)) continue;
    report(
      read,
      i,
      makeHit(
        "DQ_UNKNOWN_SKU",
        read.id,
        read.name,
        read.rows[i].row,
        column,
        { column: read.headers.sku ?? "SKU", value: sku, productsSheet },
        sku
      )
    );
  }
}

function dateOrder(read: SheetRead, startField: string, endField: string): void {
  const column = read.cols[endField];
  if (!column) return;
  for (let i = 0; i < read.rows.length; i++) {
    const r = read.rows[i];
    const start = r.v[startField];
    const end = r.v[endField];
    if (typeof start !== "number" || typeof end !== "number" || end >= start) continue;
    const h = makeHit(
      "DQ_DATE_ORDER",
      read.id,
      read.name,
      r.row,
      column,
      {
        column: read.headers[endField] ?? endField,
        value: isoOfSerial(end),
        startColumn: read.headers[startField] ?? startField,
        start: isoOfSerial(start),
      },
      read.skus[i]
    );
    const related = ref(read, r.row, startField);
    if (related) h.related = [related];
    report(read, i, h);
  }
}

/**
 * Sales: the same SKU, platform and day twice (DQ_DUPLICATE_DAY on the later row's Date, related to the first), and
 * revenue on a day that sold 0 units (DQ_REVENUE_WITHOUT_UNITS on Units). Only rows still clean are compared: a row
 * whose date or platform could not be read has no day to collide on.
 */
function salesDays(sales: SheetRead): void {
  const first = new Map<string, number>();
  const dateCol = sales.cols.date;
  const unitsCol = sales.cols.units;
  for (let i = 0; i < sales.rows.length; i++) {
    if (sales.bad[i]) continue;
    const r = sales.rows[i];
    const { date, platform, units, revenue } = r.v;
    const sku = sales.skus[i];
    if (
      typeof units === "number" &&
      units === 0 &&
      typeof revenue === "number" &&
      revenue > 0 &&
      unitsCol
    ) {
      report(
        sales,
        i,
        makeHit(
          "DQ_REVENUE_WITHOUT_UNITS",
          sales.id,
          sales.name,
          r.row,
          unitsCol,
          {
            column: sales.headers.units ?? "Units",
            revenueColumn: sales.headers.revenue ?? "Revenue",
            revenue: money(revenue),
          },
          sku
        )
      );
      continue;
    }
    if (typeof date !== "number" || typeof platform !== "string" || sku === undefined || !dateCol)
      continue;
    const key = `${date}\u0000${platform}\u0000${sku}`;
    const f = first.get(key);
    if (f === undefined) {
      first.set(key, r.row);
      continue;
    }
    const h = makeHit(
      "DQ_DUPLICATE_DAY",
      sales.id,
      sales.name,
      r.row,
      dateCol,
      { sku, platform, value: isoOfSerial(date), firstRow: f },
      sku
    );
    const related = ref(sales, f, "date");
    if (related) h.related = [related];
    report(sales, i, h);
  }
}

/**
 * Two numbers of one row that contradict each other: a finding on `field`'s cell, related to `other`'s. Service:
 * Buyers above Inquiries (DQ_BUYERS_OVER_INQUIRIES, on Buyers: a conversion over 100 %); Market: Price to below Price
 * from (DQ_BAND_ORDER, on Price to: a band no price falls in). Never a silent rate or band.
 */
function pairOrder(
  read: SheetRead,
  rule: "DQ_BUYERS_OVER_INQUIRIES" | "DQ_BAND_ORDER",
  field: string,
  other: string,
  breach: (value: number, otherValue: number) => boolean,
  params: (value: number, otherValue: number, header: string, otherHeader: string) => Params
): void {
  const column = read.cols[field];
  if (!column) return;
  for (let i = 0; i < read.rows.length; i++) {
    if (read.bad[i]) continue;
    const r = read.rows[i];
    const value = r.v[field];
    const otherValue = r.v[other];
    if (typeof value !== "number" || typeof otherValue !== "number") continue;
    if (!breach(value, otherValue)) continue;
    const h = makeHit(
      rule,
      read.id,
      read.name,
      r.row,
      column,
      params(value, otherValue, read.headers[field] ?? field, read.headers[other] ?? other)
    );
    const related = ref(read, r.row, other);
    if (related) h.related = [related];
    report(read, i, h);
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
    for (const sku of products.skus) if (sku !== undefined) known.add(sku);
    for (const id of ["promotions", "prices", "sales", "competitors"] as const) {
      const read = reads[id];
      if (read) unknownSkus(read, known, products.name);
    }
  }
  if (reads.promotions) dateOrder(reads.promotions, "start", "end");
  if (reads.calendar) dateOrder(reads.calendar, "from", "to");
  if (reads.sales) salesDays(reads.sales);
  if (reads.platforms) duplicatePlatforms(reads.platforms);
  if (reads.service)
    pairOrder(
      reads.service,
      "DQ_BUYERS_OVER_INQUIRIES",
      "buyers",
      "inquiries",
      (buyers, inquiries) => buyers > inquiries,
      (buyers, inquiries, column, inquiriesColumn) => ({
        column,
        value: count(buyers),
        inquiriesColumn,
        inquiries: count(inquiries),
      })
    );
  if (reads.market)
    pairOrder(
      reads.market,
      "DQ_BAND_ORDER",
      "priceTo",
      "priceFrom",
      (to, from) => to < from,
      (to, from, column, fromColumn) => ({
        column,
        value: money(to),
        fromColumn,
        from: money(from),
      })
    );
}
