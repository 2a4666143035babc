/**
 * BUDGET_PACE: a channel's Ad spend in Daily, its last 7 recorded days' mean × 30, exceeds the line's Amount (a
 * month's money) by more than Budget pace share (see src/core/review/budgetPace.ts).
 */
import { cellOf, type Hit } from "../finding";
import { money, pct } from "../numberText";
import { planBudgetPace } from "../review";
import { defineRule } from "./rule";

const EPS = 1e-9;

export const budgetPace = defineRule({
  id: "BUDGET_PACE",
  severity: "warning",
  reads: [
    "budget.channel",
    "budget.amount",
    "daily.channel",
    "daily.adSpend",
    "settings.budgetPaceShare",
  ],
  message: {
    en:
      "{{channel}}: spending {{daily}} a day over its last {{days}} recorded days, a month costs {{projected}}, " +
      "{{over}} over the Amount of {{amount}} (more than {{share}} allowed). Slow the spend or raise the Amount.",
    "zh-CN":
      "{{channel}}：最近 {{days}} 个有记录的日子日均花费 {{daily}}，按月推算 {{projected}}，超出预算金额 {{amount}} 达 {{over}}" +
      "（容忍 {{share}}）。请放缓投放或调高预算。",
  },
  check({ plan, settings }) {
    const hits: Hit[] = [];
    const share = settings.budgetPaceShare;
    for (const p of planBudgetPace(plan)) {
      const amount = p.line.v.amount;
      if (p.projected <= amount * (1 + share) + EPS || p.projected <= 0) continue;
      hits.push({
        rule: "BUDGET_PACE",
        at: cellOf(p.line, "amount"),
        params: {
          channel: p.line.v.channel,
          daily: money(p.meanDaily),
          days: String(p.days),
          projected: money(Math.round(p.projected)),
          amount: money(amount),
          over: p.over === undefined ? "∞" : pct(p.over),
          share: pct(share),
        },
      });
    }
    return hits;
  },
});
