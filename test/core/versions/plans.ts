/** Small hand-made plans for the versions tests: a grid per sheet, header on row 1. */
import type { Grid } from "../../../src/core/cells";
import type { SheetInput } from "../../../src/core/read/input";

export const PRODUCTS: Grid = [
  ["SKU", "Tier", "List price", "Floor price", "Unit cost", "Stock"],
  ["KA-1", "hero", 199, 150, 80, 500],
  ["KA-2", "secondary", 99, 70, 40, 300],
  ["KA-3", "secondary", 59, 40, 20, 100],
];

export const PROMOTIONS: Grid = [
  ["SKU", "Platform", "Activity", "Start", "End", "Promo price", "Expected units"],
  ["KA-1", "Tmall", "618", 46546, 46556, 169, 120],
  ["KA-2", "JD", "618", 46546, 46550, 89, 40],
];

export const PRICES: Grid = [
  ["SKU", "Platform", "Price", "Effective from"],
  ["KA-1", "Tmall", 199, 46388],
  ["KA-2", "JD", 99, 46388],
];

export const BUDGET: Grid = [
  ["Channel", "Amount", "Expected CPC", "Expected conversion", "Expected revenue"],
  ["CPC search ads", 10000, 2, 0.05, 40000],
];

export const SETTINGS: Grid = [
  ["Setting", "Value"],
  ["Plan year", 2027],
  ["Max promo days", 20],
];

export function plan(overrides: Partial<Record<string, Grid>> = {}): { sheets: SheetInput[] } {
  const sheets: Record<string, Grid> = {
    Settings: SETTINGS,
    Products: PRODUCTS,
    Promotions: PROMOTIONS,
    Prices: PRICES,
    Budget: BUDGET,
    ...overrides,
  } as Record<string, Grid>;
  return {
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      rows: rows.map((r) => [...r]),
    })),
  };
}

/** A copy of a grid with one cell set. */
export function withCell(grid: Grid, row: number, col: number, value: Grid[number][number]): Grid {
  const g = grid.map((r) => [...r]);
  g[row][col] = value;
  return g;
}
