/** Builds plans for rule tests: rows get real sheet rows (2, 3, …) and the schema's column letters. */
import { columnLetter } from "../../src/core/cells";
import type { Hit } from "../../src/core/finding";
import { defaultLists } from "../../src/core/lists";
import type {
  BudgetLine,
  CalendarEvent,
  CompetitorRow,
  DailyRow,
  MarketRow,
  Plan,
  PlatformProfileRow,
  Price,
  Product,
  Promotion,
  Region,
  Row,
  SaleRow,
  ServiceRow,
  Waiver,
} from "../../src/core/plan";
import { sheetSpec } from "../../src/core/schema/sheets";
import type { SheetId } from "../../src/core/schema/types";
import { defaultSettings, type Settings } from "../../src/core/settings";

export function rowsOf<T extends object>(sheetId: SheetId, values: T[], firstRow = 2): Row<T>[] {
  const spec = sheetSpec(sheetId);
  const cols: Record<string, string> = {};
  spec.columns.forEach((c, i) => (cols[c.field] = columnLetter(i + 1)));
  return values.map((v, i) => ({
    sheetId,
    sheet: spec.names.en,
    row: firstRow + i,
    cols: cols as Row<T>["cols"],
    v,
  }));
}

/** Serial of an ISO date (1900 system). */
export function d(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Math.round(ms / 86400000) + 25569;
}

export interface PlanInput {
  products?: Partial<Product>[];
  promotions?: Partial<Promotion>[];
  prices?: Partial<Price>[];
  budget?: Partial<BudgetLine>[];
  daily?: Partial<DailyRow>[];
  regions?: Partial<Region>[];
  waivers?: Partial<Waiver>[];
  calendar?: Partial<CalendarEvent>[];
  sales?: Partial<SaleRow>[];
  platforms?: Partial<PlatformProfileRow>[];
  service?: Partial<ServiceRow>[];
  market?: Partial<MarketRow>[];
  competitors?: Partial<CompetitorRow>[];
  settings?: Partial<Settings>;
  readHits?: Hit[];
}

const PRODUCT: Product = {
  sku: "SKU1",
  tier: "secondary",
  listPrice: 100,
  platforms: ["Tmall", "JD"],
};

export function planOf(input: PlanInput): Plan {
  const settings: Settings = {
    ...defaultSettings(new Date(Date.UTC(2026, 5, 1))),
    ...input.settings,
  };
  return {
    sheetNames: {},
    products: rowsOf(
      "products",
      (input.products ?? []).map((p) => ({ ...PRODUCT, ...p }) as Product)
    ),
    promotions: rowsOf("promotions", (input.promotions ?? []) as Promotion[]),
    prices: rowsOf("prices", (input.prices ?? []) as Price[]),
    budget: rowsOf("budget", (input.budget ?? []) as BudgetLine[]),
    daily: rowsOf("daily", (input.daily ?? []) as DailyRow[]),
    regions: rowsOf("regions", (input.regions ?? []) as Region[]),
    waivers: rowsOf("waivers", (input.waivers ?? []) as Waiver[]),
    calendar: rowsOf("calendar", (input.calendar ?? []) as CalendarEvent[]),
    sales: rowsOf("sales", (input.sales ?? []) as SaleRow[]),
    platforms: rowsOf("platforms", (input.platforms ?? []) as PlatformProfileRow[]),
    service: rowsOf("service", (input.service ?? []) as ServiceRow[]),
    market: rowsOf("market", (input.market ?? []) as MarketRow[]),
    competitors: rowsOf("competitors", (input.competitors ?? []) as CompetitorRow[]),
    settings,
    lists: defaultLists(),
    readHits: input.readHits ?? [],
  };
}

import { refAddress } from "../../src/core/finding";
import { buildIndex } from "../../src/core/planIndex";
import type { Rule } from "../../src/core/rules/rule";

/** Runs one rule on a plan; returns its hits with rendered addresses, for compact assertions. */
export function hitsOf(
  rule: Rule,
  plan: Plan
): { address: string; params: Hit["params"]; related: string[]; sku?: string }[] {
  const hits = rule.check({ plan, settings: plan.settings, index: buildIndex(plan) });
  for (const h of hits) expect(h.rule).toBe(rule.id);
  return hits.map((h) => ({
    address: refAddress(h.at),
    params: h.params,
    related: (h.related ?? []).map(refAddress),
    sku: h.sku,
  }));
}

/** Just the addresses a rule points at. */
export function addressesOf(rule: Rule, plan: Plan): string[] {
  return hitsOf(rule, plan).map((h) => h.address);
}

/**
 * `n` products that each run out in plan year 2027 (stock 20 + (i mod 40) × `stockStep`, 14 units sold on 30 March),
 * on weeks spread over the year: the Timeline's stock-out marks.
 */
export function runningOutPlan(n: number, stockStep: number): Plan {
  const skus = Array.from({ length: n }, (_, i) => `S-${String(i).padStart(4, "0")}`);
  return planOf({
    products: skus.map((sku, i) => ({ sku, stock: 20 + (i % 40) * stockStep })),
    sales: skus.map((sku) => ({
      date: d("2027-03-30"),
      sku,
      platform: "Tmall",
      units: 14,
      revenue: 1,
    })),
    settings: { planYear: 2027 },
  });
}
