import { cellOf, type CellRef } from "../finding";
import { OFFLINE_PLATFORM } from "../lists";
import type { Price, Row } from "../plan";
import { figureContext, profilesOf, type Figure, type PlatformProfiles } from "../platforms";
import type { PriceInForce } from "../planIndex";
import { defineRule } from "./rule";
import { CellKeys } from "./uniqueHits";
import { EPS, iso, money, percent, registerVariant } from "./promoHelpers";

registerVariant("PRICE_SPREAD", "platform", {
  en: "On {{date}} this SKU's prices across platforms spread {{spread}} ({{min}} to {{max}}), over {{figurePlatform}}'s {{tolerance}} tolerance, the smallest of the platforms compared; {{platform}} at {{price}} is farthest from the others.",
  "zh-CN":
    "{{date}} 该 SKU 各平台价格相差 {{spread}}（{{min}} 至 {{max}}），超过所比较平台中最小的容忍度：{{figurePlatform}}的 {{tolerance}}；{{platform}} 的 {{price}} 偏离最大。",
});

/** The smallest Price spread tolerance among the platforms compared (a tie: the Settings value, then the first). */
function smallestTolerance(profiles: PlatformProfiles, platforms: readonly string[]): Figure {
  let best: Figure | undefined;
  for (const p of platforms) {
    const f = profiles.figure(p, "priceSpreadTolerance");
    if (!best || f.value < best.value || (f.value === best.value && f.platform === undefined))
      best = f;
  }
  return best as Figure;
}

/**
 * Row-level PRICE_SPREAD (shared with PLAN.PRICECHECK): the prices spread more than `tolerance` (a fraction,
 * 0.05 = 5 %) when max / min − 1 > tolerance. Exactly the tolerance is fine; a zero price beside a positive one
 * is an unbounded spread. Fewer than two prices never spread.
 */
export function priceSpreadBreach(
  prices: readonly number[],
  tolerance: number
): { spread: number; min: number; max: number } | null {
  if (prices.length < 2) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const p of prices) {
    // As Math.min(...prices) and Math.max(...prices): NaN wins, -0 is below 0.
    min = Math.min(min, p);
    max = Math.max(max, p);
  }
  if (max - min * (1 + tolerance) <= EPS) return null;
  return { spread: min > 0 ? max / min - 1 : Infinity, min, max };
}

/** The prices ascending, in `out`: an insertion sort, as a breach compares a few (the engine's sort allocates). */
function sortedInto(prices: readonly number[], out: number[]): number[] {
  out.length = 0;
  for (const p of prices) {
    // Not finite: the engine's sort, whose order (a - b is NaN) an insertion sort would not give.
    if (!Number.isFinite(p)) return [...prices].sort((a, b) => a - b);
    let j = out.length;
    for (; j > 0 && out[j - 1] - p > 0; j--) out[j] = out[j - 1];
    out[j] = p;
  }
  return out;
}

const SORTED: number[] = [];

/** Index of the price farthest from the median (a tie: the lower price, then the first). */
export function farthestFromMedian(prices: readonly number[]): number {
  const sorted = sortedInto(prices, SORTED);
  const m = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  let best = 0;
  for (let i = 1; i < prices.length; i++) {
    const di = Math.abs(prices[i] - median);
    const db = Math.abs(prices[best] - median);
    if (di > db + EPS || (Math.abs(di - db) <= EPS && prices[i] < prices[best] - EPS)) best = i;
  }
  return best;
}

/**
 * The dates ascending. A SKU's Prices rows take effect on a few dates: an insertion sort, where Array.prototype.sort
 * copies its input into a work array on each of ten thousand calls.
 */
function ascending(dates: ReadonlySet<number>): number[] {
  const out = [...dates];
  if (out.length > 32) return out.sort((a, b) => a - b);
  for (let i = 1; i < out.length; i++) {
    const d = out[i];
    let j = i;
    for (; j > 0 && out[j - 1] - d > 0; j--) out[j] = out[j - 1];
    out[j] = d;
  }
  return out;
}

const refOf = (source: Row<Price> | CellRef): CellRef =>
  "v" in source ? cellOf(source, "price") : source;

const sameCell = (a: CellRef, b: CellRef): boolean =>
  a.row === b.row && a.column === b.column && a.sheet === b.sheet;

/**
 * Per SKU, on every date one of its Prices rows takes effect, the prices in force on each of its platforms
 * (platforms with none are left out; an offline-only SKU is compared on Offline only, OFFLINE_SOLD_ONLINE speaks
 * for the rest). A spread points at the price farthest from the median, once per cell. The tolerance is the
 * smallest among the platforms compared (issue 16: each platform's Platforms row, else the setting).
 */
export const priceSpread = defineRule({
  id: "PRICE_SPREAD",
  severity: "error",
  reads: [
    "prices.price",
    "prices.effectiveFrom",
    "products.listPrice",
    "products.platforms",
    "products.tier",
    "settings.priceSpreadTolerance",
    "platforms.priceSpreadTolerance",
  ],
  message: {
    en: "On {{date}} this SKU's prices across platforms spread {{spread}} ({{min}} to {{max}}), over the {{tolerance}} tolerance; {{platform}} at {{price}} is farthest from the others.",
    "zh-CN":
      "{{date}} 该 SKU 各平台价格相差 {{spread}}（{{min}} 至 {{max}}），超过容忍度 {{tolerance}}；{{platform}} 的 {{price}} 偏离最大。",
  },
  report(ctx, emit) {
    const { settings, index } = ctx;
    const { currency } = settings;
    const profiles = profilesOf(ctx);
    const settingFigure: Figure = { value: settings.priceSpreadTolerance };
    // The prices in force on one date, per platform compared: kept in arrays reused from date to date.
    const inPlatform: string[] = [];
    const inPrice: number[] = [];
    const inSource: (Row<Price> | CellRef)[] = [];
    // A SKU's platforms compared, each one's Prices rows, List price and row in force: reused from SKU to SKU.
    const platformOf: string[] = [];
    const rowsOf: (readonly Row<Price>[])[] = [];
    const listPriceOf: (PriceInForce | undefined)[] = [];
    const inForceAt: number[] = [];
    const dates = new Set<number>();
    const keys = new CellKeys();
    const reported = new Set<number | string>();
    for (const sku of index.priceSkus()) {
      const offlineOnly = index.product(sku)?.v.tier === "offline-only";
      platformOf.length = 0;
      rowsOf.length = 0;
      listPriceOf.length = 0;
      inForceAt.length = 0;
      for (const platform of index.platformsOf(sku)) {
        if (offlineOnly && platform !== OFFLINE_PLATFORM) continue;
        platformOf.push(platform);
        rowsOf.push(index.pricesOf(sku, platform));
        listPriceOf.push(index.priceInForce(sku, platform, -Infinity));
        // Per platform, the last row on or before the date (-1: none yet): the dates ascend, so each only moves on.
        inForceAt.push(-1);
      }
      if (platformOf.length < 2) continue;
      dates.clear();
      for (const rows of rowsOf) for (const r of rows) dates.add(r.v.effectiveFrom);
      reported.clear();
      for (const date of ascending(dates)) {
        // The Prices row in force, or the List price cell; cells are resolved only for a breach.
        inPlatform.length = 0;
        inPrice.length = 0;
        inSource.length = 0;
        for (let j = 0; j < platformOf.length; j++) {
          const rows = rowsOf[j];
          let i = inForceAt[j];
          while (i + 1 < rows.length && rows[i + 1].v.effectiveFrom <= date) i++;
          inForceAt[j] = i;
          const listPrice = listPriceOf[j];
          if (i >= 0) {
            inPlatform.push(platformOf[j]);
            inPrice.push(rows[i].v.price);
            inSource.push(rows[i]);
          } else if (listPrice) {
            inPlatform.push(platformOf[j]);
            inPrice.push(listPrice.price);
            inSource.push(listPrice.ref);
          }
        }
        const figure: Figure = profiles.any
          ? smallestTolerance(profiles, inPlatform)
          : settingFigure;
        const tolerance = figure.value;
        const breach = priceSpreadBreach(inPrice, tolerance);
        if (!breach) continue;
        const farIndex = farthestFromMedian(inPrice);
        const at = refOf(inSource[farIndex]);
        const key = keys.of(at);
        if (reported.has(key)) continue;
        reported.add(key);
        // Two platforms without a Prices row share the List price cell: list each cell once, never the one pointed at.
        const related: CellRef[] = [];
        for (const source of inSource) {
          const ref = refOf(source);
          if (sameCell(ref, at)) continue;
          let k = 0;
          while (k < related.length && !sameCell(related[k], ref)) k++;
          related[k] = ref;
        }
        if (figure.ref) related.push(figure.ref);
        emit({
          rule: "PRICE_SPREAD",
          at,
          params: {
            date: iso(date),
            spread: Number.isFinite(breach.spread) ? percent(breach.spread) : "∞",
            min: money(breach.min, currency),
            max: money(breach.max, currency),
            tolerance: percent(tolerance),
            platform: inPlatform[farIndex],
            price: money(inPrice[farIndex], currency),
            ...figureContext(figure),
          },
          related,
          sku,
        });
      }
    }
  },
});
