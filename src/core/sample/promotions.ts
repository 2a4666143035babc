/**
 * The sample's promotions, on the festival windows of the plan year. A SKU runs one promotion at a time, on one
 * platform, at least 30 days apart (never 年货节 and 38, nor 双11 and 双12: their gaps can fall under 30 days),
 * priced 10–25 % under list and above the floor price; the long 618 and 双11 promotions sit inside their Calendar
 * events, whose Max promo days (20) allows them.
 */
import { fromSpringFestival, md, windowDay, type DayOf } from "./days";
import type { Breach, Text } from "./types";

export type PromoWhen =
  | "nianhuo"
  | "w38"
  | "spring"
  | "m618"
  | "m618long"
  | "d99"
  | "d99long"
  | "d11"
  | "d11long"
  | "d12"
  | "sfOpen";

export const PROMO_WHEN: Record<PromoWhen, { start: DayOf; end: DayOf; activity: Text }> = {
  nianhuo: {
    start: windowDay("nianhuo", "to", -2),
    end: windowDay("nianhuo", "to"),
    activity: { en: "Nianhuo Festival", zh: "年货节" },
  },
  w38: { start: md(3, 6), end: md(3, 8), activity: { en: "Queen's Day 3.8", zh: "38女王节" } },
  spring: {
    start: md(3, 25),
    end: md(3, 27),
    activity: { en: "Spring new arrivals", zh: "春季上新" },
  },
  m618: { start: md(6, 16), end: md(6, 18), activity: { en: "618 main days", zh: "618 正式期" } },
  m618long: {
    start: md(6, 1),
    end: md(6, 18),
    activity: { en: "618 presale + main", zh: "618 预售+正式期" },
  },
  d99: { start: md(9, 7), end: md(9, 9), activity: { en: "99 Bargain Day", zh: "99划算节" } },
  d99long: {
    start: md(9, 3),
    end: md(9, 9),
    activity: { en: "99 Bargain Day with warm-up", zh: "99划算节（含预热）" },
  },
  d11: {
    start: md(11, 9),
    end: md(11, 11),
    activity: { en: "Double 11 main days", zh: "双11 正式期" },
  },
  d11long: {
    start: md(10, 23),
    end: md(11, 11),
    activity: { en: "Double 11 presale + main", zh: "双11 预售+正式期" },
  },
  d12: { start: md(12, 10), end: md(12, 12), activity: { en: "Double 12", zh: "双12" } },
  sfOpen: {
    start: fromSpringFestival(-1),
    end: fromSpringFestival(1),
    activity: { en: "Open through Spring Festival", zh: "春节不打烊" },
  },
};

/** A presale's deposit and balance windows (issue 16): the Promotions row's presale columns. */
export interface PresaleSpec {
  depositStart: DayOf;
  depositEnd: DayOf;
  deposit: number;
  balanceStart: DayOf;
  balanceEnd: DayOf;
}

/** 618's presale: deposit 20–31 May, balance 1–3 June. */
const m618Presale = (deposit: number): PresaleSpec => ({
  depositStart: md(5, 20),
  depositEnd: md(5, 31),
  deposit,
  balanceStart: md(6, 1),
  balanceEnd: md(6, 3),
});

/** 双11's presale as Tmall ran it in 2021: deposit 20–31 October, balance 1–3 November. */
const d11Presale = (deposit: number): PresaleSpec => ({
  depositStart: md(10, 20),
  depositEnd: md(10, 31),
  deposit,
  balanceStart: md(11, 1),
  balanceEnd: md(11, 3),
});

export interface PromoSpec {
  sku: string;
  platform: string;
  when: PromoWhen;
  price: number;
  coupon?: number;
  post?: number;
  units: number;
  presale?: PresaleSpec;
  breaks?: Breach[];
}

export const PROMOTIONS: readonly PromoSpec[] = [
  // launch
  {
    sku: "KA-101",
    platform: "Tmall",
    when: "m618long",
    price: 599,
    coupon: 30,
    post: 699,
    units: 1200,
  },
  { sku: "KA-101", platform: "JD", when: "d11", price: 589, units: 800 },
  { sku: "KA-102", platform: "JD", when: "m618", price: 339, units: 1000 },
  { sku: "PC-201", platform: "Tmall", when: "d99", price: 259, units: 800 },
  { sku: "PC-201", platform: "JD", when: "d12", price: 249, units: 800 },
  {
    sku: "PC-202",
    platform: "Tmall",
    when: "d11long",
    price: 519,
    coupon: 20,
    post: 599,
    units: 1200,
  },
  { sku: "KA-104", platform: "Douyin", when: "m618", price: 129, units: 1500 },
  { sku: "KA-104", platform: "Pinduoduo", when: "d99", price: 129, units: 1200 },
  { sku: "PC-203", platform: "Tmall", when: "m618", price: 209, units: 800 },
  { sku: "PC-203", platform: "Tmall", when: "d12", price: 199, units: 800 },
  // presale
  { sku: "KA-105", platform: "Tmall", when: "m618", price: 799, units: 800 },
  { sku: "KA-105", platform: "Tmall", when: "d11", price: 769, units: 900 },
  { sku: "KA-106", platform: "JD", when: "d11", price: 1799, units: 300 },
  { sku: "PC-205", platform: "Tmall", when: "d99", price: 599, units: 500 },
  { sku: "PC-205", platform: "JD", when: "d12", price: 599, units: 600 },
  { sku: "KA-107", platform: "JD", when: "m618", price: 2299, units: 200 },
  {
    sku: "KA-107",
    platform: "Tmall",
    when: "d11long",
    price: 2199,
    coupon: 100,
    post: 2599,
    units: 300,
  },
  // hero
  { sku: "KA-108", platform: "Tmall", when: "nianhuo", price: 429, units: 600 },
  {
    sku: "KA-108",
    platform: "Tmall",
    when: "m618long",
    price: 399,
    coupon: 20,
    post: 499,
    units: 2000,
  },
  { sku: "KA-108", platform: "JD", when: "d99", price: 429, units: 500 },
  {
    sku: "KA-108",
    platform: "Tmall",
    when: "d11long",
    price: 399,
    coupon: 30,
    post: 499,
    units: 2500,
  },
  { sku: "KA-109", platform: "Tmall", when: "w38", price: 259, units: 800 },
  {
    sku: "KA-109",
    platform: "Tmall",
    when: "m618long",
    price: 239,
    coupon: 10,
    post: 299,
    units: 2500,
  },
  {
    sku: "KA-109",
    platform: "JD",
    when: "m618",
    price: 239,
    coupon: 10,
    units: 1200,
    breaks: [
      {
        rule: "DOUBLE_BOOKED",
        field: "platform",
        why: {
          en: "JD's 618 days overlap the same SKU's Tmall 618 promotion.",
          zh: "京东618与同一SKU的天猫618活动时间重叠。",
        },
      },
      {
        rule: "PROMO_TOO_FREQUENT",
        field: "start",
        why: {
          en: "It starts while the Tmall 618 promotion of the same SKU still runs.",
          zh: "同一SKU的天猫618活动尚未结束，本活动就已开始。",
        },
      },
    ],
  },
  { sku: "KA-109", platform: "Douyin", when: "d12", price: 249, units: 800 },
  { sku: "KA-110", platform: "JD", when: "nianhuo", price: 219, units: 700 },
  { sku: "KA-110", platform: "Pinduoduo", when: "m618", price: 209, units: 1500 },
  { sku: "KA-110", platform: "Tmall", when: "d99", price: 219, units: 600 },
  { sku: "KA-110", platform: "JD", when: "d11", price: 209, units: 1500 },
  { sku: "PC-206", platform: "Tmall", when: "w38", price: 169, units: 800 },
  { sku: "PC-206", platform: "Tmall", when: "m618", price: 159, units: 1500 },
  { sku: "PC-206", platform: "Douyin", when: "d99", price: 169, units: 600 },
  {
    sku: "PC-206",
    platform: "Tmall",
    when: "d12",
    price: 159,
    units: 900,
    breaks: [
      {
        rule: "STOCK_OUT_BEFORE_PROMO",
        field: "expectedUnits",
        why: {
          en: "Selling about 85 a day, its 3,000 in stock are down to some 540 when 双12 starts; it expects 900.",
          zh: "日均约卖85件，3,000件库存到双12开始时只剩约540件，活动预计要卖900件。",
        },
      },
    ],
  },
  { sku: "PC-207", platform: "Tmall", when: "nianhuo", price: 259, units: 600 },
  { sku: "PC-207", platform: "Douyin", when: "m618", price: 249, units: 1200 },
  { sku: "PC-207", platform: "JD", when: "d99", price: 259, units: 500 },
  {
    sku: "PC-207",
    platform: "Tmall",
    when: "d11long",
    price: 239,
    coupon: 10,
    post: 299,
    units: 2000,
  },
  { sku: "PC-208", platform: "Tmall", when: "m618", price: 169, units: 1200 },
  { sku: "PC-208", platform: "Tmall", when: "d11", price: 159, units: 1500 },
  { sku: "KA-112", platform: "JD", when: "w38", price: 349, units: 500 },
  { sku: "KA-112", platform: "Tmall", when: "m618", price: 329, units: 1500 },
  { sku: "KA-112", platform: "Pinduoduo", when: "d99", price: 339, units: 800 },
  { sku: "KA-112", platform: "JD", when: "d12", price: 329, units: 900 },
  // secondary
  {
    sku: "KA-120",
    platform: "Tmall",
    when: "d99long",
    price: 189,
    units: 400,
    breaks: [
      {
        rule: "PROMO_TOO_LONG",
        field: "end",
        why: {
          en: "7 days (3–9 September) outside any longer Calendar event; the limit is 3.",
          zh: "活动7天（9月3日至9日），不在允许更长活动的节点内，上限为3天。",
        },
      },
    ],
  },
  { sku: "KA-121", platform: "Tmall", when: "w38", price: 139, units: 400 },
  {
    sku: "KA-121",
    platform: "Tmall",
    when: "spring",
    price: 145,
    units: 300,
    breaks: [
      {
        rule: "PROMO_TOO_FREQUENT",
        field: "start",
        why: {
          en: "Starts 17 days after the same SKU's 38 promotion ended; the minimum gap is 30.",
          zh: "距同一SKU的38活动结束仅17天，最小间隔为30天。",
        },
      },
    ],
  },
  {
    sku: "PC-220",
    platform: "JD",
    when: "d12",
    price: 129,
    post: 129,
    units: 500,
    breaks: [
      {
        rule: "PROMO_PRICE_REUSED",
        field: "postPromoPrice",
        why: {
          en: "After 双12 the price stays at the promo price 129.",
          zh: "双12结束后价格仍停留在活动价129。",
        },
      },
    ],
  },
  {
    sku: "KA-122",
    platform: "Douyin",
    when: "m618",
    price: 129,
    coupon: 20,
    units: 600,
    breaks: [
      {
        rule: "PROMO_NOT_DISCOUNT",
        field: "promoPrice",
        why: {
          en: "Promo price 129 equals the list price: only the coupon discounts.",
          zh: "活动价129等于标价：只有优惠券在打折。",
        },
      },
    ],
  },
  {
    sku: "PC-221",
    platform: "Pinduoduo",
    when: "d99",
    price: 39,
    units: 3000,
    breaks: [
      {
        rule: "BELOW_COST",
        field: "promoPrice",
        why: {
          en: "A traffic driver at 39, under the unit cost of 45.",
          zh: "引流款活动价39，低于单位成本45。",
        },
      },
    ],
  },
  { sku: "KA-123", platform: "Tmall", when: "d99", price: 225, units: 500 },
  {
    sku: "PC-223",
    platform: "Douyin",
    when: "m618",
    price: 209,
    units: 500,
    breaks: [
      {
        rule: "BELOW_FLOOR",
        field: "promoPrice",
        why: {
          en: "A livestream price of 209 under the floor price of 229.",
          zh: "直播间价格209低于最低控价229。",
        },
      },
    ],
  },
  { sku: "KA-125", platform: "Tmall", when: "d99", price: 269, units: 300 },
  {
    sku: "KA-126",
    platform: "Douyin",
    when: "sfOpen",
    price: 229,
    units: 400,
    breaks: [
      {
        rule: "LOGISTICS_SHUTDOWN",
        field: "start",
        why: {
          en: "“Open through Spring Festival” runs while couriers stop for the holiday.",
          zh: "“春节不打烊”活动正值春节物流停运期。",
        },
      },
    ],
  },
  { sku: "KA-127", platform: "JD", when: "m618", price: 399, units: 400 },
  {
    sku: "KA-127",
    platform: "Tmall",
    when: "d11long",
    price: 379,
    coupon: 20,
    post: 459,
    units: 600,
  },
  { sku: "KA-128", platform: "Pinduoduo", when: "w38", price: 79, units: 800 },
  { sku: "KA-129", platform: "Tmall", when: "nianhuo", price: 159, units: 400 },
  { sku: "KA-129", platform: "JD", when: "d99", price: 159, units: 300 },
  { sku: "KA-130", platform: "Tmall", when: "m618", price: 279, units: 500 },
  { sku: "KA-130", platform: "Tmall", when: "d12", price: 269, units: 400 },
  { sku: "KA-131", platform: "JD", when: "nianhuo", price: 219, units: 300 },
  { sku: "KA-131", platform: "Pinduoduo", when: "d11", price: 209, units: 600 },
  { sku: "PC-225", platform: "Douyin", when: "w38", price: 169, units: 500 },
  { sku: "PC-225", platform: "Tmall", when: "d99", price: 169, units: 400 },
  { sku: "PC-226", platform: "Tmall", when: "w38", price: 219, units: 600 },
  { sku: "PC-226", platform: "Tmall", when: "m618", price: 209, units: 700 },
  { sku: "PC-226", platform: "Douyin", when: "d12", price: 219, units: 500 },
  {
    sku: "PC-227",
    platform: "Tmall",
    when: "m618long",
    price: 759,
    coupon: 50,
    post: 899,
    units: 400,
  },
  {
    sku: "PC-227",
    platform: "Tmall",
    when: "d11long",
    price: 749,
    coupon: 50,
    post: 899,
    units: 500,
  },
  { sku: "PC-228", platform: "Pinduoduo", when: "d99", price: 109, units: 800 },
  { sku: "PC-228", platform: "Pinduoduo", when: "d12", price: 99, units: 900 },
  { sku: "PC-229", platform: "Douyin", when: "nianhuo", price: 259, units: 500 },
  { sku: "PC-229", platform: "JD", when: "m618", price: 249, units: 600 },
  // offline-only: a store promotion is fine
  { sku: "KA-191", platform: "Offline", when: "w38", price: 399, units: 200 },
  // issue 16: presales (deposit 定金, balance 尾款) and Tmall's price protection (价保)
  {
    sku: "KA-301",
    platform: "Tmall",
    when: "d11",
    price: 599,
    coupon: 20,
    units: 500,
    presale: d11Presale(100),
  },
  {
    sku: "KA-302",
    platform: "JD",
    when: "m618",
    price: 429,
    units: 300,
    presale: m618Presale(100),
    breaks: [
      {
        rule: "PRESALE_DEPOSIT",
        field: "deposit",
        why: {
          en: "A 100 deposit on a 429 presale price: JD allows at most 20 % (85.80).",
          zh: "预售价429，定金100：京东规定定金不超过预售价的20%（85.80）。",
        },
      },
    ],
  },
  {
    sku: "PC-303",
    platform: "Tmall",
    when: "m618",
    price: 299,
    units: 300,
    presale: { ...m618Presale(50), balanceStart: md(5, 31) },
    breaks: [
      {
        rule: "PRESALE_WINDOWS",
        field: "balanceStart",
        why: {
          en: "The balance opens on 31 May, the deposit window's last day.",
          zh: "尾款5月31日开始，与定金期最后一天重叠。",
        },
      },
    ],
  },
  {
    sku: "KA-304",
    platform: "JD",
    when: "m618",
    price: 339,
    units: 300,
    presale: m618Presale(60),
    breaks: [
      {
        rule: "PRESALE_NOT_LOWEST",
        field: "promoPrice",
        why: {
          en: "Presale at 339 while JD sold it at 329 from 25 April, within 30 days before the deposit opens.",
          zh: "预售价339，而京东4月25日起曾售329，在定金开始前30天内。",
        },
      },
    ],
  },
  {
    sku: "PC-305",
    platform: "Tmall",
    when: "d11long",
    price: 329,
    coupon: 40,
    units: 300,
    presale: { ...d11Presale(50), depositStart: md(10, 23) },
  },
  { sku: "KA-306", platform: "Tmall", when: "m618", price: 199, units: 300 },
];
