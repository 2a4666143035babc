/**
 * The optimiser behind the budget allocator: split a budget across concave response curves
 * value(s) = a · s / (k + s) (a = value per visitor × Vmax) within per-item bounds, maximising the total value.
 *
 * The problem is separable and concave, so the optimum is where every item not at a bound has the same marginal
 * return λ (KKT). For a given λ each item's spend has a closed form, s(λ) = clamp(√(a·k/λ) − k, lo, hi), and the
 * total spend falls as λ rises: bisection on λ (in log space) finds the λ whose spends add up to the budget —
 * "water-filling" on the Lagrange multiplier.
 */

export interface ConcaveItem {
  /** Value at unbounded spend (value per visitor × Vmax); 0 when the item earns nothing. */
  a: number;
  /** Half-saturation spend (> 0). */
  k: number;
  lo: number;
  /** Infinity when unbounded. */
  hi: number;
}

export interface WaterFill {
  spend: number[];
  /** The equalised marginal return per unit of spend (0 when the budget is more than the items can use). */
  lambda: number;
  /** Budget left over: the items' upper bounds are reached, or the rest earns nothing. */
  unused: number;
  /** False when the lower bounds alone exceed the budget (every item then gets its lower bound). */
  feasible: boolean;
}

/** An item's value at a spend. */
export function itemValue(item: ConcaveItem, s: number): number {
  return s <= 0 ? 0 : (item.a * s) / (item.k + s);
}

/** An item's marginal value per unit of spend at `s`. */
export function itemMarginal(item: ConcaveItem, s: number): number {
  return (item.a * item.k) / ((item.k + s) * (item.k + s));
}

const earns = (it: ConcaveItem): boolean => it.a > 0 && it.k > 0 && Number.isFinite(it.a);

function spendAt(it: ConcaveItem, lambda: number): number {
  if (!earns(it)) return it.lo;
  const s = Math.sqrt((it.a * it.k) / lambda) - it.k;
  return Math.min(it.hi, Math.max(it.lo, s));
}

const sum = (xs: readonly number[]): number => xs.reduce((t, x) => t + x, 0);

export function waterFill(items: readonly ConcaveItem[], budget: number): WaterFill {
  const lows = items.map((it) => it.lo);
  const lowTotal = sum(lows);
  if (lowTotal > budget + 1e-9 * Math.max(1, budget))
    return { spend: lows, lambda: NaN, unused: 0, feasible: false };
  // As λ → 0 every earning item goes to its upper bound; the others stay at their lower bound.
  const limit = items.map((it) => (earns(it) ? it.hi : it.lo));
  const limitTotal = sum(limit);
  if (limitTotal <= budget)
    return { spend: limit, lambda: 0, unused: budget - limitTotal, feasible: true };

  const total = (lambda: number): number => {
    let t = 0;
    for (const it of items) t += spendAt(it, lambda);
    return t;
  };
  // At λ = the largest marginal return at the lower bounds, every item sits at its lower bound.
  let hiL = 0;
  for (const it of items) if (earns(it)) hiL = Math.max(hiL, itemMarginal(it, it.lo));
  let loL = hiL;
  for (let i = 0; i < 2100 && total(loL) < budget; i++) loL /= 2;
  let a = Math.log(loL);
  let b = Math.log(hiL);
  for (let i = 0; i < 200 && b - a > 1e-15; i++) {
    const m = (a + b) / 2;
    if (total(Math.exp(m)) >= budget) a = m;
    else b = m;
  }
  const lambda = Math.exp(a);
  const spend = items.map((it) => spendAt(it, lambda));
  // Bisection leaves a rounding residue: hand it to the items that still have room.
  let rest = budget - sum(spend);
  for (let i = 0; i < spend.length && Math.abs(rest) > 0; i++) {
    if (!earns(items[i])) continue;
    const next = Math.min(items[i].hi, Math.max(items[i].lo, spend[i] + rest));
    rest -= next - spend[i];
    spend[i] = next;
  }
  return { spend, lambda, unused: 0, feasible: true };
}

/**
 * Rounds spends to multiples of `unit` keeping their total: each is floored (never below its lower bound), then the
 * units left go to the largest remainders among items with room. Spends at a bound keep it exactly.
 */
export function roundSpends(
  spend: readonly number[],
  bounds: readonly { lo: number; hi: number }[],
  unit: number
): number[] {
  if (!(unit > 0)) return [...spend];
  const total = sum(spend);
  const eps = 1e-9 * Math.max(1, total);
  const out = spend.map((s, i) => {
    const { lo, hi } = bounds[i];
    if (Math.abs(s - lo) <= eps) return lo;
    if (Math.abs(s - hi) <= eps) return hi;
    return Math.max(lo, Math.floor(s / unit + 1e-9) * unit);
  });
  let rest = total - sum(out);
  const order = spend
    .map((s, i) => ({ i, r: s - out[i] }))
    .sort((x, y) => y.r - x.r || x.i - y.i)
    .map((x) => x.i);
  let moved = true;
  while (rest >= unit - eps && moved) {
    moved = false;
    for (const i of order) {
      if (rest < unit - eps) break;
      if (out[i] + unit <= bounds[i].hi + eps) {
        out[i] += unit;
        rest -= unit;
        moved = true;
      }
    }
  }
  // What is left is less than a unit (or nothing has room for a whole one): the largest remainder with room takes it.
  if (rest > eps)
    for (const i of order) {
      const room = bounds[i].hi - out[i];
      if (room <= eps) continue;
      const add = Math.min(room, rest);
      out[i] += add;
      rest -= add;
      if (rest <= eps) break;
    }
  return out;
}
