/**
 * The Platforms sheet's rows the template seeds (issue 16): Tmall, JD, Pinduoduo and Douyin with the figures
 * practitioners and platform announcements give, each row's Note naming the source of every figure it sets and
 * reminding the planner that platforms change them every year. Create / update on an existing workbook writes the
 * platforms with blank figures (the Settings apply, so its findings do not change), and the pane's *Fill platform
 * figures* writes the figures into blank cells only.
 */
import type { CellValue } from "../cells";
import type { Lang } from "../schema/types";
import { say, type FieldRow, type Text } from "./types";

export interface PlatformSeed {
  platform: Text;
  figures: Record<string, CellValue>;
  note: Text;
}

export const CHECK: Text = {
  en: "Platforms change these every year: check this year's announcement before relying on them.",
  zh: "平台每年都会调整：使用前请核对当年的活动公告。",
};

export const PLATFORM_SEEDS: readonly PlatformSeed[] = [
  {
    platform: { en: "Tmall", zh: "天猫" },
    figures: { referencePriceDays: 30, minDiscount: 0, priceProtectionDays: 15 },
    note: {
      en: "Tmall 618 / 双11 rules: the activity price at or below the lowest price of the prior 30 days (Reference price days 30, Min discount 0 %); price protection (价保) of 15 days after each selling wave.",
      zh: "天猫 618 / 双11 规则：活动价不高于前 30 天最低价（参考价天数 30，低于最低价幅度 0%）；每波售卖结束后 15 天价保。",
    },
  },
  {
    platform: { en: "JD", zh: "京东" },
    figures: { referencePriceDays: 30, maxDepositShare: 0.2, minDeposit: 10 },
    note: {
      en: "JD 618 presale rules: the presale price below the lowest page price of the last 30 days; the deposit at most 20 % of the presale price and at least 10 yuan.",
      zh: "京东 618 预售规则：预售价低于近 30 天页面最低价；定金不超过预售价的 20%，且不低于 10 元。",
    },
  },
  {
    platform: { en: "Pinduoduo", zh: "拼多多" },
    figures: { referencePriceDays: 7 },
    note: {
      en: "China's 2020 promotion rules (规范促销行为暂行规定): the reference price is the lowest price of the 7 days before the promotion.",
      zh: "《规范促销行为暂行规定》（2020）：原价为促销前 7 日内的最低成交价。",
    },
  },
  {
    platform: { en: "Douyin", zh: "抖音" },
    figures: { referencePriceDays: 14 },
    note: {
      en: "Douyin flash sales (秒杀): a 14-day lowest-price window.",
      zh: "抖音秒杀：14 天最低价窗口。",
    },
  },
];

export const BLANK_NOTE: Text = {
  en: "Blank: the Settings value applies. Fill platform figures (Plan tab) writes the published figures into blank cells.",
  zh: "留空：按设置表的值。计划页的“填入平台数据”会把公开数据写入空白单元格。",
};

/** The seeded rows; `figures: false` (Create / update on an existing workbook): the platforms with blank figures. */
export function platformRows(lang: Lang, figures = true): FieldRow[] {
  return PLATFORM_SEEDS.map((s) => ({
    platform: say(s.platform, lang),
    ...(figures ? s.figures : {}),
    note: figures ? `${say(s.note, lang)} ${say(CHECK, lang)}` : say(BLANK_NOTE, lang),
  }));
}
