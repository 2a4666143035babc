/**
 * A product's row: SKU, Name, Tier, a cell per week, and the hidden helper cells that look the product up once.
 *
 * The helpers: its Products row (MATCH), its dates, the Monday of each date's week, its first promotion Start and last
 * End. A week cell, in order: the launch week → the launch code, the warehouse-entry week → its code; a promotion
 * overlapping the week → its Platform (MINIFS finds the earliest Start among the SKU's promotions overlapping the
 * week, skipped outside the SKU's first Start – last End; MATCH finds that promotion's row through the key column);
 * a week from the presale start's week up to the launch week → the presale code; else "".
 */
import type { Product, Row } from "../plan";
import type { FormulaCell, LayoutCell } from "../write/layout";
import { formulaTemplate, type FormulaTemplate } from "./formulaTemplate";
import type { Helper, TimelineGrid, WeekRefs } from "./grid";
import { stringLiteral, type InputRefs } from "./refs";
import type { Codes, ProductMarks } from "./values";

/** A product row's references to its own cells: column A and the helpers, column-anchored. */
export interface ProductRowRefs {
  sku: string;
  helper: Record<Helper, string>;
}

export function productRowRefs(grid: TimelineGrid, r: number): ProductRowRefs {
  const helper = Object.fromEntries(
    Object.entries(grid.helperColumn).map(([h, col]) => [h, `$${col}${r}`])
  ) as Record<Helper, string>;
  return { sku: `$A${r}`, helper };
}

const WEEK_HOLES = ["monday", "before", "from"] as const;

/** The week cells' formula of one product row, as a template over the week's references. */
export function weekCellTemplate(
  row: ProductRowRefs,
  codes: Codes,
  promotions: { refs: InputRefs["promotions"]; keyRange: string } | undefined
): FormulaTemplate<keyof WeekRefs> {
  const { sku: a, helper: h } = row;
  const launch = stringLiteral(codes.launch);
  const warehouse = stringLiteral(codes.warehouse);
  const presale = stringLiteral(codes.presale);
  return formulaTemplate(WEEK_HOLES, ({ monday: m, before: lt, from: ge }) => {
    const presaleCode = `IF(AND(${h.presaleWk}>0,${h.presaleWk}<=${m},${m}<${h.launchWk}),${presale},"")`;
    if (!promotions)
      return `IF(${h.launchWk}=${m},${launch},IF(${h.warehouseWk}=${m},${warehouse},${presaleCode}))`;
    const Q = promotions.refs;
    const earliestStart = `IF(OR(${m}>${h.last},${m}+6<${h.first}),0,MINIFS(${Q.start},${Q.sku},${a},${Q.start},${lt},${Q.end},${ge}))`;
    const platform = `INDEX(${Q.platform},MATCH(${a}&"|"&${earliestStart},${promotions.keyRange},0))`;
    return `IF(${h.launchWk}=${m},${launch},IF(${h.warehouseWk}=${m},${warehouse},IFERROR(${platform},${presaleCode})))`;
  });
}

/** The helper cells of a product row, in HELPERS order. */
export function helperCells(
  row: ProductRowRefs,
  products: InputRefs["products"],
  promotions: InputRefs["promotions"] | undefined,
  marks: ProductMarks
): FormulaCell[] {
  const { sku: a, helper: h } = row;
  const date = (ref: string): string => `IF(${h.row},N(INDEX(${ref},${h.row})),0)`;
  const monday = (d: string): string => `IF(${d}>0,${d}-MOD(${d}-2,7),0)`;
  return [
    { formula: `IFERROR(MATCH(${a},${products.sku},0),0)`, result: marks.productRow },
    { formula: date(products.launch), result: marks.launch },
    { formula: date(products.presale), result: marks.presale },
    { formula: date(products.warehouse), result: marks.warehouse },
    { formula: monday(h.launch), result: marks.launchWk },
    { formula: monday(h.presale), result: marks.presaleWk },
    { formula: monday(h.warehouse), result: marks.warehouseWk },
    promotions
      ? { formula: `MINIFS(${promotions.start},${promotions.sku},${a})`, result: marks.first }
      : { formula: "0", result: 0 },
    promotions
      ? { formula: `MAXIFS(${promotions.end},${promotions.sku},${a})`, result: marks.last }
      : { formula: "0", result: 0 },
  ];
}

/** The whole row of `product` on sheet row `r`. */
export function productRow(
  grid: TimelineGrid,
  r: number,
  product: Row<Product>,
  tierLabel: string,
  marks: ProductMarks,
  build: {
    codes: Codes;
    products: InputRefs["products"];
    promotions: { refs: InputRefs["promotions"]; keyRange: string } | undefined;
  }
): LayoutCell[] {
  const row = new Array<LayoutCell>(grid.width).fill(null);
  row[0] = product.v.sku;
  row[1] = product.v.name ?? null;
  row[2] = tierLabel;
  const refs = productRowRefs(grid, r);
  const week = weekCellTemplate(refs, build.codes, build.promotions);
  grid.weekRefs.forEach(
    (w, i) => (row[grid.weekIndex(i)] = { formula: week(w), result: marks.cells[i] })
  );
  helperCells(refs, build.products, build.promotions?.refs, marks).forEach(
    (c, i) => (row[grid.helperIndex(i)] = c)
  );
  return row;
}
