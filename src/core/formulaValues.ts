/**
 * What the template's formulas compute, row by row: the value the CLI stores as each formula's cached result. Each
 * formula column is evaluated the way its formula (src/core/schema/sheets.ts) is: the same arguments — the row's
 * cells, the SKU's Products values by INDEX/MATCH, the Max promo days by COUNTIFS/MINIFS, the running total, the
 * Settings names — handed to the same PLAN function definitions through the same runner Excel's registration uses,
 * and an error becomes "" as IFERROR(…,"") makes it. The definitions are host-neutral (no Office API).
 *
 * The workbook is the one the template writes: every sheet in schema column order, the header on row 1. A sheet
 * the workbook lacks counts as empty and a missing Settings sheet as the defaults (a workbook we write has them all).
 * A blank cell reached through INDEX is passed as blank.
 */
import { isCellError, type CellError, type CellValue, type Grid } from "./cells";
import { dateToSerial } from "./read/dates";
import { SETTINGS_SHEET, sheetSpec } from "./schema/sheets";
import type { SheetId } from "./schema/types";
import { SETTING_SPECS, type Settings } from "./settings";
import {
  AOV,
  BUDGETCHECK,
  CONVERSION,
  CPC,
  PRICECHECK,
  PRODUCTCHECK,
  PROMOCHECK,
  PROMODAYS,
  ROAS,
  VISITORS,
} from "./functions/definitions";
import { invokeSingle, type FunctionDef } from "./functions/runner";

/** A cell's value as Excel hands it to a function: dates as serial numbers, blank as null. */
export type HostValue = number | string | boolean | null | CellError;

export function hostValue(v: CellValue): HostValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return dateToSerial(v);
  return v;
}

/** The cached result of `IFERROR(PLAN.FN(args),"")`. */
function cached(def: FunctionDef, args: readonly HostValue[]): number | string {
  const r = invokeSingle(def, args);
  return typeof r === "number" || typeof r === "string" ? r : "";
}

/** MATCH(…,0) / COUNTIFS equality: text case-insensitively, numbers by value; blank and errors match nothing. */
function keyOf(v: HostValue): string | undefined {
  if (v === null || isCellError(v)) return undefined;
  if (typeof v === "string") return v === "" ? undefined : `s:${v.toLowerCase()}`;
  return `${typeof v}:${String(v)}`;
}

const isNumber = (v: HostValue): v is number => typeof v === "number" && Number.isFinite(v);

/** A value in Excel arithmetic (`F2*G2`): numbers, numeric text, TRUE/FALSE; anything else is #VALUE!. */
function arithmetic(v: HostValue): number | undefined {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** The grids of the workbook the formulas read, and the look-ups they make. */
export class FormulaWorkbook {
  private readonly columns = new Map<string, HostValue[]>();
  private readonly matches = new Map<string, Map<string, number>>();
  private firstStarts?: Map<string, number>;

  /** `grids`: every sheet's header and rows in schema column order; `settings`: what a missing Settings row means. */
  constructor(
    private readonly grids: ReadonlyMap<SheetId, Grid>,
    private readonly settings: Settings
  ) {}

  /** A whole column (`Products!$E:$E`) from sheet row 1; a missing sheet is an empty column. */
  column(sheet: SheetId, field: string): readonly HostValue[] {
    const k = `${sheet}|${field}`;
    let col = this.columns.get(k);
    if (!col) {
      const i = sheetSpec(sheet).columns.findIndex((c) => c.field === field);
      if (i < 0) throw new Error(`No column ${field} in sheet ${sheet}`);
      col = (this.grids.get(sheet) ?? []).map((r) => hostValue(r[i]));
      this.columns.set(k, col);
    }
    return col;
  }

  /** A cell on a 1-based sheet row. */
  cell(sheet: SheetId, field: string, row: number): HostValue {
    return this.column(sheet, field)[row - 1] ?? null;
  }

  /** A Settings workbook name (PlanYear…): the Value cell it names, or the setting's value when the sheet is missing. */
  name(workbookName: string): HostValue {
    const i = SETTING_SPECS.findIndex((s) => s.workbookName === workbookName);
    if (i < 0) throw new Error(`No workbook name ${workbookName}`);
    if (!this.grids.has(SETTINGS_SHEET.id)) return this.settings[SETTING_SPECS[i].key];
    return this.cell("settings", "value", i + 2);
  }

  /** `IFERROR(INDEX(sheet!field, MATCH(key, sheet!keyField, 0)), "")`. */
  lookup(sheet: SheetId, keyField: string, key: HostValue, field: string): HostValue {
    const mk = `${sheet}|${keyField}`;
    let rows = this.matches.get(mk);
    if (!rows) {
      rows = new Map();
      this.column(sheet, keyField).forEach((v, i) => {
        const k = keyOf(v);
        if (k !== undefined && !rows?.has(k)) rows?.set(k, i + 1);
      });
      this.matches.set(mk, rows);
    }
    const k = keyOf(key);
    const row = k === undefined ? undefined : rows.get(k);
    return row === undefined ? "" : this.cell(sheet, field, row);
  }

  /** `IF(COUNTIFS(P!sku,sku,P!start,">0")=0,"",MINIFS(P!start,P!sku,sku,P!start,">0"))`. */
  firstPromoStart(sku: HostValue): HostValue {
    if (!this.firstStarts) {
      const first = new Map<string, number>();
      const skus = this.column("promotions", "sku");
      const starts = this.column("promotions", "start");
      skus.forEach((s, i) => {
        const k = keyOf(s);
        const start = starts[i];
        if (k === undefined || !isNumber(start) || start <= 0) return;
        const seen = first.get(k);
        if (seen === undefined || start < seen) first.set(k, start);
      });
      this.firstStarts = first;
    }
    const k = keyOf(sku);
    return (k === undefined ? undefined : this.firstStarts.get(k)) ?? "";
  }

  /**
   * `IF(COUNTIFS(C!max,">=0",C!from,"<="&end,C!to,">="&start)=0,MaxPromoDays,MINIFS(C!max,…))`: the smallest Max
   * promo days of the Calendar events overlapping Start..End, else the setting. (With Start or End not a date the
   * row check fails on its own, whatever this is.)
   */
  maxPromoDays(start: HostValue, end: HostValue): HostValue {
    const setting = this.name("MaxPromoDays");
    if (!isNumber(start) || !isNumber(end)) return setting;
    const max = this.column("calendar", "maxPromoDays");
    const from = this.column("calendar", "from");
    const to = this.column("calendar", "to");
    let least: number | undefined;
    max.forEach((m, i) => {
      const f = from[i];
      const t = to[i];
      if (!isNumber(m) || m < 0 || !isNumber(f) || f > end || !isNumber(t) || t < start) return;
      if (least === undefined || m < least) least = m;
    });
    return least ?? setting;
  }

  /** `SUM(F$first:Frow)`: numbers only (text and TRUE/FALSE in a range are skipped); the first error is the result. */
  sum(sheet: SheetId, field: string, fromRow: number, toRow: number): HostValue {
    const col = this.column(sheet, field);
    let total = 0;
    for (let r = fromRow; r <= toRow; r++) {
      const v = col[r - 1] ?? null;
      if (isCellError(v)) return v;
      if (isNumber(v)) total += v;
    }
    return total;
  }
}

/** One row of a sheet being evaluated: its cells and sheet row, the workbook, the sheet's first data row. */
export interface FormulaRow {
  v(field: string): HostValue;
  row: number;
  firstRow: number;
  wb: FormulaWorkbook;
}

const product = (r: FormulaRow, field: string): HostValue =>
  r.wb.lookup("products", "sku", r.v("sku"), field);

/** The cached value of every formula column of a sheet, by field (sheets without formulas are absent). */
export const FORMULA_VALUES: Partial<
  Record<SheetId, (r: FormulaRow) => Record<string, CellValue>>
> = {
  products: (r) => ({
    flags: cached(PRODUCTCHECK, [
      r.v("tier"),
      r.v("launchDate"),
      r.v("presaleStart"),
      r.v("warehouseEntry"),
      r.wb.name("WarehouseLeadDays"),
      r.wb.name("PlanYear"),
      r.wb.firstPromoStart(r.v("sku")),
    ]),
  }),
  promotions: (r) => ({
    days: cached(PROMODAYS, [r.v("start"), r.v("end")]),
    flags: cached(PROMOCHECK, [
      r.v("start"),
      r.v("end"),
      r.v("promoPrice"),
      product(r, "listPrice"),
      r.v("postPromoPrice"),
      product(r, "floorPrice"),
      r.wb.maxPromoDays(r.v("start"), r.v("end")),
      r.v("coupon"),
      product(r, "unitCost"),
    ]),
  }),
  prices: (r) => ({
    flags: cached(PRICECHECK, [
      r.v("price"),
      product(r, "floorPrice"),
      "",
      r.wb.name("PriceSpreadTolerance"),
      product(r, "unitCost"),
    ]),
  }),
  budget: (r) => {
    const visitors = cached(VISITORS, [r.v("amount"), r.v("expectedCpc")]);
    // IF(conversion="","",visitors*conversion); "" * x is #VALUE!, which IFERROR turns into "".
    const conv = r.v("expectedConversion");
    const a = arithmetic(visitors);
    const b = arithmetic(conv);
    const orders = conv === null || conv === "" || a === undefined || b === undefined ? "" : a * b;
    return {
      expectedVisitors: visitors,
      expectedOrders: orders,
      roas: cached(ROAS, [r.v("expectedRevenue"), r.v("amount")]),
      flags: cached(BUDGETCHECK, [
        r.v("channel"),
        r.v("amount"),
        r.wb.sum("budget", "amount", r.firstRow, r.row),
        r.wb.name("BudgetCap"),
      ]),
    };
  },
  daily: (r) => ({
    conversion: cached(CONVERSION, [r.v("orders"), r.v("visitors")]),
    aov: cached(AOV, [r.v("revenue"), r.v("orders")]),
    cpc: cached(CPC, [r.v("adSpend"), r.v("clicks")]),
    roas: cached(ROAS, [r.v("revenue"), r.v("adSpend")]),
  }),
};
