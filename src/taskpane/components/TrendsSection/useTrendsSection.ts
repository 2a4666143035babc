import { useMemo } from "react";
import { count, money, pct } from "../../../core/numberText";
import { dailyTrends, platformName, type WeekTrend } from "../../../core/trends";
import { usePaneT, type PaneT } from "../../i18n";
import { workbookSheetName } from "../../model/dashboardInputs";
import type { TrendsSectionProps, TrendsSectionState, WeekView } from "./TrendsSection.types";

/** The latest week of each platform (and of all together), as dailyTrends orders them. */
function latestWeeks(weekly: readonly WeekTrend[]): WeekTrend[] {
  const last = new Map<string | null, WeekTrend>();
  for (const w of weekly) last.set(w.platform, w);
  return [...last.values()];
}

function weekView(w: WeekTrend, t: PaneT, platform: string, currency: string): WeekView {
  const na = t("notAvailable");
  const change = (x: number | null | undefined): string =>
    x === null || x === undefined ? na : `${x > 0 ? "+" : ""}${pct(x)}`;
  const c = w.change;
  return {
    key: w.platform ?? "",
    platform,
    week: t("trendsWeek", { week: w.week, year: w.isoYear, days: w.days }),
    rows: [
      { label: t("budgetVisitors"), value: count(w.visitors), change: change(c?.visitors) },
      {
        label: t("budgetOrders"),
        value: w.orders === null ? na : count(w.orders),
        change: change(c?.orders),
      },
      {
        label: t("trendsConversion"),
        value: w.conversion === null ? na : pct(w.conversion),
        change: change(c?.conversion),
      },
      {
        label: t("budgetRevenue"),
        value: w.revenue === null ? na : money(Math.round(w.revenue), currency),
        change: change(c?.revenue),
      },
      {
        label: t("trendsAdSpend"),
        value: money(Math.round(w.adSpend), currency),
        change: change(c?.adSpend),
      },
    ],
  };
}

export function useTrendsSection({ plan, lang }: TrendsSectionProps): TrendsSectionState {
  const t = usePaneT();
  const trends = useMemo(() => dailyTrends(plan, { lang }), [plan, lang]);
  const currency = plan.settings.currency;
  return {
    t,
    weeks: latestWeeks(trends.weekly).map((w) =>
      weekView(w, t, platformName(w.platform, lang), currency)
    ),
    empty: t("trendsEmpty", { sheet: workbookSheetName(plan, "daily", lang) }),
    weekdayMessages: trends.weekdays.flatMap((p) => (p.message ? [p.message] : [])),
  };
}
