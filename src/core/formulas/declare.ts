/**
 * The formula of a computed or Flags column, declared once as data: which PLAN function it calls and its arguments
 * as references to what a row can see — a cell of the row (`cell("start")`), a field of the row's SKU in Products
 * (`product("listPrice")`), a Settings workbook name (`setting("MaxPromoDays")`), the Max promo days the Calendar puts
 * in force (`calendarMaxDays()`), the SKU's first promotion (`firstPromoStart()`), a running total.
 *
 * Everything else is derived from the declaration: the formula text Excel and the CLI write (./text.ts), the value
 * the core computes for it, which the CLI caches (./evaluate.ts), and through the text the preview's evaluation
 * (HyperFormula with the PLAN functions, src/preview/formulaEngine.ts). The schema (src/core/schema/sheets.ts) holds
 * each column's declaration next to the column.
 */
import type { FunctionDef } from "../functions/runner";

/** A cell of the same row: `D2`. */
export interface CellRef {
  readonly kind: "cell";
  readonly field: string;
}

/** A field of the row's SKU in Products, blank when the SKU is not there: `IFERROR(INDEX(…,MATCH(…,0)),"")`. */
export interface ProductRef {
  readonly kind: "product";
  readonly field: string;
}

/** A Settings workbook name: `MaxPromoDays`. */
export interface SettingRef {
  readonly kind: "setting";
  readonly name: string;
}

/**
 * The smallest Max promo days of the Calendar events overlapping the row's Start..End whose Platform is blank or the
 * row's platform (issue 16: an event of one platform is that platform's only), else `fallback` (the row's platform's
 * own Max promo days, else the setting), or the setting when no fallback is declared.
 */
export interface CalendarMaxDaysRef {
  readonly kind: "calendarMaxDays";
  readonly fallback?: FormulaExpr;
}

/**
 * A figure of the row's platform on the Platforms sheet (issue 16): the first Platforms row of the platform wins, as
 * in the validator (a later row is DQ_DUPLICATE_SKU); its cell when that is a number ≥ 0, else the Settings workbook
 * name: `IF(ISNUMBER(own),IF(own>=0,own,MaxDepositShare),MaxDepositShare)`, own = `INDEX(Platforms!$J:$J,MATCH(B2,
 * Platforms!$A:$A,0))` — exact-match look-ups on the few Platforms rows.
 */
export interface PlatformFigureRef {
  readonly kind: "platformFigure";
  readonly field: string;
  readonly setting: string;
}

/** The first dated promotion Start of the row's SKU, blank when it has none. */
export interface FirstPromoStartRef {
  readonly kind: "firstPromoStart";
}

/**
 * Promotions: the row's SKU as text while its dated Start could make its product's Warehouse entry late — it starts
 * fewer than WarehouseLeadDays after the Warehouse entry of the SKU's first Products row, or that entry or the setting
 * is not a number — else blank. A hidden helper: with ./text.ts's guard it spares most Products rows the COUNTIFS/MINIFS
 * over Promotions.
 */
export interface PromoWarehouseKeyRef {
  readonly kind: "promoWarehouseKey";
}

/** Promotions, first data row: every promotion's key upper-cased and joined, `|SKU-1|SKU-7|`; blank on other rows. */
export interface WarehouseKeysRef {
  readonly kind: "warehouseKeys";
}

/**
 * Products: `|SKU|` upper-cased while the guard may skip the row's first promotion look-up — the SKU is text a
 * COUNTIFS criterion compares as plain text (no number or date, no wildcard, no leading comparison sign) and the
 * row's Warehouse entry is a number no later than the entry of the SKU's first Products row — else blank.
 */
export interface ProductWarehouseKeyRef {
  readonly kind: "productWarehouseKey";
}

/**
 * Products: the first dated promotion Start of the row's SKU when one could make the Warehouse entry late, else blank
 * — the same PRODUCTCHECK result as `firstPromoStart` (WAREHOUSE_LATE moves only when some promotion starts fewer
 * than lead days after the entry), without the COUNTIFS/MINIFS for a row whose key is not among the promotions' keys.
 */
export interface EarlyFirstPromoStartRef {
  readonly kind: "earlyFirstPromoStart";
}

/**
 * Products: the sheet row of the first Products row holding this row's SKU, `MATCH(A2,$A:$A,0)` (#N/A for a SKU
 * MATCH does not find), found without the scan when the row's SKU stamp proves it is the SKU's only row (the row still
 * holds its stamp and no row holds that SKU unstamped): then it is the row itself. It lets a Promotions or Prices row
 * prove its hint points at the SKU's first row.
 */
export interface SkuRowRef {
  readonly kind: "skuRow";
}

/**
 * Products: the row's SKU as text unless the row holds its stamp (./skuStamps.ts: the SKU stamp is `row|SKU`, a text
 * SKU, compared case-insensitively), "" for a blank or error SKU. The SKUs not proven to be their SKU's only row.
 */
export interface SkuUnstampedRef {
  readonly kind: "skuUnstamped";
}

/** Products, first data row: the unstamped SKUs upper-cased and joined, `|SKU-1|SKU-7|`; blank on other rows. */
export interface SkuUnstampedKeysRef {
  readonly kind: "skuUnstampedKeys";
}

/**
 * Promotions and Prices: the sheet row of the row's SKU in Products, exactly `MATCH(A2,Products!$A:$A,0)`, found
 * without the scan when the row's hint (a value every writer sets: the row the SKU had when it wrote) still holds
 * the SKU there and that Products row is the SKU's first (its SKU row is itself); else by that MATCH.
 */
export interface ProductRowRef {
  readonly kind: "productRow";
}

/** The total of a column from the sheet's first data row down to this row: `SUM(B$2:B7)`. */
export interface RunningTotalRef {
  readonly kind: "runningTotal";
  readonly field: string;
}

/** A text constant: `""`. */
export interface TextConst {
  readonly kind: "text";
  readonly value: string;
}

/** A PLAN function called with arguments: `PLAN.PROMODAYS(D2,E2)`. */
export interface PlanCall {
  readonly kind: "call";
  readonly fn: FunctionDef;
  readonly args: readonly FormulaExpr[];
}

/** Excel multiplication: `H2*I2`. */
export interface Times {
  readonly kind: "times";
  readonly left: FormulaExpr;
  readonly right: FormulaExpr;
}

/** A test of a cell a formula reads: blank (`X=""`), or blank or 0 (`X="",X=0`: a divisor that gives no ratio). */
export interface Condition {
  readonly is: "blank" | "zero";
  readonly expr: FormulaExpr;
}

/**
 * `IF(OR(a="",b=0…),"",then)`: blank while any condition holds — a half-typed row, or a ratio without a divisor —
 * else `then`. An error in a tested cell is the result (Excel's `=` test and OR pass it on), so a filled row whose
 * `then` cannot be evaluated — a PLAN function without the add-in is #NAME? — shows it. There is deliberately no
 * IFERROR node: it would show a missing add-in as a blank, clean row.
 */
export interface BlankIf {
  readonly kind: "blankIf";
  readonly when: readonly Condition[];
  readonly then: FormulaExpr;
}

export type FormulaExpr =
  | CellRef
  | ProductRef
  | SettingRef
  | CalendarMaxDaysRef
  | PlatformFigureRef
  | FirstPromoStartRef
  | PromoWarehouseKeyRef
  | WarehouseKeysRef
  | ProductWarehouseKeyRef
  | EarlyFirstPromoStartRef
  | SkuRowRef
  | SkuUnstampedRef
  | SkuUnstampedKeysRef
  | ProductRowRef
  | RunningTotalRef
  | TextConst
  | PlanCall
  | Times
  | BlankIf;

export const cell = (field: string): CellRef => ({ kind: "cell", field });
export const product = (field: string): ProductRef => ({ kind: "product", field });
export const setting = (name: string): SettingRef => ({ kind: "setting", name });
export const calendarMaxDays = (fallback?: FormulaExpr): CalendarMaxDaysRef =>
  fallback ? { kind: "calendarMaxDays", fallback } : { kind: "calendarMaxDays" };
export const platformFigure = (field: string, setting: string): PlatformFigureRef => ({
  kind: "platformFigure",
  field,
  setting,
});
export const firstPromoStart = (): FirstPromoStartRef => ({ kind: "firstPromoStart" });
export const promoWarehouseKey = (): PromoWarehouseKeyRef => ({ kind: "promoWarehouseKey" });
export const warehouseKeys = (): WarehouseKeysRef => ({ kind: "warehouseKeys" });
export const productWarehouseKey = (): ProductWarehouseKeyRef => ({
  kind: "productWarehouseKey",
});
export const earlyFirstPromoStart = (): EarlyFirstPromoStartRef => ({
  kind: "earlyFirstPromoStart",
});
export const skuRow = (): SkuRowRef => ({ kind: "skuRow" });
export const skuUnstamped = (): SkuUnstampedRef => ({ kind: "skuUnstamped" });
export const skuUnstampedKeys = (): SkuUnstampedKeysRef => ({ kind: "skuUnstampedKeys" });
export const productRow = (): ProductRowRef => ({ kind: "productRow" });
export const runningTotal = (field: string): RunningTotalRef => ({ kind: "runningTotal", field });
export const text = (value: string): TextConst => ({ kind: "text", value });
export const times = (left: FormulaExpr, right: FormulaExpr): Times => ({
  kind: "times",
  left,
  right,
});
export const isBlank = (expr: FormulaExpr): Condition => ({ is: "blank", expr });
export const isZero = (expr: FormulaExpr): Condition => ({ is: "zero", expr });
export const blankIf = (when: readonly Condition[], then: FormulaExpr): BlankIf => ({
  kind: "blankIf",
  when,
  then,
});

/**
 * A PLAN function call. The arguments are checked against the function's declared parameters here, when the schema
 * is built: no fewer than its required ones, no more than it has.
 */
export function plan(fn: FunctionDef, ...args: FormulaExpr[]): PlanCall {
  const required = fn.params.filter((p) => !p.optional).length;
  if (args.length < required || args.length > fn.params.length)
    throw new Error(
      `PLAN.${fn.name} takes ${required}–${fn.params.length} arguments, not ${args.length}`
    );
  return { kind: "call", fn, args };
}

/** The sub-expressions of an expression, in order. */
function children(e: FormulaExpr): readonly FormulaExpr[] {
  switch (e.kind) {
    case "call":
      return e.args;
    case "times":
      return [e.left, e.right];
    case "blankIf":
      return [...e.when.map((c) => c.expr), e.then];
    case "calendarMaxDays":
      return e.fallback ? [e.fallback] : [];
    default:
      return [];
  }
}

/** Every PLAN call in an expression, outermost first, with the number of arguments it passes. */
export function planCalls(e: FormulaExpr): { fn: FunctionDef; arity: number }[] {
  const own = e.kind === "call" ? [{ fn: e.fn, arity: e.args.length }] : [];
  return [...own, ...children(e).flatMap(planCalls)];
}

/** The fields of the same row an expression reads (its cells, and the row cells its look-ups key on). */
export function fieldsRead(e: FormulaExpr): string[] {
  const own: Partial<Record<FormulaExpr["kind"], readonly string[]>> = {
    product: ["productRow"],
    firstPromoStart: ["sku"],
    calendarMaxDays: ["start", "end", "platform"],
    promoWarehouseKey: ["sku", "start", "productRow"],
    warehouseKeys: ["warehouseKey"],
    productWarehouseKey: ["sku", "warehouseEntry", "skuRow"],
    skuRow: ["sku", "skuUnstamped"],
    skuUnstamped: ["sku", "skuStamp"],
    skuUnstampedKeys: ["skuUnstamped"],
    productRow: ["sku", "productRowHint"],
    earlyFirstPromoStart: ["sku", "warehouseKey"],
    platformFigure: ["platform"],
  };
  const mine =
    e.kind === "cell" || e.kind === "runningTotal" ? [e.field] : [...(own[e.kind] ?? [])];
  return [...new Set([...mine, ...children(e).flatMap(fieldsRead)])];
}
