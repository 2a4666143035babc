/**
 * The Dashboard sheet in Excel (spec §2: written by the add-in only), from the core's layout (src/core/dashboard/):
 * written anew like the Timeline, over the sheet found under any of its names (English, 简, 繁) when that sheet is
 * ours, through a hidden scratch sheet (src/excel/outputSheet.ts: a planner's own "Dashboard" is never touched; ours
 * is rewritten in place, so a planner's formulas and charts that read its table keep reading it) — the cells
 * (title, note, the chart data table), number formats, widths, bold headings, the frozen title row, and the native
 * charts, each series given explicitly the ranges of the layout (its name, its values, its x values), so a refresh
 * draws exactly the cells the preview draws.
 *
 * Each chart is created from a column that cannot be blank — the first platform's Visitors, a key column of Daily —
 * and then given its series: Excel makes no series at all from a blank column (a platform without Orders has a blank
 * conversion column), and series 0 would then not exist.
 *
 * Requirement sets: charts, titles, legend, series names and position are ExcelApi 1.1; column widths 1.2; finding the
 * sheet 1.4; explicit series (ChartSeriesCollection.add, setValues, setXAxisValues), the date category axis and frozen
 * panes 1.7; axis number formats 1.8 — every Excel with a shared runtime has ExcelApi 1.10 (src/excel/requirements.ts),
 * so none is checked.
 *
 * Syncs: DASHBOARD_SYNCS + ⌈payload / 4 MB⌉: finding the old sheet (a second look-up for a name spelt otherwise), and
 * the build and the bringing over in as many batches as the payload takes.
 */
import { columnLetter } from "../core/cells";
import { isDashboardTitle, type DashboardChart, type DashboardLayout } from "../core/dashboard";
import { widthInPoints } from "./applyLayout";
import { excelCell } from "./excelCell";
import { commandBytes, WriteBatch, writeRows } from "./chunks";
import { findOutputSheet, finishOutput, startScratch, type OutputSheetSpec } from "./outputSheet";

export const DASHBOARD_SYNCS = 2;

export function writeDashboard(
  context: Excel.RequestContext,
  layout: DashboardLayout
): Promise<void> {
  return writeSheetLayout(context, layout, { id: "dashboard", isTitle: isDashboardTitle });
}

/** What an output sheet of cells (and charts) is made of: the Dashboard's layout, the Review sheet's (no charts). */
export type SheetLayout = Pick<
  DashboardLayout,
  "name" | "rows" | "columns" | "numberFormats" | "freezeRows" | "boldRows" | "charts" | "table"
>;

/** Writes an output sheet of cells and charts anew, as the Dashboard is written (the Review sheet too). */
export async function writeSheetLayout(
  context: Excel.RequestContext,
  layout: SheetLayout,
  spec: Omit<OutputSheetSpec, "name">
): Promise<void> {
  const target = await findOutputSheet(context, { ...spec, name: layout.name });
  const batch = new WriteBatch(context);
  const scratch = await startScratch(context, batch, target);
  let width = 1;
  for (const r of layout.rows) width = Math.max(width, r.length);
  await writeRows(
    batch,
    scratch,
    "A",
    1,
    layout.rows.map((row) => row.map((c) => excelCell(c)))
  );
  // The formats and the charts are tried on the scratch sheet first: a chart Excel refuses leaves the old sheet whole.
  await dress(batch, scratch, layout, columnLetter(width));
  const area = `A1:${columnLetter(width)}${Math.max(1, layout.rows.length)}`;
  const sheet = await finishOutput(batch, target, scratch, [area], (old) =>
    dress(batch, old, layout, columnLetter(width))
  );
  if (layout.freezeRows > 0) {
    await batch.room(commandBytes({ paths: 1, actions: 1 }, layout.freezeRows));
    sheet.freezePanes.freezeRows(layout.freezeRows);
  }
  await batch.room(commandBytes({ actions: 1 }));
  sheet.activate();
  await batch.sync();
}

/** Number formats, bold rows, widths and the charts. */
async function dress(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  last: string
): Promise<void> {
  for (const n of layout.numberFormats) {
    await batch.room(commandBytes({ ranges: 1, actions: 1 }, n.range, [[n.numFmt]]));
    sheet.getRange(n.range).numberFormat = [[n.numFmt]];
  }
  for (const r of layout.boldRows) {
    await batch.room(commandBytes({ ranges: 1, paths: 2, actions: 1 }, `A${r}:${last}${r}`, true));
    sheet.getRange(`A${r}:${last}${r}`).format.font.bold = true;
  }
  for (const c of layout.columns) {
    const points = widthInPoints(c.width);
    await batch.room(
      commandBytes({ ranges: 1, paths: 1, actions: 1 }, `${c.letter}:${c.letter}`, points)
    );
    sheet.getRange(`${c.letter}:${c.letter}`).format.columnWidth = points;
  }
  for (const c of layout.charts) {
    const n = c.series.length;
    // The chart (its source range; the charts, the chart, its series, axes, two axes and their titles, title and
    // legend: 10 paths; 12 sets and calls), then per series its item, its two ranges and three calls; every text of the
    // layout's chart as arguments.
    await batch.room(commandBytes({ ranges: 1 + 2 * n, paths: 10 + n, actions: 12 + 3 * n }, c));
    addChart(sheet, layout, c);
  }
}

/** The first platform's Visitors cells: never all blank (every platform of the table has a Daily row). */
function sourceColumn(layout: SheetLayout, c: DashboardChart): string {
  const t = layout.table;
  const column = t?.groups.find((g) => g.id === "visitors")?.columns[0];
  return t && column ? `${column}${t.firstRow}:${column}${t.lastRow}` : c.series[0].y;
}

/** One chart of the layout. */
function addChart(sheet: Excel.Worksheet, layout: SheetLayout, c: DashboardChart): void {
  if (c.series.length === 0) return;
  const type = c.type === "line" ? "Line" : "XYScatter";
  // One column that cannot be blank makes exactly one series, whatever Excel guesses from a wider range (and a blank
  // column makes none); then every series explicitly, the first one included.
  const chart = sheet.charts.add(type, sheet.getRange(sourceColumn(layout, c)), "Columns");
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(sheet.getRange(s.y));
    series.setXAxisValues(sheet.getRange(s.x));
  });
  if (c.type === "line") chart.axes.categoryAxis.categoryType = "DateAxis";
  chart.name = c.name;
  chart.title.text = c.title;
  chart.setPosition(c.from, c.to);
  chart.legend.position = "Bottom";
  chart.legend.visible = true;
  const axes: [Excel.ChartAxis, string, string][] = [
    [chart.axes.categoryAxis, c.xTitle, c.xFormat],
    [chart.axes.valueAxis, c.yTitle, c.yFormat],
  ];
  for (const [axis, title, format] of axes) {
    axis.title.text = title;
    axis.title.visible = true;
    axis.numberFormat = format;
  }
}
