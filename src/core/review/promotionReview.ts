/**
 * The promotion review (活动复盘): each promotion of a SKU that has Sales rows, as far as Sales goes ("today" is its
 * last date), against
 * - the baseline: the Review baseline days before Start;
 * - after: as many days after End (the post-promotion dip), those up to today;
 * - last year's same event: the Calendar festival the promotion overlaps, found a year earlier under the same name
 *   (the template seeds last year's festivals, marked past); the promotion's days are moved by the distance between
 *   the two events' last days (11.11 to 11.11) and compared with the Sales of those days;
 * with its units against Expected units (so far, for one in progress: the expected units prorated to the days
 * elapsed), its realised price (revenue ÷ units) against the effective promo price, and the margin it earned:
 * revenue − units × Unit cost − refunds − its Sales ad spend, all on its own SKU and platform and its own days.
 * A promotion without Sales rows on its days is "no sales recorded": it has no numbers at all, never a zero lift.
 */
import { normKey } from "../lists";
import type { CalendarEvent, Plan, Product, Promotion, Row, Serial } from "../plan";
import { effectivePromoPrice } from "../rules/promoHelpers";
import type { Settings } from "../settings";
import { changesOf, periodOf, type Period, type PeriodNumbers } from "./periods";
import { dailyIn, seriesOfSku, totalsIn, type SalesIndex } from "./salesIndex";

export type ReviewStatus = "done" | "inProgress" | "noSales";

export interface LastYearEvent {
  event: string;
  /** Last year's days the promotion's days map to. */
  period: Period;
}

export interface ChartDay {
  date: Serial;
  units: number;
  revenue: number;
  phase: "baseline" | "during" | "after";
}

export interface PromotionReview {
  promotion: Row<Promotion>;
  status: ReviewStatus;
  /** Promotion days (End − Start + 1) and those elapsed by today. */
  days: number;
  elapsedDays: number;
  during: Period;
  baseline: Period;
  after: Period;
  lastYear?: LastYearEvent;
  /** during on baseline / after / last year (changes as fractions: 0.25 = +25 %). */
  vsBaseline: PeriodNumbers;
  vsAfter: PeriodNumbers;
  vsLastYear: PeriodNumbers;
  /** Units sold on the promotion's days so far, and its Expected units (prorated while in progress). */
  units?: number;
  revenue?: number;
  expectedUnits?: number;
  expectedToDate?: number;
  /** units ÷ expected units so far (完成率); undefined without Expected units or sales. */
  completion?: number;
  effectivePrice: number;
  realisedPrice?: number;
  /** Undefined without sales or without the product's Unit cost. */
  margin?: number;
  /** The days around it: baseline, during and after, as far as Sales goes. */
  chart: ChartDay[];
}

export interface PlanReview {
  /** The Sales sheet's last date; undefined when Sales has no rows (then nothing is reviewed). */
  asOf?: Serial;
  /** Sorted by what they earned (margin, then revenue), promotions without sales last. */
  reviews: PromotionReview[];
  /** Promotions started by today whose SKU has no Sales rows at all: not reviewed. */
  withoutSalesSheetRows: number;
}

const festivalOf = (
  calendar: readonly Row<CalendarEvent>[],
  p: Promotion
): Row<CalendarEvent> | undefined =>
  calendar.find((c) => c.v.kind === "festival" && c.v.from <= p.end && c.v.to >= p.start);

/** The same event a year earlier: the same name (case- and space-insensitive), its last day 330–400 days before. */
function lastYearOf(
  calendar: readonly Row<CalendarEvent>[],
  event: CalendarEvent
): CalendarEvent | undefined {
  const name = normKey(event.event);
  let best: CalendarEvent | undefined;
  for (const c of calendar) {
    if (normKey(c.v.event) !== name || c.v.kind === "shutdown") continue;
    const gap = event.to - c.v.to;
    if (gap >= 330 && gap <= 400 && (!best || c.v.to > best.to)) best = c.v;
  }
  return best;
}

function reviewOne(
  promo: Row<Promotion>,
  product: Product | undefined,
  plan: Plan,
  settings: Settings,
  sales: SalesIndex,
  asOf: Serial
): PromotionReview {
  const p = promo.v;
  const n = Math.max(1, Math.round(settings.reviewBaselineDays));
  const series = seriesOfSku(sales, p.sku, p.platform);
  const lastDay = Math.min(p.end, asOf);
  const days = p.end - p.start + 1;
  const elapsedDays = Math.max(0, lastDay - p.start + 1);
  const duringTotals = totalsIn(series, p.start, lastDay);
  const during = periodOf(p.start, lastDay, duringTotals);
  const baseline = periodOf(p.start - n, p.start - 1, totalsIn(series, p.start - n, p.start - 1));
  const afterTo = Math.min(p.end + n, asOf);
  const after = periodOf(p.end + 1, afterTo, totalsIn(series, p.end + 1, afterTo));
  const effectivePrice = effectivePromoPrice(p);
  const review: PromotionReview = {
    promotion: promo,
    status: !duringTotals ? "noSales" : p.end > asOf ? "inProgress" : "done",
    days,
    elapsedDays,
    during,
    baseline,
    after,
    vsBaseline: changesOf(during.numbers, baseline.numbers),
    vsAfter: changesOf(during.numbers, after.numbers),
    vsLastYear: {},
    effectivePrice,
    chart: [],
  };
  if (p.expectedUnits !== undefined) {
    review.expectedUnits = p.expectedUnits;
    review.expectedToDate = (p.expectedUnits * Math.min(elapsedDays, days)) / days;
  }
  const event = festivalOf(plan.calendar, p);
  const past = event ? lastYearOf(plan.calendar, event.v) : undefined;
  if (event && past) {
    const shift = event.v.to - past.to;
    const from = p.start - shift;
    const to = lastDay - shift;
    const period = periodOf(from, to, totalsIn(series, from, to));
    review.lastYear = { event: event.v.event, period };
    review.vsLastYear = changesOf(during.numbers, period.numbers);
  }
  if (duringTotals) {
    review.units = duringTotals.units;
    review.revenue = duringTotals.revenue;
    if (review.expectedToDate !== undefined && review.expectedToDate > 0)
      review.completion = duringTotals.units / review.expectedToDate;
    if (duringTotals.units > 0) review.realisedPrice = duringTotals.revenue / duringTotals.units;
    if (product?.unitCost !== undefined)
      review.margin =
        duringTotals.revenue -
        duringTotals.units * product.unitCost -
        duringTotals.refunds -
        duringTotals.adSpend;
  }
  for (const d of dailyIn(series, baseline.from, Math.max(afterTo, lastDay)))
    review.chart.push({
      ...d,
      phase: d.date < p.start ? "baseline" : d.date > p.end ? "after" : "during",
    });
  return review;
}

/** Larger margin first; a promotion with sales but no margin (no Unit cost) by revenue after them; no sales last. */
function byEarnings(a: PromotionReview, b: PromotionReview): number {
  const rank = (r: PromotionReview): number =>
    r.status === "noSales" ? 2 : r.margin === undefined ? 1 : 0;
  return (
    rank(a) - rank(b) ||
    (b.margin ?? 0) - (a.margin ?? 0) ||
    (b.revenue ?? 0) - (a.revenue ?? 0) ||
    a.promotion.v.start - b.promotion.v.start ||
    a.promotion.row - b.promotion.row
  );
}

export function reviewPromotions(plan: Plan, settings: Settings, sales: SalesIndex): PlanReview {
  const asOf = sales.asOf;
  if (asOf === undefined) return { reviews: [], withoutSalesSheetRows: 0 };
  const products = new Map<string, Product>();
  for (const r of plan.products) if (!products.has(r.v.sku)) products.set(r.v.sku, r.v);
  const reviews: PromotionReview[] = [];
  let withoutSalesSheetRows = 0;
  for (const promo of plan.promotions) {
    if (promo.v.start > asOf) continue;
    if (!sales.bySku.has(promo.v.sku)) {
      withoutSalesSheetRows++;
      continue;
    }
    reviews.push(reviewOne(promo, products.get(promo.v.sku), plan, settings, sales, asOf));
  }
  reviews.sort(byEarnings);
  return { asOf, reviews, withoutSalesSheetRows };
}
