import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import {
  spreadTicks,
  type ChartView,
  type LineChartView,
  type ScatterChartView,
} from "../../chartData";
import { formatValue } from "../../numberFormat";
import type { DashboardChartsState } from "./DashboardCharts.types";
import type { DashboardChartsClasses } from "./useDashboardChartsStyles.styles";

const MARGIN = { top: 4, right: 12, bottom: 18, left: 8 };
const Y_AXIS_WIDTH = 64;
const X_TICKS = 5;
/** A scatter point's area in px² (recharts' default, 64, hides the trend in its blobs). */
const POINT_AREA = 18;
/** Legend and tooltip text: the page's text colour; the series colour is on the icon. */
const TEXT = "#242424";

const formatted = (v: unknown, numFmt: string): string =>
  typeof v === "number" ? formatValue(v, numFmt) : String(v ?? "");

function axes(v: ChartView) {
  const c = v.chart;
  return {
    x: {
      name: c.xTitle,
      tickFormatter: (x: unknown) => formatted(x, c.xFormat),
      label: { value: c.xTitle, position: "insideBottom" as const, offset: -12 },
    },
    y: {
      name: c.yTitle,
      width: Y_AXIS_WIDTH,
      tickFormatter: (y: unknown) => formatted(y, c.yFormat),
      label: { value: c.yTitle, angle: -90, position: "insideLeft" as const, dy: 40 },
    },
  };
}

/** The platforms in the layout's order (Lists order, as Excel's legend has them), not recharts' alphabetical one. */
function legend(v: ChartView) {
  const order = v.series.map((s) => s.name);
  return (
    <Legend
      verticalAlign="top"
      align="right"
      height={20}
      iconSize={10}
      itemSorter={(item) => order.indexOf(item.value ?? "")}
      formatter={(value: string) => <span style={{ color: TEXT }}>{value}</span>}
    />
  );
}

function renderLine(v: LineChartView, width: number, height: number) {
  const a = axes(v);
  const c = v.chart;
  return (
    <LineChart
      width={width}
      height={height}
      data={v.rows}
      margin={MARGIN}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#e1e1e1" />
      <XAxis
        dataKey="x"
        type="number"
        domain={["dataMin", "dataMax"]}
        ticks={spreadTicks(
          v.rows.map((r) => r.x),
          X_TICKS
        )}
        {...a.x}
      />
      <YAxis {...a.y} />
      <Tooltip
        labelFormatter={(x) => formatted(x, c.xFormat)}
        formatter={(y) => formatted(y, c.yFormat)}
        // The layout's platform order, as the legend.
        itemSorter={(item) => v.series.findIndex((s) => s.dataKey === item.dataKey)}
      />
      {legend(v)}
      {v.series.map((s) => (
        <Line
          key={s.dataKey}
          type="linear"
          dataKey={s.dataKey}
          name={s.name}
          stroke={s.colour}
          strokeWidth={1.5}
          dot={{ r: 1.5, fill: s.colour }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

function renderScatter(v: ScatterChartView, width: number, height: number) {
  const a = axes(v);
  const c = v.chart;
  return (
    <ScatterChart width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e1e1e1" />
      <XAxis dataKey="x" type="number" domain={["auto", "auto"]} {...a.x} />
      <YAxis dataKey="y" type="number" domain={["auto", "auto"]} {...a.y} />
      <ZAxis range={[POINT_AREA, POINT_AREA]} />
      <Tooltip
        formatter={(value, _name, item) =>
          formatted(value, item.dataKey === "x" ? c.xFormat : c.yFormat)
        }
        itemSorter={(item) => (item.dataKey === "x" ? 0 : 1)}
      />
      {legend(v)}
      {v.series.map((s) => (
        <Scatter
          key={s.dataKey}
          name={s.name}
          data={s.points}
          fill={s.colour}
          isAnimationActive={false}
        />
      ))}
    </ScatterChart>
  );
}

export function renderDashboardCharts(
  state: DashboardChartsState,
  classes: DashboardChartsClasses
) {
  const { t, charts, width, height } = state;
  if (charts.length === 0) return null;
  return (
    <section
      ref={state.panelRef}
      className={classes.panel}
      aria-label={t("chartsLabel", { sheet: state.sheetName })}
      // The panel scrolls when the window is short: keyboard users scroll it once it has focus.
      tabIndex={0}
      data-testid="dashboard-charts"
    >
      {charts.map((v) => (
        <figure
          key={v.chart.name}
          className={classes.figure}
          aria-labelledby={`${state.idPrefix}-${v.chart.id}`}
          data-testid={`chart-${v.chart.id}`}
          data-chart-type={v.type}
        >
          <figcaption id={`${state.idPrefix}-${v.chart.id}`} className={classes.caption}>
            {v.chart.title}
          </figcaption>
          {/* The picture; its numbers are the sheet's chart data table, in the grid below. */}
          <div role="img" aria-label={v.chart.title} className={classes.chart}>
            {v.type === "line" ? renderLine(v, width, height) : renderScatter(v, width, height)}
          </div>
        </figure>
      ))}
    </section>
  );
}
