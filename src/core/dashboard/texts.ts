/** The Dashboard's own words (chart titles, axis titles and the chart data's group labels are the trends'). */
import { registerTexts, translator } from "../i18n";
import type { Lang } from "../schema/types";

registerTexts("dashboard", {
  en: {
    title: "Dashboard — Daily trends",
    note:
      "Daily rows from {{from}} to {{to}}: {{days}} days on {{platforms}}. " +
      "Refreshed from the {{daily}} sheet by the task pane (Trends → Refresh Dashboard charts): " +
      "edits to {{daily}} show here after the next refresh.",
    noteEmpty:
      "No charts yet: the {{daily}} sheet has no rows. Enter each platform's daily numbers there " +
      "(date, platform, visitors, ad spend, orders, revenue), then refresh in the task pane " +
      "(Trends → Refresh Dashboard charts).",
    tableCaption: "Chart data (the charts above read these cells)",
    missing_conversion:
      "No “{{chart}}” chart: a conversion rate needs {{orders}}, and no {{daily}} row has it.",
    missing_aov:
      "No “{{chart}}” chart: an AOV needs {{revenue}} and {{orders}} above 0, and no {{daily}} row has both.",
    missing_blank: "No “{{chart}}” chart: the {{daily}} rows give it nothing to draw.",
  },
  "zh-CN": {
    title: "看板 — 每日趋势",
    note:
      "日报数据：{{from}} 至 {{to}}，共 {{days}} 天，平台：{{platforms}}。" +
      "由任务窗格从{{daily}}表刷新（趋势 → 刷新看板图表）：修改{{daily}}后，再次刷新才会在此显示。",
    noteEmpty:
      "尚无图表：{{daily}}表没有数据行。请先在{{daily}}表填入各平台每日数据" +
      "（日期、平台、访客数、推广花费、支付买家数、销售额），再在任务窗格中刷新（趋势 → 刷新看板图表）。",
    tableCaption: "图表数据（上方图表读取这些单元格）",
    missing_conversion:
      "未生成“{{chart}}”图：转化率需要{{orders}}，而{{daily}}表没有任何一行填写了它。",
    missing_aov:
      "未生成“{{chart}}”图：客单价需要{{revenue}}和大于 0 的{{orders}}，而{{daily}}表没有任何一行同时填写了两者。",
    missing_blank: "未生成“{{chart}}”图：{{daily}}表的数据中没有它可画的内容。",
  },
});

export function dashboardTranslator(
  lang: Lang
): (key: string, params?: Record<string, unknown>) => string {
  const t = translator(lang);
  return (key, params) => t(`dashboard:${key}`, params);
}
