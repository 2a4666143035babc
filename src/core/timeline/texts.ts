/** The Timeline's words: codes in the week cells, headings, month names, legend. */
import { registerTexts, translator } from "../i18n";
import type { Lang } from "../schema/types";

registerTexts("timeline", {
  en: {
    title: "Timeline {{year}}",
    calendarRow: "Calendar",
    week: "W{{week}}",
    tierHeading: "{{tier}} ({{count}})",
    tier_launch: "Launch",
    tier_hero: "Hero",
    tier_secondary: "Secondary",
    tier_presale: "Presale",
    "tier_offline-only": "Offline only",
    code_launch: "L",
    code_warehouse: "W",
    code_presale: "P",
    code_deposit: "D",
    code_balance: "B",
    code_shutdown: "Shutdown",
    legend_launch: "Launch week",
    legend_warehouse: "Warehouse entry week",
    legend_presale: "Presale weeks",
    legend_deposit: "Presale deposit weeks (定金)",
    legend_balance: "Presale balance weeks (尾款)",
    legend_promotion: "Promotion (its platform)",
    legend_festival: "Festival (Calendar)",
    legend_shutdown: "Logistics shutdown (Calendar)",
    legend_stockOut: "Projected stock-out week (Sales pace when written)",
    month_1: "Jan",
    month_2: "Feb",
    month_3: "Mar",
    month_4: "Apr",
    month_5: "May",
    month_6: "Jun",
    month_7: "Jul",
    month_8: "Aug",
    month_9: "Sep",
    month_10: "Oct",
    month_11: "Nov",
    month_12: "Dec",
    helper_row: "Products row",
    helper_launch: "Launch date",
    helper_presale: "Presale start",
    helper_warehouse: "Warehouse entry",
    helper_launchWk: "Launch week",
    helper_presaleWk: "Presale week",
    helper_warehouseWk: "Warehouse week",
    helper_first: "First promotion",
    helper_last: "Last promotion end",
    slot_start: "Promotion {{n}} start",
    slot_end: "Promotion {{n}} end",
    slot_platform: "Promotion {{n}} platform",
    slot_depositStart: "Promotion {{n}} deposit start",
    slot_depositEnd: "Promotion {{n}} deposit end",
    slot_balanceStart: "Promotion {{n}} balance start",
    slot_balanceEnd: "Promotion {{n}} balance end",
  },
  "zh-CN": {
    title: "{{year}} 年时间线",
    calendarRow: "日历节点",
    week: "W{{week}}",
    tierHeading: "{{tier}}（{{count}}）",
    tier_launch: "首发",
    tier_hero: "主推",
    tier_secondary: "辅推",
    tier_presale: "预售",
    "tier_offline-only": "线下专供",
    code_launch: "首发",
    code_warehouse: "入仓",
    code_presale: "预售",
    code_deposit: "定金",
    code_balance: "尾款",
    code_shutdown: "停运",
    legend_launch: "首发周",
    legend_warehouse: "入仓周",
    legend_presale: "预售期",
    legend_deposit: "预售定金期",
    legend_balance: "预售尾款期",
    legend_promotion: "活动（所在平台）",
    legend_festival: "节日（日历）",
    legend_shutdown: "物流停运（日历）",
    legend_stockOut: "预计卖空周（按生成时的销售表销速）",
    month_1: "1月",
    month_2: "2月",
    month_3: "3月",
    month_4: "4月",
    month_5: "5月",
    month_6: "6月",
    month_7: "7月",
    month_8: "8月",
    month_9: "9月",
    month_10: "10月",
    month_11: "11月",
    month_12: "12月",
    helper_row: "产品表行号",
    helper_launch: "首发日期",
    helper_presale: "预售开始",
    helper_warehouse: "入仓日期",
    helper_launchWk: "首发周",
    helper_presaleWk: "预售周",
    helper_warehouseWk: "入仓周",
    helper_first: "首个活动开始",
    helper_last: "最后活动结束",
    slot_start: "活动{{n}}开始",
    slot_end: "活动{{n}}结束",
    slot_platform: "活动{{n}}平台",
    slot_depositStart: "活动{{n}}定金开始",
    slot_depositEnd: "活动{{n}}定金结束",
    slot_balanceStart: "活动{{n}}尾款开始",
    slot_balanceEnd: "活动{{n}}尾款结束",
  },
});

export type TimelineKind =
  | "launch"
  | "warehouse"
  | "presale"
  | "deposit"
  | "balance"
  | "promotion"
  | "festival"
  | "shutdown"
  | "stockOut";

export interface TimelineTexts {
  t: (key: string, params?: Record<string, unknown>) => string;
  code: {
    launch: string;
    warehouse: string;
    presale: string;
    deposit: string;
    balance: string;
    shutdown: string;
  };
}

export function timelineTexts(lang: Lang): TimelineTexts {
  const tr = translator(lang);
  const t = (key: string, params?: Record<string, unknown>): string =>
    tr(`timeline:${key}`, params);
  return {
    t,
    code: {
      launch: t("code_launch"),
      warehouse: t("code_warehouse"),
      presale: t("code_presale"),
      deposit: t("code_deposit"),
      balance: t("code_balance"),
      shutdown: t("code_shutdown"),
    },
  };
}
