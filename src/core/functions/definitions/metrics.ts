/** The metric functions of spec §4: each body is one call into src/core/metrics; the runner broadcasts over ranges. */
import {
  aov,
  breakevenCpc,
  breakevenRoas,
  conversion,
  cpc,
  daysOfCover,
  fitSaturation,
  lift,
  promoDays,
  roas,
  saturationPoint,
  sellThrough,
  uvValue,
  visitors,
} from "../../metrics";
import { defineFunction } from "../runner";

export const CONVERSION = defineFunction({
  name: "CONVERSION",
  shape: "elementwise",
  params: [
    { name: "orders", type: "count" },
    { name: "visitors", type: "count" },
  ],
  body: (orders, visits) => conversion(orders, visits),
});

export const CPC = defineFunction({
  name: "CPC",
  shape: "elementwise",
  params: [
    { name: "spend", type: "price" },
    { name: "clicks", type: "count" },
  ],
  body: (spend, clicks) => cpc(spend, clicks),
});

export const AOV = defineFunction({
  name: "AOV",
  shape: "elementwise",
  params: [
    { name: "revenue", type: "price" },
    { name: "orders", type: "count" },
  ],
  body: (revenue, orders) => aov(revenue, orders),
});

export const ROAS = defineFunction({
  name: "ROAS",
  shape: "elementwise",
  params: [
    { name: "revenue", type: "price" },
    { name: "spend", type: "price" },
  ],
  body: (revenue, spend) => roas(revenue, spend),
});

export const UVVALUE = defineFunction({
  name: "UVVALUE",
  shape: "elementwise",
  params: [
    { name: "revenue", type: "price" },
    { name: "visitors", type: "count" },
  ],
  body: (revenue, visits) => uvValue(revenue, visits),
});

export const BREAKEVENCPC = defineFunction({
  name: "BREAKEVENCPC",
  shape: "elementwise",
  params: [
    { name: "aov", type: "price" },
    { name: "margin", type: "number" },
    { name: "conversion", type: "number" },
  ],
  body: (orderValue, margin, conv) => breakevenCpc(orderValue, margin, conv),
});

export const BREAKEVENROAS = defineFunction({
  name: "BREAKEVENROAS",
  shape: "elementwise",
  params: [{ name: "margin", type: "number" }],
  body: (margin) => breakevenRoas(margin),
});

export const VISITORS = defineFunction({
  name: "VISITORS",
  shape: "elementwise",
  params: [
    { name: "budget", type: "price" },
    { name: "cpc", type: "price" },
  ],
  body: (budget, costPerClick) => visitors(budget, costPerClick),
});

export const PROMODAYS = defineFunction({
  name: "PROMODAYS",
  shape: "elementwise",
  params: [
    { name: "start", type: "date" },
    { name: "end", type: "date" },
  ],
  body: (start, end) => promoDays(start, end),
});

export const SATURATION = defineFunction({
  name: "SATURATION",
  shape: "single",
  params: [
    { name: "spend", type: "numbers" },
    { name: "visitors", type: "numbers" },
  ],
  body: (spend, visits) => saturationPoint(fitSaturation(spend ?? [], visits ?? [])),
});

export const LIFT = defineFunction({
  name: "LIFT",
  shape: "elementwise",
  params: [
    { name: "during", type: "price" },
    { name: "before", type: "price" },
  ],
  body: (during, before) => lift(during, before),
});

export const DAYSOFCOVER = defineFunction({
  name: "DAYSOFCOVER",
  shape: "elementwise",
  params: [
    { name: "stock", type: "count" },
    { name: "unitsPerDay", type: "count" },
  ],
  body: (stock, unitsPerDay) => daysOfCover(stock, unitsPerDay),
});

export const SELLTHROUGH = defineFunction({
  name: "SELLTHROUGH",
  shape: "elementwise",
  params: [
    { name: "sold", type: "count" },
    { name: "received", type: "count" },
  ],
  body: (sold, received) => sellThrough(sold, received),
});
