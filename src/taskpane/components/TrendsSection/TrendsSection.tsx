/** The Daily trends tables: each platform's latest week with its change on the week before, and the weekday pattern. */
import type { TrendsSectionProps } from "./TrendsSection.types";
import { renderTrendsSection } from "./renderTrendsSection";
import { useTrendsSection } from "./useTrendsSection";
import { useTrendsSectionStyles } from "./useTrendsSectionStyles.styles";

export function TrendsSection(props: TrendsSectionProps) {
  const state = useTrendsSection(props);
  return renderTrendsSection(state, useTrendsSectionStyles());
}
