/**
 * The Review sheet (复盘), host-neutral: written by the pane (Excel and the preview, through the port) and by
 * `ops-planner review --out`. Output only, rewritten whole: a title, a note with the Sales date and the baseline, then
 * three tables — the promotions by margin earned, stock cover and restocking, the budget against spend. Values, not
 * formulas: it is a snapshot of the review when written. A number that cannot be had is the text "not enough data",
 * never a blank or a 0 that would read as a result.
 */
import { columnLetter } from "../cells";
import { isoOfSerial } from "../read/dates";
import { listLabel } from "../sample/localise";
import { REVIEW_NAMES } from "../schema/sheets";
import type { Lang } from "../schema/types";
import { currencySymbol, type Settings } from "../settings";
import type { LayoutCell } from "../write/layout";
import type { BudgetPace } from "./budgetPace";
import type { PlanReview, PromotionReview } from "./promotionReview";
import type { PlanStockCover } from "./stockCover";
import { reviewTranslator } from "./texts";

export interface ReviewLayout {
  id: "review";
  name: string;
  rows: LayoutCell[][];
  columns: { letter: string; width: number }[];
  numberFormats: { range: string; numFmt: string }[];
  freezeRows: number;
  boldRows: number[];
}

export interface ReviewInputs {
  review: PlanReview;
  stock: PlanStockCover;
  budget: readonly BudgetPace[];
  settings: Settings;
  lang: Lang;
  /** The workbook's own Review sheet name, when it has one. */
  sheetName?: string;
}

const DATE = "yyyy-mm-dd";
const PCT = "0.0%";
const INT = "#,##0";

type Kind = "text" | "date" | "pct" | "int" | "money";

/** One table: headers (text keys), then rows of cells, each column with its number format kind. */
interface Table {
  caption: string;
  columns: { key: string; kind: Kind }[];
  rows: LayoutCell[][];
}

const statusText = (r: PromotionReview, t: ReturnType<typeof reviewTranslator>): string =>
  t(`status_${r.status}`, { elapsed: r.elapsedDays, days: r.days });

function promotionsTable(inputs: ReviewInputs, t: ReturnType<typeof reviewTranslator>): Table {
  const nd = t("noData");
  const change = (r: PromotionReview, v: number | undefined): LayoutCell =>
    r.status === "noSales" ? null : (v ?? nd);
  const columns: { key: string; kind: Kind }[] = [
    { key: "sku", kind: "text" },
    { key: "platform", kind: "text" },
    { key: "activity", kind: "text" },
    { key: "start", kind: "date" },
    { key: "end", kind: "date" },
    { key: "status", kind: "text" },
    { key: "units", kind: "int" },
    { key: "expected", kind: "int" },
    { key: "completion", kind: "pct" },
    { key: "revenue", kind: "money" },
    { key: "margin", kind: "money" },
    { key: "realised", kind: "money" },
    { key: "promoPrice", kind: "money" },
    { key: "unitsVsBaseline", kind: "pct" },
    { key: "revenueVsBaseline", kind: "pct" },
    { key: "visitorsVsBaseline", kind: "pct" },
    { key: "conversion", kind: "pct" },
    { key: "conversionVsBaseline", kind: "pct" },
    { key: "aov", kind: "money" },
    { key: "aovVsBaseline", kind: "pct" },
    { key: "uvValue", kind: "money" },
    { key: "uvValueVsBaseline", kind: "pct" },
    { key: "unitsVsAfter", kind: "pct" },
    { key: "unitsVsLastYear", kind: "pct" },
    { key: "revenueVsLastYear", kind: "pct" },
  ];
  const rows = inputs.review.reviews.map((r): LayoutCell[] => {
    const p = r.promotion.v;
    const sold = r.status !== "noSales";
    const d = r.during.numbers;
    return [
      p.sku,
      listLabel("platform", p.platform, inputs.lang),
      p.activity ?? null,
      p.start,
      p.end,
      statusText(r, t),
      sold ? (r.units ?? null) : null,
      r.expectedUnits ?? null,
      sold ? (r.completion ?? nd) : null,
      sold ? (r.revenue ?? null) : null,
      sold ? (r.margin ?? nd) : null,
      sold ? (r.realisedPrice ?? nd) : null,
      r.effectivePrice,
      change(r, r.vsBaseline.units),
      change(r, r.vsBaseline.revenue),
      change(r, r.vsBaseline.visitors),
      sold ? (d.conversion ?? nd) : null,
      change(r, r.vsBaseline.conversion),
      sold ? (d.aov ?? nd) : null,
      change(r, r.vsBaseline.aov),
      sold ? (d.uvValue ?? nd) : null,
      change(r, r.vsBaseline.uvValue),
      change(r, r.vsAfter.units),
      change(r, r.vsLastYear.units),
      change(r, r.vsLastYear.revenue),
    ];
  });
  return { caption: t("promotions"), columns, rows };
}

function stockTable(inputs: ReviewInputs, t: ReturnType<typeof reviewTranslator>): Table {
  const nd = t("noData");
  const columns: { key: string; kind: Kind }[] = [
    { key: "sku", kind: "text" },
    { key: "tier", kind: "text" },
    { key: "stock", kind: "int" },
    { key: "pace", kind: "money" },
    { key: "cover", kind: "int" },
    { key: "nextPromo", kind: "date" },
    { key: "projected", kind: "int" },
    { key: "expected", kind: "int" },
    { key: "shortfall", kind: "int" },
    { key: "restock", kind: "int" },
    { key: "orderBy", kind: "date" },
    { key: "stockOut", kind: "date" },
  ];
  const rows = inputs.stock.covers.map((c): LayoutCell[] => {
    const next = c.projections[0];
    const known = c.pace !== undefined && c.stock !== undefined;
    return [
      c.product.v.sku,
      listLabel("tier", c.product.v.tier, inputs.lang),
      c.stock ?? nd,
      c.pace ?? nd,
      c.daysOfCover !== undefined ? Math.floor(c.daysOfCover) : known ? t("never") : nd,
      next ? next.promotion.v.start : null,
      next ? Math.floor(next.projected) : null,
      next?.expectedUnits ?? null,
      next?.shortfall ?? null,
      c.restock?.quantity ?? null,
      c.restock?.orderBy ?? null,
      c.stockOut ?? (known ? t("never") : nd),
    ];
  });
  return { caption: t("stock"), columns, rows };
}

function budgetTable(inputs: ReviewInputs, t: ReturnType<typeof reviewTranslator>): Table {
  const columns: { key: string; kind: Kind }[] = [
    { key: "channel", kind: "text" },
    { key: "amount", kind: "money" },
    { key: "daily", kind: "money" },
    { key: "projectedMonth", kind: "money" },
    { key: "over", kind: "pct" },
  ];
  const rows = inputs.budget.map((b): LayoutCell[] => [
    listLabel("channel", b.line.v.channel, inputs.lang),
    b.line.v.amount,
    b.meanDaily,
    b.projected,
    b.over ?? t("noData"),
  ]);
  return { caption: t("budget"), columns, rows };
}

export function reviewLayout(inputs: ReviewInputs): ReviewLayout {
  const { lang, review } = inputs;
  const t = reviewTranslator(lang);
  const money = `${currencySymbol(inputs.settings.currency)}#,##0.00`;
  const formatOf: Record<Kind, string | undefined> = {
    text: undefined,
    date: DATE,
    pct: PCT,
    int: INT,
    money,
  };
  const rows: LayoutCell[][] = [[t("title")]];
  const bold = [1];
  const numberFormats: { range: string; numFmt: string }[] = [];
  if (review.asOf === undefined) {
    rows.push([t("noSales")]);
  } else {
    rows.push([
      t("asOf", { date: isoOfSerial(review.asOf), days: inputs.settings.reviewBaselineDays }),
    ]);
    if (review.withoutSalesSheetRows > 0)
      rows.push([t("notReviewed", { count: review.withoutSalesSheetRows })]);
    for (const table of [
      promotionsTable(inputs, t),
      stockTable(inputs, t),
      budgetTable(inputs, t),
    ]) {
      rows.push([]);
      rows.push([table.caption]);
      bold.push(rows.length);
      rows.push(table.columns.map((c) => t(`col_${c.key}`)));
      bold.push(rows.length);
      const first = rows.length + 1;
      for (const r of table.rows) rows.push(r);
      const last = rows.length;
      if (last >= first)
        table.columns.forEach((c, i) => {
          const numFmt = formatOf[c.kind];
          const col = columnLetter(i + 1);
          if (numFmt) numberFormats.push({ range: `${col}${first}:${col}${last}`, numFmt });
        });
    }
  }
  let width = 1;
  for (const r of rows) width = Math.max(width, r.length);
  const columns = Array.from({ length: width }, (_, i) => ({
    letter: columnLetter(i + 1),
    width: i === 2 ? 22 : i === 5 ? 20 : 14,
  }));
  return {
    id: "review",
    name: inputs.sheetName ?? (lang === "zh-CN" ? REVIEW_NAMES.zh : REVIEW_NAMES.en),
    rows,
    columns,
    numberFormats,
    freezeRows: 1,
    boldRows: bold,
  };
}
