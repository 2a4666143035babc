/**
 * The market's price bands (市场分析, 大盘) for one category: units and revenue by band side by side (which band
 * sells most, which earns most), the store's share of each, the months' seasonality, and where the category's
 * products' list and promo prices fall.
 *
 * The store's units and revenue in a band come from the Market row's own Store columns; where both are blank they
 * are given from elsewhere (`storeFigures`: the Sales sheet through `storeFiguresFromSales`). A band's share is taken
 * over the months where the store's figure is known only, so a missing month never reads as a 0 % share.
 */
import { normKey } from "../lists";
import { bandIndex, bandLabel, type Band } from "../metrics/priceBand";
import { monthKey } from "../read/months";
import type { MarketRow, Product, Promotion, Row } from "../plan";

/** The store's own units and revenue in one band of one category in one month. */
export interface StoreBandFigures {
  category: string;
  /** yyyy-mm. */
  month: string;
  priceFrom: number;
  priceTo: number;
  units: number;
  revenue: number;
}

export interface BandTotals extends Band {
  label: string;
  marketUnits: number;
  marketRevenue: number;
  /** Market revenue / market units: what the band's buyers paid on average. */
  meanPrice: number | null;
  /** The band's part of the category's units and revenue over the year. */
  unitsPart: number | null;
  revenuePart: number | null;
  /**
   * The store's figures where known (null: no month of this band has that figure), and its share over the same
   * months: units over the months whose store units are known, revenue over those whose store revenue is.
   */
  storeUnits: number | null;
  storeRevenue: number | null;
  unitShare: number | null;
  revenueShare: number | null;
  /** Months whose store figures are known (either figure). */
  storeMonths: number;
  /** Of those, the months whose figures came from elsewhere (`storeFigures`: the Sales sheet), not the Market row. */
  otherMonths: number;
}

export interface MonthTotals {
  month: string;
  units: number;
  revenue: number;
  /** Units against the mean month (1.6 = 60 % above): the seasonality. */
  index: number | null;
  /** Units and revenue by band, in the order of `bands`. */
  bands: { units: number; revenue: number }[];
}

export interface PricePoint {
  price: number;
  /** The band's label, or null when the price falls in no band. */
  band: string | null;
}

export interface ProductPrices {
  sku: string;
  name?: string;
  list: PricePoint;
  /** The SKU's promotions, by start: month, platform, promo price. */
  promos: (PricePoint & { month: string; platform: string; activity?: string })[];
}

export interface CategoryMarket {
  category: string;
  months: MonthTotals[];
  bands: BandTotals[];
  /** Indexes into `bands` of the band selling the most units and earning the most revenue. */
  topUnits: number;
  topRevenue: number;
  /** Where the store's figures came from. */
  storeSource: "sheet" | "other" | "both" | "none";
  products: ProductPrices[];
}

const bandKey = (from: number, to: number): string => `${from}\u0000${to}`;
const figureKey = (category: string, month: string, from: number, to: number): string =>
  `${normKey(category)}\u0000${month}\u0000${bandKey(from, to)}`;
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** The categories of a Market sheet, as first typed, in sheet order (compared case-, width- and space-insensitively). */
export function marketCategories(rows: readonly Row<MarketRow>[]): string[] {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const k = normKey(r.v.category);
    if (!seen.has(k)) seen.set(k, r.v.category.trim());
  }
  return [...seen.values()];
}

interface BandAcc extends Band {
  marketUnits: number;
  marketRevenue: number;
  storeUnits: number;
  storeRevenue: number;
  /** The market's units over the months whose store units are known; its revenue over those with store revenue. */
  storeMarketUnits: number;
  storeMarketRevenue: number;
  unitMonths: number;
  revenueMonths: number;
  storeMonths: Set<string>;
  otherMonths: Set<string>;
}

/**
 * A Market row's store figures: the row's own where it has either (a blank one beside a typed one is unknown for
 * that month, never 0 and never mixed with another source), else those given from elsewhere for its month and band.
 */
function storeOf(
  r: MarketRow,
  other: StoreBandFigures | undefined
): { units?: number; revenue?: number; from: "sheet" | "other" } | null {
  if (r.storeUnits !== undefined || r.storeRevenue !== undefined)
    return { units: r.storeUnits, revenue: r.storeRevenue, from: "sheet" };
  return other ? { units: other.units, revenue: other.revenue, from: "other" } : null;
}

/** The price-band view of one category; null when the Market sheet has no row of it. */
export function categoryMarket(
  category: string,
  rows: readonly Row<MarketRow>[],
  products: readonly Row<Product>[] = [],
  promotions: readonly Row<Promotion>[] = [],
  storeFigures: readonly StoreBandFigures[] = []
): CategoryMarket | null {
  const key = normKey(category);
  const mine = rows.filter((r) => normKey(r.v.category) === key);
  if (mine.length === 0) return null;
  const other = new Map<string, StoreBandFigures>();
  for (const f of storeFigures)
    other.set(figureKey(f.category, f.month, f.priceFrom, f.priceTo), f);

  const bands = new Map<string, BandAcc>();
  const months = new Map<string, Map<string, { units: number; revenue: number }>>();
  let fromSheet = false;
  let fromOther = false;
  for (const r of mine) {
    const { priceFrom: from, priceTo: to, marketUnits, marketRevenue } = r.v;
    const bk = bandKey(from, to);
    let b = bands.get(bk);
    if (!b) {
      b = {
        from,
        to,
        marketUnits: 0,
        marketRevenue: 0,
        storeUnits: 0,
        storeRevenue: 0,
        storeMarketUnits: 0,
        storeMarketRevenue: 0,
        unitMonths: 0,
        revenueMonths: 0,
        storeMonths: new Set(),
        otherMonths: new Set(),
      };
      bands.set(bk, b);
    }
    const month = monthKey(r.v.month);
    b.marketUnits += marketUnits;
    b.marketRevenue += marketRevenue;
    const store = storeOf(r.v, other.get(figureKey(category, month, from, to)));
    if (store) {
      if (store.from === "sheet") fromSheet = true;
      else {
        fromOther = true;
        b.otherMonths.add(month);
      }
      b.storeMonths.add(month);
      if (store.units !== undefined) {
        b.storeUnits += store.units;
        b.storeMarketUnits += marketUnits;
        b.unitMonths++;
      }
      if (store.revenue !== undefined) {
        b.storeRevenue += store.revenue;
        b.storeMarketRevenue += marketRevenue;
        b.revenueMonths++;
      }
    }
    let m = months.get(month);
    if (!m) months.set(month, (m = new Map()));
    const cell = m.get(bk) ?? { units: 0, revenue: 0 };
    cell.units += marketUnits;
    cell.revenue += marketRevenue;
    m.set(bk, cell);
  }

  const ordered = [...bands.entries()].sort(([, a], [, b]) => a.from - b.from || a.to - b.to);
  let units = 0;
  let revenue = 0;
  for (const [, b] of ordered) {
    units += b.marketUnits;
    revenue += b.marketRevenue;
  }
  const bandList: BandTotals[] = ordered.map(([, b]) => {
    const unitsKnown = b.unitMonths > 0;
    const revenueKnown = b.revenueMonths > 0;
    return {
      from: b.from,
      to: b.to,
      label: bandLabel(b),
      marketUnits: b.marketUnits,
      marketRevenue: b.marketRevenue,
      meanPrice: ratio(b.marketRevenue, b.marketUnits),
      unitsPart: ratio(b.marketUnits, units),
      revenuePart: ratio(b.marketRevenue, revenue),
      storeUnits: unitsKnown ? b.storeUnits : null,
      storeRevenue: revenueKnown ? b.storeRevenue : null,
      unitShare: unitsKnown ? ratio(b.storeUnits, b.storeMarketUnits) : null,
      revenueShare: revenueKnown ? ratio(b.storeRevenue, b.storeMarketRevenue) : null,
      storeMonths: b.storeMonths.size,
      otherMonths: b.otherMonths.size,
    };
  });
  let topUnits = 0;
  let topRevenue = 0;
  bandList.forEach((b, i) => {
    if (b.marketUnits > bandList[topUnits].marketUnits) topUnits = i;
    if (b.marketRevenue > bandList[topRevenue].marketRevenue) topRevenue = i;
  });

  const monthKeys = [...months.keys()].sort();
  const meanUnits = units / monthKeys.length;
  const monthList: MonthTotals[] = monthKeys.map((month) => {
    const m = months.get(month) as Map<string, { units: number; revenue: number }>;
    const byBand = ordered.map(([bk]) => m.get(bk) ?? { units: 0, revenue: 0 });
    const u = byBand.reduce((s, x) => s + x.units, 0);
    return {
      month,
      units: u,
      revenue: byBand.reduce((s, x) => s + x.revenue, 0),
      index: ratio(u, meanUnits),
      bands: byBand,
    };
  });

  return {
    category: mine[0].v.category.trim(),
    months: monthList,
    bands: bandList,
    topUnits,
    topRevenue,
    storeSource: fromSheet ? (fromOther ? "both" : "sheet") : fromOther ? "other" : "none",
    products: productPrices(key, bandList, products, promotions),
  };
}

function productPrices(
  categoryKey: string,
  bands: readonly Band[],
  products: readonly Row<Product>[],
  promotions: readonly Row<Promotion>[]
): ProductPrices[] {
  const point = (price: number): PricePoint => {
    const i = bandIndex(price, bands);
    return { price, band: i < 0 ? null : bandLabel(bands[i]) };
  };
  const out: ProductPrices[] = [];
  for (const p of products) {
    if (p.v.category === undefined || normKey(p.v.category) !== categoryKey) continue;
    const promos = promotions
      .filter((x) => x.v.sku === p.v.sku)
      .sort((a, b) => a.v.start - b.v.start || a.row - b.row)
      .map((x) => {
        const price = Math.max(0, x.v.promoPrice - (x.v.coupon ?? 0));
        const pp: ProductPrices["promos"][number] = {
          ...point(price),
          month: monthKey(x.v.start),
          platform: x.v.platform,
        };
        if (x.v.activity) pp.activity = x.v.activity;
        return pp;
      });
    const pr: ProductPrices = { sku: p.v.sku, list: point(p.v.listPrice), promos };
    if (p.v.name) pr.name = p.v.name;
    out.push(pr);
  }
  return out;
}

/** A day of the store's sales of one SKU (the shape the Sales sheet's rows have: SKU, date, units, revenue). */
export interface SaleLike {
  sku: string;
  date: number;
  units: number;
  revenue: number;
}

/**
 * The store's units and revenue per category, month and band, from its own sales: each SKU's month goes to the band
 * its realised price (revenue / units of that month) falls in; SKUs without a category, and months whose price
 * falls in no band, are left out (never counted in a wrong band).
 */
export function storeFiguresFromSales(
  sales: readonly SaleLike[],
  products: readonly Row<Product>[],
  market: readonly Row<MarketRow>[]
): StoreBandFigures[] {
  const categoryOf = new Map<string, string>();
  for (const p of products) if (p.v.category) categoryOf.set(p.v.sku, p.v.category);
  const bandsOf = new Map<string, Band[]>();
  for (const r of market) {
    const k = `${normKey(r.v.category)}\u0000${monthKey(r.v.month)}`;
    const list = bandsOf.get(k) ?? [];
    if (!list.some((b) => b.from === r.v.priceFrom && b.to === r.v.priceTo))
      list.push({ from: r.v.priceFrom, to: r.v.priceTo });
    bandsOf.set(k, list);
  }
  const skuMonths = new Map<
    string,
    { category: string; month: string; units: number; revenue: number }
  >();
  const months = new Map<number, string>(); // a Sales sheet repeats each date once per SKU and platform
  for (const s of sales) {
    const category = categoryOf.get(s.sku);
    if (!category) continue;
    let month = months.get(s.date);
    if (month === undefined) months.set(s.date, (month = monthKey(s.date)));
    const k = `${s.sku}\u0000${month}`;
    const acc = skuMonths.get(k) ?? { category, month, units: 0, revenue: 0 };
    acc.units += s.units;
    acc.revenue += s.revenue;
    skuMonths.set(k, acc);
  }
  const out = new Map<string, StoreBandFigures>();
  for (const m of skuMonths.values()) {
    if (m.units <= 0) continue;
    const bands = bandsOf.get(`${normKey(m.category)}\u0000${m.month}`) ?? [];
    const i = bandIndex(m.revenue / m.units, bands);
    if (i < 0) continue;
    const b = bands[i];
    const k = figureKey(m.category, m.month, b.from, b.to);
    const f = out.get(k) ?? {
      category: m.category,
      month: m.month,
      priceFrom: b.from,
      priceTo: b.to,
      units: 0,
      revenue: 0,
    };
    f.units += m.units;
    f.revenue += m.revenue;
    out.set(k, f);
  }
  return [...out.values()];
}
