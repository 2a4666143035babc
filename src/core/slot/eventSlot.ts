/**
 * The event slot (资源整合): one official activity a month, one product on it. Which candidate turns the event's
 * traffic into the most money? Each candidate is valued three ways — profit (expected buyers × (promo price − unit
 * cost)), revenue (expected buyers × promo price), traffic (the event's visitors × the store's UV value: what the
 * traffic is worth to the whole store) — and ranked by the objective chosen, with the numbers behind each rank.
 *
 * A candidate's conversion (buyers ÷ visitors) and AOV (revenue ÷ buyers) come from its own Sales rows where it has
 * any (`salesRates`), else from the store: its conversion from the Daily rows, its units a buyer from every SKU's
 * Sales rows. The AOV enters at the slot's price: a buyer of the SKU bought (AOV ÷ its realised price) = units ÷
 * buyers units, and buys as many at the promo price, so profit = buyers × units a buyer × (price − unit cost) and
 * revenue = buyers × units a buyer × price (one unit a buyer — the formulas — where no Sales say otherwise).
 * Each estimate says which data it rests on and how many days. Traffic is worth the same whichever product holds the
 * slot, so under that objective ties are broken by profit.
 */
import { slotValue, type SlotObjective } from "../metrics/slotValue";
import type { DailyRow, Product, Promotion, Row, SaleRow } from "../plan";
import { salesRates, type SalesRates, type SkuSales } from "./salesRates";

export interface StoreRates {
  /** Orders / visitors over the Daily days with orders; null without them. */
  conversion: number | null;
  /** Revenue / visitors over the Daily days with revenue; null without them. */
  uvValue: number | null;
  aov: number | null;
  days: number;
}

export interface SlotCandidate {
  sku: string;
  name?: string;
  /** The promo price the slot would sell at, and where it came from. */
  price: number | null;
  priceSource: "promotion" | "list" | "given" | "none";
  unitCost: number | null;
  conversion: number | null;
  /** "sku": the SKU's own Sales rows; "store": the store's Daily rows; "none": neither. */
  basis: "sku" | "store" | "none";
  /** Days of data the conversion rests on (of Sales for "sku", of Daily for "store"). */
  days: number;
  buyers: number | null;
  /** The SKU's own AOV in its Sales (revenue ÷ buyers) and the realised price it was paid at (revenue ÷ units). */
  aov: number | null;
  realisedPrice: number | null;
  /** Units a buyer: the SKU's own ("sku"), the store's over every SKU's Sales ("store"), else 1 ("none"). */
  unitsPerBuyer: number;
  basketBasis: "sku" | "store" | "none";
  /** Days of Sales the units a buyer rest on (0 for "none"). */
  basketDays: number;
  /** What a buyer spends at the slot's price: units a buyer × price. */
  spendPerBuyer: number | null;
  profit: number | null;
  revenue: number | null;
  traffic: number | null;
  /** The value under the chosen objective, and the rank (1 = best; candidates without a value last, unranked). */
  value: number | null;
  rank: number | null;
}

export interface SlotRanking {
  objective: SlotObjective;
  visitors: number;
  store: StoreRates;
  candidates: SlotCandidate[];
  /** Under "traffic" every candidate is worth the same: the ranks follow profit. */
  trafficTie: boolean;
}

/** The store's rates from Daily: pooled over its days (a busy day weighs more than a quiet one). */
export function storeRates(daily: readonly Row<DailyRow>[]): StoreRates {
  let cv = 0;
  let orders = 0;
  let uv = 0;
  let revenue = 0;
  let aovOrders = 0;
  let aovRevenue = 0;
  const days = new Set<number>();
  for (const r of daily) {
    days.add(r.v.date);
    if (r.v.orders !== undefined) {
      cv += r.v.visitors;
      orders += r.v.orders;
    }
    if (r.v.revenue !== undefined) {
      uv += r.v.visitors;
      revenue += r.v.revenue;
    }
    if (r.v.orders !== undefined && r.v.revenue !== undefined) {
      aovOrders += r.v.orders;
      aovRevenue += r.v.revenue;
    }
  }
  return {
    conversion: cv > 0 ? orders / cv : null,
    uvValue: uv > 0 ? revenue / uv : null,
    aov: aovOrders > 0 ? aovRevenue / aovOrders : null,
    days: days.size,
  };
}

/** The SKU's latest promotion's effective price (promo price − coupon, never below 0), else undefined. */
function latestPromoPrice(sku: string, promotions: readonly Row<Promotion>[]): number | undefined {
  let best: Row<Promotion> | undefined;
  for (const p of promotions)
    if (
      p.v.sku === sku &&
      (!best || p.v.start > best.v.start || (p.v.start === best.v.start && p.row > best.row))
    )
      best = p;
  return best ? Math.max(0, best.v.promoPrice - (best.v.coupon ?? 0)) : undefined;
}

export interface SlotInputs {
  skus: readonly string[];
  objective: SlotObjective;
  /** The visitors the event brings. */
  visitors: number;
  products: readonly Row<Product>[];
  promotions: readonly Row<Promotion>[];
  daily: readonly Row<DailyRow>[];
  /** The Sales sheet's rows (each SKU's own conversion and AOV), or what `salesRates` made of them. */
  sales?: readonly Row<SaleRow>[] | SalesRates;
  /** Promo prices the planner typed, by SKU (they win over the plan's). */
  prices?: ReadonlyMap<string, number>;
}

const num = (v: number | ReturnType<typeof slotValue>): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

/** Values and ranks the candidates (unknown SKUs are left out; duplicates count once). */
export function rankSlot(i: SlotInputs): SlotRanking {
  const store = storeRates(i.daily);
  const rates = i.sales === undefined ? null : "bySku" in i.sales ? i.sales : salesRates(i.sales);
  const bySku = new Map(i.products.map((p) => [p.v.sku, p.v]));
  const seen = new Set<string>();
  const candidates: SlotCandidate[] = [];
  for (const sku of i.skus) {
    const p = bySku.get(sku);
    if (!p || seen.has(sku)) continue;
    seen.add(sku);
    const given = i.prices?.get(sku);
    const promo = latestPromoPrice(sku, i.promotions);
    const price = given ?? promo ?? p.listPrice;
    const priceSource: SlotCandidate["priceSource"] =
      given !== undefined ? "given" : promo !== undefined ? "promotion" : "list";
    const own = rates?.bySku.get(sku);
    const ownRate = own && own.visitors > 0 ? own.buyers / own.visitors : null;
    const conversion = ownRate ?? store.conversion;
    const basis: SlotCandidate["basis"] =
      ownRate !== null ? "sku" : store.conversion !== null ? "store" : "none";
    const ownBasket = own?.basket ?? null;
    const basket = ownBasket ?? rates?.store ?? null;
    const unitsPerBuyer = basket ? basket.units / basket.buyers : 1;
    const inputs = {
      visitors: i.visitors,
      // Units a visitor: the slot sells units a buyer × the price to each expected buyer.
      conversion: conversion === null ? null : conversion * unitsPerBuyer,
      price,
      unitCost: p.unitCost ?? null,
      storeUvValue: store.uvValue,
    };
    const c: SlotCandidate = {
      sku,
      price,
      priceSource,
      unitCost: p.unitCost ?? null,
      conversion,
      basis,
      days: basis === "sku" ? (own as SkuSales).days : basis === "store" ? store.days : 0,
      buyers: conversion === null ? null : i.visitors * conversion,
      aov: ownBasket ? ownBasket.revenue / ownBasket.buyers : null,
      realisedPrice: ownBasket ? ownBasket.revenue / ownBasket.units : null,
      unitsPerBuyer,
      basketBasis: ownBasket ? "sku" : basket ? "store" : "none",
      basketDays: basket ? basket.days : 0,
      spendPerBuyer: unitsPerBuyer * price,
      profit: num(slotValue(inputs, "profit")),
      revenue: num(slotValue(inputs, "revenue")),
      traffic: num(slotValue(inputs, "traffic")),
      value: null,
      rank: null,
    };
    if (p.name) c.name = p.name;
    c.value = c[i.objective];
    candidates.push(c);
  }
  const trafficTie = i.objective === "traffic";
  const key = (c: SlotCandidate): number | null => (trafficTie ? c.profit : c.value);
  const ranked = candidates
    .filter((c) => c.value !== null)
    .sort(
      (a, b) =>
        (b.value as number) - (a.value as number) || (key(b) ?? -Infinity) - (key(a) ?? -Infinity)
    );
  ranked.forEach((c, k) => (c.rank = k + 1));
  const unranked = candidates.filter((c) => c.value === null);
  return {
    objective: i.objective,
    visitors: i.visitors,
    store,
    candidates: [...ranked, ...unranked],
    trafficTie,
  };
}
