/** The plan model: typed rows read from the sheets, each remembering where it came from. */
import type { SheetId } from "./schema/types";
import type { Settings } from "./settings";
import type { Lists } from "./lists";
import type { Hit } from "./finding";

/** Serial day number in Excel's 1900 date system (1 = 1900-01-01, 45658 = 2025-01-01). */
export type Serial = number;

export type Tier = "launch" | "hero" | "secondary" | "offline-only" | "presale";

/** A typed row. `cols` maps each field present in the sheet to its column letters. */
export interface Row<T> {
  sheetId: SheetId;
  /** The sheet's name as it is in the workbook. */
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  cols: Partial<Record<keyof T & string, string>>;
  v: T;
}

export interface Product {
  sku: string;
  name?: string;
  category?: string;
  /** A canonical tier (`Tier`), or another value the planner added to the Tier list. */
  tier: Tier | (string & {});
  listPrice: number;
  floorPrice?: number;
  unitCost?: number;
  stock?: number;
  launchDate?: Serial;
  presaleStart?: Serial;
  warehouseEntry?: Serial;
  /** Canonical platform names; empty when the cell is blank. */
  platforms: string[];
  owner?: string;
}

export interface Promotion {
  sku: string;
  /** Canonical platform name (the Lists entry). */
  platform: string;
  activity?: string;
  start: Serial;
  end: Serial;
  promoPrice: number;
  coupon?: number;
  postPromoPrice?: number;
  expectedUnits?: number;
  /** Presale (issue 16): a row with a Deposit start is a presale; its Promo price is the presale price. */
  depositStart?: Serial;
  depositEnd?: Serial;
  deposit?: number;
  balanceStart?: Serial;
  balanceEnd?: Serial;
}

export interface Price {
  sku: string;
  platform: string;
  price: number;
  effectiveFrom: Serial;
}

export interface BudgetLine {
  /** Canonical channel name. */
  channel: string;
  amount: number;
  min?: number;
  max?: number;
  expectedCpc?: number;
  expectedConversion?: number;
  expectedRevenue?: number;
}

export interface DailyRow {
  date: Serial;
  platform: string;
  channel?: string;
  visitors: number;
  orders?: number;
  revenue?: number;
  adSpend: number;
  clicks?: number;
}

export interface Region {
  region: string;
  /** Fraction (0.25 = 25 %). */
  ordersShare: number;
  warehouse?: string;
  deliveryDays?: number;
}

export interface Waiver {
  rule: string;
  /** A cell address (Promotions!E12, E12) or a SKU. */
  target: string;
  reason: string;
  until?: Serial;
  owner?: string;
}

/** A past festival: last year's dates of an event, seeded so the promotion review can compare (issue 15). */
export type CalendarKind = "festival" | "shutdown" | "past";

export interface CalendarEvent {
  event: string;
  from: Serial;
  to: Serial;
  kind: CalendarKind;
  maxPromoDays?: number;
  /** The one platform the event is for (canonical); undefined: every platform. */
  platform?: string;
  /** Orders of the event must ship by this day. */
  shipBy?: Serial;
}

/** A Platforms row: the platform's own thresholds; a field left out takes the Settings value. */
export interface PlatformProfileRow {
  platform: string;
  referencePriceDays?: number;
  /** Fraction: with it, FAKE_DISCOUNT asks Promo price ≤ lowest × (1 − minDiscount). */
  minDiscount?: number;
  protectionDays?: number;
  priceProtectionDays?: number;
  postPromoDays?: number;
  maxPromoDays?: number;
  minDaysBetweenPromos?: number;
  priceSpreadTolerance?: number;
  maxDepositShare?: number;
  minDeposit?: number;
  note?: string;
}

/** One SKU's sales on one platform and day (the Sales sheet). */
export interface SaleRow {
  date: Serial;
  sku: string;
  /** Canonical platform name. */
  platform: string;
  visitors?: number;
  buyers?: number;
  units: number;
  revenue: number;
  refunds?: number;
  adSpend?: number;
}

/** One day of one customer-service agent (客服): inquiries (询单人数) and those who bought (询单成交人数). */
export interface ServiceRow {
  date: Serial;
  agent: string;
  /** Day, night or any label the store uses; blank when the store has no shifts. */
  shift?: string;
  platform?: string;
  inquiries: number;
  buyers: number;
  revenue?: number;
  responseSeconds?: number;
}

/** One price band of one category in one month (市场分析, 大盘): the market's and optionally the store's figures. */
export interface MarketRow {
  /** The serial of the month's first day. */
  month: Serial;
  category: string;
  priceFrom: number;
  priceTo: number;
  marketUnits: number;
  marketRevenue: number;
  storeUnits?: number;
  storeRevenue?: number;
}

/** A competitor's product set against one of ours (竞品). */
export interface CompetitorRow {
  /** Our SKU. */
  sku: string;
  competitor: string;
  product: string;
  attributes?: string;
  price: number;
  monthlySales?: number;
}

/** Rows with a data-quality finding are kept out of these arrays (spec §3). */
export interface Plan {
  /** The workbook's actual sheet names of the plan sheets found (by schema id). */
  sheetNames: Partial<Record<SheetId, string>>;
  products: Row<Product>[];
  promotions: Row<Promotion>[];
  prices: Row<Price>[];
  budget: Row<BudgetLine>[];
  daily: Row<DailyRow>[];
  regions: Row<Region>[];
  waivers: Row<Waiver>[];
  calendar: Row<CalendarEvent>[];
  /** Each product's own sales (an empty list when the workbook has no Sales sheet). */
  sales: Row<SaleRow>[];
  /** Platforms sheet rows (issue 16): the first row of each platform; empty when the sheet is blank or missing. */
  platforms?: Row<PlatformProfileRow>[];
  service: Row<ServiceRow>[];
  market: Row<MarketRow>[];
  competitors: Row<CompetitorRow>[];
  settings: Settings;
  lists: Lists;
  /** Data-quality findings of the reader (DQ_*), reported with the rules' findings. */
  readHits: Hit[];
}
