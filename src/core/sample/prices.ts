/**
 * The sample's regular prices per platform (Tmall, JD, Pinduoduo, Douyin, Offline). The price lists take effect on
 * 1 December of the year before, so the plan year starts with them; each SKU's platforms stay within 4 % of each
 * other, and price changes hit every platform on the same day.
 */
import { lastYear, md, type DayOf } from "./days";
import type { Breach } from "./types";

export interface PriceSpec {
  sku: string;
  platform: string;
  price: number;
  from: DayOf;
  breaks?: Breach[];
}

const current = lastYear(12, 1);

export const PRICES: readonly PriceSpec[] = [
  { sku: "KA-108", platform: "Tmall", price: 499, from: current },
  { sku: "KA-108", platform: "JD", price: 489, from: current },
  { sku: "KA-108", platform: "Pinduoduo", price: 479, from: current },
  { sku: "KA-108", platform: "Douyin", price: 489, from: current },
  {
    sku: "KA-1O8",
    platform: "JD",
    price: 489,
    from: current,
    breaks: [
      {
        rule: "DQ_UNKNOWN_SKU",
        field: "sku",
        why: {
          en: "A typing slip: the letter O instead of the digit 0 in KA-108.",
          zh: "录入笔误：KA-108 中的数字0误写为字母O。",
        },
      },
    ],
  },
  { sku: "KA-110", platform: "Tmall", price: 259, from: current },
  { sku: "KA-110", platform: "JD", price: 255, from: current },
  { sku: "KA-110", platform: "Pinduoduo", price: 249, from: current },
  { sku: "KA-110", platform: "Douyin", price: 255, from: current },
  { sku: "PC-207", platform: "Tmall", price: 299, from: current },
  { sku: "PC-207", platform: "JD", price: 295, from: current },
  { sku: "PC-207", platform: "Pinduoduo", price: 289, from: current },
  { sku: "PC-207", platform: "Douyin", price: 289, from: current },
  { sku: "KA-123", platform: "Tmall", price: 229, from: current },
  {
    sku: "KA-123",
    platform: "JD",
    price: 219,
    from: current,
    breaks: [
      {
        rule: "PROTECTION_UNDERCUT",
        field: "price",
        why: {
          en: "JD's everyday 219 is under the Tmall 99 promo price of 225, inside its protection window.",
          zh: "京东日常价219低于天猫99活动价225，且在活动保护期内。",
        },
      },
    ],
  },
  { sku: "PC-222", platform: "Tmall", price: 399, from: current },
  { sku: "PC-222", platform: "JD", price: 389, from: current },
  { sku: "PC-222", platform: "Douyin", price: 395, from: current },
  {
    sku: "PC-222",
    platform: "Pinduoduo",
    price: 349,
    from: md(4, 1),
    breaks: [
      {
        rule: "PRICE_SPREAD",
        field: "price",
        why: {
          en: "A 百亿补贴 price of 349 on Pinduoduo while the others sell at 389–399 (14 % spread, 5 % allowed).",
          zh: "拼多多百亿补贴价349，其他平台389–399（价差14%，允许5%）。",
        },
      },
    ],
  },
  { sku: "KA-125", platform: "Tmall", price: 259, from: current },
  {
    sku: "KA-125",
    platform: "Tmall",
    price: 289,
    from: md(9, 1),
    breaks: [
      {
        rule: "FAKE_DISCOUNT",
        field: "price",
        why: {
          en: "Raised from 259 to 289 six days before the 99 promotion at 269 (先涨后降).",
          zh: "99活动（活动价269）前6天从259提价到289：先涨后降。",
        },
      },
    ],
  },
  { sku: "KA-127", platform: "Tmall", price: 459, from: current },
  { sku: "KA-127", platform: "JD", price: 449, from: current },
  { sku: "PC-227", platform: "Tmall", price: 899, from: current },
  { sku: "PC-227", platform: "JD", price: 879, from: current },
  { sku: "PC-227", platform: "Douyin", price: 869, from: current },
  { sku: "KA-101", platform: "Tmall", price: 649, from: md(12, 1) },
  { sku: "KA-101", platform: "JD", price: 649, from: md(12, 1) },
  { sku: "KA-101", platform: "Douyin", price: 649, from: md(12, 1) },
  {
    sku: "PC-290",
    platform: "Pinduoduo",
    price: 499,
    from: md(5, 1),
    breaks: [
      {
        rule: "OFFLINE_SOLD_ONLINE",
        field: "platform",
        why: {
          en: "A distributor lists the offline-only gift set on Pinduoduo.",
          zh: "经销商把线下专供礼盒挂到了拼多多。",
        },
      },
    ],
  }, // issue 16
  { sku: "KA-304", platform: "JD", price: 329, from: md(4, 25) },
  { sku: "KA-304", platform: "JD", price: 399, from: md(5, 10) },
  {
    sku: "PC-305",
    platform: "Tmall",
    price: 279,
    from: md(11, 5),
    breaks: [
      {
        rule: "SPOT_UNDERCUTS_PRESALE",
        field: "price",
        why: {
          en: "Tmall's spot price drops to 279 on 5 November, under the 289 presale buyers paid (双11 presale).",
          zh: "11月5日天猫现货降到279，低于预售买家的到手价289（双11预售）。",
        },
      },
    ],
  },
  { sku: "PC-305", platform: "Tmall", price: 349, from: md(11, 10) },
  { sku: "KA-306", platform: "Tmall", price: 249, from: current },
  {
    sku: "KA-306",
    platform: "Tmall",
    price: 189,
    from: md(6, 30),
    breaks: [
      {
        rule: "PRICE_PROTECTION",
        field: "price",
        why: {
          en: "Twelve days after Tmall's 618 promotion at 199 the price falls to 189, inside Tmall's 15-day price protection (价保).",
          zh: "天猫618活动价199，结束12天后降到189，仍在天猫15天价保期内。",
        },
      },
    ],
  },
];
