/** Metric results and errors: Excel's error codes, with a message that names the argument, in English and 简体中文. */
import { registerTexts, translator } from "../i18n";
import type { Lang } from "../schema/types";

export type MetricErrorCode = "#DIV/0!" | "#NUM!" | "#VALUE!" | "#N/A";
export type MetricParams = Record<string, string | number>;

export interface MetricError {
  error: MetricErrorCode;
  /** English text; `metricMessage` renders it in another language from `key` and `params`. */
  message: string;
  key?: MetricMessageKey;
  params?: MetricParams;
}

export type MetricResult = number | MetricError;

/** A metric input: a number, or null for a blank cell. */
export type MetricInput = number | null;

const TEXTS = {
  blankOrZero: {
    en: "{{arg}} is blank or 0: cannot divide by it.",
    "zh-CN": "{{arg}} 为空或为 0，不能作除数。",
  },
  negative: {
    en: "{{arg}} is negative ({{value}}): a count, price or amount cannot be below 0.",
    "zh-CN": "{{arg}} 为负数（{{value}}）：数量、价格或金额不能小于 0。",
  },
  negativeRate: {
    en: "{{arg}} is negative ({{value}}): it must be 0 or more.",
    "zh-CN": "{{arg}} 为负数（{{value}}）：必须大于或等于 0。",
  },
  notNumber: {
    en: "{{arg}} is not a number.",
    "zh-CN": "{{arg}} 不是数字。",
  },
  dateBlank: {
    en: "{{arg}} is blank: enter a date.",
    "zh-CN": "{{arg}} 为空：请填写日期。",
  },
  notADate: {
    en: "{{arg}} ({{value}}) is not a date.",
    "zh-CN": "{{arg}}（{{value}}）不是日期。",
  },
  endBeforeStart: {
    en: "end is {{days}} day(s) before start: a promotion cannot end before it starts.",
    "zh-CN": "结束日期比开始日期早 {{days}} 天：活动不能在开始前结束。",
  },
  lengthMismatch: {
    en: "spend has {{spend}} values but visitors has {{visitors}}: give one visitors value per spend value.",
    "zh-CN": "spend 有 {{spend}} 个值，visitors 却有 {{visitors}} 个：每个花费需对应一个访客数。",
  },
  tooFewLevels: {
    en: "only {{levels}} distinct spend level(s): the saturation fit needs at least 4.",
    "zh-CN": "只有 {{levels}} 个不同的花费水平：饱和拟合至少需要 4 个。",
  },
  noVisitors: {
    en: "visitors are all 0: there is no curve to fit.",
    "zh-CN": "访客数全部为 0：无法拟合曲线。",
  },
  noSaturation: {
    en: "visitors still grow in proportion to spend: no saturation shows within the data.",
    "zh-CN": "访客数仍随花费成比例增长：数据范围内没有出现饱和。",
  },
  pairMismatch: {
    en: "{{first}} has {{a}} values but {{second}} has {{b}}: give one {{second}} value per {{first}} value.",
    "zh-CN": "{{first}} 有 {{a}} 个值，{{second}} 却有 {{b}} 个：两者需一一对应。",
  },
  noInquiries: {
    en: "inquiriesByWeekday are all blank or 0: there is nothing to weight the rates by.",
    "zh-CN": "inquiriesByWeekday 全部为空或为 0：没有可用于加权的询单数。",
  },
  rateMissing: {
    en: "storeRateByWeekday is blank at position {{at}}, where there are {{inquiries}} inquiries.",
    "zh-CN": "storeRateByWeekday 第 {{at}} 个值为空，而该处有 {{inquiries}} 个询单。",
  },
  noBand: {
    en: "the price {{price}} falls in none of the bands.",
    "zh-CN": "价格 {{price}} 不在任何价格带内。",
  },
  bandOrder: {
    en: "band {{at}} runs from {{from}} to {{to}}: its end is below its start.",
    "zh-CN": "第 {{at}} 个价格带从 {{from}} 到 {{to}}：止价低于起价。",
  },
  bandBlank: {
    en: "band {{at}} has a blank {{arg}}.",
    "zh-CN": "第 {{at}} 个价格带的 {{arg}} 为空。",
  },
  unknownObjective: {
    en: 'objective "{{value}}" is none of profit, revenue, traffic (利润, 销售额, 流量).',
    "zh-CN": "objective「{{value}}」不是 profit、revenue、traffic（利润、销售额、流量）之一。",
  },
  argBlank: {
    en: "{{arg}} is blank.",
    "zh-CN": "{{arg}} 为空。",
  },
  objectiveArgBlank: {
    en: "{{arg}} is blank: the {{objective}} objective needs it.",
    "zh-CN": "{{arg}} 为空：{{objective}} 目标需要它。",
  },
} as const;

export type MetricMessageKey = keyof typeof TEXTS;

registerTexts("metrics", {
  en: Object.fromEntries(Object.entries(TEXTS).map(([k, t]) => [k, t.en])),
  "zh-CN": Object.fromEntries(Object.entries(TEXTS).map(([k, t]) => [k, t["zh-CN"]])),
});

const fill = (template: string, params: MetricParams): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));

export function metricError(
  error: MetricErrorCode,
  key: MetricMessageKey,
  params: MetricParams = {}
): MetricError {
  return { error, message: fill(TEXTS[key].en, params), key, params };
}

export function isMetricError(v: unknown): v is MetricError {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as MetricError).error === "string" &&
    typeof (v as MetricError).message === "string"
  );
}

/** The error's message in `lang` (the English `message` when it carries no key). */
export function metricMessage(e: MetricError, lang: Lang): string {
  return e.key ? translator(lang)(`metrics:${e.key}`, e.params ?? {}) : e.message;
}

/** #VALUE! for a non-finite number; null (blank) passes. */
export function notFinite(v: MetricInput, arg: string): MetricError | undefined {
  return v !== null && !Number.isFinite(v)
    ? metricError("#VALUE!", "notNumber", { arg })
    : undefined;
}

/** #VALUE! / #NUM! for a count, price or amount that is not a number or below 0; null (blank) passes. */
export function badAmount(v: MetricInput, arg: string): MetricError | undefined {
  const e = notFinite(v, arg);
  if (e) return e;
  return v !== null && v < 0 ? metricError("#NUM!", "negative", { arg, value: v }) : undefined;
}

/** Like `badAmount`, for a rate (margin, conversion). */
export function badRate(v: MetricInput, arg: string): MetricError | undefined {
  const e = notFinite(v, arg);
  if (e) return e;
  return v !== null && v < 0 ? metricError("#NUM!", "negativeRate", { arg, value: v }) : undefined;
}

/** #DIV/0! when a denominator is blank or 0. */
export function zeroDenominator(v: MetricInput, arg: string): MetricError | undefined {
  return v === null || v === 0 ? metricError("#DIV/0!", "blankOrZero", { arg }) : undefined;
}
