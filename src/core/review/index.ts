/**
 * Each product's own sales (issue 15): the promotion review, stock cover and restocking, and the budget's pace,
 * computed once per plan (the rules and the views share it).
 */
import type { Plan } from "../plan";
import type { PlanIndex } from "../planIndex";
import type { Settings } from "../settings";
import { budgetPaces, type BudgetPace } from "./budgetPace";
import { reviewPromotions, type PlanReview } from "./promotionReview";
import { indexSales, type SalesIndex } from "./salesIndex";
import { stockCovers, type PlanStockCover } from "./stockCover";

export type { BudgetPace } from "./budgetPace";
export type { PlanReview, PromotionReview, ReviewStatus, ChartDay } from "./promotionReview";
export type { PlanStockCover, StockCover, PromoProjection } from "./stockCover";
export type { Metric, Period, PeriodNumbers } from "./periods";
export { METRICS, lift } from "./periods";

const salesIndexes = new WeakMap<Plan, SalesIndex>();

/** The plan's Sales index, built once per plan. */
export function salesIndexOf(plan: Plan): SalesIndex {
  let s = salesIndexes.get(plan);
  if (!s) salesIndexes.set(plan, (s = indexSales(plan.sales)));
  return s;
}

export function planReview(plan: Plan, settings: Settings = plan.settings): PlanReview {
  return reviewPromotions(plan, settings, salesIndexOf(plan));
}

export function planStockCover(
  plan: Plan,
  index: Pick<PlanIndex, "promotionsOf">,
  settings: Settings = plan.settings
): PlanStockCover {
  return stockCovers(plan, settings, salesIndexOf(plan), (sku) => index.promotionsOf(sku));
}

export function planBudgetPace(plan: Plan): BudgetPace[] {
  return budgetPaces(plan.budget, plan.daily);
}

export { reviewLayout, type ReviewLayout, type ReviewInputs } from "./sheet";
export { reviewTranslator, isReviewTitle } from "./texts";

/** Everything the Review sheet shows, for a plan (the pane and the CLI). */
export function reviewInputsOf(
  plan: Plan,
  index: Pick<PlanIndex, "promotionsOf">,
  lang: import("../schema/types").Lang,
  sheetName?: string
): import("./sheet").ReviewInputs {
  const settings = plan.settings;
  return {
    review: planReview(plan, settings),
    stock: planStockCover(plan, index, settings),
    budget: planBudgetPace(plan),
    settings,
    lang,
    sheetName,
  };
}
