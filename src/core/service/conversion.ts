/**
 * Customer-service conversion (询单转化率 = 询单成交人数 / 询单人数) by agent, by shift, by weekday and by agent × shift,
 * each against what the store converts. Weekday-adjusted: a group's expected rate is the store's rate of each
 * weekday weighted by the group's inquiries on that weekday (EXPECTEDRATE), so a night agent who only works
 * Saturdays is compared with the store's Saturdays. A weekday is compared with the store's rate of all days.
 * The store's rates are taken over every row of the Service sheet (the days it covers), the group's own included.
 */
import { normKey } from "../lists";
import { expectedRate } from "../metrics/expectedRate";
import { isMetricError } from "../metrics/errors";
import type { Row, Serial, ServiceRow } from "../plan";
import { weekdayOf } from "../trends/weekdays";

export type ServiceGroupKind = "agent" | "shift" | "weekday" | "agentShift";

export interface Tally {
  inquiries: number;
  buyers: number;
  revenue: number;
}

export interface ServiceGroup extends Tally {
  kind: ServiceGroupKind;
  /** The label as first typed (agent, shift, "agent / shift"), or the weekday 0 = Monday … 6 = Sunday. */
  agent?: string;
  shift?: string;
  weekday?: number;
  /** Buyers / inquiries; null without inquiries. */
  rate: number | null;
  /** The weekday-adjusted rate it is held to (a weekday: the store's rate); null when there is nothing to weight. */
  expected: number | null;
  /** rate / expected − 1 (−0.25 = 25 % below); null when either is missing or expected is 0. */
  gap: number | null;
  /** Inquiries on each weekday, Monday first. */
  inquiriesByWeekday: number[];
  /** Distinct days with a row. */
  days: number;
  /** The group's latest row (latest Date; a tie: the lower row): where a finding points. */
  latest: Row<ServiceRow>;
}

/** The lowest and highest rate among a kind's groups, and the spread between them (in rate points). */
export interface RateSpread {
  min: ServiceGroup;
  max: ServiceGroup;
  /** max.rate − min.rate. */
  points: number;
}

export interface ServiceModel {
  from: Serial;
  to: Serial;
  days: number;
  store: Tally & { rate: number | null };
  /** The store's rate of each weekday, Monday first (null where it had no inquiries). */
  storeByWeekday: (Tally & { rate: number | null })[];
  agents: ServiceGroup[];
  shifts: ServiceGroup[];
  weekdays: ServiceGroup[];
  agentShifts: ServiceGroup[];
  spread: Partial<Record<ServiceGroupKind, RateSpread>>;
}

const rateOf = (t: Tally): number | null => (t.inquiries > 0 ? t.buyers / t.inquiries : null);
const emptyTally = (): Tally => ({ inquiries: 0, buyers: 0, revenue: 0 });

interface Acc extends Tally {
  kind: ServiceGroupKind;
  agent?: string;
  shift?: string;
  weekday?: number;
  byWeekday: number[];
  dates: Set<number>;
  latest: Row<ServiceRow>;
}

function add(
  map: Map<string, Acc>,
  key: string,
  r: Row<ServiceRow>,
  make: () => Omit<Acc, keyof Tally | "byWeekday" | "dates" | "latest">
): void {
  let a = map.get(key);
  if (!a) {
    a = {
      ...make(),
      ...emptyTally(),
      byWeekday: [0, 0, 0, 0, 0, 0, 0],
      dates: new Set(),
      latest: r,
    };
    map.set(key, a);
  }
  a.inquiries += r.v.inquiries;
  a.buyers += r.v.buyers;
  a.revenue += r.v.revenue ?? 0;
  a.byWeekday[weekdayOf(r.v.date)] += r.v.inquiries;
  a.dates.add(r.v.date);
  if (r.v.date > a.latest.v.date || (r.v.date === a.latest.v.date && r.row > a.latest.row))
    a.latest = r;
}

/** A shift label that names a shift (blank and spaces do not). */
const shiftOf = (r: Row<ServiceRow>): string | undefined => {
  const s = r.v.shift?.trim();
  return s ? s : undefined;
};

/** The service model of a Service sheet's rows (rows with a DQ_ finding are already left out by the reader). */
export function serviceModel(rows: readonly Row<ServiceRow>[]): ServiceModel | null {
  if (rows.length === 0) return null;
  const store = emptyTally();
  const byWeekday = Array.from({ length: 7 }, emptyTally);
  const agents = new Map<string, Acc>();
  const shifts = new Map<string, Acc>();
  const weekdays = new Map<string, Acc>();
  const pairs = new Map<string, Acc>();
  const dates = new Set<number>();
  let from = Infinity;
  let to = -Infinity;
  for (const r of rows) {
    const { inquiries, buyers, revenue = 0, date } = r.v;
    store.inquiries += inquiries;
    store.buyers += buyers;
    store.revenue += revenue;
    const w = weekdayOf(date);
    byWeekday[w].inquiries += inquiries;
    byWeekday[w].buyers += buyers;
    byWeekday[w].revenue += revenue;
    dates.add(date);
    from = Math.min(from, date);
    to = Math.max(to, date);
    const agent = r.v.agent.trim();
    const ak = normKey(agent);
    add(agents, ak, r, () => ({ kind: "agent", agent }));
    add(weekdays, String(w), r, () => ({ kind: "weekday", weekday: w }));
    const shift = shiftOf(r);
    if (shift !== undefined) {
      const sk = normKey(shift);
      add(shifts, sk, r, () => ({ kind: "shift", shift }));
      add(pairs, `${ak}\u0000${sk}`, r, () => ({ kind: "agentShift", agent, shift }));
    }
  }
  const storeRate = rateOf(store);
  const weekdayRates = byWeekday.map(rateOf);
  const finish = (a: Acc): ServiceGroup => {
    const rate = rateOf(a);
    let expected: number | null;
    if (a.kind === "weekday") expected = storeRate;
    else {
      const e = expectedRate(a.byWeekday, weekdayRates);
      expected = isMetricError(e) ? null : e;
    }
    const g: ServiceGroup = {
      kind: a.kind,
      inquiries: a.inquiries,
      buyers: a.buyers,
      revenue: a.revenue,
      rate,
      expected,
      gap: rate !== null && expected !== null && expected > 0 ? rate / expected - 1 : null,
      inquiriesByWeekday: a.byWeekday,
      days: a.dates.size,
      latest: a.latest,
    };
    if (a.agent !== undefined) g.agent = a.agent;
    if (a.shift !== undefined) g.shift = a.shift;
    if (a.weekday !== undefined) g.weekday = a.weekday;
    return g;
  };
  const byLabel = (x: ServiceGroup, y: ServiceGroup): number =>
    (x.agent ?? "").localeCompare(y.agent ?? "") || (x.shift ?? "").localeCompare(y.shift ?? "");
  const model: ServiceModel = {
    from,
    to,
    days: dates.size,
    store: { ...store, rate: storeRate },
    storeByWeekday: byWeekday.map((t) => ({ ...t, rate: rateOf(t) })),
    agents: [...agents.values()].map(finish).sort(byLabel),
    shifts: [...shifts.values()].map(finish).sort(byLabel),
    weekdays: [...weekdays.values()]
      .map(finish)
      .sort((x, y) => (x.weekday ?? 0) - (y.weekday ?? 0)),
    agentShifts: [...pairs.values()].map(finish).sort(byLabel),
    spread: {},
  };
  for (const kind of ["agent", "shift", "weekday", "agentShift"] as const) {
    const s = spreadOf(groupsOf(model, kind));
    if (s) model.spread[kind] = s;
  }
  return model;
}

export function groupsOf(model: ServiceModel, kind: ServiceGroupKind): ServiceGroup[] {
  switch (kind) {
    case "agent":
      return model.agents;
    case "shift":
      return model.shifts;
    case "weekday":
      return model.weekdays;
    default:
      return model.agentShifts;
  }
}

/** The lowest and highest rate of the groups with a rate (two or more), else undefined. */
export function spreadOf(groups: readonly ServiceGroup[]): RateSpread | undefined {
  const rated = groups.filter((g) => g.rate !== null);
  if (rated.length < 2) return undefined;
  let min = rated[0];
  let max = rated[0];
  for (const g of rated) {
    if ((g.rate as number) < (min.rate as number)) min = g;
    if ((g.rate as number) > (max.rate as number)) max = g;
  }
  return { min, max, points: (max.rate as number) - (min.rate as number) };
}

// Exactly at the threshold is no breach; the tolerance keeps float noise from deciding.
const TOL = 1e-12;

/**
 * The groups SERVICE_CONVERSION_LOW reports: agents and shifts with at least `minInquiries` inquiries whose rate is
 * below their weekday-adjusted expected rate by more than `gap` (a fraction), and weekdays with at least
 * `minInquiries` inquiries below the store's rate by more than `gap`. Agent × shift is shown, never reported.
 */
export function lowConversionGroups(
  model: ServiceModel,
  minInquiries: number,
  gap: number
): ServiceGroup[] {
  return [...model.agents, ...model.shifts, ...model.weekdays].filter(
    (g) =>
      g.inquiries >= minInquiries &&
      g.rate !== null &&
      g.expected !== null &&
      g.rate < g.expected * (1 - gap) - TOL
  );
}
