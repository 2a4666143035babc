/**
 * The Review view's model, pure: the core's review (src/core/review) as the pane shows it — each promotion's heading,
 * its numbers as text ("not enough data" where the core has none, never 0), the stock cover per SKU and the budget
 * against spend.
 */
import { count, money, pct } from "../../core/numberText";
import { isoOfSerial } from "../../core/read/dates";
import type {
  BudgetPace,
  ChartDay,
  Metric,
  PlanReview,
  PlanStockCover,
  PromotionReview,
} from "../../core/review";
import { listLabel } from "../../core/sample/localise";
import type { Lang } from "../../core/schema/types";
import type { PaneT } from "../i18n";

export interface MetricRow {
  label: string;
  during: string;
  before: string;
  change: string;
  lastYear: string;
}

export interface PromotionView {
  key: string;
  title: string;
  /** Status and margin, under the title. */
  summary: string;
  noSales: boolean;
  facts: { label: string; value: string }[];
  metrics: MetricRow[];
  chart: ChartDay[];
  chartLabel: string;
}

export interface StockView {
  key: string;
  sku: string;
  facts: { label: string; value: string }[];
  /** The restock to order, when a promotion runs short. */
  warning?: string;
}

export interface BudgetView {
  key: string;
  channel: string;
  projected: string;
  over: string;
  /** Over the Budget pace share. */
  breach: boolean;
}

export interface ReviewViewModel {
  asOf?: string;
  notReviewed?: string;
  promotions: PromotionView[];
  stock: StockView[];
  budget: BudgetView[];
}

const signed = (x: number): string => `${x > 0 ? "+" : ""}${pct(x)}`;

function promotionView(r: PromotionReview, t: PaneT, lang: Lang, currency: string): PromotionView {
  const nd = t("reviewNoData");
  const p = r.promotion.v;
  const cur = (x: number | undefined): string =>
    x === undefined ? nd : money(Math.round(x * 100) / 100, currency);
  const status =
    r.status === "inProgress"
      ? t("reviewInProgress", { elapsed: r.elapsedDays, days: r.days })
      : r.status === "done"
        ? t("reviewDone")
        : t("reviewNoSales");
  const summary =
    r.status === "noSales"
      ? status
      : t("reviewSummary", {
          status,
          margin: r.margin === undefined ? nd : money(Math.round(r.margin), currency),
        });
  const facts =
    r.status === "noSales"
      ? []
      : [
          {
            label: t("reviewUnits"),
            value:
              r.expectedUnits === undefined
                ? count(r.units ?? 0)
                : t("reviewUnitsOfExpected", {
                    units: count(r.units ?? 0),
                    expected: count(Math.round(r.expectedToDate ?? r.expectedUnits)),
                  }),
          },
          {
            label: t("reviewCompletion"),
            value: r.completion === undefined ? nd : pct(r.completion),
          },
          { label: t("reviewRevenue"), value: cur(r.revenue) },
          { label: t("reviewMargin"), value: cur(r.margin) },
          {
            label: t("reviewPrice"),
            value: t("reviewPriceValue", {
              realised: cur(r.realisedPrice),
              promo: cur(r.effectivePrice),
            }),
          },
        ];
  const metricRows: { metric: Metric; label: string; show: (x: number) => string }[] = [
    { metric: "visitors", label: t("reviewVisitorsDay"), show: (x) => count(Math.round(x)) },
    { metric: "units", label: t("reviewUnitsDay"), show: (x) => count(Math.round(x * 10) / 10) },
    {
      metric: "revenue",
      label: t("reviewRevenueDay"),
      show: (x) => money(Math.round(x), currency),
    },
    { metric: "conversion", label: t("reviewConversion"), show: (x) => pct(x) },
    {
      metric: "aov",
      label: t("reviewAov"),
      show: (x) => money(Math.round(x * 100) / 100, currency),
    },
    {
      metric: "uvValue",
      label: t("reviewUvValue"),
      show: (x) => money(Math.round(x * 100) / 100, currency),
    },
  ];
  const metrics =
    r.status === "noSales"
      ? []
      : metricRows.map((m) => {
          const during = r.during.numbers[m.metric];
          const before = r.baseline.numbers[m.metric];
          const change = r.vsBaseline[m.metric];
          const lastYear = r.vsLastYear[m.metric];
          return {
            label: m.label,
            during: during === undefined ? nd : m.show(during),
            before: before === undefined ? nd : m.show(before),
            change: change === undefined ? nd : signed(change),
            lastYear: lastYear === undefined ? nd : signed(lastYear),
          };
        });
  const activity = p.activity ? ` · ${p.activity}` : "";
  return {
    key: `${r.promotion.sheet}!${r.promotion.row}`,
    title: `${p.sku} · ${listLabel("platform", p.platform, lang)}${activity}`,
    summary,
    noSales: r.status === "noSales",
    facts,
    metrics,
    chart: r.chart,
    chartLabel: t("reviewChartLabel", {
      from: isoOfSerial(r.baseline.from),
      to: isoOfSerial(Math.max(r.after.to, r.during.to)),
      start: isoOfSerial(p.start),
      end: isoOfSerial(p.end),
    }),
  };
}

export function reviewViewModel(
  review: PlanReview,
  stock: PlanStockCover,
  budget: readonly BudgetPace[],
  opts: { t: PaneT; lang: Lang; currency: string; paceShare: number }
): ReviewViewModel {
  const { t, lang, currency } = opts;
  const nd = t("reviewNoData");
  const vm: ReviewViewModel = {
    promotions: review.reviews.map((r) => promotionView(r, t, lang, currency)),
    stock: stock.covers.map((c) => {
      const next = c.projections[0];
      const known = c.pace !== undefined && c.stock !== undefined;
      const view: StockView = {
        key: c.product.v.sku,
        sku: c.product.v.sku,
        facts: [
          { label: t("reviewStock"), value: c.stock === undefined ? nd : count(c.stock) },
          {
            label: t("reviewPace"),
            value: c.pace === undefined ? nd : count(Math.round(c.pace * 10) / 10),
          },
          {
            label: t("reviewCover"),
            value:
              c.daysOfCover !== undefined
                ? count(Math.floor(c.daysOfCover))
                : known
                  ? t("reviewNever")
                  : nd,
          },
          {
            label: t("reviewStockOut"),
            value:
              c.stockOut !== undefined ? isoOfSerial(c.stockOut) : known ? t("reviewNever") : nd,
          },
        ],
      };
      if (next)
        view.facts.push({
          label: t("reviewNextPromo", { date: isoOfSerial(next.promotion.v.start) }),
          value: count(Math.max(0, Math.floor(next.projected))),
        });
      if (c.restock)
        view.warning = t("reviewRestock", {
          quantity: count(c.restock.quantity),
          date: isoOfSerial(c.restock.orderBy),
        });
      return view;
    }),
    budget: budget.map((b) => ({
      key: `${b.line.row}`,
      channel: listLabel("channel", b.line.v.channel, lang),
      projected: money(Math.round(b.projected), currency),
      over: b.over === undefined ? nd : signed(b.over),
      breach: b.over === undefined ? b.projected > 0 : b.over > opts.paceShare,
    })),
  };
  if (review.asOf !== undefined) vm.asOf = isoOfSerial(review.asOf);
  if (review.withoutSalesSheetRows > 0)
    vm.notReviewed = t("reviewNotReviewed", { count: review.withoutSalesSheetRows });
  return vm;
}
