/** Which rules each sheet's Flags column (the PLAN row checks of spec §4) covers. */
import type { SheetId } from "./schema/types";

export const FLAG_RULES: Partial<Record<SheetId, readonly string[]>> = {
  products: ["LAUNCH_DATE_MISSING", "PRESALE_ORDER", "WAREHOUSE_MISSING", "WAREHOUSE_LATE"],
  promotions: ["PROMO_TOO_LONG", "PROMO_PRICE_REUSED", "PROMO_NOT_DISCOUNT", "BELOW_FLOOR", "BELOW_COST", "DQ_DATE_ORDER"],
  prices: ["BELOW_FLOOR", "BELOW_COST", "PRICE_SPREAD"],
  budget: ["BUDGET_FORBIDDEN", "BUDGET_OVER_CAP", "DQ_NEGATIVE"],
};
