import type { RefObject } from "react";
import type { ChartView } from "../../chartData";
import type { MemorySheet, MemoryWorkbook } from "../../memoryWorkbook";
import type { PreviewT } from "../../texts";

export interface DashboardChartsProps {
  workbook: MemoryWorkbook;
  /** The active sheet: its charts are drawn (nothing when it has none). */
  sheet: MemorySheet;
  /** The workbook's version: the charts redraw from the cells when it changes. */
  version: number;
  t: PreviewT;
}

export interface DashboardChartsState {
  t: PreviewT;
  sheetName: string;
  charts: ChartView[];
  /** Each chart's size in px: fixed height; the width follows the panel's (two charts a row). */
  width: number;
  height: number;
  panelRef: RefObject<HTMLDivElement | null>;
  /** Unique in the page: each chart's caption id is this and the chart's id. */
  idPrefix: string;
}
