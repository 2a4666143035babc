/**
 * What the Timeline's formulas compute, from the plan: the cached results written with them. Each function mirrors
 * one formula of ./layout.ts step by step (the same comparisons, the same tie-breaks), so a recalculation shows
 * the same text on data the reader accepts.
 */
import type { ListEntry } from "../lists";
import type { CalendarEvent, Product, Promotion, Row } from "../plan";
import { mondayOf, type PlanWeek } from "./isoWeeks";

export interface Codes {
  launch: string;
  warehouse: string;
  presale: string;
  deposit: string;
  balance: string;
  shutdown: string;
}

const num = (v: number | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** COUNTIFS(from slots, "<"&m+7, to slots, ">="&m) > 0: some promotion's window [from, to] overlaps the week. */
function windowInWeek(
  promotions: readonly Row<Promotion>[],
  m: number,
  from: "depositStart" | "balanceStart",
  to: "depositEnd" | "balanceEnd"
): boolean {
  return promotions.some((r) => {
    const a = r.v[from];
    const b = r.v[to];
    return num(a) && num(b) && a < m + 7 && b >= m;
  });
}

/** The SKU's promotions in sheet order; MINIFS and MATCH compare text case-insensitively. */
export type PromotionsBySku = Map<string, Row<Promotion>[]>;

export const skuKey = (sku: string): string => sku.toLowerCase();

export function promotionsBySku(promotions: readonly Row<Promotion>[]): PromotionsBySku {
  const out: PromotionsBySku = new Map();
  for (const r of promotions) {
    const k = skuKey(r.v.sku);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  for (const list of out.values()) list.sort((a, b) => a.row - b.row);
  return out;
}

/** A platform as the Lists sheet (and so the Platform dropdown) writes it in `lang`. */
export function platformLabeller(
  platforms: readonly ListEntry[],
  zh: boolean
): (p: string) => string {
  const map = new Map(platforms.map((e) => [e.value, zh && e.zh ? e.zh : e.value]));
  return (p) => map.get(p) ?? p;
}

/** The helper columns of a product row and its week cells. */
export interface ProductMarks {
  /** The product's Products row (MATCH), 0 when not found. */
  productRow: number;
  launch: number;
  presale: number;
  warehouse: number;
  /** Mondays of the weeks of those dates (0 for a blank date). */
  launchWk: number;
  presaleWk: number;
  warehouseWk: number;
  /** Earliest promotion Start and latest End of the SKU (0 when it has none). */
  first: number;
  last: number;
  cells: string[];
}

const weekOfDate = (d: number): number => (d > 0 ? mondayOf(d) : 0);

export function productMarks(
  product: Row<Product>,
  promotions: readonly Row<Promotion>[],
  weeks: readonly PlanWeek[],
  codes: Codes,
  platformLabel: (p: string) => string
): ProductMarks {
  const p = product.v;
  const launch = p.launchDate ?? 0;
  const presale = p.presaleStart ?? 0;
  const warehouse = p.warehouseEntry ?? 0;
  const launchWk = weekOfDate(launch);
  const presaleWk = weekOfDate(presale);
  const warehouseWk = weekOfDate(warehouse);
  let first = 0;
  let last = 0;
  promotions.forEach((r, i) => {
    first = i === 0 ? r.v.start : Math.min(first, r.v.start);
    last = i === 0 ? r.v.end : Math.max(last, r.v.end);
  });

  // The earliest Start among the promotions overlapping each week (MINIFS), then the first row with that Start (MATCH).
  const n = weeks.length;
  const firstMonday = n > 0 ? weeks[0].monday : 0;
  const minStart = new Array<number>(n).fill(Infinity);
  for (const r of promotions) {
    const { start, end } = r.v;
    if (end < start) continue;
    const from = Math.max(0, Math.floor((mondayOf(start) - firstMonday) / 7));
    const to = Math.min(n - 1, Math.floor((mondayOf(end) - firstMonday) / 7));
    for (let w = from; w <= to; w++) {
      const m = weeks[w].monday;
      if (start < m + 7 && end >= m && start < minStart[w]) minStart[w] = start;
    }
  }
  const cells = weeks.map(({ monday: m }, w) => {
    if (launchWk === m) return codes.launch;
    if (warehouseWk === m) return codes.warehouse;
    if (windowInWeek(promotions, m, "balanceStart", "balanceEnd")) return codes.balance;
    if (windowInWeek(promotions, m, "depositStart", "depositEnd")) return codes.deposit;
    if (minStart[w] !== Infinity && !(m > last || m + 6 < first)) {
      const row = promotions.find((r) => r.v.start === minStart[w]);
      if (row) return platformLabel(row.v.platform);
    }
    if (presaleWk > 0 && presaleWk <= m && m < launchWk) return codes.presale;
    return "";
  });
  return {
    productRow: product.row,
    launch,
    presale,
    warehouse,
    launchWk,
    presaleWk,
    warehouseWk,
    first,
    last,
    cells,
  };
}

/**
 * The Calendar row: a week overlapping a logistics shutdown shows the shutdown code; else the Event of the
 * earliest-starting event overlapping it (the first Calendar row with that From); else "".
 */
export function calendarCells(
  events: readonly Row<CalendarEvent>[],
  weeks: readonly PlanWeek[],
  shutdown: string
): string[] {
  const byRow = [...events].sort((a, b) => a.row - b.row);
  return weeks.map(({ monday: m }) => {
    const overlapping = byRow.filter((e) => e.v.from < m + 7 && e.v.to >= m);
    if (overlapping.some((e) => e.v.kind === "shutdown")) return shutdown;
    if (overlapping.length === 0) return "";
    const minFrom = Math.min(...overlapping.map((e) => e.v.from));
    return byRow.find((e) => e.v.from === minFrom)?.v.event ?? "";
  });
}
