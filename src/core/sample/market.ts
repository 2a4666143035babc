/**
 * The Market sheet (市场, 大盘) and Competitors sheet (竞品) of the sample. Market: the kitchen-appliance category's
 * price bands over the 12 months of the year before the plan, with the store's own units and revenue in each band.
 * The 100–199 band sells the most units, the 300–499 band earns the most: high volume is not high revenue.
 * Seasonality: 618 in June and 双11 in November, a trough at the Spring Festival in February.
 */
import type { Lang } from "../schema/types";
import type { Anchors } from "./anchors";
import { CATEGORY } from "./catalog";
import { say, type FieldRow, type Text } from "./types";

interface BandSpec {
  from: number;
  to: number;
  /** Market units in a year, and the mean price paid. */
  units: number;
  price: number;
  /** The store's share of the band's units, and its mean price there against the market's. */
  share: number;
  premium: number;
}

export const MARKET_BANDS: readonly BandSpec[] = [
  { from: 0, to: 99, units: 900_000, price: 69, share: 0.004, premium: 1.1 },
  { from: 100, to: 199, units: 1_600_000, price: 149, share: 0.012, premium: 1.02 },
  { from: 200, to: 299, units: 1_100_000, price: 249, share: 0.02, premium: 1.03 },
  { from: 300, to: 499, units: 900_000, price: 389, share: 0.016, premium: 1.0 },
  { from: 500, to: 999, units: 300_000, price: 699, share: 0.011, premium: 1.05 },
  { from: 1000, to: 2999, units: 80_000, price: 1599, share: 0.008, premium: 1.1 },
];

/** January to December; they sum to 12. */
const SEASON = [0.9, 0.6, 0.9, 0.85, 1.0, 1.6, 0.8, 0.8, 0.95, 1.1, 1.8, 0.7];

const jitter = (i: number): number =>
  ((((i * 4271 + 7817) % 233280) + 233280) % 233280) / 233280 - 0.5;

export function marketRows(a: Anchors, lang: Lang): FieldRow[] {
  const rows: FieldRow[] = [];
  const category = say(CATEGORY.kitchen, lang);
  SEASON.forEach((season, m) => {
    MARKET_BANDS.forEach((b, k) => {
      const i = m * MARKET_BANDS.length + k;
      const units = Math.round((b.units / 12) * season * (1 + 0.06 * jitter(i)));
      const price = b.price * (1 + 0.03 * jitter(i + 3));
      const storeUnits = Math.round(units * b.share * (1 + 0.2 * jitter(i + 7)));
      rows.push({
        month: a.day(m + 1, 1, -1),
        category,
        priceFrom: b.from,
        priceTo: b.to,
        marketUnits: units,
        marketRevenue: Math.round(units * price),
        storeUnits,
        storeRevenue: Math.round(storeUnits * price * b.premium),
      });
    });
  });
  return rows;
}

interface CompetitorSpec {
  sku: string;
  competitor: Text;
  product: string;
  attributes: Text;
  price: number;
  monthlySales: number;
}

const C = (en: string, zh: string): Text => ({ en, zh });

const COMPETITORS: readonly CompetitorSpec[] = [
  {
    sku: "KA-101",
    competitor: C("Joyoung", "九阳"),
    product: "破壁机 Y1 静音款",
    attributes: C("quiet, 1.75 L, heating", "静音、1.75L、加热"),
    price: 799,
    monthlySales: 5200,
  },
  {
    sku: "KA-101",
    competitor: C("Midea", "美的"),
    product: "破壁机 安睡系列",
    attributes: C("quiet, 1.5 L, app", "静音、1.5L、App"),
    price: 649,
    monthlySales: 7400,
  },
  {
    sku: "KA-102",
    competitor: C("Midea", "美的"),
    product: "可视空气炸锅 6.5L",
    attributes: C("window, 6.5 L", "可视窗、6.5L"),
    price: 379,
    monthlySales: 12000,
  },
  {
    sku: "KA-102",
    competitor: C("Bear", "小熊"),
    product: "空气炸锅 5L",
    attributes: C("5 L, no window", "5L、无可视窗"),
    price: 259,
    monthlySales: 18000,
  },
  {
    sku: "KA-102",
    competitor: C("Supor", "苏泊尔"),
    product: "双层空气炸锅 6L",
    attributes: C("two baskets, 6 L", "双层、6L"),
    price: 429,
    monthlySales: 6000,
  },
  {
    sku: "PC-201",
    competitor: C("Philips", "飞利浦"),
    product: "声波电动牙刷 HX2431",
    attributes: C("2 modes, 14 days", "2 种模式、续航 14 天"),
    price: 299,
    monthlySales: 21000,
  },
  {
    sku: "PC-201",
    competitor: C("Oral-B", "欧乐B"),
    product: "电动牙刷 Pro 1",
    attributes: C("rotating, pressure sensor", "旋转式、压力感应"),
    price: 339,
    monthlySales: 9800,
  },
  {
    sku: "PC-201",
    competitor: C("usmile", "usmile"),
    product: "声波电动牙刷 Y1S",
    attributes: C("sonic, 180 days", "声波、续航 180 天"),
    price: 229,
    monthlySales: 15000,
  },
];

export function competitorRows(lang: Lang): FieldRow[] {
  return COMPETITORS.map((c) => ({
    sku: c.sku,
    competitor: say(c.competitor, lang),
    product: c.product,
    attributes: say(c.attributes, lang),
    price: c.price,
    monthlySales: c.monthlySales,
  }));
}
