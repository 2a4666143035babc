/**
 * The seed's CPC advice: "在总费用不变的情况下，把点击单价降下来。2000块可以引访客1000，也可以引1500" — for each
 * platform/channel group CPC_SATURATION reports, how many more visitors the same daily budget buys at a lower bid.
 *
 * Model, from the group's Daily rows split as CPC_SATURATION splits them (sorted by Ad spend, lower and upper half):
 * - the budget: the upper half's mean daily Ad spend (what the planner spends now);
 * - CPC now: the upper half's spend / clicks; the lower bid: the lower half's spend / clicks — a bid the channel
 *   already paid on its cheaper days;
 * - clicks at the lower bid = budget / lower CPC, against budget / CPC now today;
 * - each extra click brings the upper half's visitors per click, at most 1 (unique visitors cannot outnumber
 *   clicks; Daily visitors also count organic ones, which a bid does not buy);
 * - visitors at the lower bid = visitors now + extra clicks × that rate; never fewer than now.
 * Without Clicks on both halves the visitors stand in for clicks (cost per visitor instead of CPC): an upper bound.
 * The estimate assumes the lower bid still wins enough impressions to spend the whole budget.
 */
import type { CellRef } from "../finding";
import { cellOf } from "../finding";
import { registerTexts, translator } from "../i18n";
import { DEFAULT_PLATFORMS } from "../lists";
import type { DailyRow, Plan, Row } from "../plan";
import { channelZh } from "../rules/messageParts";
import { count, money } from "../numberText";
import { saturatedGroups } from "../rules/cpcSaturation";
import type { Lang } from "../schema/types";

export interface CpcAdvice {
  group: { platform: string; channel?: string };
  /** "Pinduoduo" / "Tmall / CPC search ads" in the chosen language. */
  label: string;
  /** Mean daily Ad spend of the upper half: the budget kept the same. */
  spend: number;
  visitorsNow: number;
  visitorsAtLowerBid: number;
  extra: number;
  cpcNow: number;
  cpcLower: number;
  /** "clicks": from Daily Clicks; "visitors": no clicks, cost per visitor stands in for CPC. */
  basis: "clicks" | "visitors";
  /** The cell CPC_SATURATION points at (the group's latest Ad spend). */
  at: CellRef;
  message: string;
}

registerTexts("budget", {
  en: {
    cpcAdvice:
      "{{group}}: {{spend}} a day buys about {{visitorsNow}} visitors at a CPC of {{cpcNow}}. At {{cpcLower}}, the CPC of its " +
      "low-spend days, the same budget would buy about {{visitorsAtLowerBid}}: {{extra}} more. Lower the bid, keep the budget.",
    cpcAdvice_visitors:
      "{{group}}: {{spend}} a day buys about {{visitorsNow}} visitors ({{cpcNow}} each). At {{cpcLower}} a visitor, the cost on " +
      "its low-spend days, the same budget would buy up to {{visitorsAtLowerBid}}: {{extra}} more. Lower the bid, keep the budget.",
  },
  "zh-CN": {
    cpcAdvice:
      "{{group}}：每天 {{spend}}，点击单价 {{cpcNow}}，约引来 {{visitorsNow}} 个访客。把点击单价降到 {{cpcLower}}（低花费日的水平），" +
      "同样的预算约可引来 {{visitorsAtLowerBid}} 个，多 {{extra}} 个。总费用不变，降低出价。",
    cpcAdvice_visitors:
      "{{group}}：每天 {{spend}} 约引来 {{visitorsNow}} 个访客（每个 {{cpcNow}}）。按低花费日每个访客 {{cpcLower}} 的成本，" +
      "同样的预算最多可引来 {{visitorsAtLowerBid}} 个，多 {{extra}} 个。总费用不变，降低出价。",
  },
});

interface HalfSums {
  spend: number;
  visitors: number;
  clickSpend: number;
  clicks: number;
  clickVisitors: number;
}

function sums(rows: readonly Row<DailyRow>[]): HalfSums {
  const s: HalfSums = { spend: 0, visitors: 0, clickSpend: 0, clicks: 0, clickVisitors: 0 };
  for (const { v } of rows) {
    s.spend += v.adSpend;
    s.visitors += v.visitors;
    if (v.clicks !== undefined && v.clicks > 0) {
      s.clickSpend += v.adSpend;
      s.clicks += v.clicks;
      s.clickVisitors += v.visitors;
    }
  }
  return s;
}

const platformLabel = (p: string, lang: Lang): string =>
  lang === "zh-CN" ? (DEFAULT_PLATFORMS.find((e) => e.value === p)?.zh ?? p) : p;

/** A platform/channel group's name in `lang`. */
export function groupLabel(platform: string, channel: string | undefined, lang: Lang): string {
  const p = platformLabel(platform, lang);
  if (!channel) return p;
  return `${p} / ${lang === "zh-CN" ? channelZh(channel) : channel}`;
}

/** The advice for every group CPC_SATURATION reports, in Daily's order of groups. */
export function cpcAdvice(
  plan: Pick<Plan, "daily" | "settings">,
  opts: { lang: Lang }
): CpcAdvice[] {
  const { settings } = plan;
  const t = translator(opts.lang);
  const out: CpcAdvice[] = [];
  for (const g of saturatedGroups(
    plan.daily,
    settings.saturationSpendRise,
    settings.saturationVisitorRise
  )) {
    const n = g.halves.half;
    const low = sums(g.rows.slice(0, n));
    const high = sums(g.rows.slice(g.rows.length - n));
    const spend = g.halves.spendHigh;
    const visitorsNow = g.halves.visitorsHigh;
    let basis: CpcAdvice["basis"];
    let cpcNow: number;
    let cpcLower: number;
    let visitorsAtLowerBid: number;
    if (low.clicks > 0 && high.clicks > 0 && low.clickSpend > 0) {
      basis = "clicks";
      cpcNow = high.clickSpend / high.clicks;
      cpcLower = low.clickSpend / low.clicks;
      const perClick = Math.min(1, high.clickVisitors / high.clicks);
      const extraClicks = spend / cpcLower - spend / cpcNow;
      visitorsAtLowerBid = visitorsNow + Math.max(0, extraClicks * perClick);
    } else {
      basis = "visitors";
      cpcNow = high.visitors > 0 ? high.spend / high.visitors : Infinity;
      cpcLower = low.visitors > 0 ? low.spend / low.visitors : Infinity;
      visitorsAtLowerBid =
        Number.isFinite(cpcLower) && cpcLower > 0
          ? Math.max(visitorsNow, spend / cpcLower)
          : visitorsNow;
    }
    const extra = visitorsAtLowerBid - visitorsNow;
    let latest = g.rows[0];
    for (const r of g.rows)
      if (r.v.date > latest.v.date || (r.v.date === latest.v.date && r.row > latest.row))
        latest = r;
    const label = groupLabel(g.platform, g.channel, opts.lang);
    const cur = settings.currency;
    const whole = (x: number): string => count(Math.round(x));
    const message = t(basis === "clicks" ? "budget:cpcAdvice" : "budget:cpcAdvice_visitors", {
      group: label,
      spend: money(Math.round(spend), cur),
      visitorsNow: whole(visitorsNow),
      visitorsAtLowerBid: whole(visitorsAtLowerBid),
      extra: whole(extra),
      cpcNow: money(Math.round(cpcNow * 100) / 100, cur),
      cpcLower: money(Math.round(cpcLower * 100) / 100, cur),
    });
    out.push({
      group: g.channel ? { platform: g.platform, channel: g.channel } : { platform: g.platform },
      label,
      spend,
      visitorsNow,
      visitorsAtLowerBid,
      extra,
      cpcNow,
      cpcLower,
      basis,
      at: cellOf(latest, "adSpend"),
      message,
    });
  }
  return out;
}
