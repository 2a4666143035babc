/**
 * `ops-planner review`'s output: JSON (every number the review has; null where it cannot be had — no rows, nothing to
 * divide by — never 0) or a plain table per part (promotions, stock, budget) in the asked language.
 */
import { refAddress, cellOf } from "../../core/finding";
import { isoOfSerial } from "../../core/read/dates";
import {
  reviewTranslator,
  type BudgetPace,
  type Period,
  type PeriodNumbers,
  type PlanReview,
  type PlanStockCover,
  type PromotionReview,
} from "../../core/review";
import { count, money, pct } from "../../core/numberText";
import type { Lang } from "../../core/schema/types";

export interface ReviewParts {
  review: PlanReview;
  stock: PlanStockCover;
  budget: readonly BudgetPace[];
  baselineDays: number;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const isoOrNull = (v: number | undefined): string | null =>
  v === undefined ? null : isoOfSerial(v);

function numbers(n: PeriodNumbers): Record<string, number | null> {
  const keys = ["visitors", "buyers", "units", "revenue", "conversion", "aov", "uvValue"] as const;
  return Object.fromEntries(keys.map((k) => [k, orNull(n[k])]));
}

function period(p: Period): Record<string, unknown> {
  return {
    from: isoOfSerial(p.from),
    to: isoOfSerial(p.to),
    days: p.totals?.days ?? 0,
    perDay: numbers(p.numbers),
  };
}

function promotionJson(r: PromotionReview): Record<string, unknown> {
  const p = r.promotion.v;
  return {
    address: refAddress(cellOf(r.promotion, "sku")),
    sku: p.sku,
    platform: p.platform,
    activity: orNull(p.activity),
    start: isoOfSerial(p.start),
    end: isoOfSerial(p.end),
    status: r.status,
    days: r.days,
    elapsedDays: r.elapsedDays,
    units: orNull(r.units),
    revenue: orNull(r.revenue),
    expectedUnits: orNull(r.expectedUnits),
    expectedToDate: orNull(r.expectedToDate),
    completion: orNull(r.completion),
    effectivePrice: r.effectivePrice,
    realisedPrice: orNull(r.realisedPrice),
    margin: orNull(r.margin),
    during: period(r.during),
    baseline: period(r.baseline),
    after: period(r.after),
    lastYear: r.lastYear ? { event: r.lastYear.event, ...period(r.lastYear.period) } : null,
    change: {
      vsBaseline: numbers(r.vsBaseline),
      vsAfter: numbers(r.vsAfter),
      vsLastYear: numbers(r.vsLastYear),
    },
  };
}

export function reviewJson(parts: ReviewParts): string {
  const { review, stock, budget } = parts;
  return `${JSON.stringify(
    {
      asOf: isoOrNull(review.asOf),
      baselineDays: parts.baselineDays,
      promotions: review.reviews.map(promotionJson),
      notReviewed: review.withoutSalesSheetRows,
      stock: stock.covers.map((c) => ({
        address: refAddress(cellOf(c.product, "stock")),
        sku: c.product.v.sku,
        stock: orNull(c.stock),
        unitsPerDay: orNull(c.pace),
        daysOfCover: orNull(c.daysOfCover),
        projections: c.projections.map((p) => ({
          address: refAddress(cellOf(p.promotion, "expectedUnits")),
          start: isoOfSerial(p.promotion.v.start),
          projectedStock: p.projected,
          expectedUnits: orNull(p.expectedUnits),
          shortfall: orNull(p.shortfall),
        })),
        restock: c.restock
          ? { quantity: c.restock.quantity, orderBy: isoOfSerial(c.restock.orderBy) }
          : null,
        stockOut: isoOrNull(c.stockOut),
      })),
      budget: budget.map((b) => ({
        address: refAddress(cellOf(b.line, "amount")),
        channel: b.line.v.channel,
        amount: b.line.v.amount,
        days: b.days,
        meanDailySpend: b.meanDaily,
        projectedMonth: b.projected,
        over: orNull(b.over),
      })),
    },
    withoutFloatNoise,
    2
  )}\n`;
}

/**
 * Sums of money carry binary noise (147652.58000000002): 12 significant
 * digits keep every digit a planner's figure has.
 */
const withoutFloatNoise = (_key: string, v: unknown): unknown =>
  typeof v === "number" && Number.isFinite(v) ? Number(v.toPrecision(12)) : v;

/** Columns padded to their widest cell (CJK characters count twice). */
function table(rows: string[][]): string {
  const width = (s: string): number =>
    [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c + " ".repeat(widths[i] - width(c))))
        .join("  ")
        .trimEnd()
    )
    .join("\n");
}

export function reviewTable(parts: ReviewParts, lang: Lang): string {
  const t = reviewTranslator(lang);
  const { review, stock, budget } = parts;
  if (review.asOf === undefined) return `${t("title")}\n${t("noSales")}\n`;
  const nd = t("noData");
  const change = (r: PromotionReview, v: number | undefined): string =>
    r.status === "noSales" ? "" : v === undefined ? nd : `${v >= 0 ? "+" : ""}${pct(v)}`;
  const out: string[] = [
    t("title"),
    t("asOf", { date: isoOfSerial(review.asOf), days: parts.baselineDays }),
  ];
  if (review.withoutSalesSheetRows > 0)
    out.push(t("notReviewed", { count: review.withoutSalesSheetRows }));
  out.push("", t("promotions"));
  const cols = [
    "sku",
    "platform",
    "start",
    "status",
    "units",
    "completion",
    "revenue",
    "margin",
    "unitsVsBaseline",
    "unitsVsAfter",
    "unitsVsLastYear",
  ];
  out.push(
    table([
      cols.map((c) => t(`col_${c}`)),
      ...review.reviews.map((r) => {
        const sold = r.status !== "noSales";
        return [
          r.promotion.v.sku,
          r.promotion.v.platform,
          isoOfSerial(r.promotion.v.start),
          t(`status_${r.status}`, { elapsed: r.elapsedDays, days: r.days }),
          sold && r.units !== undefined ? count(r.units) : "",
          sold ? (r.completion === undefined ? nd : pct(r.completion)) : "",
          sold && r.revenue !== undefined ? money(r.revenue) : "",
          sold ? (r.margin === undefined ? nd : money(Math.round(r.margin))) : "",
          change(r, r.vsBaseline.units),
          change(r, r.vsAfter.units),
          change(r, r.vsLastYear.units),
        ];
      }),
    ])
  );
  out.push("", t("stock"));
  const stockCols = [
    "sku",
    "stock",
    "pace",
    "cover",
    "nextPromo",
    "projected",
    "shortfall",
    "restock",
    "orderBy",
    "stockOut",
  ];
  out.push(
    table([
      stockCols.map((c) => t(`col_${c}`)),
      ...stock.covers.map((c) => {
        const next = c.projections[0];
        const known = c.pace !== undefined && c.stock !== undefined;
        return [
          c.product.v.sku,
          c.stock === undefined ? nd : count(c.stock),
          c.pace === undefined ? nd : count(Math.round(c.pace * 10) / 10),
          c.daysOfCover !== undefined ? count(Math.floor(c.daysOfCover)) : known ? t("never") : nd,
          next ? isoOfSerial(next.promotion.v.start) : "",
          next ? count(Math.floor(next.projected)) : "",
          next?.shortfall !== undefined ? count(next.shortfall) : "",
          c.restock ? count(c.restock.quantity) : "",
          c.restock ? isoOfSerial(c.restock.orderBy) : "",
          c.stockOut !== undefined ? isoOfSerial(c.stockOut) : known ? t("never") : nd,
        ];
      }),
    ])
  );
  out.push("", t("budget"));
  out.push(
    table([
      ["channel", "amount", "daily", "projectedMonth", "over"].map((c) => t(`col_${c}`)),
      ...budget.map((b) => [
        b.line.v.channel,
        money(b.line.v.amount),
        money(Math.round(b.meanDaily * 100) / 100),
        money(Math.round(b.projected)),
        b.over === undefined ? nd : `${b.over >= 0 ? "+" : ""}${pct(b.over)}`,
      ]),
    ])
  );
  return `${out.join("\n")}\n`;
}
