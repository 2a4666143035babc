/**
 * Plan against actual for the budget: each Budget line's Amount (a month's money, spent over 30 days, as the
 * allocator reads it) against the Ad spend Daily records for its channel. The projection is the mean daily spend of
 * the channel's last 7 recorded days (a day's rows on several platforms add up) × 30. Sales' ad spend is the promotion
 * review's alone, so no spend is counted twice. A channel without Daily rows has no projection.
 */
import { DEFAULT_HORIZON_DAYS } from "../budget/curves";
import type { BudgetLine, DailyRow, Row } from "../plan";

export const PACE_DAYS = 7;

export interface BudgetPace {
  line: Row<BudgetLine>;
  /** Recorded days used (at most 7). */
  days: number;
  meanDaily: number;
  projected: number;
  /** projected ÷ Amount − 1; undefined when Amount is 0. */
  over?: number;
}

/** Each channel's spend by date. */
function spendByChannel(daily: readonly Row<DailyRow>[]): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const r of daily) {
    const channel = r.v.channel;
    if (channel === undefined) continue;
    let days = out.get(channel);
    if (!days) out.set(channel, (days = new Map()));
    days.set(r.v.date, (days.get(r.v.date) ?? 0) + r.v.adSpend);
  }
  return out;
}

export function budgetPaces(
  budget: readonly Row<BudgetLine>[],
  daily: readonly Row<DailyRow>[]
): BudgetPace[] {
  const byChannel = spendByChannel(daily);
  const out: BudgetPace[] = [];
  for (const line of budget) {
    const days = byChannel.get(line.v.channel);
    if (!days || days.size === 0) continue;
    const last = [...days.keys()].sort((a, b) => b - a).slice(0, PACE_DAYS);
    const meanDaily = last.reduce((s, d) => s + (days.get(d) ?? 0), 0) / last.length;
    const projected = meanDaily * DEFAULT_HORIZON_DAYS;
    const pace: BudgetPace = { line, days: last.length, meanDaily, projected };
    if (line.v.amount > 0) pace.over = projected / line.v.amount - 1;
    out.push(pace);
  }
  return out;
}
