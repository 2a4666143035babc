/**
 * The rules each PLAN row check covers (spec §4), in the order its text lists them, and which of them each sheet's
 * Flags column covers. The functions (src/core/functions/definitions) import these lists from here: the core never calls
 * out for them.
 */
import type { RuleId } from "./rules/ruleIds";
import type { SheetId } from "./schema/types";

export const PRODUCTCHECK_RULES: readonly RuleId[] = [
  "LAUNCH_DATE_MISSING",
  "PRESALE_ORDER",
  "WAREHOUSE_MISSING",
  "WAREHOUSE_LATE",
];

export const PROMOCHECK_RULES: readonly RuleId[] = [
  "PROMO_TOO_LONG",
  "PROMO_PRICE_REUSED",
  "PROMO_NOT_DISCOUNT",
  "BELOW_FLOOR",
  "BELOW_COST",
  "DQ_DATE_ORDER",
];

export const PRESALECHECK_RULES: readonly RuleId[] = ["PRESALE_WINDOWS", "PRESALE_DEPOSIT"];

export const PRICECHECK_RULES: readonly RuleId[] = ["BELOW_FLOOR", "BELOW_COST", "PRICE_SPREAD"];

export const BUDGETCHECK_RULES: readonly RuleId[] = [
  "BUDGET_FORBIDDEN",
  "BUDGET_OVER_CAP",
  "DQ_NEGATIVE",
];

/**
 * Which rules each sheet's Flags column covers: the rules of the row check its formula calls. The Prices formula
 * passes no platform prices (the validator's PRICE_SPREAD compares the prices in force on each change date, which
 * one row cannot see), so PRICE_SPREAD is the validator's alone there.
 */
export const FLAG_RULES: Partial<Record<SheetId, readonly RuleId[]>> = {
  products: PRODUCTCHECK_RULES,
  promotions: PROMOCHECK_RULES,
  prices: PRICECHECK_RULES.filter((r) => r !== "PRICE_SPREAD"),
  budget: BUDGETCHECK_RULES,
};

/**
 * Issue 16: the Promotions sheet's second Flags column, Presale flags (PRESALECHECK). Its Ship by argument is left
 * blank (a Calendar event of one platform is matched by canonical name, which a worksheet criterion cannot do in every
 * language), so PRESALE_WINDOWS' Ship by breach is the validator's alone there.
 */
export const PRESALE_FLAG_RULES: readonly RuleId[] = PRESALECHECK_RULES;
