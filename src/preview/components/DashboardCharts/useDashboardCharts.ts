import { useEffect, useId, useMemo, useRef, useState } from "react";
import { chartViews } from "../../chartData";
import type { DashboardChartsProps, DashboardChartsState } from "./DashboardCharts.types";

/** A chart's height, and its width before the panel is measured (and in jsdom, which lays nothing out). */
export const CHART_HEIGHT = 170;
export const FALLBACK_CHART_WIDTH = 420;
const MIN_CHART_WIDTH = 260;
/** The panel's horizontal padding and the gap between the two charts of a row, in px. */
const PANEL_CHROME = 3 * 12;

export function useDashboardCharts({
  workbook,
  sheet,
  version,
  t,
}: DashboardChartsProps): DashboardChartsState {
  const panelRef = useRef<HTMLDivElement | null>(null);
  const idPrefix = useId();
  const [panelWidth, setPanelWidth] = useState(0);
  // The sheet mutates in place: `version` says when its cells changed.
  const charts = useMemo(() => chartViews(workbook, sheet), [workbook, sheet, version]);
  const shown = charts.length > 0;

  useEffect(() => {
    const el = panelRef.current;
    if (!el) return;
    const measure = () => setPanelWidth(el.clientWidth);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [shown]); // the panel is in the DOM only while there are charts

  const width =
    panelWidth > 0
      ? Math.max(MIN_CHART_WIDTH, Math.floor((panelWidth - PANEL_CHROME) / 2))
      : FALLBACK_CHART_WIDTH;
  return { t, sheetName: sheet.name, charts, width, height: CHART_HEIGHT, panelRef, idPrefix };
}
