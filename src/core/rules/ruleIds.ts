/** Every rule id of spec §3: the plan rules in the spec's table order, then the data-quality ids. */

export const PLAN_RULE_IDS = [
  "PROMO_TOO_LONG",
  "CALENDAR_PAST_FORMULA_ROWS",
  "PROMO_TOO_FREQUENT",
  "PROMO_PRICE_REUSED",
  "PROMO_NOT_DISCOUNT",
  "BELOW_COST",
  "PROTECTION_UNDERCUT",
  "PRICE_SPREAD",
  "BELOW_FLOOR",
  "FAKE_DISCOUNT",
  "DOUBLE_BOOKED",
  "WAREHOUSE_LATE",
  "WAREHOUSE_MISSING",
  "LAUNCH_DATE_MISSING",
  "PRESALE_ORDER",
  "OFFLINE_SOLD_ONLINE",
  "HERO_UNSUPPORTED",
  "STOCK_SHORT",
  "BUDGET_OVER_CAP",
  "BUDGET_FORBIDDEN",
  "CPC_SATURATION",
  "SPLIT_WAREHOUSE",
  "LOGISTICS_SHUTDOWN",
  "STOCK_OUT_BEFORE_PROMO",
  "SELL_THROUGH_LOW",
  "BUDGET_PACE",
  "PRICE_PROTECTION",
  "PRESALE_WINDOWS",
  "PRESALE_DEPOSIT",
  "PRESALE_NOT_LOWEST",
  "SPOT_UNDERCUTS_PRESALE",
  "PRESALE_STOCK_LATE",
  "SERVICE_CONVERSION_LOW",
] as const;

export const DQ_RULE_IDS = [
  "DQ_MISSING_COLUMN",
  "DQ_MISSING_VALUE",
  "DQ_NOT_A_NUMBER",
  "DQ_NOT_A_DATE",
  "DQ_AMBIGUOUS_DATE",
  "DQ_ERROR_VALUE",
  "DQ_NOT_CALCULATED",
  "DQ_NEGATIVE",
  "DQ_UNKNOWN_VALUE",
  "DQ_UNKNOWN_SKU",
  "DQ_DUPLICATE_SKU",
  "DQ_DATE_ORDER",
  "DQ_DUPLICATE_DAY",
  "DQ_REVENUE_WITHOUT_UNITS",
  "DQ_BUYERS_OVER_INQUIRIES",
  "DQ_BAND_ORDER",
] as const;

export type PlanRuleId = (typeof PLAN_RULE_IDS)[number];
export type DqRuleId = (typeof DQ_RULE_IDS)[number];
export type RuleId = PlanRuleId | DqRuleId;

export const RULE_IDS: readonly RuleId[] = [...PLAN_RULE_IDS, ...DQ_RULE_IDS];

const ID_SET = new Set<string>(RULE_IDS);

export function isRuleId(s: string): s is RuleId {
  return ID_SET.has(s);
}
