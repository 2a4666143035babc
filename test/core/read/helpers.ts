/** Workbook builders and compact hit views for reader tests. */
import type { CellValue, Grid } from "../../../src/core/cells";
import { refAddress } from "../../../src/core/finding";
import type { Plan } from "../../../src/core/plan";
import { readPlan, type SheetInput, type WorkbookInput } from "../../../src/core/read/readPlan";

export const TODAY = new Date(Date.UTC(2026, 5, 1));

export function sheet(
  name: string,
  rows: CellValue[][],
  firstRow?: number,
  firstCol?: number
): SheetInput {
  return { name, rows: rows as Grid, firstRow, firstCol };
}

export function read(...sheets: SheetInput[]): Plan {
  const input: WorkbookInput = { sheets };
  return readPlan(input, { today: TODAY });
}

export interface HitView {
  rule: string;
  address: string;
  params?: Record<string, string | number>;
  related: string[];
  sku?: string;
}

export function hitsOf(plan: Plan, rule?: string): HitView[] {
  return plan.readHits
    .filter((h) => rule === undefined || h.rule === rule)
    .map((h) => {
      const v: HitView = {
        rule: h.rule,
        address: refAddress(h.at),
        params: h.params,
        related: (h.related ?? []).map(refAddress),
      };
      if (h.sku !== undefined) v.sku = h.sku;
      return v;
    });
}

/** "RULE@Address" of every read hit, sorted. */
export function hitKeys(plan: Plan): string[] {
  return hitsOf(plan)
    .map((h) => `${h.rule}@${h.address}`)
    .sort();
}

export const PRODUCTS_HEADER = [
  "SKU",
  "Name",
  "Category",
  "Tier",
  "List price",
  "Floor price",
  "Unit cost",
  "Stock",
  "Launch date",
  "Presale start",
  "Warehouse entry",
  "Platforms",
  "Owner",
  "Flags",
];
export const PROMOTIONS_HEADER = [
  "SKU",
  "Platform",
  "Activity",
  "Start",
  "End",
  "Days",
  "Promo price",
  "Coupon",
  "Post-promo price",
  "Expected units",
  "Flags",
];
export const PRICES_HEADER = ["SKU", "Platform", "Price", "Effective from", "Flags"];
