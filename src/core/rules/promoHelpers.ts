/** Shared pieces of the promotion and price rules: money comparison, effective promo price, intervals, the Max promo days in force. */
import { registerContexts } from "./messageParts";
import { lastOnOrBefore, sortUnlessSorted } from "../planIndex";
import { isoOfSerial } from "../read/dates";
import type { CalendarEvent, Price, Promotion, Row, Serial } from "../plan";
import type { Messages } from "./rule";
import type { Figure } from "../platforms";

export { HitsByCell } from "./uniqueHits";

/** Money is compared with this slack, so that 99.9 − 0.1 style arithmetic does not create false breaches. */
export const EPS = 1e-9;

/** a < b, as money. */
export const below = (a: number, b: number): boolean => a < b - EPS;
/** a ≤ b, as money. */
export const atMost = (a: number, b: number): boolean => a <= b + EPS;

export { money, pct as percent } from "../numberText";

/** ISO text of a serial day, for params. */
export const iso = isoOfSerial;

/** Promo price − Coupon (spec §2); a coupon larger than the price makes the unit free, not negative. */
export function effectivePromoPrice(p: Promotion): number {
  return Math.max(0, p.promoPrice - (p.coupon ?? 0));
}

/** End − Start + 1: both days count. */
export const promoDays = (start: Serial, end: Serial): number => end - start + 1;

/**
 * Items with a [from, to] day range, sorted by `from`, answering "which overlap [a, b]?" in
 * O(log n + candidates): a prefix maximum of `to` skips, by binary search, every earlier item that ends before a.
 */
export class Intervals<T> {
  private readonly items: T[];
  private readonly froms: number[];
  private readonly tos: number[];
  private readonly maxTo: number[];

  get size(): number {
    return this.items.length;
  }

  constructor(items: readonly T[], from: (x: T) => number, to: (x: T) => number) {
    this.items = [...items];
    sortUnlessSorted(this.items, (x, y) => from(x) - from(y));
    this.froms = this.items.map(from);
    this.tos = this.items.map(to);
    let m = -Infinity;
    this.maxTo = this.tos.map((t) => (m = Math.max(m, t)));
  }

  /** Items whose range overlaps [a, b] (both ends inclusive), in `from` order. */
  overlapping(a: number, b: number): T[] {
    return this.overlappingInto(a, b, []);
  }

  /** `overlapping(a, b)` written into `out` (emptied first): for a caller that asks once per row. */
  overlappingInto(a: number, b: number, out: T[]): T[] {
    out.length = 0;
    let lo = 0;
    let hi = this.maxTo.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.maxTo[mid] < a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.items.length && this.froms[i] <= b; i++)
      if (this.tos[i] >= a) out.push(this.items[i]);
    return out;
  }
}

/** The Max promo days in force for one promotion, and the Calendar row or platform figure that set it. */
export interface MaxPromoDays {
  max: number;
  event?: Row<CalendarEvent>;
  /** The platform's own Max promo days (issue 16), when no Calendar event set it and its Platforms row did. */
  figure?: Figure;
}

/**
 * The Max promo days in force for a promotion: a Calendar event with a Max promo days overrides the setting
 * (upwards or downwards) for every promotion "inside" it, meaning one whose days overlap the event's From..To.
 * When several such events overlap the promotion, the smallest override applies (the strictest wins).
 * Issue 16: an event with a Platform applies to that platform's promotions only, and without an event the
 * promotion's platform's own Max promo days (a Platforms row) stands before the setting.
 */
export function maxPromoDaysLookup(
  calendar: readonly Row<CalendarEvent>[],
  setting: number | ((platform: string) => Figure)
): (start: Serial, end: Serial, platform?: string) => MaxPromoDays {
  const withOverride = new Intervals(
    calendar.filter((c) => c.v.maxPromoDays !== undefined),
    (c) => c.v.from,
    (c) => c.v.to
  );
  const anyOverride = withOverride.size > 0;
  // Without an event in force the answer is the platform's: made once per platform (callers never change it).
  const byPlatform = new Map<string, MaxPromoDays>();
  return (start, end, platform) => {
    if (anyOverride) {
      let best: MaxPromoDays | undefined;
      for (const ev of withOverride.overlapping(start, end)) {
        if (ev.v.platform !== undefined && ev.v.platform !== platform) continue;
        const m = ev.v.maxPromoDays as number;
        if (!best || m < best.max) best = { max: m, event: ev };
      }
      if (best) return best;
    }
    const key = platform ?? "";
    let limit = byPlatform.get(key);
    if (!limit) {
      const figure = typeof setting === "number" ? { value: setting } : setting(key);
      limit = figure.platform === undefined ? { max: figure.value } : { max: figure.value, figure };
      byPlatform.set(key, limit);
    }
    return limit;
  };
}

/**
 * The Prices rows in force at some moment of [from, to], in date order: the row in force on `from` (if any) and
 * every row taking effect after it up to `to`. A row followed by another with the same Effective from is never in
 * force (the later row wins, as in `priceInForce`) and is left out.
 */
export function priceRowsInForce(
  rows: readonly Row<Price>[],
  from: Serial,
  to: Serial
): Row<Price>[] {
  if (to < from || rows.length === 0) return [];
  const out: Row<Price>[] = [];
  for (
    let i = firstPriceRowInForce(rows, from);
    i < rows.length && rows[i].v.effectiveFrom <= to;
    i++
  )
    if (!neverInForce(rows, i)) out.push(rows[i]);
  return out;
}

const effectiveFromOf = (r: Row<Price>): number => r.v.effectiveFrom;

/**
 * Where `priceRowsInForce(rows, from, …)` starts, for a caller that walks the rows itself (no array per call): go on
 * while `rows[i].v.effectiveFrom <= to`, skipping the rows `neverInForce` names.
 */
export function firstPriceRowInForce(rows: readonly Row<Price>[], from: Serial): number {
  return Math.max(lastOnOrBefore(rows, from, effectiveFromOf), 0);
}

/** Whether rows[i] is followed by a row with the same Effective from (which wins: rows[i] is never in force). */
export function neverInForce(rows: readonly Row<Price>[], i: number): boolean {
  const next = rows[i + 1];
  return next !== undefined && next.v.effectiveFrom === rows[i].v.effectiveFrom;
}

/**
 * Registers a variant of a rule's message: a hit whose params hold `context: "<name>"` is rendered with the
 * `<RULE>_<name>` text (i18next's context feature), falling back to the rule's own message.
 */
export function registerVariant(ruleId: string, name: string, message: Messages): void {
  registerContexts(ruleId, { [name]: message });
}
