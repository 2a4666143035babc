/** The sample's budget lines, regions and waiver. */
import type { Breach, Text } from "./types";

export interface BudgetSpec {
  channel: string;
  amount: number;
  min?: number;
  max?: number;
  cpc?: number;
  conversion?: number;
  revenue?: number;
  breaks?: Breach[];
}

/** The lines run to 52,000 against the default cap of 50,000 (including a 刷单 line that must not exist at all). */
export const BUDGET: readonly BudgetSpec[] = [
  {
    channel: "CPC search ads",
    amount: 15000,
    min: 10000,
    max: 20000,
    cpc: 1.6,
    conversion: 0.035,
    revenue: 98000,
  },
  {
    channel: "Display ads",
    amount: 8000,
    min: 5000,
    max: 10000,
    cpc: 0.9,
    conversion: 0.015,
    revenue: 40000,
  },
  { channel: "Affiliates", amount: 6000, min: 3000, max: 8000, revenue: 42000 },
  {
    channel: "Livestream / KOL",
    amount: 9000,
    min: 6000,
    max: 12000,
    cpc: 1.2,
    conversion: 0.04,
    revenue: 90000,
    breaks: [
      {
        rule: "BUDGET_PACE",
        field: "amount",
        why: {
          en: "Livestream spend of about 400 a day would cost some 12,000 a month against the 9,000 planned.",
          zh: "直播每天花费约400，按月推算约12,000，超出计划的9,000。",
        },
      },
    ],
  },
  { channel: "Coupons", amount: 5000, min: 3000, max: 6000, revenue: 30000 },
  {
    channel: "New media",
    amount: 4000,
    min: 2000,
    max: 5000,
    cpc: 0.8,
    conversion: 0.02,
    revenue: 22000,
  },
  {
    channel: "Fake orders",
    amount: 3000,
    breaks: [
      {
        rule: "BUDGET_FORBIDDEN",
        field: "amount",
        why: {
          en: "Money for fake orders (刷单): forbidden by the E-Commerce Law and every platform.",
          zh: "刷单预算：电子商务法和各平台均明令禁止。",
        },
      },
    ],
  },
  {
    channel: "Gifts",
    amount: 2000,
    min: 1000,
    max: 3000,
    revenue: 8000,
    breaks: [
      {
        rule: "BUDGET_OVER_CAP",
        field: "amount",
        why: {
          en: "The running total reaches 52,000 here, over the 50,000 cap.",
          zh: "累计预算到此达到52,000，超过50,000的上限。",
        },
      },
    ],
  },
];

export interface RegionSpec {
  region: string;
  share: number;
  warehouse?: string;
  deliveryDays: number;
  breaks?: Breach[];
}

/** Orders by region: the brand ships from its warehouses in 华南 (Foshan) and 华北 (Tianjin). */
export const REGIONS: readonly RegionSpec[] = [
  {
    region: "华东",
    share: 0.34,
    warehouse: "华南",
    deliveryDays: 2.5,
    breaks: [
      {
        rule: "SPLIT_WAREHOUSE",
        field: "suggestion",
        why: {
          en: "34 % of orders, shipped from the 华南 warehouse.",
          zh: "34%的订单，却从华南仓发货。",
        },
      },
    ],
  },
  { region: "华南", share: 0.22, warehouse: "华南", deliveryDays: 1.2 },
  { region: "华北", share: 0.17, warehouse: "华北", deliveryDays: 1.5 },
  { region: "华中", share: 0.1, warehouse: "华南", deliveryDays: 2 },
  { region: "西南", share: 0.09, warehouse: "华南", deliveryDays: 2.8 },
  { region: "西北", share: 0.04, warehouse: "华北", deliveryDays: 3.6 },
  { region: "东北", share: 0.04, warehouse: "华北", deliveryDays: 3.2 },
];

export interface WaiverSpec {
  rule: string;
  target: string;
  reason: Text;
  owner: string;
}

/** Accepts PC-208's missing warehouse entry (see its breach). Until: the end of the plan year. */
export const WAIVERS: readonly WaiverSpec[] = [
  {
    rule: "WAREHOUSE_MISSING",
    target: "PC-208",
    reason: {
      en: "Shipped by the factory (一件代发): it never enters our warehouse.",
      zh: "工厂一件代发，不进自有仓库。",
    },
    owner: "李倩",
  },
];
