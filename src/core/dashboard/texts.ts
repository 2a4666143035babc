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
  },
});

export function dashboardTranslator(
  lang: Lang
): (key: string, params?: Record<string, unknown>) => string {
  const t = translator(lang);
  return (key, params) => t(`dashboard:${key}`, params);
}
