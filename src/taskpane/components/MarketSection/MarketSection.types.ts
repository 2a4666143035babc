import type { Plan } from "../../../core/plan";
import type { Lang } from "../../../core/schema/types";
import type { PaneT } from "../../i18n";

export interface MarketSectionProps {
  plan: Plan;
  lang: Lang;
}

export interface BandRowView {
  label: string;
  unitsPart: string;
  revenuePart: string;
  share: string;
  /** "2 of 12 months from Sales" when some of the band's store figures came from the Sales sheet, else null. */
  fromSales: string | null;
  topUnits: boolean;
  topRevenue: boolean;
}

export interface MonthRowView {
  month: string;
  units: string;
  index: string;
  /** Width of the month's bar, 0–100 (% of the busiest month). */
  bar: number;
}

export interface ProductPricesView {
  sku: string;
  title: string;
  prices: string[];
}

export interface CompetitorTableView {
  sku: string;
  title: string;
  rows: { key: string; name: string; detail: string; price: string; vs: string; sales: string }[];
}

export interface MarketSectionState {
  t: PaneT;
  /** null when the Market sheet has no rows. */
  headline: string | null;
  empty: string;
  categories: string[];
  category: string;
  selectCategory(category: string): void;
  bands: BandRowView[];
  shareNote: string;
  months: MonthRowView[];
  products: ProductPricesView[];
  competitorsEmpty: string;
  competitors: CompetitorTableView[];
}
