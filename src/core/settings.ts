/** The named thresholds of the Settings sheet (spec §2), their defaults and workbook names. */
import { serialToDate, todaySerial } from "./read/dates";

export interface Settings {
  planYear: number;
  currency: string;
  maxPromoDays: number;
  minDaysBetweenPromos: number;
  protectionDays: number;
  postPromoDays: number;
  referencePriceDays: number;
  /** Fraction: 0.05 = 5 %. */
  priceSpreadTolerance: number;
  warehouseLeadDays: number;
  budgetCap: number;
  saturationSpendRise: number;
  saturationVisitorRise: number;
  splitWarehouseShare: number;
  /** The promotion review: days before (and after) a promotion it is compared with. */
  reviewBaselineDays: number;
  /** Stock cover: the mean units a day over this many last days of Sales. */
  stockCoverDays: number;
  /** Days from ordering stock to having it in the warehouse (the order-by date of a restock). */
  restockLeadDays: number;
  /** SELL_THROUGH_LOW: stock lasting longer than this many days at the current pace. */
  sellThroughDays: number;
  /** BUDGET_PACE: how far (a fraction) the projected month's spend may exceed Amount. */
  budgetPaceShare: number;
  /** Issue 16: days after a promotion in which its platform's price may not fall below it (价保); 0: off. */
  priceProtectionDays: number;
  /** Fraction of the presale price a deposit may be at most. */
  maxDepositShare: number;
  minDeposit: number;
  /** Fewest inquiries an agent or shift needs before SERVICE_CONVERSION_LOW judges it. */
  serviceMinInquiries: number;
  /** Fraction: how far below its expected rate a group's conversion may fall. */
  serviceConversionGap: number;
}

export type SettingKind = "year" | "text" | "days" | "count" | "money" | "percent";

export interface SettingSpec {
  key: keyof Settings;
  /** Canonical English name (Settings!A), Chinese name, traditional Chinese name. */
  en: string;
  zh: string;
  zhTW: string;
  /** The workbook name formulas use. */
  workbookName: string;
  kind: SettingKind;
  note: { en: string; zh: string };
}

export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: "planYear",
    en: "Plan year",
    zh: "计划年度",
    zhTW: "計劃年度",
    workbookName: "PlanYear",
    kind: "year",
    note: { en: "The calendar year this plan covers.", zh: "本计划覆盖的自然年。" },
  },
  {
    key: "currency",
    en: "Currency",
    zh: "币种",
    zhTW: "幣種",
    workbookName: "Currency",
    kind: "text",
    note: {
      en: "Currency of every price and amount (ISO code).",
      zh: "所有价格和金额的币种（ISO 代码）。",
    },
  },
  {
    key: "maxPromoDays",
    en: "Max promo days",
    zh: "最长活动天数",
    zhTW: "最長活動天數",
    workbookName: "MaxPromoDays",
    kind: "days",
    note: {
      en: "Longest a promotion may run; a Calendar event may override it.",
      zh: "单个活动最长天数；日历中的节点可单独设定。",
    },
  },
  {
    key: "minDaysBetweenPromos",
    en: "Min days between promos",
    zh: "活动最小间隔天数",
    zhTW: "活動最小間隔天數",
    workbookName: "MinDaysBetweenPromos",
    kind: "days",
    note: {
      en: "Least gap between two promotions of one SKU.",
      zh: "同一 SKU 两次活动之间的最小间隔。",
    },
  },
  {
    key: "protectionDays",
    en: "Protection days",
    zh: "活动保护期天数",
    zhTW: "活動保護期天數",
    workbookName: "ProtectionDays",
    kind: "days",
    note: {
      en: "Days before and after a promotion in which no other platform may be cheaper.",
      zh: "活动前后多少天内其他平台不得更低价。",
    },
  },
  {
    key: "postPromoDays",
    en: "Post-promo days",
    zh: "活动后控价天数",
    zhTW: "活動後控價天數",
    workbookName: "PostPromoDays",
    kind: "days",
    note: {
      en: "Days after a promotion in which the promo price must not come back.",
      zh: "活动结束后多少天内不得再出现活动价。",
    },
  },
  {
    key: "referencePriceDays",
    en: "Reference price days",
    zh: "参考价天数",
    zhTW: "參考價天數",
    workbookName: "ReferencePriceDays",
    kind: "days",
    note: {
      en: "Window for the reference (lowest prior) price: 7 in China, 30 in the EU.",
      zh: "计算原价（此前最低价）的天数：中国 7 天，欧盟 30 天。",
    },
  },
  {
    key: "priceSpreadTolerance",
    en: "Price spread tolerance",
    zh: "价差容忍度",
    zhTW: "價差容忍度",
    workbookName: "PriceSpreadTolerance",
    kind: "percent",
    note: {
      en: "Largest allowed spread of one SKU's prices across platforms.",
      zh: "同一 SKU 各平台价格允许的最大差距。",
    },
  },
  {
    key: "warehouseLeadDays",
    en: "Warehouse lead days",
    zh: "入仓提前天数",
    zhTW: "入倉提前天數",
    workbookName: "WarehouseLeadDays",
    kind: "days",
    note: {
      en: "Days goods must be in the warehouse before launch or the first promotion.",
      zh: "首发或首个活动前货品需提前入仓的天数。",
    },
  },
  {
    key: "budgetCap",
    en: "Budget cap",
    zh: "预算上限",
    zhTW: "預算上限",
    workbookName: "BudgetCap",
    kind: "money",
    note: { en: "Total promotion budget.", zh: "推广预算总额。" },
  },
  {
    key: "saturationSpendRise",
    en: "Saturation spend rise",
    zh: "饱和花费增幅",
    zhTW: "飽和花費增幅",
    workbookName: "SaturationSpendRise",
    kind: "percent",
    note: {
      en: "Spend rise that should bring more visitors (CPC saturation check).",
      zh: "花费提升幅度（点击单价饱和检查）。",
    },
  },
  {
    key: "saturationVisitorRise",
    en: "Saturation visitor rise",
    zh: "饱和访客增幅",
    zhTW: "飽和訪客增幅",
    workbookName: "SaturationVisitorRise",
    kind: "percent",
    note: {
      en: "Visitor rise below which extra spend is wasted.",
      zh: "访客增幅低于此值即视为花费饱和。",
    },
  },
  {
    key: "splitWarehouseShare",
    en: "Split-warehouse share",
    zh: "分仓订单占比",
    zhTW: "分倉訂單佔比",
    workbookName: "SplitWarehouseShare",
    kind: "percent",
    note: {
      en: "Order share from which a region deserves its own warehouse.",
      zh: "地区订单占比达到此值即建议分仓。",
    },
  },
  {
    key: "reviewBaselineDays",
    en: "Review baseline days",
    zh: "复盘对比天数",
    zhTW: "復盤對比天數",
    workbookName: "ReviewBaselineDays",
    kind: "days",
    note: {
      en: "Days before a promotion (and after it) its sales are compared with in the review.",
      zh: "复盘时与活动对比的活动前（及活动后）天数。",
    },
  },
  {
    key: "stockCoverDays",
    en: "Stock cover days",
    zh: "日均销量天数",
    zhTW: "日均銷量天數",
    workbookName: "StockCoverDays",
    kind: "days",
    note: {
      en: "Last days of Sales whose mean units a day measure stock cover.",
      zh: "按最近多少天的销售计算日均销量（库存可售天数）。",
    },
  },
  {
    key: "restockLeadDays",
    en: "Restock lead days",
    zh: "补货提前天数",
    zhTW: "補貨提前天數",
    workbookName: "RestockLeadDays",
    kind: "days",
    note: {
      en: "Days from ordering stock to having it in the warehouse.",
      zh: "从下补货单到货品入仓所需天数。",
    },
  },
  {
    key: "sellThroughDays",
    en: "Sell-through days",
    zh: "动销天数上限",
    zhTW: "動銷天數上限",
    workbookName: "SellThroughDays",
    kind: "days",
    note: {
      en: "A launch or hero product whose stock lasts longer than this at its pace locks money in stock.",
      zh: "首发或主推产品按当前销速超过此天数仍卖不完，即为积压。",
    },
  },
  {
    key: "budgetPaceShare",
    en: "Budget pace share",
    zh: "预算超支容忍度",
    zhTW: "預算超支容忍度",
    workbookName: "BudgetPaceShare",
    kind: "percent",
    note: {
      en: "How far a channel's projected month of spend may exceed its Amount.",
      zh: "渠道按当前花费推算的月花费可超出预算金额的比例。",
    },
  },
  {
    key: "priceProtectionDays",
    en: "Price protection days",
    zh: "价保天数",
    zhTW: "價保天數",
    workbookName: "PriceProtectionDays",
    kind: "days",
    note: {
      en: "Days after a promotion in which its platform's price may not fall below the promo price (价保); 0: no check. A Platforms row may set its own (Tmall: 15).",
      zh: "活动结束后多少天内该平台价格不得低于活动价（价保）；0 表示不检查。平台表可逐平台设定（天猫 15 天）。",
    },
  },
  {
    key: "maxDepositShare",
    en: "Max deposit share",
    zh: "定金最高占比",
    zhTW: "定金最高佔比",
    workbookName: "MaxDepositShare",
    kind: "percent",
    note: {
      en: "Largest presale deposit as a share of the presale price (JD 618: 20 %).",
      zh: "预售定金占预售价的最高比例（京东 618：20%）。",
    },
  },
  {
    key: "minDeposit",
    en: "Min deposit",
    zh: "定金最低金额",
    zhTW: "定金最低金額",
    workbookName: "MinDeposit",
    kind: "money",
    note: {
      en: "Smallest presale deposit (JD 618: 10 yuan).",
      zh: "预售定金最低金额（京东 618：10 元）。",
    },
  },
  {
    key: "serviceMinInquiries",
    en: "Service min inquiries",
    zh: "客服最少询单人数",
    zhTW: "客服最少詢單人數",
    workbookName: "ServiceMinInquiries",
    kind: "count",
    note: {
      en: "Inquiries an agent or shift needs before its conversion is judged.",
      zh: "客服或班次的询单人数达到此值才评判其转化率。",
    },
  },
  {
    key: "serviceConversionGap",
    en: "Service conversion gap",
    zh: "客服转化差距",
    zhTW: "客服轉化差距",
    workbookName: "ServiceConversionGap",
    kind: "percent",
    note: {
      en: "Share below its weekday-adjusted expected rate at which a group's conversion is low.",
      zh: "转化率低于按星期调整的预期值多少即为偏低。",
    },
  },
];

/** Defaults; the plan year is the calendar year after `today` (the planner's day: see `todaySerial`). */
export function defaultSettings(today: Date = new Date()): Settings {
  const day = todaySerial(today);
  return {
    planYear: (Number.isFinite(day) ? serialToDate(day).getUTCFullYear() : today.getFullYear()) + 1,
    currency: "CNY",
    maxPromoDays: 3,
    minDaysBetweenPromos: 30,
    protectionDays: 7,
    postPromoDays: 30,
    referencePriceDays: 7,
    priceSpreadTolerance: 0.05,
    warehouseLeadDays: 7,
    budgetCap: 50000,
    saturationSpendRise: 0.3,
    saturationVisitorRise: 0.05,
    splitWarehouseShare: 0.25,
    reviewBaselineDays: 7,
    stockCoverDays: 14,
    restockLeadDays: 15,
    sellThroughDays: 90,
    budgetPaceShare: 0.1,
    priceProtectionDays: 0,
    maxDepositShare: 0.2,
    minDeposit: 10,
    serviceMinInquiries: 200,
    serviceConversionGap: 0.2,
  };
}

/** Spec §2: a value ≤ 1 is a fraction, a value > 1 a percent (5 → 0.05). Text with a % sign is parsed by the reader. */
export function toFraction(v: number): number {
  return v > 1 ? v / 100 : v;
}

const SYMBOLS: Record<string, string> = {
  CNY: "¥",
  RMB: "¥",
  USD: "$",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
  HKD: "HK$",
  TWD: "NT$",
};

export function currencySymbol(currency: string): string {
  return SYMBOLS[currency.toUpperCase()] ?? `${currency} `;
}
