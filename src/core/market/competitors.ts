/** Our products against their competitors (竞品), side by side: prices and monthly sales. */
import type { CompetitorRow, Product, Row } from "../plan";

export interface CompetitorLine {
  competitor: string;
  product: string;
  attributes?: string;
  price: number;
  monthlySales?: number;
  /** Their price against our list price (−0.1 = 10 % cheaper); null without our list price. */
  vsOurs: number | null;
  row: number;
}

export interface CompetitorComparison {
  sku: string;
  name?: string;
  listPrice?: number;
  /** Competitors, best-selling first (those without monthly sales last), then by price. */
  lines: CompetitorLine[];
  /** How many competitors sell below our list price. */
  cheaper: number;
  /** Our list price's place among all the prices, 1 = cheapest (ties share the better place). */
  priceRank: number | null;
  /** Sum of the competitors' monthly sales, where given. */
  competitorSales: number;
}

/** One comparison per SKU of the Competitors sheet, in Products order (SKUs not on Products after, in sheet order). */
export function competitorComparisons(
  competitors: readonly Row<CompetitorRow>[],
  products: readonly Row<Product>[]
): CompetitorComparison[] {
  const bySku = new Map<string, Row<CompetitorRow>[]>();
  for (const r of competitors) {
    const sku = r.v.sku.trim();
    const list = bySku.get(sku) ?? [];
    list.push(r);
    bySku.set(sku, list);
  }
  const productOf = new Map(products.map((p) => [p.v.sku, p.v]));
  const order = [
    ...products.map((p) => p.v.sku).filter((s) => bySku.has(s)),
    ...[...bySku.keys()].filter((s) => !productOf.has(s)),
  ];
  return order.map((sku) => {
    const p = productOf.get(sku);
    const list = p?.listPrice;
    const lines: CompetitorLine[] = (bySku.get(sku) ?? []).map((r) => {
      const l: CompetitorLine = {
        competitor: r.v.competitor,
        product: r.v.product,
        price: r.v.price,
        vsOurs: list !== undefined && list > 0 ? r.v.price / list - 1 : null,
        row: r.row,
      };
      if (r.v.attributes) l.attributes = r.v.attributes;
      if (r.v.monthlySales !== undefined) l.monthlySales = r.v.monthlySales;
      return l;
    });
    lines.sort(
      (a, b) =>
        (b.monthlySales ?? -1) - (a.monthlySales ?? -1) || a.price - b.price || a.row - b.row
    );
    const c: CompetitorComparison = {
      sku,
      lines,
      cheaper: list === undefined ? 0 : lines.filter((l) => l.price < list).length,
      priceRank: list === undefined ? null : 1 + lines.filter((l) => l.price < list).length,
      competitorSales: lines.reduce((s, l) => s + (l.monthlySales ?? 0), 0),
    };
    if (p?.name) c.name = p.name;
    if (list !== undefined) c.listPrice = list;
    return c;
  });
}
