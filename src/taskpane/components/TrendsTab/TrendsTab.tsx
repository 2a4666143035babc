/** The Trends tab: the Daily trends and the Warehousing summary, and "Refresh Dashboard charts" (the Dashboard sheet). */
import type { TrendsTabProps } from "./TrendsTab.types";
import { renderTrendsTab } from "./renderTrendsTab";
import { useTrendsTab } from "./useTrendsTab";
import { useTrendsTabStyles } from "./useTrendsTabStyles.styles";

export function TrendsTab(props: TrendsTabProps) {
  const state = useTrendsTab(props);
  return renderTrendsTab(state, useTrendsTabStyles());
}
