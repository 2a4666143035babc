/** The fields that say which row of one version is which row of another, by sheet. */
import { sheetSpec } from "../../schema/sheets";
import type { SheetId } from "../../schema/types";

/**
 * A promotion is its SKU, platform and activity (its dates may move: a change, not a removal and an addition); a
 * price its SKU, platform and Effective from; a budget line its channel. Lists have no key: a row is its values.
 * A sheet not named here (one added to the schema later) is matched by its key columns; a sheet whose key columns
 * include figures is named here (a test checks every input sheet's key holds no number, money or percent column).
 */
const MATCH_KEYS: Partial<Record<SheetId, readonly string[]>> = {
  settings: ["setting"],
  lists: [],
  products: ["sku"],
  promotions: ["sku", "platform", "activity"],
  prices: ["sku", "platform", "effectiveFrom"],
  budget: ["channel"],
  daily: ["date", "platform", "channel"],
  regions: ["region"],
  waivers: ["rule", "target"],
  calendar: ["event"],
  // Issues 15–17: a day's sales of a SKU on a platform; a platform; an agent's day on a shift and platform; a price band
  // of a category in a month; a competitor's product against one of ours. Never a value column: a changed figure is
  // one change, not a removal and an addition.
  sales: ["date", "sku", "platform"],
  platforms: ["platform"],
  service: ["date", "agent", "shift", "platform"],
  market: ["month", "category", "priceFrom", "priceTo"],
  competitors: ["sku", "competitor", "product"],
};

/** The match key's fields; empty: the whole row. */
export function matchKeyFields(id: SheetId): readonly string[] {
  return (
    MATCH_KEYS[id] ??
    sheetSpec(id)
      .columns.filter((c) => c.key)
      .map((c) => c.field)
  );
}
