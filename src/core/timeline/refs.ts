/** The whole-column references of the input sheets' columns the Timeline's formulas read ('Promotions'!$D:$D). */
import { quoteSheetName } from "../cells";
import type { SheetId } from "../schema/types";
import type { FieldLetters, SheetNames } from "../write/layout";

export interface InputRefs {
  /** `skuRow`: Products' hidden SKU row (its own MATCH), which proves a product row's hint; absent in an older sheet. */
  products: { sku: string; launch: string; presale: string; warehouse: string; skuRow?: string };
  promotions: { sku: string; platform: string; start: string; end: string };
  calendar: { event: string; from: string; to: string; kind: string };
}

export function inputRefs(letters: FieldLetters, names: SheetNames): InputRefs {
  const col = (sheet: SheetId, field: string): string => {
    const l = letters(sheet, field);
    return `${quoteSheetName(names(sheet))}!$${l}:$${l}`;
  };
  return {
    products: {
      sku: col("products", "sku"),
      launch: col("products", "launchDate"),
      presale: col("products", "presaleStart"),
      warehouse: col("products", "warehouseEntry"),
      skuRow: col("products", "skuRow"),
    },
    promotions: {
      sku: col("promotions", "sku"),
      platform: col("promotions", "platform"),
      start: col("promotions", "start"),
      end: col("promotions", "end"),
    },
    calendar: {
      event: col("calendar", "event"),
      from: col("calendar", "from"),
      to: col("calendar", "to"),
      kind: col("calendar", "kind"),
    },
  };
}

/** A text as a formula's string literal. */
export const stringLiteral = (s: string): string => `"${s.replace(/"/g, '""')}"`;
