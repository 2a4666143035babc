/**
 * The Timeline sheet (spec §2: SKU, Name, Tier, then one column per ISO week of the plan year), host-neutral like
 * src/core/write/layout.ts: the cells to write (formulas with the values the core computed for them), widths, the
 * conditional formats that colour the cells by kind, and the tier row groups.
 *
 * Rows: 1 the title and the month of each week (a week belongs to the month of its Thursday), 2 the headers and
 * week numbers, 3 each week's Monday, 4–5 (hidden) the COUNTIFS/MINIFS criteria of each week ("<" next Monday,
 * ">=" Monday), 6 the Calendar row (festivals, logistics shutdown), then per tier (launch, hero, secondary,
 * presale, offline-only, then any tier a planner added) a heading row and one row per product, in Products order.
 *
 * Live: a week cell is a formula on its own row's helper and slot cells, so moving a date moves the bar. In order:
 * - the launch week → "L" (首发), the warehouse-entry week → "W" (入仓);
 * - a week a presale's balance window overlaps → "B" (尾款), then one its deposit window overlaps → "D" (定金) —
 *   before a promotion's platform, since a presale's own row usually spans them (issue 16);
 * - a promotion overlapping the week → its Platform, as typed in Promotions: MINIFS over the row's promotion slots
 *   finds the earliest Start among the SKU's promotions overlapping the week, and MATCH the first slot with that
 *   Start (the first such Promotions row);
 * - a week from the presale start's week up to the launch week → "P" (预售).
 * Per product row, hidden helper columns after the weeks look the product up once (its Products row: a MATCH,
 * spared when the Products row it was written from still proves the answer, productRow.ts productsRow; its dates,
 * the Monday of each date's week, its first promotion Start and last End), then hidden promotion slots: as many as
 * the product with the most promotions has, Starts, then Ends, then Platforms, slot k of a row a plain reference to
 * the k-th Promotions row of the row's SKU (case-insensitive, in Promotions order); with presales in the plan, presale
 * slots after them: slot j the j-th of the SKU's promotions with a presale date (issue 16). A slot's Start
 * checks that row's SKU is still the product's (as text, `&""`) and is a number; the others are the cells as they
 * are; an error (a deleted row) reads as "". So an edit of a Promotions cell recalculates one slot and one row's
 * week cells — O(1) rows, where a MINIFS and a MATCH over whole Promotions columns in every week cell made each edit
 * O(products × promotions); an edit of a Products date recalculates every product row's helpers (each INDEX reads a
 * whole Products column) and week cells, each looking at its own slots: O(rows × slots), as is a full recalculation.
 * What stays live: a promotion's Start, End and Platform; clearing or deleting its row (the bar goes); its SKU
 * changed (the bar leaves the old product); inserting rows in Promotions (references move with their cells);
 * Products' dates and order (MATCH); the Calendar. What needs the Timeline written again: a new Promotions row, a
 * promotion moved to another product (it shows there only then), Promotions sorted (a slot keeps its cell, not its
 * promotion), a new product or tier — the README's Timeline section says the same.
 * Every week cell of a tier group is the same formula shifted (and every helper column but the Products row), so
 * `fills` lets an adapter write one formula per block and fill it (Office.js Range.copyFrom, ExcelJS fillFormula)
 * instead of sending each cell; the slots and the Products row, each naming its own row, are sent one by one.
 *
 * The builders, each tested alone (test/core/timeline/builders.test.ts): grid.ts (where the columns and top rows are),
 * headerRows.ts (rows 1–5), calendarRow.ts (row 6), productRow.ts (a product row: the week cell's formula, the helper
 * cells), keyColumn.ts, dressing.ts (colours, legend, widths); values.ts computes the cached results. timelineLayout
 * only places the rows and gathers the fill blocks.
 *
 * Only functions Excel 2019, LibreOffice 7 and HyperFormula share: IF, IFERROR, AND, OR, INDEX, MATCH, COUNTIFS,
 * MINIFS, MIN, MAX, MOD, N, ISNUMBER. The product's Products row is an exact MATCH of its SKU, so a SKU holding * ? ~
 * is read as a pattern there (Excel); a slot compares SKUs with "=" (exact, case-insensitive).
 */
import { columnIndex } from "../cells";
import type { Plan, Product, Promotion, Row } from "../plan";
import { TIMELINE_NAMES } from "../schema/sheets";
import { LANGS, type Lang, type SheetId } from "../schema/types";
import {
  nameIn,
  schemaLetters,
  templateSheetNames,
  type FieldLetters,
  type FormulaCell,
  type LayoutCell,
  type SheetNames,
} from "../write/layout";
import { calendarRow } from "./calendarRow";
import {
  timelineColumns,
  timelineFormats,
  timelineLegend,
  weekWidthOf,
  widestWeekText,
} from "./dressing";
import {
  BASE_SLOT_KINDS,
  SLOT_KINDS,
  TIMELINE_ROWS as R,
  timelineGrid,
  type TimelineGrid,
} from "./grid";
import { planStockCover } from "../review";
import { headerRows } from "./headerRows";
import { planWeeks, type PlanWeek } from "./isoWeeks";
import { hasPresaleDate, productRow, type ProductRowBuild } from "./productRow";
import { inputRefs } from "./refs";
import { timelineTexts, type TimelineKind, type TimelineTexts } from "./texts";
import { platformLabeller, productMarks, promotionsBySku, skuKey } from "./values";

export { TIMELINE_ROWS } from "./grid";

export interface TimelineOptions {
  lang: Lang;
  /** Default: the plan's Plan year. */
  year?: number;
  /** Column letters of the workbook's sheets (default: the template's). */
  letters?: FieldLetters;
  /** The workbook's sheet names (default: the template's in `lang`). */
  sheetName?: SheetNames;
  /**
   * Whether the workbook has the sheet (default: every one). No formula names a sheet the workbook lacks — Excel would
   * take the name for another workbook and not heal it when the sheet comes — so without Calendar the Calendar row
   * holds the values alone, and without Promotions the week cells show no promotion (`missing` says which).
   */
  hasSheet?: (sheet: SheetId) => boolean;
  /**
   * Whether a sheet of the workbook has a column (default: every one): a Promotions sheet without the presale columns
   * (a workbook Create / update has not brought up to date) gets no slot formula naming them.
   */
  hasField?: (sheet: SheetId, field: string) => boolean;
}

/** The Promotions presale dates the Timeline's D and B weeks read (issue 16). */
const PRESALE_FIELDS = ["depositStart", "depositEnd", "balanceStart", "balanceEnd"] as const;

export interface TimelineWeek extends PlanWeek {
  column: string;
}

export interface TimelineColumn {
  letter: string;
  role: "sku" | "name" | "tier" | "week" | "helper" | "slot";
  width: number;
  hidden?: boolean;
}

export interface TimelineRowGroup {
  /** Canonical tier. */
  tier: string;
  label: string;
  headingRow: number;
  /** The product rows (an outline group under the heading). */
  firstRow: number;
  lastRow: number;
}

/** A conditional format: cells of `range` whose text equals `equals` (or any non-blank text) get the colours. */
export interface TimelineFormat {
  /**
   * "D7:BC40", or several areas joined by "," ("M9,AB14,…": the stock-out weeks, one rule over many cells — Office.js
   * `getRanges`, a space-separated sqref in the file).
   */
  range: string;
  kind: TimelineKind;
  /** `always`: the cell is coloured whatever it holds (a product's projected stock-out week). */
  when: { equals: string } | { notBlank: true } | { always: true };
  fill: string;
  font: string;
}

/** A block whose every cell holds `formula` (its top-left cell's) shifted by the cell's offset. */
export interface TimelineFill {
  range: string;
  formula: string;
}

export interface TimelineLegendEntry {
  kind: TimelineKind;
  /** The text a cell of that kind shows (promotions and festivals: their platform or event). */
  code?: string;
  label: string;
  fill: string;
  font: string;
}

export interface TimelineLayout {
  id: SheetId;
  name: string;
  year: number;
  weeks: TimelineWeek[];
  /** Every row from row 1, each from column A to the last slot column. */
  rows: LayoutCell[][];
  columns: TimelineColumn[];
  /** Rows 1–6 and columns A–C stay in view. */
  freeze: { rows: number; columns: number };
  calendarRow: number;
  hiddenRows: number[];
  merges: string[];
  numberFormats: { range: string; numFmt: string }[];
  rowGroups: TimelineRowGroup[];
  /** In priority order: the first matching rule colours a cell. */
  formats: TimelineFormat[];
  fills: TimelineFill[];
  legend: TimelineLegendEntry[];
  /** The input sheets the Timeline reads that the workbook lacks (its cells show nothing from them, and stay so). */
  missing: SheetId[];
}

/** The sheets the Timeline's formulas read. */
export const TIMELINE_INPUTS: readonly SheetId[] = ["products", "promotions", "calendar"];

/** The title of row 1 in each language, any plan year ("Timeline 2027", "2027 年时间线"); built on first use. */
let titles: readonly RegExp[] | undefined;

/** Whether a cell holds the Timeline's title, in any language and for any year (the sheet is ours to rewrite). */
export function isTimelineTitle(a1: unknown): boolean {
  if (typeof a1 !== "string") return false;
  titles ??= LANGS.map((lang) => {
    const YEAR = "\u0000";
    const pattern = timelineTexts(lang)
      .t("title", { year: YEAR })
      .split(YEAR)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("\\d{4}");
    return new RegExp(`^${pattern}$`);
  });
  const text = a1.trim();
  return titles.some((re) => re.test(text));
}

/** The tiers in the order the Timeline groups them; a tier a planner added comes after, in order of appearance. */
export const TIMELINE_TIER_ORDER: readonly string[] = [
  "launch",
  "hero",
  "secondary",
  "presale",
  "offline-only",
];

function groupByTier(products: readonly Row<Product>[]): { tier: string; rows: Row<Product>[] }[] {
  const groups = new Map<string, Row<Product>[]>(TIMELINE_TIER_ORDER.map((t) => [t, []]));
  for (const p of [...products].sort((a, b) => a.row - b.row)) {
    const g = groups.get(p.v.tier);
    if (g) g.push(p);
    else groups.set(p.v.tier, [p]);
  }
  return [...groups].filter(([, rows]) => rows.length > 0).map(([tier, rows]) => ({ tier, rows }));
}

export function timelineLayout(plan: Plan, opts: TimelineOptions): TimelineLayout {
  const rows: LayoutCell[][] = [];
  const layout = timelineLayoutRows(plan, opts, (row) => rows.push(row));
  layout.rows = rows;
  return layout;
}

/**
 * timelineLayout with its rows given to `onRow` one at a time, in order from row 1, as they are made; the layout's
 * `rows` is left empty. The plan worker (src/preview/plan/planHost.ts) packs and posts them a message at a time, so
 * the Timeline's 760,000 formula texts (143 M characters on the bench plan) die young instead of all living until
 * the last row is made: the collector no longer copies them from space to space.
 */
export function timelineLayoutRows(
  plan: Plan,
  opts: TimelineOptions,
  onRow: (row: LayoutCell[]) => void
): TimelineLayout {
  const { lang } = opts;
  const year = opts.year ?? plan.settings.planYear;
  const has = opts.hasSheet ?? ((): boolean => true);
  const hasField = opts.hasField ?? ((): boolean => true);
  const { t, code: codes } = timelineTexts(lang);
  const names = opts.sheetName ?? templateSheetNames(lang);
  const letters = opts.letters ?? schemaLetters;
  const refs = inputRefs(letters, names);
  const bySku = promotionsBySku(plan.promotions);
  const groups = groupByTier(plan.products);
  const promotionsOf = (p: Row<Product>): Row<Promotion>[] => bySku.get(skuKey(p.v.sku)) ?? [];
  // As many slots as the product with the most promotions has (one, so the formulas' ranges exist, when none has).
  let slots = 0;
  if (has("promotions")) {
    slots = 1;
    for (const g of groups) for (const p of g.rows) slots = Math.max(slots, promotionsOf(p).length);
  }
  // Issue 16's presale slots only when a promotion is a presale: without, the sheet is as it was (its size, its speed).
  const presales = plan.promotions.some((p) => p.v.depositStart !== undefined);
  // The presale slots hold only the promotions with a presale date (one, so the ranges exist, when none has).
  let presaleSlots = 1;
  if (presales)
    for (const g of groups)
      for (const p of g.rows)
        presaleSlots = Math.max(presaleSlots, promotionsOf(p).filter(hasPresaleDate).length);
  const grid = timelineGrid(
    planWeeks(year),
    slots,
    presales ? SLOT_KINDS : BASE_SLOT_KINDS,
    presaleSlots
  );
  const across = (first: number, last: number): string => `D${first}:${grid.lastWeekColumn}${last}`;
  const platformLabel = platformLabeller(plan.lists.platforms, lang === "zh-CN");
  const promotionField = (field: string): string => letters("promotions", field);
  const build: ProductRowBuild = {
    codes,
    products: hasField("products", "skuRow")
      ? refs.products
      : { ...refs.products, skuRow: undefined },
    promotions: has("promotions")
      ? {
          sheet: names("promotions"),
          letters: {
            sku: promotionField("sku"),
            platform: promotionField("platform"),
            start: promotionField("start"),
            end: promotionField("end"),
          },
          presale: Object.fromEntries(
            PRESALE_FIELDS.filter((f) => hasField("promotions", f)).map((f) => [
              f,
              promotionField(f),
            ])
          ),
        }
      : undefined,
    platformLabel,
  };

  const header = headerRows(grid, t, lang, year);
  let rowCount = 0;
  const emit = (row: LayoutCell[]): void => {
    rowCount++;
    onRow(row);
  };
  header.rows.forEach(emit);
  const fills: TimelineFill[] = [...header.fills];
  const calendar = calendarRow(
    grid,
    plan.calendar,
    has("calendar") ? refs.calendar : undefined,
    t("calendarRow"),
    codes.shutdown
  );
  emit(calendar);
  if (has("calendar")) fills.push(fillOf(calendar, across(R.calendar, R.calendar)));
  let widest = 0;

  const rowGroups: TimelineRowGroup[] = [];
  const rowOf = new Map<Row<Product>, number>();
  for (const group of groups) {
    const label = tierLabel(t, group.tier);
    const heading = new Array<LayoutCell>(grid.width).fill(null);
    heading[0] = t("tierHeading", { tier: label, count: group.rows.length });
    emit(heading);
    const headingRow = rowCount;
    let first: LayoutCell[] | undefined;
    for (const product of group.rows) {
      rowOf.set(product, rowCount + 1);
      const promos = promotionsOf(product);
      const marks = productMarks(product, promos, grid.weeks, codes, platformLabel);
      const row = productRow(grid, rowCount + 1, product, label, marks, promos, build);
      first ??= row;
      widest = Math.max(widest, widestWeekText(grid, row));
      emit(row);
    }
    const firstRow = headingRow + 1;
    const lastRow = rowCount;
    rowGroups.push({ tier: group.tier, label, headingRow, firstRow, lastRow });
    const top = first as LayoutCell[];
    fills.push(fillOf(top, across(firstRow, lastRow)));
    // The Products row helper names its own hinted row (productRow.ts): written cell by cell, as the slots are.
    for (const [helper, col] of Object.entries(grid.helperColumn))
      if (helper !== "row") fills.push(fillOf(top, `${col}${firstRow}:${col}${lastRow}`));
  }

  const weekWidth = weekWidthOf(widest, lang === "zh-CN" ? 5.5 : 5);
  return {
    id: "timeline",
    name: nameIn(TIMELINE_NAMES, lang),
    year,
    weeks: grid.weeks.map((w, i) => ({ ...w, column: grid.weekColumns[i] })),
    rows: [],
    columns: timelineColumns(grid, weekWidth),
    freeze: { rows: R.calendar, columns: 3 },
    calendarRow: R.calendar,
    hiddenRows: [R.before, R.from],
    merges: header.merges,
    numberFormats: [
      { range: across(R.monday, R.monday), numFmt: "m/d" },
      {
        range: `${grid.helperColumn.launch}:${grid.helperColumn.warehouseWk}`,
        numFmt: "yyyy-mm-dd;;",
      },
    ],
    rowGroups,
    formats: timelineFormats(grid, codes, rowCount, stockOutCells(plan, grid, rowOf, promotionsOf)),
    fills,
    legend: timelineLegend(t, codes),
    missing: TIMELINE_INPUTS.filter((id) => !has(id)),
  };
}

/**
 * Each product's projected stock-out week (src/core/review/stockCover.ts), as the week cell of its row: a value of the
 * plan when the sheet is written (from the Sales pace), not a live formula. Only weeks of the plan year show.
 */
function stockOutCells(
  plan: Plan,
  grid: TimelineGrid,
  rowOf: ReadonlyMap<Row<Product>, number>,
  promotionsOf: (p: Row<Product>) => Row<Promotion>[]
): string[] {
  if (plan.sales.length === 0) return [];
  const byProduct = new Map<string, Row<Product>>();
  for (const p of rowOf.keys()) if (!byProduct.has(p.v.sku)) byProduct.set(p.v.sku, p);
  const { covers } = planStockCover(plan, {
    promotionsOf: (sku) => {
      const p = byProduct.get(sku);
      return p ? promotionsOf(p) : [];
    },
  });
  const cells: string[] = [];
  for (const c of covers) {
    const row = rowOf.get(c.product);
    if (c.stockOut === undefined || row === undefined) continue;
    const out = c.stockOut;
    const i = grid.weeks.findIndex((w) => out >= w.monday && out < w.monday + 7);
    if (i >= 0) cells.push(`${grid.weekColumns[i]}${row}`);
  }
  return cells;
}

/** The fill block `range` whose top row is `top`: every cell its top-left cell's formula, shifted. */
function fillOf(top: readonly LayoutCell[], range: string): TimelineFill {
  const m = /^([A-Z]+)\d+/.exec(range) as RegExpExecArray;
  return { range, formula: (top[columnIndex(m[1]) - 1] as FormulaCell).formula };
}

function tierLabel(t: TimelineTexts["t"], tier: string): string {
  const key = `tier_${tier}`;
  const text = t(key);
  return text === key || text === `timeline:${key}` ? tier : text;
}
