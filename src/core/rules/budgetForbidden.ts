/** BUDGET_FORBIDDEN: Fake orders (刷单) is a known channel that is always a breach once money is put on it. */
import { cellOf, type Hit } from "../finding";
import { DEFAULT_CHANNELS, FAKE_ORDERS_CHANNEL, normKey } from "../lists";
import { defineRule } from "./rule";
import { money } from "../numberText";

const FAKE_ALIASES = new Set(
  DEFAULT_CHANNELS.find((e) => e.value === FAKE_ORDERS_CHANNEL)?.aliases ?? [
    normKey(FAKE_ORDERS_CHANNEL),
  ]
);

/** True for a Fake orders line (canonical or typed: "刷单", "fake orders") with a non-zero Amount; a blank Amount is not a breach. */
export function budgetForbiddenBreach(
  channel: string | null | undefined,
  amount: number | null | undefined
): boolean {
  if (
    channel === null ||
    channel === undefined ||
    amount === null ||
    amount === undefined ||
    amount === 0
  )
    return false;
  return channel === FAKE_ORDERS_CHANNEL || FAKE_ALIASES.has(normKey(channel));
}

export const budgetForbidden = defineRule({
  id: "BUDGET_FORBIDDEN",
  severity: "error",
  reads: ["budget.channel", "budget.amount"],
  message: {
    en:
      "Fake orders (刷单) break the platforms' rules and the law, yet this line puts {{amount}} on them: " +
      "set it to 0 and move the money to a legitimate channel.",
    "zh-CN": "刷单违反平台规则和法律，此行却安排了 {{amount}}：请改为 0，并把预算移到正规渠道。",
  },
  check({ plan, settings }) {
    const hits: Hit[] = [];
    for (const r of plan.budget) {
      if (!budgetForbiddenBreach(r.v.channel, r.v.amount)) continue;
      hits.push({
        rule: "BUDGET_FORBIDDEN",
        at: cellOf(r, "amount"),
        related: [cellOf(r, "channel")],
        params: { amount: money(r.v.amount, settings.currency) },
      });
    }
    return hits;
  },
});
