/**
 * The budget allocator: split the Budget cap across channels to maximise expected orders or revenue.
 *
 * - A channel is the sum of its Budget lines: its bounds are the sums of their Min (blank 0) and Max (blank: none).
 * - Fake orders never gets money. A channel without a curve, or without the conversion (and AOV, for revenue) its
 *   value needs, keeps the planner's amounts; the rest of the cap is split by water-filling (./waterFill.ts).
 * - Min amounts (plus the kept amounts) over the cap: infeasible — every line gets its Min, and a note says so.
 * - Allocations are whole multiples of `unit` (default 1 yuan); within a channel of several lines the channel's
 *   amount is spread over its lines: each gets its Min, the rest in proportion to today's amounts (evenly when all
 *   are 0), within each Max. A line's expected visitors, orders and revenue are its share of its channel's, by spend.
 */
import type { CellRef } from "../finding";
import { cellOf } from "../finding";
import { FAKE_ORDERS_CHANNEL } from "../lists";
import { visitors as expectedVisitors } from "../metrics/visitors";
import type { BudgetLine, Row } from "../plan";
import { curveVisitors, type ResponseCurve } from "./curves";
import type { BudgetNote } from "./notes";
import { itemMarginal, roundSpends, waterFill, type ConcaveItem } from "./waterFill";

export type Objective = "orders" | "revenue";

export interface AllocateOptions {
  cap: number;
  objective: Objective;
  /** Allocations are multiples of this (default 1); 0 keeps them exact. */
  unit?: number;
}

/** What a spend is expected to bring; null where the data to estimate it is missing. */
export interface Outcome {
  spend: number;
  visitors: number | null;
  orders: number | null;
  revenue: number | null;
  /** revenue / spend. */
  roas: number | null;
}

export interface Gain {
  visitors: number | null;
  orders: number | null;
  revenue: number | null;
}

export interface LineAllocation {
  /** 1-based sheet row of the Budget line. */
  row: number;
  /** The Amount cell "Apply" writes. */
  amountCell: CellRef;
  current: Outcome;
  allocated: Outcome;
  gain: Gain;
}

/** optimised: split by the optimiser; kept: the planner's amounts stay; forbidden: Fake orders, set to 0. */
export type ChannelStatus = "optimised" | "kept" | "forbidden";

export interface ChannelAllocation {
  channel: string;
  status: ChannelStatus;
  lines: LineAllocation[];
  min: number;
  /** Infinity when a line has no Max. */
  max: number;
  current: Outcome;
  allocated: Outcome;
  gain: Gain;
  /** Objective per extra yuan at the allocation (optimised channels). */
  marginal: number | null;
  curve?: ResponseCurve;
}

export interface BudgetAllocation {
  objective: Objective;
  cap: number;
  /** False when the Min amounts (plus kept amounts) exceed the cap. */
  feasible: boolean;
  /** The equalised marginal return: orders or revenue per extra yuan (null when nothing was optimised). */
  lambda: number | null;
  /** Cap left unspent. */
  unused: number;
  channels: ChannelAllocation[];
  totals: { current: Outcome; allocated: Outcome; gain: Gain };
  notes: BudgetNote[];
}

const EMPTY_GAIN: Gain = { visitors: null, orders: null, revenue: null };

function outcome(
  spend: number,
  visitors: number | null,
  conversion?: number,
  aov?: number
): Outcome {
  const orders = visitors !== null && conversion !== undefined ? visitors * conversion : null;
  const revenue = orders !== null && aov !== undefined ? orders * aov : null;
  return {
    spend,
    visitors,
    orders,
    revenue,
    roas: revenue !== null && spend > 0 ? revenue / spend : null,
  };
}

function curveOutcome(c: ResponseCurve, spend: number): Outcome {
  return outcome(spend, curveVisitors(c, spend), c.conversion, c.aov);
}

/** The sheet's own expectations of a line (Expected visitors, orders, revenue), for a channel that is kept. */
function sheetOutcome(lines: readonly BudgetLine[]): Outcome {
  let spend = 0;
  let visitors: number | null = 0;
  let orders: number | null = 0;
  let revenue: number | null = 0;
  for (const l of lines) {
    spend += l.amount;
    const v = l.expectedCpc ? expectedVisitors(l.amount, l.expectedCpc) : null;
    const vis = typeof v === "number" ? v : null;
    visitors = visitors !== null && vis !== null ? visitors + vis : null;
    orders =
      orders !== null && vis !== null && l.expectedConversion !== undefined
        ? orders + vis * l.expectedConversion
        : null;
    revenue =
      revenue !== null && l.expectedRevenue !== undefined ? revenue + l.expectedRevenue : null;
  }
  return {
    spend,
    visitors,
    orders,
    revenue,
    roas: revenue !== null && spend > 0 ? revenue / spend : null,
  };
}

const diff = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

function gainOf(now: Outcome, next: Outcome): Gain {
  return {
    visitors: diff(next.visitors, now.visitors),
    orders: diff(next.orders, now.orders),
    revenue: diff(next.revenue, now.revenue),
  };
}

/** An outcome's share for a line spending `spend` of the channel's `total`. */
function share(o: Outcome, spend: number): Outcome {
  const f = o.spend > 0 ? spend / o.spend : 0;
  const part = (x: number | null): number | null => (x === null ? null : x * f);
  return {
    spend,
    visitors: part(o.visitors),
    orders: part(o.orders),
    revenue: part(o.revenue),
    roas: o.roas,
  };
}

/** The sum of the known values; null when none is known. */
function sumKnown<T>(items: readonly T[], f: (item: T) => number | null): number | null {
  let t: number | null = null;
  for (const item of items) {
    const x = f(item);
    if (x !== null) t = (t ?? 0) + x;
  }
  return t;
}

function addUp(outcomes: readonly Outcome[]): Outcome {
  const total = (f: (o: Outcome) => number | null) => sumKnown(outcomes, f);
  const spend = outcomes.reduce((t, o) => t + o.spend, 0);
  const revenue = total((o) => o.revenue);
  return {
    spend,
    visitors: total((o) => o.visitors),
    orders: total((o) => o.orders),
    revenue,
    roas: revenue !== null && spend > 0 ? revenue / spend : null,
  };
}

function addGains(gains: readonly Gain[]): Gain {
  const total = (f: (g: Gain) => number | null) => sumKnown(gains, f);
  return {
    visitors: total((g) => g.visitors),
    orders: total((g) => g.orders),
    revenue: total((g) => g.revenue),
  };
}

interface LineBounds {
  lo: number;
  hi: number;
}

/** A channel's amount over its lines: each its Min, the rest in proportion to today's amounts, within each Max. */
function spreadOverLines(
  total: number,
  lines: readonly BudgetLine[],
  bounds: readonly LineBounds[],
  unit: number
): number[] {
  if (lines.length === 1) return [total];
  const out = bounds.map((b) => b.lo);
  let rest = total - out.reduce((t, x) => t + x, 0);
  const weights = lines.map((l) => Math.max(0, l.amount));
  const even = weights.every((w) => w === 0);
  for (let round = 0; round < lines.length && rest > 1e-9; round++) {
    const open = out.map((x, i) => i).filter((i) => out[i] < bounds[i].hi - 1e-9);
    if (open.length === 0) break;
    const wsum = open.reduce((t, i) => t + (even ? 1 : weights[i]), 0);
    let given = 0;
    for (const i of open) {
      const w = even || wsum === 0 ? 1 / open.length : weights[i] / wsum;
      const add = Math.min(bounds[i].hi - out[i], rest * w);
      out[i] += add;
      given += add;
    }
    rest -= given;
  }
  return roundSpends(out, bounds, unit);
}

const lineBounds = (l: BudgetLine): LineBounds => {
  const lo = l.min ?? 0;
  const hi = l.max ?? Infinity;
  return { lo, hi: Math.max(lo, hi) };
};

interface Channel {
  channel: string;
  rows: Row<BudgetLine>[];
  bounds: LineBounds[];
  lo: number;
  hi: number;
  current: number;
}

export function allocateBudget(
  lines: readonly Row<BudgetLine>[],
  curves: ReadonlyMap<string, ResponseCurve>,
  opts: AllocateOptions
): BudgetAllocation {
  const unit = opts.unit ?? 1;
  const notes: BudgetNote[] = [];
  const channels = new Map<string, Channel>();
  for (const r of lines) {
    const b = lineBounds(r.v);
    if (r.v.min !== undefined && r.v.max !== undefined && r.v.max < r.v.min)
      notes.push({
        code: "minAboveMax",
        channel: r.v.channel,
        params: { min: r.v.min, max: r.v.max },
      });
    const c = channels.get(r.v.channel);
    if (c) {
      c.rows.push(r);
      c.bounds.push(b);
      c.lo += b.lo;
      c.hi += b.hi;
      c.current += r.v.amount;
    } else
      channels.set(r.v.channel, {
        channel: r.v.channel,
        rows: [r],
        bounds: [b],
        lo: b.lo,
        hi: b.hi,
        current: r.v.amount,
      });
  }

  const weightOf = (c: ResponseCurve): number | undefined =>
    opts.objective === "orders"
      ? c.conversion
      : c.conversion !== undefined && c.aov !== undefined
        ? c.conversion * c.aov
        : undefined;

  const optimised: { ch: Channel; curve: ResponseCurve; item: ConcaveItem }[] = [];
  const status = new Map<string, ChannelStatus>();
  let kept = 0;
  for (const ch of channels.values()) {
    if (ch.channel === FAKE_ORDERS_CHANNEL) {
      status.set(ch.channel, "forbidden");
      if (ch.current > 0)
        notes.push({ code: "forbidden", channel: ch.channel, params: { amount: ch.current } });
      continue;
    }
    const curve = curves.get(ch.channel);
    const w = curve ? weightOf(curve) : undefined;
    if (!curve || w === undefined) {
      status.set(ch.channel, "kept");
      kept += ch.current;
      if (curve)
        notes.push({
          code: "noValue",
          channel: ch.channel,
          params: { amount: ch.current, context: opts.objective },
        });
      else notes.push({ code: "noCurve", channel: ch.channel, params: { amount: ch.current } });
      continue;
    }
    status.set(ch.channel, "optimised");
    optimised.push({ ch, curve, item: { a: w * curve.vmax, k: curve.k, lo: ch.lo, hi: ch.hi } });
  }

  const currentTotal = [...channels.values()].reduce((t, c) => t + c.current, 0);
  if (currentTotal > opts.cap + 1e-9)
    notes.push({ code: "overCapNow", params: { current: currentTotal, cap: opts.cap } });

  const available = opts.cap - kept;
  const fill = waterFill(
    optimised.map((o) => o.item),
    available
  );
  if (!fill.feasible)
    notes.push({
      code: "minOverCap",
      params: { minTotal: optimised.reduce((t, o) => t + o.ch.lo, 0), kept, cap: opts.cap },
    });
  const spends = roundSpends(
    fill.spend,
    optimised.map((o) => o.item),
    unit
  );
  const spent = spends.reduce((t, s) => t + s, 0);
  const unused = fill.feasible ? Math.max(0, available - spent) : 0;
  if (fill.feasible && unused > 1e-6 * Math.max(1, opts.cap))
    notes.push({
      code: "capUnused",
      params: {
        unused,
        // Earning channels leave money only when they are all at their Max.
        context:
          optimised.length === 0
            ? "noChannel"
            : optimised.some((o) => o.item.a > 0)
              ? "maxReached"
              : "noReturn",
      },
    });
  const spendOf = new Map(optimised.map((o, i) => [o.ch.channel, spends[i]]));

  const result: ChannelAllocation[] = [];
  for (const ch of channels.values()) {
    const st = status.get(ch.channel) ?? "kept";
    const curve = curves.get(ch.channel);
    let current: Outcome;
    let allocated: Outcome;
    let amounts: number[];
    let marginal: number | null = null;
    if (st === "optimised" && curve) {
      const total = spendOf.get(ch.channel) ?? ch.lo;
      current = curveOutcome(curve, ch.current);
      allocated = curveOutcome(curve, total);
      amounts = fill.feasible
        ? spreadOverLines(
            total,
            ch.rows.map((r) => r.v),
            ch.bounds,
            unit
          )
        : ch.bounds.map((b) => b.lo);
      const item = optimised.find((o) => o.ch === ch)?.item;
      marginal = item ? itemMarginal(item, total) : null;
    } else if (st === "forbidden") {
      current = { spend: ch.current, visitors: null, orders: null, revenue: null, roas: null };
      allocated = { spend: 0, visitors: null, orders: null, revenue: null, roas: null };
      amounts = ch.rows.map(() => 0);
    } else {
      const sheet = sheetOutcome(ch.rows.map((r) => r.v));
      current = sheet;
      allocated = sheet;
      amounts = ch.rows.map((r) => r.v.amount);
    }
    const lineOut: LineAllocation[] = ch.rows.map((r, i) => {
      const now = share(current, r.v.amount);
      const next = share(allocated, amounts[i]);
      return {
        row: r.row,
        amountCell: cellOf(r, "amount"),
        current: now,
        allocated: next,
        gain: st === "forbidden" ? EMPTY_GAIN : gainOf(now, next),
      };
    });
    result.push({
      channel: ch.channel,
      status: st,
      lines: lineOut,
      min: st === "forbidden" ? 0 : ch.lo,
      max: st === "forbidden" ? 0 : ch.hi,
      current,
      allocated,
      gain: st === "forbidden" ? EMPTY_GAIN : gainOf(current, allocated),
      marginal,
      ...(curve ? { curve } : {}),
    });
  }
  return {
    objective: opts.objective,
    cap: opts.cap,
    feasible: fill.feasible,
    lambda: optimised.length > 0 && fill.feasible ? fill.lambda : null,
    unused,
    channels: result,
    totals: {
      current: addUp(result.map((c) => c.current)),
      allocated: addUp(result.map((c) => c.allocated)),
      gain: addGains(result.map((c) => c.gain)),
    },
    notes,
  };
}

export interface PlanBudgetOptions {
  objective: Objective;
  /** Default: the plan's Budget cap. */
  cap?: number;
  unit?: number;
  horizonDays?: number;
  saturationMultiple?: number;
}
