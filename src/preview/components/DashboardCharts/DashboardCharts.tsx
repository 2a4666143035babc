/**
 * The charts of the active sheet (the Dashboard's), drawn with recharts above the grid, two a row: each series from the
 * cells its ranges name, so editing a data cell in the grid redraws the chart. Nothing when the sheet has no charts.
 */
import type { DashboardChartsProps } from "./DashboardCharts.types";
import { renderDashboardCharts } from "./renderDashboardCharts";
import { useDashboardCharts } from "./useDashboardCharts";
import { useDashboardChartsStyles } from "./useDashboardChartsStyles.styles";

export function DashboardCharts(props: DashboardChartsProps) {
  const state = useDashboardCharts(props);
  return renderDashboardCharts(state, useDashboardChartsStyles());
}
