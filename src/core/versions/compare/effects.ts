/**
 * What a change does: the findings that appear or disappear (each side validated with its own Settings), the plan's
 * totals (budget, expected units, orders, revenue) and the Timeline weeks each SKU gains or loses.
 */
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import type { Finding, Severity } from "../../finding";
import { visitors } from "../../metrics/visitors";
import type { Plan } from "../../plan";
import { identifySheet } from "../../read/readPlan";
import { localDateOf, mondayOf } from "../../timeline/isoWeeks";
import type { Side } from "./sideSheets";

export interface FindingRef {
  rule: string;
  severity: Severity;
  address: string;
  message: string;
}

export interface Totals {
  budget: number;
  expectedUnits: number;
  /** Σ floor(amount / expected CPC) × expected conversion, as the Budget's Expected orders column computes it. */
  expectedOrders: number;
  expectedRevenue: number;
}

export interface WeekMove {
  sku: string;
  /** ISO weeks ("2027-W23") the SKU's promotions cover only on the later side, and only on the earlier. */
  gained: string[];
  lost: string[];
}

export interface Effects {
  appeared: FindingRef[];
  disappeared: FindingRef[];
  before: Totals;
  after: Totals;
  weeks: WeekMove[];
}

export function totalsOf(plan: Plan): Totals {
  const t: Totals = { budget: 0, expectedUnits: 0, expectedOrders: 0, expectedRevenue: 0 };
  for (const { v } of plan.budget) {
    t.budget += v.amount;
    t.expectedRevenue += v.expectedRevenue ?? 0;
    if (v.expectedCpc && v.expectedConversion !== undefined) {
      const n = visitors(v.amount, v.expectedCpc);
      if (typeof n === "number") t.expectedOrders += n * v.expectedConversion;
    }
  }
  for (const { v } of plan.promotions) t.expectedUnits += v.expectedUnits ?? 0;
  return t;
}

/** A finding's identity across versions: its rule, and the row (by match key) and column it is on. */
function findingKeys(findings: readonly Finding[], side: Side): string[] {
  const rowKeys = new Map<string, string>();
  const fields = new Map<string, string>();
  for (const [id, sheet] of side) {
    const seen = new Map<string, number>();
    for (const r of sheet.rows) {
      const n = seen.get(r.key) ?? 0;
      seen.set(r.key, n + 1);
      rowKeys.set(`${id}\u0001${r.row}`, `${r.key}#${n}`);
    }
    for (const [field, letter] of Object.entries(sheet.letters))
      fields.set(`${id}\u0001${letter}`, field);
  }
  return findings.map((f) => {
    const id = identifySheet(f.sheet) ?? f.sheet;
    const row = rowKeys.get(`${id}\u0001${f.row}`) ?? `@${f.row}`;
    const col = fields.get(`${id}\u0001${f.column}`) ?? `@${f.column}`;
    return `${f.rule}\u0001${id}\u0001${row}\u0001${col}\u0001${f.waived ? "w" : ""}`;
  });
}

const refOf = (f: Finding): FindingRef => ({
  rule: f.rule,
  severity: f.severity,
  address: f.address,
  message: f.message,
});

/** Findings of `b` without a counterpart in `a` (as many as `b` has more of each key). */
function onlyIn(b: readonly Finding[], kb: string[], ka: string[]): FindingRef[] {
  const count = new Map<string, number>();
  for (const k of ka) count.set(k, (count.get(k) ?? 0) + 1);
  const out: FindingRef[] = [];
  for (let i = 0; i < b.length; i++) {
    const n = count.get(kb[i]) ?? 0;
    if (n > 0) count.set(kb[i], n - 1);
    else out.push(refOf(b[i]));
  }
  return out;
}

export function findingChanges(
  fa: readonly Finding[],
  fb: readonly Finding[],
  sa: Side,
  sb: Side
): Pick<Effects, "appeared" | "disappeared"> {
  const ka = findingKeys(fa, sa);
  const kb = findingKeys(fb, sb);
  return { appeared: onlyIn(fb, kb, ka), disappeared: onlyIn(fa, ka, kb) };
}

/** Promotions longer than this are not spread over weeks (PROMO_TOO_LONG says they are wrong anyway). */
const MAX_SPAN_DAYS = 800;

function weekLabel(monday: number): string {
  const d = localDateOf(monday + 3);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, "0")}`;
}

/** Each SKU's promoted weeks, as the Monday serials the Timeline shows them under. */
function promotedWeeks(plan: Plan): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const { v } of plan.promotions) {
    if (!(v.end >= v.start) || v.end - v.start > MAX_SPAN_DAYS) continue;
    let weeks = out.get(v.sku);
    if (!weeks) out.set(v.sku, (weeks = new Set()));
    for (let m = mondayOf(v.start); m <= v.end; m += 7) weeks.add(m);
  }
  return out;
}

export function weekMoves(a: Plan, b: Plan): WeekMove[] {
  const wa = promotedWeeks(a);
  const wb = promotedWeeks(b);
  const skus = [...new Set([...wa.keys(), ...wb.keys()])].sort();
  const out: WeekMove[] = [];
  const none = new Set<number>();
  for (const sku of skus) {
    const before = wa.get(sku) ?? none;
    const after = wb.get(sku) ?? none;
    const gained = [...after].filter((m) => !before.has(m)).sort((x, y) => x - y);
    const lost = [...before].filter((m) => !after.has(m)).sort((x, y) => x - y);
    if (gained.length > 0 || lost.length > 0)
      out.push({ sku, gained: gained.map(weekLabel), lost: lost.map(weekLabel) });
  }
  return out;
}
