/**
 * The PLAN custom functions for Excel (namespace PLAN, from the manifest). custom-functions-metadata-plugin reads
 * the JSDoc and TypeScript types below to generate functions.json and appends the CustomFunctions.associate calls.
 * This is the only file that uses the CustomFunctions API: each function hands its arguments to the host-neutral
 * runner (src/core/functions/runner.ts) with its declaration (src/core/functions/definitions) and turns its FnError
 * values into CustomFunctions.Error. The generator reads parameters from the source, so they are spelled here once
 * more; test/functions/metadata.test.ts and registration.test.ts hold them to the declarations (names, optionality,
 * order).
 *
 * Parameters are typed `unknown` (metadata type "any"), so that a text or an error in a cell reaches the runner,
 * whose message names the argument, instead of Excel answering a bare #VALUE! itself.
 */
import packageJson from "../../package.json";
import {
  AOV,
  BREAKEVENCPC,
  BREAKEVENROAS,
  BUDGETCHECK,
  CONVERSION,
  CPC,
  DAYSOFCOVER,
  LIFT,
  EXPECTEDRATE,
  PRICEBAND,
  PRICECHECK,
  PRODUCTCHECK,
  PRESALECHECK,
  PROMOCHECK,
  PROMODAYS,
  ROAS,
  SATURATION,
  SELLTHROUGH,
  SLOTVALUE,
  UVVALUE,
  VISITORS,
} from "../core/functions/definitions";
import { FnError, type FnErrorCode } from "../core/functions/errors";
import { invokeGrid, invokeSingle, type FunctionDef, type Out } from "../core/functions/runner";

type Cell = number | string | CustomFunctions.Error;

/** The Excel error code of an FnError code; read when needed, as `CustomFunctions` exists only inside Office. */
function excelCode(code: FnErrorCode): CustomFunctions.ErrorCode {
  const E = CustomFunctions.ErrorCode;
  switch (code) {
    case "#N/A":
      return E.notAvailable;
    case "#DIV/0!":
      return E.divisionByZero;
    case "#NUM!":
      return E.invalidNumber;
    case "#NULL!":
      return E.nullReference;
    default:
      return E.invalidValue;
  }
}

/** Excel shows a custom message with #VALUE! and #N/A only; an input error it cannot return (#REF!, #NAME?…) becomes #VALUE! naming it. */
export function toExcelError(e: FnError): CustomFunctions.Error {
  const code = excelCode(e.code);
  const E = CustomFunctions.ErrorCode;
  const speaks = code === E.invalidValue || code === E.notAvailable;
  return speaks ? new CustomFunctions.Error(code, e.message) : new CustomFunctions.Error(code);
}

const cell = (v: Out): Cell => (v instanceof FnError ? toExcelError(v) : v);

function grid(def: FunctionDef, args: readonly unknown[]): Cell[][] {
  return invokeGrid(def, args).map((row) => row.map(cell));
}

/** A single result; an error is thrown, the way Excel takes a scalar custom function's error. */
function single(def: FunctionDef, args: readonly unknown[]): number | string {
  const v = invokeSingle(def, args);
  if (v instanceof FnError) throw toExcelError(v);
  return v;
}

function singleNumber(def: FunctionDef, args: readonly unknown[]): number {
  const v = single(def, args);
  if (typeof v !== "number")
    throw toExcelError(new FnError("#VALUE!", `${def.name} gave no number.`));
  return v;
}

function singleText(def: FunctionDef, args: readonly unknown[]): string {
  return String(single(def, args));
}

/**
 * Conversion rate (转化率): paying buyers / visitors. Ranges work cell by cell and spill.
 * @customfunction CONVERSION
 * @param orders Paying buyers (支付买家数): a cell or a range.
 * @param visitors Unique visitors (访客数): a cell, or a range of the same shape.
 * @returns {number[][]} Orders / visitors, e.g. 0.032 for 3.2 %.
 */
export function conversionFn(orders: unknown[][], visitors: unknown[][]): unknown[][] {
  return grid(CONVERSION, [orders, visitors]);
}

/**
 * Cost per click (点击单价 / PPC): ad spend / clicks. Ranges work cell by cell and spill.
 * @customfunction CPC
 * @param spend Ad spend (推广花费): a cell or a range.
 * @param clicks Clicks (点击量): a cell, or a range of the same shape.
 * @returns {number[][]} Spend / clicks.
 */
export function cpcFn(spend: unknown[][], clicks: unknown[][]): unknown[][] {
  return grid(CPC, [spend, clicks]);
}

/**
 * Average order value (客单价): revenue / paying buyers. Ranges work cell by cell and spill.
 * @customfunction AOV
 * @param revenue Revenue (销售额): a cell or a range.
 * @param orders Paying buyers (支付买家数): a cell, or a range of the same shape.
 * @returns {number[][]} Revenue / orders.
 */
export function aovFn(revenue: unknown[][], orders: unknown[][]): unknown[][] {
  return grid(AOV, [revenue, orders]);
}

/**
 * Return on ad spend (投入产出比, what 直通车 calls ROI): revenue / ad spend. Ranges work cell by cell and spill.
 * @customfunction ROAS
 * @param revenue Revenue (销售额): a cell or a range.
 * @param spend Ad spend (推广花费): a cell, or a range of the same shape.
 * @returns {number[][]} Revenue / spend.
 */
export function roasFn(revenue: unknown[][], spend: unknown[][]): unknown[][] {
  return grid(ROAS, [revenue, spend]);
}

/**
 * UV value (UV价值): revenue / visitors, the same as conversion × AOV. Ranges work cell by cell and spill.
 * @customfunction UVVALUE
 * @param revenue Revenue (销售额): a cell or a range.
 * @param visitors Unique visitors (访客数): a cell, or a range of the same shape.
 * @returns {number[][]} Revenue / visitors.
 */
export function uvValueFn(revenue: unknown[][], visitors: unknown[][]): unknown[][] {
  return grid(UVVALUE, [revenue, visitors]);
}

/**
 * Break-even CPC (保本点击单价): AOV × gross margin × conversion rate, the most a click may cost.
 * @customfunction BREAKEVENCPC
 * @param aov Average order value (客单价).
 * @param margin Gross margin (毛利率): 0.3 or 30 both mean 30 %.
 * @param conversion Conversion rate (转化率), e.g. 0.03.
 * @returns {number[][]} AOV × margin × conversion.
 */
export function breakevenCpcFn(
  aov: unknown[][],
  margin: unknown[][],
  conversion: unknown[][]
): unknown[][] {
  return grid(BREAKEVENCPC, [aov, margin, conversion]);
}

/**
 * Break-even ROAS (保本投产比): 1 / gross margin, the lowest ROAS that does not lose money.
 * @customfunction BREAKEVENROAS
 * @param margin Gross margin (毛利率): 0.3 or 30 both mean 30 %.
 * @returns {number[][]} 1 / margin.
 */
export function breakevenRoasFn(margin: unknown[][]): unknown[][] {
  return grid(BREAKEVENROAS, [margin]);
}

/**
 * Expected visitors (预计访客数) a budget buys at a cost per click, rounded down.
 * @customfunction VISITORS
 * @param budget Budget (预算金额).
 * @param cpc Expected cost per click (点击单价).
 * @returns {number[][]} Budget / CPC, rounded down.
 */
export function visitorsFn(budget: unknown[][], cpc: unknown[][]): unknown[][] {
  return grid(VISITORS, [budget, cpc]);
}

/**
 * Days a promotion runs (活动天数), both ends counted: End − Start + 1. #NUM! when End is before Start.
 * @customfunction PROMODAYS
 * @param start Start date (开始日期).
 * @param end End date (结束日期).
 * @returns {number[][]} The number of days.
 */
export function promoDaysFn(start: unknown[][], end: unknown[][]): unknown[][] {
  return grid(PROMODAYS, [start, end]);
}

/**
 * Checks one Promotions row (活动检查): "" when clean, else the breached rules with a reason, e.g.
 * "PROMO_TOO_LONG (5 days > 3)". Covers PROMO_TOO_LONG, PROMO_PRICE_REUSED, PROMO_NOT_DISCOUNT, BELOW_FLOOR,
 * BELOW_COST and DQ_DATE_ORDER.
 * @customfunction PROMOCHECK
 * @param start Start date (开始日期).
 * @param end End date (结束日期).
 * @param promoPrice Promo price (活动价).
 * @param listPrice The SKU's list price (标价).
 * @param [postPromoPrice] Price after the promotion (活动后价格); blank means the list price.
 * @param [floorPrice] The SKU's floor price (最低价); blank: no floor.
 * @param [maxDays] Max promo days (最长活动天数); default 3.
 * @param [coupon] Coupon or 满减 off one unit (优惠券); the effective promo price is promo price − coupon.
 * @param [unitCost] The SKU's unit cost (单位成本); blank: not checked.
 * @returns The breached rules, or "" when the row is clean.
 */
export function promoCheckFn(
  start: unknown,
  end: unknown,
  promoPrice: unknown,
  listPrice: unknown,
  postPromoPrice?: unknown,
  floorPrice?: unknown,
  maxDays?: unknown,
  coupon?: unknown,
  unitCost?: unknown
): string {
  return singleText(PROMOCHECK, [
    start,
    end,
    promoPrice,
    listPrice,
    postPromoPrice,
    floorPrice,
    maxDays,
    coupon,
    unitCost,
  ]);
}

/**
 * Checks one price (价格检查): "" when clean, else the breached rules with a reason. Covers BELOW_FLOOR, BELOW_COST
 * and PRICE_SPREAD across the given platform prices.
 * @customfunction PRICECHECK
 * @param price The price (价格).
 * @param [floorPrice] The SKU's floor price (最低价); blank: no floor.
 * @param [platformPrices] The SKU's prices on its platforms, e.g. its row of a SKU × platform table; blanks skipped.
 * @param [tolerance] Price spread tolerance (价差容忍度): 5%, 0.05 or 5; default 5 %.
 * @param [unitCost] The SKU's unit cost (单位成本); blank: not checked.
 * @returns The breached rules, or "" when the price is clean.
 */
export function priceCheckFn(
  price: unknown,
  floorPrice?: unknown,
  platformPrices?: unknown[][],
  tolerance?: unknown,
  unitCost?: unknown
): string {
  return singleText(PRICECHECK, [price, floorPrice, platformPrices, tolerance, unitCost]);
}

/**
 * Checks one Products row (产品检查): "" when clean, else the breached rules with a reason. Covers
 * LAUNCH_DATE_MISSING, PRESALE_ORDER, WAREHOUSE_MISSING and WAREHOUSE_LATE.
 * @customfunction PRODUCTCHECK
 * @param tier Tier (层级): launch 首发, hero 主推, secondary 辅推, offline-only 线下专供, presale 预售.
 * @param [launchDate] Launch date (首发日期).
 * @param [presaleStart] Presale start (预售开始).
 * @param [warehouseEntry] Warehouse entry (入仓日期).
 * @param [leadDays] Warehouse lead days (入仓提前天数); default 7.
 * @param [planYear] Plan year (计划年度); default next calendar year.
 * @param [firstPromoStart] Start of the SKU's first promotion; WAREHOUSE_LATE then counts from the earlier of it and the launch date.
 * @returns The breached rules, or "" when the product is clean.
 */
export function productCheckFn(
  tier: unknown,
  launchDate?: unknown,
  presaleStart?: unknown,
  warehouseEntry?: unknown,
  leadDays?: unknown,
  planYear?: unknown,
  firstPromoStart?: unknown
): string {
  return singleText(PRODUCTCHECK, [
    tier,
    launchDate,
    presaleStart,
    warehouseEntry,
    leadDays,
    planYear,
    firstPromoStart,
  ]);
}

/**
 * Checks one Budget line (预算检查): "" when clean, else the breached rules with a reason. Covers BUDGET_FORBIDDEN,
 * BUDGET_OVER_CAP (on the line where the running total first exceeds the cap) and DQ_NEGATIVE.
 * @customfunction BUDGETCHECK
 * @param channel Channel (渠道).
 * @param amount Amount (金额).
 * @param [runningTotal] Total of the Amounts down to this line, e.g. SUM(B$2:B2); default this amount.
 * @param [cap] Budget cap (预算上限); default 50000.
 * @returns The breached rules, or "" when the line is clean.
 */
export function budgetCheckFn(
  channel: unknown,
  amount: unknown,
  runningTotal?: unknown,
  cap?: unknown
): string {
  return singleText(BUDGETCHECK, [channel, amount, runningTotal, cap]);
}

/**
 * Saturation spend (饱和点): K of visitors = Vmax·spend/(K+spend), fitted by least squares to a Daily range; past K
 * each extra yuan buys under a quarter of the visitors the first did. #N/A with fewer than 4 distinct spend levels.
 * @customfunction SATURATION
 * @param spend Daily ad spend (推广花费): a range.
 * @param visitors Daily visitors (访客数): a range with one value per spend value.
 * @returns The spend K.
 */
export function saturationFn(spend: unknown[][], visitors: unknown[][]): number {
  return singleNumber(SATURATION, [spend, visitors]);
}

/**
 * Lift (提升率): during ÷ before − 1, e.g. a promotion's units a day on the days before it. Ranges work cell by cell
 * and spill.
 * @customfunction LIFT
 * @param during The value during (活动期): a cell or a range.
 * @param before The value before (活动前): a cell, or a range of the same shape.
 * @returns {number[][]} during / before − 1.
 */
export function liftFn(during: unknown[][], before: unknown[][]): unknown[][] {
  return grid(LIFT, [during, before]);
}

/**
 * Days of cover (库存可售天数): stock ÷ units sold a day. Ranges work cell by cell and spill.
 * @customfunction DAYSOFCOVER
 * @param stock Units in stock (库存): a cell or a range.
 * @param unitsPerDay Units sold a day (日均销量): a cell, or a range of the same shape.
 * @returns {number[][]} stock / unitsPerDay.
 */
export function daysOfCoverFn(stock: unknown[][], unitsPerDay: unknown[][]): unknown[][] {
  return grid(DAYSOFCOVER, [stock, unitsPerDay]);
}

/**
 * Sell-through (售罄率): units sold ÷ units received. Ranges work cell by cell and spill.
 * @customfunction SELLTHROUGH
 * @param sold Units sold (销量): a cell or a range.
 * @param received Units received (进货量): a cell, or a range of the same shape.
 * @returns {number[][]} sold / received.
 */
export function sellThroughFn(sold: unknown[][], received: unknown[][]): unknown[][] {
  return grid(SELLTHROUGH, [sold, received]);
}

/**
 * Checks one presale Promotions row (预售检查): "" when clean or no presale (Deposit start blank), else the breached
 * rules with a reason. Covers PRESALE_WINDOWS and PRESALE_DEPOSIT.
 * @customfunction PRESALECHECK
 * @param depositStart Deposit start (定金开始).
 * @param depositEnd Deposit end (定金结束).
 * @param balanceStart Balance start (尾款开始).
 * @param balanceEnd Balance end (尾款结束).
 * @param deposit Deposit (定金).
 * @param presalePrice Presale price: the row's Promo price (预售价).
 * @param [maxDepositShare] Largest deposit share of the presale price (定金最高占比): 20%, 0.2 or 20; default 20 %.
 * @param [minDeposit] Smallest deposit (定金最低金额); default 10.
 * @param [shipBy] Ship by date of the event (最晚发货日期); the balance must end by then.
 * @returns The breached rules, or "" when the row is clean.
 */
export function presaleCheckFn(
  depositStart: unknown,
  depositEnd: unknown,
  balanceStart: unknown,
  balanceEnd: unknown,
  deposit: unknown,
  presalePrice: unknown,
  maxDepositShare?: unknown,
  minDeposit?: unknown,
  shipBy?: unknown
): string {
  return singleText(PRESALECHECK, [
    depositStart,
    depositEnd,
    balanceStart,
    balanceEnd,
    deposit,
    presalePrice,
    maxDepositShare,
    minDeposit,
    shipBy,
  ]);
}

/**
 * Weekday-adjusted expected conversion (按星期调整的预期转化率): the store's rate of each weekday weighted by a
 * group's inquiries on that weekday. #N/A where a weekday has inquiries but no store rate.
 * @customfunction EXPECTEDRATE
 * @param inquiriesByWeekday The group's inquiries (询单人数) per weekday: a range, e.g. 7 cells Monday to Sunday.
 * @param storeRateByWeekday The store's conversion per weekday: a range with one value per inquiries value.
 * @returns The expected conversion rate.
 */
export function expectedRateFn(
  inquiriesByWeekday: unknown[][],
  storeRateByWeekday: unknown[][]
): number {
  return singleNumber(EXPECTEDRATE, [inquiriesByWeekday, storeRateByWeekday]);
}

/**
 * Price band (价格带): the label ("100–199") of the first band from ≤ price ≤ to. #N/A when the price is in none.
 * @customfunction PRICEBAND
 * @param price A price (价格): one cell.
 * @param bandsFrom The bands' lower bounds (价格带起): a range.
 * @param bandsTo The bands' upper bounds (价格带止): a range with one value per lower bound.
 * @returns The band's label.
 */
export function priceBandFn(price: unknown, bandsFrom: unknown[][], bandsTo: unknown[][]): string {
  return singleText(PRICEBAND, [price, bandsFrom, bandsTo]);
}

/**
 * Event slot value (资源位价值): profit = visitors × conversion × (price − unitCost); revenue = visitors × conversion ×
 * price; traffic = visitors × storeUvValue. Ranges work cell by cell and spill.
 * @customfunction SLOTVALUE
 * @param visitors The event's visitors (活动访客数).
 * @param conversion The product's conversion rate (转化率), e.g. 0.03.
 * @param price Promo price (活动价).
 * @param unitCost Unit cost (单位成本).
 * @param storeUvValue The store's UV value (UV价值): revenue / visitors.
 * @param objective "profit", "revenue" or "traffic" (利润 / 销售额 / 流量).
 * @returns {number[][]} The slot's value for that objective.
 */
export function slotValueFn(
  visitors: unknown[][],
  conversion: unknown[][],
  price: unknown[][],
  unitCost: unknown[][],
  storeUvValue: unknown[][],
  objective: unknown[][]
): unknown[][] {
  return grid(SLOTVALUE, [visitors, conversion, price, unitCost, storeUvValue, objective]);
}

/**
 * The version of Ops Planner that is loaded, e.g. "0.1.0".
 * @customfunction VERSION
 * @returns The add-in version.
 */
export function version(): string {
  return packageJson.version;
}
