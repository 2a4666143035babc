/**
 * The Dashboard sheet (spec §2: charts of Daily data, written by the add-in only), host-neutral: the cells (a title,
 * a note, then the chart data table every chart reads), number formats, and the native charts — each series named by
 * the sheet ranges it reads, so Excel's charts and the preview's charts draw the same cells.
 */
import type { SheetId } from "../schema/types";
import type { LayoutCell } from "../write/layout";

export type DashboardChartId = "visitors" | "conversion" | "aov" | "spendVsVisitors";

export interface DashboardSeries {
  /** The platform's name in the layout's language (the legend entry). */
  name: string;
  /** Canonical platform. */
  key: string;
  /** Sheet-local ranges ("A47:A120"), one column each: the x values (dates, or ad spend) and the y values. */
  x: string;
  y: string;
}

export interface DashboardChart {
  id: DashboardChartId;
  /**
   * Unique in the sheet ("OpsPlanner_visitors"): the name Excel shows for the chart (Selection pane, the Name box) and
   * by which a script or a test tells the charts apart. A refresh does not look charts up: it rewrites the whole sheet.
   */
  name: string;
  /** Line: one line per platform over dates. Scatter: one point per day per platform. */
  type: "line" | "scatter";
  title: string;
  xTitle: string;
  yTitle: string;
  /** Number formats (Excel codes) of the axes. */
  xFormat: string;
  yFormat: string;
  /** The cells the chart covers: top-left and bottom-right ("A4", "H22"). */
  from: string;
  to: string;
  series: DashboardSeries[];
}

export type DashboardGroupId = "visitors" | "conversion" | "aov" | "adSpend";

/** The chart data table below the charts: a group header row, a platform header row, then one row per date. */
export interface DashboardTable {
  groupRow: number;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Column letters: the dates, then each group's columns (one per platform, in `platforms` order). */
  dateColumn: string;
  groups: { id: DashboardGroupId; label: string; columns: string[] }[];
  /** Canonical platforms, in column order within each group. */
  platforms: string[];
}

export interface DashboardLayout {
  id: Extract<SheetId, "dashboard">;
  /** The sheet's name (the workbook's own, else the template's in the layout's language). */
  name: string;
  /** Every row from row 1, each from column A (blank where charts float). */
  rows: LayoutCell[][];
  columns: { letter: string; width: number }[];
  numberFormats: { range: string; numFmt: string }[];
  /** Rows that stay in view (the title). */
  freezeRows: number;
  /** Rows in bold: the title and the chart data table's two header rows. */
  boldRows: number[];
  /**
   * Empty when Daily has no rows (the note then says how to get charts). A chart with nothing to draw (conversion
   * without Orders, AOV without Revenue) is left out, and the note says which and why.
   */
  charts: DashboardChart[];
  /** Where the chart data lies; absent when Daily has no rows. */
  table?: DashboardTable;
}
