import { useMemo, useState } from "react";
import {
  categoryMarket,
  competitorComparisons,
  marketCategories,
  storeFiguresFromSales,
  type CategoryMarket,
} from "../../../core/market";
import { count, money, pct } from "../../../core/numberText";
import { platformName } from "../../../core/trends";
import { usePaneT, type PaneT } from "../../i18n";
import { workbookSheetName } from "../../model/dashboardInputs";
import { signedPct } from "../../model/viewNumbers";
import type { Lang } from "../../../core/schema/types";
import type { MarketSectionProps, MarketSectionState } from "./MarketSection.types";

function headlineOf(t: PaneT, m: CategoryMarket): string {
  const u = m.bands[m.topUnits];
  const r = m.bands[m.topRevenue];
  const parts = { unitsPart: pct(u.unitsPart ?? 0), revenuePart: pct(r.revenuePart ?? 0) };
  return m.topUnits === m.topRevenue
    ? t("marketSame", { band: u.label, ...parts })
    : t("marketSplit", { units: u.label, revenue: r.label, ...parts });
}

function productViews(t: PaneT, m: CategoryMarket, currency: string, lang: Lang) {
  const band = (b: string | null) => b ?? t("marketNoBand");
  return m.products.map((p) => ({
    sku: p.sku,
    title: p.name ? `${p.sku} ${p.name}` : p.sku,
    prices: [
      t("marketListPrice", { price: money(p.list.price, currency), band: band(p.list.band) }),
      ...p.promos.map((x) =>
        t("marketPromoPrice", {
          month: x.month,
          platform: platformName(x.platform, lang),
          price: money(x.price, currency),
          band: band(x.band),
        })
      ),
    ],
  }));
}

/** Where the store's figures came from: the Market sheet's Store columns, the Sales sheet, both, or neither. */
function sourceText(t: PaneT, m: CategoryMarket | null, sales: string): string {
  switch (m?.storeSource ?? "none") {
    case "sheet":
      return t("marketSourceSheet");
    case "other":
      return t("marketSourceSales", { sales });
    case "both":
      return t("marketSourceBoth", { sales });
    default:
      return t("marketSourceNone", { sales });
  }
}

export function useMarketSection({ plan, lang }: MarketSectionProps): MarketSectionState {
  const t = usePaneT();
  const categories = useMemo(() => marketCategories(plan.market), [plan]);
  const [chosen, setChosen] = useState<string | null>(null);
  const category = chosen !== null && categories.includes(chosen) ? chosen : (categories[0] ?? "");
  // A Market row with both Store columns blank takes the store's figures from the Sales sheet (issue 15).
  const fromSales = useMemo(
    () =>
      storeFiguresFromSales(
        plan.sales.map((r) => r.v),
        plan.products,
        plan.market
      ),
    [plan]
  );
  const model = useMemo(
    () =>
      category
        ? categoryMarket(category, plan.market, plan.products, plan.promotions, fromSales)
        : null,
    [category, plan, fromSales]
  );
  const sales = workbookSheetName(plan, "sales", lang);
  const comparisons = useMemo(() => competitorComparisons(plan.competitors, plan.products), [plan]);
  const currency = plan.settings.currency;
  const busiest = model ? Math.max(1, ...model.months.map((x) => x.units)) : 1;
  return {
    t,
    headline: model ? headlineOf(t, model) : null,
    empty: t("marketEmpty", { sheet: workbookSheetName(plan, "market", lang) }),
    categories,
    category,
    selectCategory: setChosen,
    bands: (model?.bands ?? []).map((b, i) => ({
      label: b.label,
      unitsPart: b.unitsPart === null ? t("notAvailable") : pct(b.unitsPart),
      revenuePart: b.revenuePart === null ? t("notAvailable") : pct(b.revenuePart),
      share: b.unitShare === null ? t("notAvailable") : pct(b.unitShare),
      fromSales:
        b.otherMonths === 0
          ? null
          : t("marketFromSales", { months: b.otherMonths, of: b.storeMonths, sales }),
      topUnits: i === model?.topUnits,
      topRevenue: i === model?.topRevenue,
    })),
    shareNote: t("marketShareNote", { source: sourceText(t, model, sales) }),
    months: (model?.months ?? []).map((x) => ({
      month: x.month,
      units: count(x.units),
      index: x.index === null ? t("notAvailable") : signedPct(x.index - 1),
      bar: Math.round((x.units / busiest) * 100),
    })),
    products: model ? productViews(t, model, currency, lang) : [],
    competitorsEmpty: t("competitorsEmpty", {
      sheet: workbookSheetName(plan, "competitors", lang),
    }),
    competitors: comparisons.map((c) => ({
      sku: c.sku,
      title: t("competitorsHead", {
        sku: c.sku,
        name: c.name ?? "",
        price: c.listPrice === undefined ? t("notAvailable") : money(c.listPrice, currency),
        cheaper: c.cheaper,
        count: c.lines.length,
      }),
      rows: c.lines.map((l) => ({
        key: `${l.row}`,
        name: `${l.competitor} ${l.product}`,
        detail: l.attributes ?? "",
        price: money(l.price, currency),
        vs: l.vsOurs === null ? t("notAvailable") : signedPct(l.vsOurs),
        sales: l.monthlySales === undefined ? t("notAvailable") : count(l.monthlySales),
      })),
    })),
  };
}
