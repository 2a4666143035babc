/**
 * A promotion's days as a small bar chart of units a day: the days before it, its own days and the days after it,
 * each phase its own colour. Plain SVG in the pane's theme tokens: the pane ships no chart library (the Dashboard's
 * charts are Excel's own, and the preview's Recharts never reaches the add-in's bundles). A day without a Sales row has
 * no bar: the gap shows it.
 */
import { tokens } from "@fluentui/react-components";
import type { ChartDay } from "../../../core/review";

export interface ReviewChartProps {
  days: readonly ChartDay[];
  /** The accessible name: what the chart shows, its dates. */
  label: string;
}

const WIDTH = 280;
const HEIGHT = 64;

const FILL: Record<ChartDay["phase"], string> = {
  baseline: tokens.colorNeutralForeground3,
  during: tokens.colorBrandBackground,
  after: tokens.colorPaletteMarigoldBorderActive,
};

export function ReviewChart({ days, label }: ReviewChartProps) {
  if (days.length === 0) return null;
  const first = days[0].date;
  const span = days[days.length - 1].date - first + 1;
  const max = Math.max(1, ...days.map((d) => d.units));
  const step = WIDTH / span;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      height={HEIGHT}
      preserveAspectRatio="none"
      data-testid="review-chart"
    >
      {days.map((d) => {
        const h = Math.max(1, (d.units / max) * (HEIGHT - 2));
        return (
          <rect
            key={d.date}
            data-phase={d.phase}
            x={(d.date - first) * step + step * 0.1}
            y={HEIGHT - h}
            width={Math.max(1, step * 0.8)}
            height={h}
            fill={FILL[d.phase]}
          />
        );
      })}
    </svg>
  );
}
