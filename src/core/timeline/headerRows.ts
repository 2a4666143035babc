/**
 * Rows 1–5: the title and the month of each week (merged over its weeks), the headers and week numbers, each week's
 * Monday, and (hidden) each week's COUNTIFS/MINIFS criteria: "<" next Monday and ">=" Monday.
 */
import { columnSpec } from "../schema/sheets";
import type { Lang } from "../schema/types";
import { nameIn, type FormulaCell, type LayoutCell } from "../write/layout";
import { HELPERS, TIMELINE_ROWS as R, type TimelineGrid } from "./grid";
import type { TimelineTexts } from "./texts";

export interface HeaderRows {
  rows: LayoutCell[][];
  merges: string[];
  /** The two criteria rows' fill blocks. */
  fills: { range: string; formula: string }[];
}

const blank = (grid: TimelineGrid): LayoutCell[] => new Array<LayoutCell>(grid.width).fill(null);

/** Row 1: the title, and each month's name over its first week (a week is in its Thursday's month). */
export function monthRow(
  grid: TimelineGrid,
  t: TimelineTexts["t"],
  year: number
): { row: LayoutCell[]; merges: string[] } {
  const { weeks, weekColumns } = grid;
  const row = blank(grid);
  row[0] = t("title", { year });
  const merges: string[] = [];
  let start = 0;
  for (let i = 1; i <= weeks.length; i++) {
    if (i < weeks.length && weeks[i].month === weeks[start].month) continue;
    row[grid.weekIndex(start)] = t(`month_${weeks[start].month}`);
    if (i - 1 > start)
      merges.push(`${weekColumns[start]}${R.month}:${weekColumns[i - 1]}${R.month}`);
    start = i;
  }
  return { row, merges };
}

/** Row 2: the Products headers of SKU, Name and Tier, the week numbers, the helpers' and slots' names. */
export function headerRow(grid: TimelineGrid, t: TimelineTexts["t"], lang: Lang): LayoutCell[] {
  const row = blank(grid);
  row[0] = nameIn(columnSpec("products", "sku").names, lang);
  row[1] = nameIn(columnSpec("products", "name").names, lang);
  row[2] = nameIn(columnSpec("products", "tier").names, lang);
  grid.weeks.forEach((w, i) => (row[grid.weekIndex(i)] = t("week", { week: w.week })));
  HELPERS.forEach((h, i) => (row[grid.helperIndex(i)] = t(`helper_${h}`)));
  for (const kind of grid.slotKinds)
    for (let k = 0; k < grid.slotCount(kind); k++)
      row[grid.slotIndex(kind, k)] = t(`slot_${kind}`, { n: k + 1 });
  return row;
}

/** Rows 3–5: each week's Monday, and the criteria "<" next Monday and ">=" Monday. */
export function mondayRows(grid: TimelineGrid): {
  monday: LayoutCell[];
  before: LayoutCell[];
  from: LayoutCell[];
} {
  const monday = blank(grid);
  const before = blank(grid);
  const from = blank(grid);
  grid.weeks.forEach((w, i) => {
    const c = grid.weekIndex(i);
    const x = grid.weekColumns[i];
    monday[c] = w.monday;
    before[c] = { formula: `"<"&(${x}$${R.monday}+7)`, result: `<${w.monday + 7}` };
    from[c] = { formula: `">="&${x}$${R.monday}`, result: `>=${w.monday}` };
  });
  return { monday, before, from };
}

export function headerRows(
  grid: TimelineGrid,
  t: TimelineTexts["t"],
  lang: Lang,
  year: number
): HeaderRows {
  const month = monthRow(grid, t, year);
  const { monday, before, from } = mondayRows(grid);
  const first = grid.weekIndex(0);
  const across = (row: number): string => `D${row}:${grid.lastWeekColumn}${row}`;
  return {
    rows: [month.row, headerRow(grid, t, lang), monday, before, from],
    merges: month.merges,
    fills: [
      { range: across(R.before), formula: (before[first] as FormulaCell).formula },
      { range: across(R.from), formula: (from[first] as FormulaCell).formula },
    ],
  };
}
