/**
 * The ratio metrics of spec §4. As in Excel arithmetic a blank numerator counts as 0 (=A2/B2 with A2 blank is 0);
 * a blank or zero denominator is #DIV/0!, a value that is not a number #VALUE!, a negative one #NUM!.
 * Arguments are checked in order, so the message names the first bad one.
 */
import { badAmount, zeroDenominator, type MetricInput, type MetricResult } from "./errors";

function ratio(num: MetricInput, den: MetricInput, numArg: string, denArg: string): MetricResult {
  const bad = badAmount(num, numArg) ?? badAmount(den, denArg) ?? zeroDenominator(den, denArg);
  if (bad) return bad;
  return (num ?? 0) / (den as number);
}

/** Conversion rate: paying buyers / visitors. */
export const conversion = (orders: MetricInput, visitors: MetricInput): MetricResult =>
  ratio(orders, visitors, "orders", "visitors");

/** Cost per click: ad spend / clicks. */
export const cpc = (spend: MetricInput, clicks: MetricInput): MetricResult =>
  ratio(spend, clicks, "spend", "clicks");

/** Average order value: revenue / orders. */
export const aov = (revenue: MetricInput, orders: MetricInput): MetricResult =>
  ratio(revenue, orders, "revenue", "orders");

/** Return on ad spend: revenue / spend. */
export const roas = (revenue: MetricInput, spend: MetricInput): MetricResult =>
  ratio(revenue, spend, "revenue", "spend");

/** UV value: revenue / visitors (= conversion × AOV). */
export const uvValue = (revenue: MetricInput, visitors: MetricInput): MetricResult =>
  ratio(revenue, visitors, "revenue", "visitors");

/** Lift (提升率): during ÷ before − 1, e.g. a promotion's daily units on the days before it. */
export function lift(during: MetricInput, before: MetricInput): MetricResult {
  const r = ratio(during, before, "during", "before");
  return typeof r === "number" ? r - 1 : r;
}

/** Days of cover (库存可售天数): stock ÷ units sold a day. */
export const daysOfCover = (stock: MetricInput, unitsPerDay: MetricInput): MetricResult =>
  ratio(stock, unitsPerDay, "stock", "unitsPerDay");

/** Sell-through (售罄率): units sold ÷ units received. */
export const sellThrough = (sold: MetricInput, received: MetricInput): MetricResult =>
  ratio(sold, received, "sold", "received");
