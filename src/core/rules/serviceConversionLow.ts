/**
 * SERVICE_CONVERSION_LOW: an agent or shift converting its inquiries clearly worse than the store does on the same
 * weekdays, or a weekday converting clearly worse than the store's week (src/core/service: the weekday-adjusted model).
 * Software cannot say why; the finding says where to watch.
 */
import { cellOf, type Hit } from "../finding";
import { count, pct } from "../numberText";
import { lowConversionGroups, serviceModel, type ServiceGroup } from "../service/conversion";
import { defineRule } from "./rule";

const WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAYS_ZH = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

/** A conversion rate with two decimals: 12.35%. */
const rate = (x: number): string => `${(Math.round(x * 10000) / 100).toFixed(2)}%`;

function labels(g: ServiceGroup): {
  group: string;
  groupZh: string;
  basis: string;
  basisZh: string;
} {
  const sameWeekdays = {
    basis: "the store's rate on the same weekdays",
    basisZh: "本店同星期的转化率",
  };
  if (g.kind === "weekday") {
    const w = g.weekday ?? 0;
    return {
      group: `${WEEKDAYS_EN[w]}s`,
      groupZh: WEEKDAYS_ZH[w],
      basis: "the store's rate over all days",
      basisZh: "本店全部日期的转化率",
    };
  }
  if (g.kind === "shift")
    return { group: `The ${g.shift} shift`, groupZh: `${g.shift}班次`, ...sameWeekdays };
  return { group: `Agent ${g.agent}`, groupZh: `客服 ${g.agent}`, ...sameWeekdays };
}

export const serviceConversionLow = defineRule({
  id: "SERVICE_CONVERSION_LOW",
  severity: "warning",
  reads: [
    "service.date",
    "service.agent",
    "service.shift",
    "service.inquiries",
    "service.buyers",
    "settings.serviceMinInquiries",
    "settings.serviceConversionGap",
  ],
  message: {
    en:
      "{{group}} converted {{rate}} of {{inquiries}} inquiries ({{buyers}} buyers over {{days}} day(s)), {{gap}} below " +
      "{{expected}}, {{basis}} (more than {{allowed}} below). Watch those chats: reply speed, product knowledge, " +
      "following up those who did not buy.",
    "zh-CN":
      "{{groupZh}} 询单转化率 {{rate}}（{{days}} 天 {{inquiries}} 人询单，{{buyers}} 人成交），比{{basisZh}} {{expected}} " +
      "低 {{gap}}（允许 {{allowed}}）。请查看这些聊天记录：回复速度、产品熟悉度、未成交客户的跟进。",
  },
  check({ plan, settings }) {
    const model = serviceModel(plan.service);
    if (!model) return [];
    const hits: Hit[] = [];
    for (const g of lowConversionGroups(
      model,
      settings.serviceMinInquiries,
      settings.serviceConversionGap
    )) {
      hits.push({
        rule: "SERVICE_CONVERSION_LOW",
        at: cellOf(g.latest, "buyers"),
        related: [],
        params: {
          ...labels(g),
          rate: rate(g.rate as number),
          expected: rate(g.expected as number),
          gap: pct(-(g.gap as number)),
          allowed: pct(settings.serviceConversionGap),
          inquiries: count(g.inquiries),
          buyers: count(g.buyers),
          days: g.days,
        },
      });
    }
    return hits;
  },
});
