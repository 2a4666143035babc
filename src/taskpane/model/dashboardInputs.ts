/**
 * The Dashboard layout for the planner's own workbook: its own Dashboard and Daily sheet names when it has them, and
 * its Currency.
 */
import { dashboardLayout, type DashboardLayout } from "../../core/dashboard";
import type { Plan } from "../../core/plan";
import { DASHBOARD_NAMES } from "../../core/schema/sheets";
import type { Lang } from "../../core/schema/types";
import { dailyTrends } from "../../core/trends";
import { nameIn, templateSheetNames } from "../../core/write/layout";

/** A plan sheet as the workbook names it (日报 in an English pane too), else the template's name in `lang`. */
export function workbookSheetName(
  plan: Pick<Plan, "sheetNames">,
  sheet: "daily" | "regions" | "sales" | "service" | "market" | "competitors",
  lang: Lang
): string {
  return plan.sheetNames[sheet] ?? templateSheetNames(lang)(sheet);
}

/** The workbook's Dashboard sheet as the reader found it (看板 in an English pane too), else the template's name. */
export function dashboardSheetName(plan: Pick<Plan, "sheetNames">, lang: Lang): string {
  return plan.sheetNames.dashboard ?? nameIn(DASHBOARD_NAMES, lang);
}

export interface WorkbookDashboard {
  layout: DashboardLayout;
  /** The dates the charts cover (every date of any platform's Daily rows). */
  days: number;
}

export function workbookDashboard(plan: Plan, lang: Lang): WorkbookDashboard {
  const trends = dailyTrends(plan, { lang });
  return {
    layout: dashboardLayout(trends, {
      lang,
      sheetName: dashboardSheetName(plan, lang),
      dailySheetName: plan.sheetNames.daily,
      currency: plan.settings.currency,
    }),
    days: trends.charts.visitors.x.length,
  };
}
