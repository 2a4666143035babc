/** The trends' words: weekday names, chart titles, the weekday finding. */
import { registerTexts, translator } from "../i18n";
import { DEFAULT_PLATFORMS } from "../lists";
import type { Lang } from "../schema/types";

registerTexts("trends", {
  en: {
    allPlatforms: "All platforms",
    weekday_0: "Monday",
    weekday_1: "Tuesday",
    weekday_2: "Wednesday",
    weekday_3: "Thursday",
    weekday_4: "Friday",
    weekday_5: "Saturday",
    weekday_6: "Sunday",
    chart_visitors: "Visitors by day",
    chart_conversion: "Conversion rate by day",
    chart_aov: "AOV by day",
    chart_spendVsVisitors: "Ad spend against visitors",
    axis_date: "Date",
    axis_visitors: "Visitors",
    axis_conversion: "Conversion rate",
    axis_aov: "AOV",
    axis_adSpend: "Ad spend",
    worstWeekday:
      "{{platform}}: {{weekday}} converts worst, {{conversion}} against {{mean}} on average ({{gap}}), on {{days}} {{weekday}}s.",
    worstWeekday_moreVisitors:
      "{{platform}}: {{weekday}} converts worst, {{conversion}} against {{mean}} on average ({{gap}}), on {{days}} {{weekday}}s; " +
      "it also brings {{visitorsGap}} more visitors than an average day: more browsing, fewer buyers per visitor.",
    worstWeekday_fewerVisitors:
      "{{platform}}: {{weekday}} converts worst, {{conversion}} against {{mean}} on average ({{gap}}), on {{days}} {{weekday}}s, " +
      "with {{visitorsGap}} fewer visitors than an average day.",
  },
  "zh-CN": {
    allPlatforms: "全部平台",
    weekday_0: "周一",
    weekday_1: "周二",
    weekday_2: "周三",
    weekday_3: "周四",
    weekday_4: "周五",
    weekday_5: "周六",
    weekday_6: "周日",
    chart_visitors: "每日访客数",
    chart_conversion: "每日转化率",
    chart_aov: "每日客单价",
    chart_spendVsVisitors: "推广花费与访客数",
    axis_date: "日期",
    axis_visitors: "访客数",
    axis_conversion: "转化率",
    axis_aov: "客单价",
    axis_adSpend: "推广花费",
    worstWeekday:
      "{{platform}}：{{weekday}}转化率最低，为 {{conversion}}，平均为 {{mean}}（{{gap}}），共 {{days}} 个{{weekday}}。",
    worstWeekday_moreVisitors:
      "{{platform}}：{{weekday}}转化率最低，为 {{conversion}}，平均为 {{mean}}（{{gap}}），共 {{days}} 个{{weekday}}；" +
      "当天访客数也比平均多 {{visitorsGap}}：逛的人多，买的人占比低。",
    worstWeekday_fewerVisitors:
      "{{platform}}：{{weekday}}转化率最低，为 {{conversion}}，平均为 {{mean}}（{{gap}}），共 {{days}} 个{{weekday}}，" +
      "当天访客数比平均少 {{visitorsGap}}。",
  },
});

export function trendsTranslator(
  lang: Lang
): (key: string, params?: Record<string, unknown>) => string {
  const t = translator(lang);
  return (key, params) => t(`trends:${key}`, params);
}

/** A platform's name in `lang` (the Lists' Chinese name for a built-in). */
export function platformName(platform: string | null, lang: Lang): string {
  const t = trendsTranslator(lang);
  if (platform === null) return t("allPlatforms");
  if (lang !== "zh-CN") return platform;
  return DEFAULT_PLATFORMS.find((e) => e.value === platform)?.zh ?? platform;
}
