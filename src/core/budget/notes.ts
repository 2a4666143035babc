/** What the budget allocator tells the planner besides the numbers: why a channel was kept, infeasible bounds… */
import { registerTexts, translator } from "../i18n";
import type { Lang } from "../schema/types";
import { channelZh } from "../rules/messageParts";
import { money } from "../numberText";

export type BudgetNoteCode =
  | "forbidden"
  | "noCurve"
  | "noValue"
  | "fitFailed"
  | "minAboveMax"
  | "minOverCap"
  | "capUnused"
  | "overCapNow";

export interface BudgetNote {
  code: BudgetNoteCode;
  /** The channel it concerns (canonical name), when it concerns one. */
  channel?: string;
  /** Raw values (numbers unformatted); `budgetNoteMessage` formats them. */
  params: Record<string, string | number>;
}

registerTexts("budget", {
  en: {
    forbidden: "{{channel}}: fake orders (刷单) are forbidden, so it gets nothing.",
    noCurve:
      "{{channel}}: no Daily rows with this channel to fit and no Expected CPC, so its amount stays {{amount}}.",
    noValue_orders:
      "{{channel}}: no Expected conversion and no Daily orders, so its orders cannot be estimated and its amount stays {{amount}}.",
    noValue_revenue:
      "{{channel}}: no revenue per order (Expected revenue, or Daily revenue and orders), so its amount stays {{amount}}.",
    fitFailed:
      "{{channel}}: its {{days}} Daily days could not be fitted ({{reason}}); the Expected CPC is used instead.",
    fitFailed_tooFewLevels: "fewer than 4 distinct spend levels",
    fitFailed_noSaturation: "visitors still rise in proportion to spend",
    fitFailed_noVisitors: "no visitors",
    minAboveMax: "{{channel}}: Min {{min}} is above Max {{max}}; Max is taken as {{min}}.",
    minOverCap:
      "The Min amounts ({{minTotal}}) and the amounts kept as they are ({{kept}}) exceed the Budget cap {{cap}}: every line gets its Min.",
    capUnused_maxReached:
      "{{unused}} of the Budget cap stays unspent: every channel that can take more is at its Max.",
    capUnused_noReturn:
      "{{unused}} of the Budget cap stays unspent: no channel returns anything for more money.",
    capUnused_noChannel:
      "{{unused}} of the Budget cap stays unspent: no channel has a curve to allocate by.",
    overCapNow: "The current amounts ({{current}}) exceed the Budget cap {{cap}}.",
  },
  "zh-CN": {
    forbidden: "{{channel}}：刷单违法违规，不分配任何预算。",
    noCurve: "{{channel}}：日报中没有该渠道的数据可拟合，也没有预计点击单价，金额保持 {{amount}}。",
    noValue_orders:
      "{{channel}}：没有预计转化率，日报也没有订单数，无法估算订单，金额保持 {{amount}}。",
    noValue_revenue:
      "{{channel}}：无法得出客单价（预计销售额，或日报的销售额和订单数），金额保持 {{amount}}。",
    fitFailed: "{{channel}}：日报中 {{days}} 天的数据无法拟合（{{reason}}），改用预计点击单价。",
    fitFailed_tooFewLevels: "不同的花费水平少于 4 个",
    fitFailed_noSaturation: "访客数仍与花费成正比增长",
    fitFailed_noVisitors: "没有访客",
    minAboveMax: "{{channel}}：最低 {{min}} 高于最高 {{max}}，最高按 {{min}} 处理。",
    minOverCap:
      "各渠道最低金额（{{minTotal}}）加上保持不变的金额（{{kept}}）超过预算上限 {{cap}}：每条预算按最低金额分配。",
    capUnused_maxReached: "预算上限中有 {{unused}} 未分配：能追加的渠道都已达到最高金额。",
    capUnused_noReturn: "预算上限中有 {{unused}} 未分配：再追加预算也没有任何渠道能带来回报。",
    capUnused_noChannel: "预算上限中有 {{unused}} 未分配：没有可用于分配的渠道曲线。",
    overCapNow: "当前金额合计（{{current}}）超过预算上限 {{cap}}。",
  },
});

const MONEY_PARAMS = new Set([
  "amount",
  "min",
  "max",
  "minTotal",
  "kept",
  "cap",
  "unused",
  "current",
]);

/** A note as one sentence in `lang`; amounts in `currency`. */
export function budgetNoteMessage(note: BudgetNote, lang: Lang, currency = "CNY"): string {
  const t = translator(lang);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(note.params))
    params[k] = MONEY_PARAMS.has(k) && typeof v === "number" ? money(v, currency) : v;
  if (note.channel !== undefined)
    params.channel = lang === "zh-CN" ? channelZh(note.channel) : note.channel;
  if (note.code === "fitFailed") {
    const reason = String(note.params.reason);
    const key = `budget:fitFailed_${reason}`;
    const text = t(key);
    params.reason = text === key || text === `fitFailed_${reason}` ? reason : text;
  }
  const context = note.params.context;
  const key =
    context !== undefined ? `budget:${note.code}_${String(context)}` : `budget:${note.code}`;
  return t(key, params);
}
