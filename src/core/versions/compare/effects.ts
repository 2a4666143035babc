/**
 * What a change does: the findings that appear or disappear (each side validated with its own Settings), the plan's
 * totals (budget, expected units, orders, revenue) and the Timeline weeks each SKU gains or loses.
 */
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import type { Severity } from "../../finding";
import { visitors } from "../../metrics/visitors";
import type { Plan } from "../../plan";
import { identifySheet } from "../../read/readPlan";
import { localDateOf, mondayOf } from "../../timeline/isoWeeks";
import type { SheetId } from "../../schema/types";
import type { ComparedFinding } from "../storedFindings";
import type { Side, SideRow } from "./sideSheets";

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
  /**
   * Which of the Timeline's marks moved: absent for the weeks the SKU's promotions show (their bars); "deposit" (D)
   * and "balance" (B) for a presale's windows (issue 16). A week shows B before D before a bar, as on the Timeline.
   */
  kind?: "deposit" | "balance";
  /** ISO weeks ("2027-W23") the SKU shows that mark in only on the later side, and only on the earlier. */
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

/** The side row at sheet row `row` (a side's rows are in sheet order), or undefined. */
function rowAt(rows: readonly SideRow[], row: number): SideRow | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid].row;
    if (r === row) return rows[mid];
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A finding's identity across versions: its rule, and the row (by match key) and column it is on. */
export function findingKeys(findings: readonly ComparedFinding[], side: Side): string[] {
  const fields = new Map<SheetId, Map<string, string>>();
  for (const [id, sheet] of side)
    fields.set(
      id,
      new Map(Object.entries(sheet.letters).map(([field, letter]) => [letter, field]))
    );
  return findings.map((f) => {
    const id = identifySheet(f.sheet);
    const sheet = id === undefined ? undefined : side.get(id);
    const r = sheet ? rowAt(sheet.rows, f.row) : undefined;
    const row = r ? `${r.key}#${r.nth}` : `@${f.row}`;
    const col = (id === undefined ? undefined : fields.get(id)?.get(f.column)) ?? `@${f.column}`;
    return `${f.rule}\u0001${id ?? f.sheet}\u0001${row}\u0001${col}\u0001${f.waived ? "w" : ""}`;
  });
}

const refOf = (f: ComparedFinding): FindingRef => ({
  rule: f.rule,
  severity: f.severity,
  address: f.address,
  message: f.message,
});

/** Findings of `b` without a counterpart in `a` (as many as `b` has more of each key). */
function onlyIn(b: readonly ComparedFinding[], kb: string[], ka: string[]): FindingRef[] {
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
  fa: readonly ComparedFinding[],
  fb: readonly ComparedFinding[],
  ka: string[],
  kb: string[]
): Pick<Effects, "appeared" | "disappeared"> {
  return { appeared: onlyIn(fb, kb, ka), disappeared: onlyIn(fa, ka, kb) };
}

/** Promotions longer than this are not spread over weeks (PROMO_TOO_LONG says they are wrong anyway). */
const MAX_SPAN_DAYS = 800;

function weekLabel(monday: number): string {
  const d = localDateOf(monday + 3);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, "0")}`;
}

/** The Timeline's marks of a SKU's promotions, by kind: a week shows its balance (B) before its deposit (D) before a bar. */
const KINDS = ["promotion", "deposit", "balance"] as const;
type WeekKind = (typeof KINDS)[number];
/** A SKU's weeks by the mark the Timeline shows there. */
export type ShownWeeks = Record<WeekKind, Set<number>>;

/** Adds the Mondays of the weeks [from, to] overlaps (none for a window without both dates, reversed or too long). */
function addWeeks(weeks: Set<number>, from: number | undefined, to: number | undefined): void {
  if (typeof from !== "number" || typeof to !== "number") return;
  if (!(to >= from) || to - from > MAX_SPAN_DAYS) return;
  for (let m = mondayOf(from); m <= to; m += 7) weeks.add(m);
}

/**
 * Each SKU's weeks as the Timeline marks them (src/core/timeline/values.ts: productMarks): a week a balance window
 * overlaps is a B week, else one a deposit window overlaps a D week (issue 16's presales), else one a promotion
 * overlaps shows the promotion; as Monday serials.
 */
export function shownWeeks(plan: Plan): Map<string, ShownWeeks> {
  const out = new Map<string, ShownWeeks>();
  for (const { v } of plan.promotions) {
    let weeks = out.get(v.sku);
    if (!weeks) {
      weeks = { promotion: new Set(), deposit: new Set(), balance: new Set() };
      out.set(v.sku, weeks);
    }
    addWeeks(weeks.promotion, v.start, v.end);
    addWeeks(weeks.deposit, v.depositStart, v.depositEnd);
    addWeeks(weeks.balance, v.balanceStart, v.balanceEnd);
  }
  for (const w of out.values()) {
    for (const m of w.balance) w.deposit.delete(m);
    for (const m of w.balance) w.promotion.delete(m);
    for (const m of w.deposit) w.promotion.delete(m);
  }
  return out;
}

const NO_WEEKS = new Set<number>();

export function weekMoves(a: Plan, b: Plan): WeekMove[] {
  return weekMovesBetween(shownWeeks(a), shownWeeks(b));
}

/** The moves between two plans' shownWeeks (a reading keeps its plan's: ./reading.ts). */
export function weekMovesBetween(
  wa: ReadonlyMap<string, ShownWeeks>,
  wb: ReadonlyMap<string, ShownWeeks>
): WeekMove[] {
  const skus = [...new Set([...wa.keys(), ...wb.keys()])].sort();
  const out: WeekMove[] = [];
  for (const sku of skus) {
    for (const kind of KINDS) {
      const before = wa.get(sku)?.[kind] ?? NO_WEEKS;
      const after = wb.get(sku)?.[kind] ?? NO_WEEKS;
      const gained = [...after].filter((m) => !before.has(m)).sort((x, y) => x - y);
      const lost = [...before].filter((m) => !after.has(m)).sort((x, y) => x - y);
      if (gained.length === 0 && lost.length === 0) continue;
      const move: WeekMove = { sku, gained: gained.map(weekLabel), lost: lost.map(weekLabel) };
      if (kind !== "promotion") move.kind = kind;
      out.push(move);
    }
  }
  return out;
}
