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
 * Live: a week cell is a formula on Products, Promotions and Calendar, so moving a date moves the bar. In order:
 * - the launch week → "L" (首发), the warehouse-entry week → "W" (入仓);
 * - a promotion overlapping the week → its Platform, as typed in Promotions: MINIFS finds the earliest Start among
 *   the SKU's promotions overlapping the week, and MATCH finds that promotion's row through a hidden key column
 *   (Promotions SKU & "|" & Start, one row per Promotions row, by ROW(): inserting rows in Promotions moves nothing;
 *   "|" where INDEX finds nothing);
 * - a week from the presale start's week up to the launch week → "P" (预售).
 * Per product row, hidden helper columns after the weeks look the product up once (its Products row, its dates,
 * the Monday of each date's week, its first promotion Start and last End): the week cells compare Mondays, and skip
 * the MINIFS outside the SKU's promotion span. Every week cell of a tier group is the same formula shifted (and
 * every helper column, and the key column), so `fills` lets an adapter write one formula per block and fill it
 * (Office.js Range.autoFill / copyFrom, ExcelJS fillFormula) instead of sending each cell.
 *
 * Only functions Excel 2019, LibreOffice 7 and HyperFormula share: IF, IFERROR, AND, OR, INDEX, MATCH, COUNTIFS,
 * MINIFS, MAXIFS, MOD, N, ROW. The SKU is a COUNTIFS/MINIFS criterion, so a SKU holding * ? ~ or starting with
 * < > = is read as a pattern there.
 */
import { columnLetter, quoteSheetName } from "../cells";
import type { Plan, Product, Row } from "../plan";
import { columnSpec, TIMELINE_NAMES } from "../schema/sheets";
import { LANGS, type Lang, type SheetId } from "../schema/types";
import {
  isFormulaCell,
  MIN_RESERVE_TO,
  nameIn,
  RESERVE_ROWS,
  schemaLetters,
  templateSheetNames,
  type FieldLetters,
  type FormulaCell,
  type LayoutCell,
  type SheetNames,
} from "../write/layout";
import { planWeeks, type PlanWeek } from "./isoWeeks";
import { timelineTexts, type TimelineKind } from "./texts";
import {
  calendarCells,
  platformLabeller,
  productMarks,
  promotionsBySku,
  skuKey,
  type ProductMarks,
} from "./values";

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
}

export interface TimelineWeek extends PlanWeek {
  column: string;
}

export interface TimelineColumn {
  letter: string;
  role: "sku" | "name" | "tier" | "week" | "helper" | "key";
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
  range: string;
  kind: TimelineKind;
  when: { equals: string } | { notBlank: true };
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
  /** Every row from row 1, each from column A to the last helper column. */
  rows: LayoutCell[][];
  /** The hidden key column: Promotions row r's SKU & "|" & Start on row r, from `firstRow`. */
  keys: { column: string; firstRow: number; cells: FormulaCell[] };
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

export const TIMELINE_ROWS = {
  month: 1,
  header: 2,
  monday: 3,
  before: 4,
  from: 5,
  calendar: 6,
  first: 7,
} as const;

const COLOURS: Record<TimelineKind, { fill: string; font: string }> = {
  launch: { fill: "#F4B183", font: "#843C0C" },
  warehouse: { fill: "#9DC3E6", font: "#1F4E79" },
  presale: { fill: "#FFE699", font: "#7F6000" },
  promotion: { fill: "#A9D18E", font: "#375623" },
  festival: { fill: "#D5C4E8", font: "#4B2A6B" },
  shutdown: { fill: "#7F7F7F", font: "#FFFFFF" },
};

const HELPERS = [
  "row",
  "launch",
  "presale",
  "warehouse",
  "launchWk",
  "presaleWk",
  "warehouseWk",
  "first",
  "last",
] as const;
type Helper = (typeof HELPERS)[number];

const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

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

/** Display width in characters: a CJK (full-width) character takes two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return w;
}

/** Week columns wide enough for the longest code a product's week cell shows ("Tmall", "拼多多"), within min–10. */
function weekColumnWidth(
  productRows: readonly LayoutCell[][],
  from: number,
  n: number,
  min: number
): number {
  let widest = 0;
  for (const row of productRows)
    for (let i = from; i < from + n; i++) {
      const c = row[i];
      const text = isFormulaCell(c) ? c.result : c;
      if (typeof text === "string" && text) widest = Math.max(widest, displayWidth(text));
    }
  return Math.min(10, Math.max(min, widest + 1.5));
}

export function timelineLayout(plan: Plan, opts: TimelineOptions): TimelineLayout {
  const { lang } = opts;
  const year = opts.year ?? plan.settings.planYear;
  const letters = opts.letters ?? schemaLetters;
  const names = opts.sheetName ?? templateSheetNames(lang);
  const has = opts.hasSheet ?? ((): boolean => true);
  const missing = TIMELINE_INPUTS.filter((id) => !has(id));
  const withPromotions = has("promotions");
  const { t, code } = timelineTexts(lang);
  const zh = lang === "zh-CN";

  const weeks = planWeeks(year);
  const n = weeks.length;
  const FIRST_WEEK = 4;
  const weekCols = weeks.map((_, i) => columnLetter(FIRST_WEEK + i));
  const lastWeekCol = weekCols[n - 1];
  const helperCol = Object.fromEntries(
    HELPERS.map((h, i) => [h, columnLetter(FIRST_WEEK + n + i)])
  ) as Record<Helper, string>;
  const keyCol = columnLetter(FIRST_WEEK + n + HELPERS.length);
  const width = FIRST_WEEK - 1 + n + HELPERS.length;

  const col = (sheet: SheetId, field: string): string => {
    const l = letters(sheet, field);
    return `${quoteSheetName(names(sheet))}!$${l}:$${l}`;
  };
  const P = {
    sku: col("products", "sku"),
    launch: col("products", "launchDate"),
    presale: col("products", "presaleStart"),
    warehouse: col("products", "warehouseEntry"),
  };
  const Q = {
    sku: col("promotions", "sku"),
    platform: col("promotions", "platform"),
    start: col("promotions", "start"),
    end: col("promotions", "end"),
  };
  const C = {
    event: col("calendar", "event"),
    from: col("calendar", "from"),
    to: col("calendar", "to"),
    kind: col("calendar", "kind"),
  };
  const R = TIMELINE_ROWS;

  const blankRow = (): LayoutCell[] => new Array<LayoutCell>(width).fill(null);
  const rows: LayoutCell[][] = [];
  const fills: TimelineFill[] = [];

  // Rows 1–5: title and months, headers and week numbers, Mondays, criteria.
  const monthRow = blankRow();
  monthRow[0] = t("title", { year });
  const merges: string[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && weeks[i].month === weeks[start].month) continue;
    monthRow[FIRST_WEEK - 1 + start] = t(`month_${weeks[start].month}`);
    if (i - 1 > start) merges.push(`${weekCols[start]}${R.month}:${weekCols[i - 1]}${R.month}`);
    start = i;
  }
  const headerRow = blankRow();
  headerRow[0] = nameIn(columnSpec("products", "sku").names, lang);
  headerRow[1] = nameIn(columnSpec("products", "name").names, lang);
  headerRow[2] = nameIn(columnSpec("products", "tier").names, lang);
  weeks.forEach((w, i) => (headerRow[FIRST_WEEK - 1 + i] = t("week", { week: w.week })));
  HELPERS.forEach((hp, i) => (headerRow[FIRST_WEEK - 1 + n + i] = t(`helper_${hp}`)));
  const mondayRow = blankRow();
  const beforeRow = blankRow();
  const fromRow = blankRow();
  weeks.forEach((w, i) => {
    const c = FIRST_WEEK - 1 + i;
    const x = weekCols[i];
    mondayRow[c] = w.monday;
    beforeRow[c] = { formula: `"<"&(${x}$${R.monday}+7)`, result: `<${w.monday + 7}` };
    fromRow[c] = { formula: `">="&${x}$${R.monday}`, result: `>=${w.monday}` };
  });
  fills.push({
    range: `D${R.before}:${lastWeekCol}${R.before}`,
    formula: (beforeRow[3] as FormulaCell).formula,
  });
  fills.push({
    range: `D${R.from}:${lastWeekCol}${R.from}`,
    formula: (fromRow[3] as FormulaCell).formula,
  });

  // Row 6: the Calendar.
  const calendarRow = blankRow();
  calendarRow[1] = t("calendarRow");
  const calValues = calendarCells(plan.calendar, weeks, code.shutdown);
  weeks.forEach((_, i) => {
    const x = weekCols[i];
    const lt = `${x}$${R.before}`;
    const ge = `${x}$${R.from}`;
    const overlap = `${C.from},${lt},${C.to},${ge}`;
    calendarRow[FIRST_WEEK - 1 + i] = has("calendar")
      ? {
          formula:
            `IF(COUNTIFS(${overlap},${C.kind},"*shutdown*")+COUNTIFS(${overlap},${C.kind},"*停*"),${str(code.shutdown)},` +
            `IFERROR(INDEX(${C.event},MATCH(MINIFS(${C.from},${overlap}),${C.from},0)),""))`,
          result: calValues[i],
        }
      : calValues[i] || null;
  });
  if (has("calendar"))
    fills.push({
      range: `D${R.calendar}:${lastWeekCol}${R.calendar}`,
      formula: (calendarRow[3] as FormulaCell).formula,
    });
  rows.push(monthRow, headerRow, mondayRow, beforeRow, fromRow, calendarRow);

  // The tier groups.
  const bySku = promotionsBySku(plan.promotions);
  const platformLabel = platformLabeller(plan.lists.platforms, zh);
  const tierLabel = (tier: string): string => {
    const key = `tier_${tier}`;
    const text = t(key);
    return text === key || text === `timeline:${key}` ? tier : text;
  };
  const codes = code;
  const h = (name: Helper, r: number): string => `$${helperCol[name]}${r}`;
  const rowGroups: TimelineRowGroup[] = [];
  const weekColumns = weekCols.map((x) => ({
    m: `${x}$${R.monday}`,
    lt: `${x}$${R.before}`,
    ge: `${x}$${R.from}`,
  }));
  const qLaunch = str(codes.launch);
  const qWarehouse = str(codes.warehouse);
  const qPresale = str(codes.presale);
  const keyRange = `$${keyCol}:$${keyCol}`;

  const helperCells = (r: number, marks: ProductMarks): FormulaCell[] => {
    const a = `$A${r}`;
    const found = h("row", r);
    const date = (ref: string): string => `IF(${found},N(INDEX(${ref},${found})),0)`;
    const monday = (d: string): string => `IF(${d}>0,${d}-MOD(${d}-2,7),0)`;
    return [
      { formula: `IFERROR(MATCH(${a},${P.sku},0),0)`, result: marks.productRow },
      { formula: date(P.launch), result: marks.launch },
      { formula: date(P.presale), result: marks.presale },
      { formula: date(P.warehouse), result: marks.warehouse },
      { formula: monday(h("launch", r)), result: marks.launchWk },
      { formula: monday(h("presale", r)), result: marks.presaleWk },
      { formula: monday(h("warehouse", r)), result: marks.warehouseWk },
      withPromotions
        ? { formula: `MINIFS(${Q.start},${Q.sku},${a})`, result: marks.first }
        : { formula: "0", result: 0 },
      withPromotions
        ? { formula: `MAXIFS(${Q.end},${Q.sku},${a})`, result: marks.last }
        : { formula: "0", result: 0 },
    ];
  };

  for (const group of groupByTier(plan.products)) {
    const label = tierLabel(group.tier);
    const heading = blankRow();
    heading[0] = t("tierHeading", { tier: label, count: group.rows.length });
    rows.push(heading);
    const headingRow = rows.length;
    const firstRow = headingRow + 1;
    for (const product of group.rows) {
      const r = rows.length + 1;
      const marks = productMarks(
        product,
        bySku.get(skuKey(product.v.sku)) ?? [],
        weeks,
        codes,
        platformLabel
      );
      const row = blankRow();
      row[0] = product.v.sku;
      row[1] = product.v.name ?? null;
      row[2] = label;
      const a = `$A${r}`;
      const lw = h("launchWk", r);
      const pw = h("presaleWk", r);
      // The week formula in pieces: this row's references once, each week's column references once (2,000 × 53
      // cells: the strings are built with as few joins as the formula allows).
      const rowPart = [
        `IF(${lw}=`,
        `,${qLaunch},IF(${h("warehouseWk", r)}=`,
        `,${qWarehouse},IFERROR(INDEX(${Q.platform},MATCH(${a}&"|"&IF(OR(`,
        `>${h("last", r)},`,
        `+6<${h("first", r)}),0,MINIFS(${Q.start},${Q.sku},${a},${Q.start},`,
        `,${Q.end},`,
        `)),${keyRange},0)),IF(AND(${pw}>0,${pw}<=`,
        `,`,
        `<${lw}),${qPresale},""))))`,
      ];
      // No Promotions sheet: the same without the promotion look-up.
      const noPromotions = (m: string): string =>
        `IF(${lw}=${m},${qLaunch},IF(${h("warehouseWk", r)}=${m},${qWarehouse},IF(AND(${pw}>0,${pw}<=${m},${m}<${lw}),${qPresale},"")))`;
      // join() makes one flat string; `+` would keep a rope of 17 pieces per cell alive for the collector to walk.
      const parts = [
        rowPart[0],
        "",
        rowPart[1],
        "",
        rowPart[2],
        "",
        rowPart[3],
        "",
        rowPart[4],
        "",
        rowPart[5],
        "",
        rowPart[6],
        "",
        rowPart[7],
        "",
        rowPart[8],
      ];
      for (let i = 0; i < n; i++) {
        const { m, lt, ge } = weekColumns[i];
        parts[1] = parts[3] = parts[5] = parts[7] = parts[13] = parts[15] = m;
        parts[9] = lt;
        parts[11] = ge;
        const formula = withPromotions ? parts.join("") : noPromotions(m);
        row[FIRST_WEEK - 1 + i] = { formula, result: marks.cells[i] };
      }
      helperCells(r, marks).forEach((c, i) => (row[FIRST_WEEK - 1 + n + i] = c));
      rows.push(row);
    }
    const lastRow = rows.length;
    rowGroups.push({ tier: group.tier, label, headingRow, firstRow, lastRow });
    fills.push({
      range: `D${firstRow}:${lastWeekCol}${lastRow}`,
      formula: (rows[firstRow - 1][3] as FormulaCell).formula,
    });
    HELPERS.forEach((hp, i) => {
      const l = helperCol[hp];
      fills.push({
        range: `${l}${firstRow}:${l}${lastRow}`,
        formula: (rows[firstRow - 1][FIRST_WEEK - 1 + n + i] as FormulaCell).formula,
      });
    });
  }

  // The key column: one row per Promotions row, to the Promotions' last row plus room to grow.
  const keyByRow = new Map<number, string>();
  for (const p of plan.promotions) keyByRow.set(p.row, `${p.v.sku}|${p.v.start}`);
  const lastPromoRow = plan.promotions.reduce((mx, p) => Math.max(mx, p.row), 1);
  const keysTo = Math.max(MIN_RESERVE_TO, lastPromoRow + RESERVE_ROWS);
  const KEY_FIRST = 2;
  const keyFormula = `IFERROR(INDEX(${Q.sku},ROW())&"|"&INDEX(${Q.start},ROW()),"|")`;
  const keyCells: FormulaCell[] = [];
  if (withPromotions) {
    for (let r = KEY_FIRST; r <= keysTo; r++)
      keyCells.push({ formula: keyFormula, result: keyByRow.get(r) ?? "|" });
    fills.push({ range: `${keyCol}${KEY_FIRST}:${keyCol}${keysTo}`, formula: keyFormula });
  }

  const lastRow = rows.length;
  const formats: TimelineFormat[] = [];
  const rule = (
    range: string,
    kind: TimelineKind,
    when: TimelineFormat["when"]
  ): TimelineFormat => ({ range, kind, when, ...COLOURS[kind] });
  formats.push(
    rule(`D${R.calendar}:${lastWeekCol}${R.calendar}`, "shutdown", { equals: code.shutdown })
  );
  formats.push(rule(`D${R.calendar}:${lastWeekCol}${R.calendar}`, "festival", { notBlank: true }));
  if (lastRow >= R.first) {
    const products = `D${R.first}:${lastWeekCol}${lastRow}`;
    formats.push(rule(products, "launch", { equals: codes.launch }));
    formats.push(rule(products, "warehouse", { equals: codes.warehouse }));
    formats.push(rule(products, "presale", { equals: codes.presale }));
    formats.push(rule(products, "promotion", { notBlank: true }));
  }

  const weekWidth = weekColumnWidth(rows.slice(R.first - 1), FIRST_WEEK - 1, n, zh ? 5.5 : 5);
  const columns: TimelineColumn[] = [
    { letter: "A", role: "sku", width: 14 },
    { letter: "B", role: "name", width: 24 },
    { letter: "C", role: "tier", width: 10 },
    ...weekCols.map((letter): TimelineColumn => ({ letter, role: "week", width: weekWidth })),
    ...HELPERS.map((hp): TimelineColumn => ({
      letter: helperCol[hp],
      role: "helper",
      width: 11,
      hidden: true,
    })),
    { letter: keyCol, role: "key", width: 18, hidden: true },
  ];
  const legend: TimelineLegendEntry[] = (
    [
      ["launch", codes.launch],
      ["warehouse", codes.warehouse],
      ["presale", codes.presale],
      ["promotion", undefined],
      ["festival", undefined],
      ["shutdown", code.shutdown],
    ] as [TimelineKind, string | undefined][]
  ).map(([kind, c]) => ({
    kind,
    ...(c !== undefined ? { code: c } : {}),
    label: t(`legend_${kind}`),
    ...COLOURS[kind],
  }));

  return {
    id: "timeline",
    name: nameIn(TIMELINE_NAMES, lang),
    year,
    weeks: weeks.map((w, i) => ({ ...w, column: weekCols[i] })),
    rows,
    keys: { column: keyCol, firstRow: KEY_FIRST, cells: keyCells },
    columns,
    freeze: { rows: R.calendar, columns: 3 },
    calendarRow: R.calendar,
    hiddenRows: [R.before, R.from],
    merges,
    numberFormats: [
      { range: `D${R.monday}:${lastWeekCol}${R.monday}`, numFmt: "m/d" },
      { range: `${helperCol.launch}:${helperCol.warehouseWk}`, numFmt: "yyyy-mm-dd;;" },
    ],
    rowGroups,
    formats,
    fills,
    legend,
    missing,
  };
}
