/** The Review tab (复盘): promotions by what they earned, stock cover and restocking, the budget against spend. */
import type { ReviewTabProps } from "./ReviewTab.types";
import { renderReviewTab } from "./renderReviewTab";
import { useReviewTab } from "./useReviewTab";
import { useReviewTabStyles } from "./useReviewTabStyles.styles";

export function ReviewTab(props: ReviewTabProps) {
  const state = useReviewTab(props);
  return renderReviewTab(state, useReviewTabStyles());
}
