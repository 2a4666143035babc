/**
 * A product's row: SKU, Name, Tier, a cell per week, the hidden helper cells that look the product up once, and the
 * hidden promotion slots that name the SKU's own Promotions cells.
 *
 * The helpers: its Products row (MATCH), its dates, the Monday of each date's week, its first promotion Start and last
 * End (MIN / MAX over its slots). The slots: slot k is the SKU's k-th promotion in Promotions order, each a plain
 * reference to that promotion's cells — Start (when that row's SKU is still this product's and its Start a number,
 * else ""), End, Platform — so an edit of a Promotions cell recalculates the slot that names it and this row's week
 * cells, never the whole Timeline.
 *
 * A week cell, in order: the launch week → the launch code, the warehouse-entry week → its code; a week a presale's
 * balance window overlaps → the balance code (B, 尾款), then its deposit window → the deposit code (D, 定金) (issue 16:
 * COUNTIFS over the row's presale slots); a promotion
 * overlapping the week → its Platform (MINIFS over the row's slots finds the earliest Start among the promotions
 * overlapping the week, skipped outside the first Start – last End; MATCH finds the first slot with that Start); a
 * week from the presale start's week up to the launch week → the presale code; else "".
 */
import { quoteSheetName } from "../cells";
import type { Product, Promotion, Row } from "../plan";
import type { FormulaCell, LayoutCell } from "../write/layout";
import { formulaTemplate, type FormulaTemplate } from "./formulaTemplate";
import type { Helper, SlotKind, TimelineGrid, WeekRefs } from "./grid";

type BaseSlotKind = "start" | "end" | "platform";
import { stringLiteral, type InputRefs } from "./refs";
import type { Codes, ProductMarks } from "./values";

/** A product row's references to its own cells: column A, the helpers and the slot ranges, column-anchored. */
export interface ProductRowRefs {
  sku: string;
  helper: Record<Helper, string>;
  /** "$BL7:$BP7": the row's slots of each kind (the presale dates only when the grid has them); undefined without slots. */
  slots: (Record<BaseSlotKind, string> & Partial<Record<SlotKind, string>>) | undefined;
}

export function productRowRefs(grid: TimelineGrid, r: number): ProductRowRefs {
  const helper = Object.fromEntries(
    Object.entries(grid.helperColumn).map(([h, col]) => [h, `$${col}${r}`])
  ) as Record<Helper, string>;
  const c = grid.slotColumns;
  const range = (k: SlotKind): string => {
    const at = c?.[k];
    return at ? `$${at.first}${r}:$${at.last}${r}` : "";
  };
  return {
    sku: `$A${r}`,
    helper,
    slots: c
      ? (Object.fromEntries(grid.slotKinds.map((k) => [k, range(k)])) as ProductRowRefs["slots"])
      : undefined,
  };
}

const WEEK_HOLES = ["monday", "before", "from"] as const;

/** The week cells' formula of one product row, as a template over the week's references. */
export function weekCellTemplate(
  row: ProductRowRefs,
  codes: Codes
): FormulaTemplate<keyof WeekRefs> {
  const { helper: h, slots } = row;
  const launch = stringLiteral(codes.launch);
  const warehouse = stringLiteral(codes.warehouse);
  const presale = stringLiteral(codes.presale);
  const deposit = stringLiteral(codes.deposit);
  const balance = stringLiteral(codes.balance);
  return formulaTemplate(WEEK_HOLES, ({ monday: m, before: lt, from: ge }) => {
    const presaleCode = `IF(AND(${h.presaleWk}>0,${h.presaleWk}<=${m},${m}<${h.launchWk}),${presale},"")`;
    if (!slots)
      return `IF(${h.launchWk}=${m},${launch},IF(${h.warehouseWk}=${m},${warehouse},${presaleCode}))`;
    const earliestStart = `IF(OR(${m}>${h.last},${m}+6<${h.first}),0,MINIFS(${slots.start},${slots.start},${lt},${slots.end},${ge}))`;
    // INDEX(range, 1, k): HyperFormula reads a lone index into a one-row range as its row.
    const platform = `INDEX(${slots.platform},1,MATCH(${earliestStart},${slots.start},0))`;
    const inWeek = (from: string, to: string): string => `COUNTIFS(${from},${lt},${to},${ge})>0`;
    const promotion = `IFERROR(${platform},${presaleCode})`;
    const { depositStart: ds, depositEnd: de, balanceStart: bs, balanceEnd: be } = slots;
    const presaleWindows =
      ds && de && bs && be
        ? `IF(${inWeek(bs, be)},${balance},IF(${inWeek(ds, de)},${deposit},${promotion}))`
        : promotion;
    return `IF(${h.launchWk}=${m},${launch},IF(${h.warehouseWk}=${m},${warehouse},${presaleWindows}))`;
  });
}

/**
 * `MATCH(sku,Products!$A:$A,0)` without LibreOffice's scan of Products when the row the product was written from
 * (`hint`, a literal: the Timeline is ours) still proves it: that row holds the SKU (`=`: case-insensitive, as MATCH)
 * and its SKU row (Products' own MATCH of that SKU) is itself. MATCH of this SKU is then MATCH of that row's SKU, the
 * hint: the same look-up value up to case, which MATCH ignores (a wildcard or an over-long SKU included: the SKU row
 * is that same MATCH). Anything else — Products sorted, a row inserted above, the SKU changed, a duplicate typed
 * above — fails a test and the MATCH runs (README, "The Product row hint"). IF is lazy in Excel and LibreOffice.
 */
function productsRow(sku: string, products: InputRefs["products"], hint: number): string {
  const match = `MATCH(${sku},${products.sku},0)`;
  if (!products.skuRow || !(hint >= 1)) return match;
  const holds = `AND(INDEX(${products.sku},${hint})=${sku},INDEX(${products.skuRow},${hint})=${hint})`;
  return `IF(IFERROR(${holds},FALSE()),${hint},${match})`;
}

/** The helper cells of a product row, in HELPERS order. */
export function helperCells(
  row: ProductRowRefs,
  products: InputRefs["products"],
  marks: ProductMarks
): FormulaCell[] {
  const { sku: a, helper: h, slots } = row;
  const date = (ref: string): string => `IF(${h.row},N(INDEX(${ref},${h.row})),0)`;
  const monday = (d: string): string => `IF(${d}>0,${d}-MOD(${d}-2,7),0)`;
  return [
    {
      formula: `IFERROR(${productsRow(a, products, marks.productRow)},0)`,
      result: marks.productRow,
    },
    { formula: date(products.launch), result: marks.launch },
    { formula: date(products.presale), result: marks.presale },
    { formula: date(products.warehouse), result: marks.warehouse },
    { formula: monday(h.launch), result: marks.launchWk },
    { formula: monday(h.presale), result: marks.presaleWk },
    { formula: monday(h.warehouse), result: marks.warehouseWk },
    slots ? { formula: `MIN(${slots.start})`, result: marks.first } : { formula: "0", result: 0 },
    slots ? { formula: `MAX(${slots.end})`, result: marks.last } : { formula: "0", result: 0 },
  ];
}

/** The cells of one promotion's slot, on the product row whose SKU is `sku`. */
export function slotCells(
  promotion: Row<Promotion>,
  Q: PromotionsRefs,
  sku: string,
  platformLabel: (p: string) => string
): Record<SlotKind, FormulaCell> {
  const cell = (field: "sku" | "platform" | "start" | "end"): string =>
    `${quoteSheetName(Q.sheet)}!$${Q.letters[field]}$${promotion.row}`;
  const start = cell("start");
  const { v } = promotion;
  // A presale date: the cell's number while the row's SKU is this product's; "" without the column (an older sheet).
  const presaleDate = (field: PresaleField): FormulaCell => {
    const letter = Q.presale[field];
    if (letter === undefined) return { formula: '""', result: "" };
    const ref = `${quoteSheetName(Q.sheet)}!$${letter}$${promotion.row}`;
    const value = v[field];
    return {
      formula: `IFERROR(IF(AND(${cell("sku")}&""=${sku}&"",ISNUMBER(${ref})),${ref},""),"")`,
      result: typeof value === "number" ? value : "",
    };
  };
  return {
    depositStart: presaleDate("depositStart"),
    depositEnd: presaleDate("depositEnd"),
    balanceStart: presaleDate("balanceStart"),
    balanceEnd: presaleDate("balanceEnd"),
    // `&""` compares as text, as MINIFS's criterion did (a SKU typed as a number matches its text).
    start: {
      formula: `IFERROR(IF(AND(${cell("sku")}&""=${sku}&"",ISNUMBER(${start})),${start},""),"")`,
      result: v.start,
    },
    end: { formula: `IFERROR(${cell("end")},"")`, result: v.end },
    platform: { formula: `IFERROR(${cell("platform")},"")`, result: platformLabel(v.platform) },
  };
}

type PresaleField = "depositStart" | "depositEnd" | "balanceStart" | "balanceEnd";

/** The Promotions sheet's name and column letters; a presale column the sheet lacks has none. */
export interface PromotionsRefs {
  sheet: string;
  letters: Record<"sku" | "platform" | "start" | "end", string>;
  presale: Partial<Record<PresaleField, string>>;
}

export interface ProductRowBuild {
  codes: Codes;
  products: InputRefs["products"];
  /** The Promotions sheet's refs; undefined without one. */
  promotions: PromotionsRefs | undefined;
  platformLabel: (p: string) => string;
}

/** A promotion the presale slots hold: one with a presale date (most promotions have none). */
export const hasPresaleDate = (p: Row<Promotion>): boolean =>
  PRESALE_DATES.some((f) => p.v[f] !== undefined);

const PRESALE_DATES = ["depositStart", "depositEnd", "balanceStart", "balanceEnd"] as const;

/**
 * The whole row of `product` on sheet row `r`; `promotions`: the SKU's, in Promotions order (≤ grid.slots), the
 * presale slots those of them with a presale date (≤ grid.presaleSlots).
 */
export function productRow(
  grid: TimelineGrid,
  r: number,
  product: Row<Product>,
  tierLabel: string,
  marks: ProductMarks,
  promotions: readonly Row<Promotion>[],
  build: ProductRowBuild
): LayoutCell[] {
  const row = new Array<LayoutCell>(grid.width).fill(null);
  row[0] = product.v.sku;
  row[1] = product.v.name ?? null;
  row[2] = tierLabel;
  const refs = productRowRefs(grid, r);
  const week = weekCellTemplate(refs, build.codes);
  grid.weekRefs.forEach(
    (w, i) => (row[grid.weekIndex(i)] = { formula: week(w), result: marks.cells[i] })
  );
  helperCells(refs, build.products, marks).forEach((c, i) => (row[grid.helperIndex(i)] = c));
  const Q = build.promotions;
  if (Q) {
    const base = grid.slotKinds.filter(
      (kind) => !(PRESALE_DATES as readonly string[]).includes(kind)
    );
    const presale = grid.slotKinds.filter((kind) =>
      (PRESALE_DATES as readonly string[]).includes(kind)
    );
    promotions.forEach((p, k) => {
      const cells = slotCells(p, Q, refs.sku, build.platformLabel);
      for (const kind of base) row[grid.slotIndex(kind, k)] = cells[kind];
    });
    if (presale.length > 0)
      promotions.filter(hasPresaleDate).forEach((p, j) => {
        const cells = slotCells(p, Q, refs.sku, build.platformLabel);
        for (const kind of presale) row[grid.slotIndex(kind, j)] = cells[kind];
      });
  }
  return row;
}
