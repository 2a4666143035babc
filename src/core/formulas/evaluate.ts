/**
 * A formula declaration evaluated by the core, row by row: the value the CLI stores as each formula's cached result.
 * Each node is evaluated as Excel evaluates the text ./text.ts writes for it — the same arguments handed to the same
 * PLAN function definitions through the same runner Excel's registration and the preview use, errors as Excel
 * propagates them (an error is the cached value, as the cell shows it).
 */
import { isCellError, type CellError, type CellValue } from "../cells";
import { FnError } from "../functions/errors";
import { invokeSingle } from "../functions/runner";
import type { SheetId } from "../schema/types";
import { formulasOf } from "./columns";
import type { FormulaExpr } from "./declare";
import type { FormulaWorkbook, HostValue } from "./workbook";

/** One row of a sheet being evaluated: the sheet, its row and first data row, the workbook. */
export interface FormulaRow {
  sheet: SheetId;
  row: number;
  firstRow: number;
  wb: FormulaWorkbook;
  /** A cell of the row; a formula column's cell is what its formula computes. */
  v(field: string): HostValue;
}

const isError = (v: HostValue): v is CellError => isCellError(v);
const isEmpty = (v: HostValue): boolean => v === null || v === "";

/** A value in Excel arithmetic (`F2*G2`): numbers, numeric text, TRUE/FALSE; anything else is #VALUE!. */
function arithmetic(v: HostValue): number | undefined {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function multiply(a: HostValue, b: HostValue): HostValue {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const x = arithmetic(a);
  const y = arithmetic(b);
  return x === undefined || y === undefined ? { error: "#VALUE!" } : x * y;
}

export function formulaValue(e: FormulaExpr, r: FormulaRow): HostValue {
  const v = (sub: FormulaExpr): HostValue => formulaValue(sub, r);
  switch (e.kind) {
    case "cell":
      return r.v(e.field);
    case "product":
      return r.wb.lookup("products", "sku", r.v("sku"), e.field);
    case "setting":
      return r.wb.name(e.name);
    case "calendarMaxDays": {
      const fallback = e.fallback;
      return r.wb.maxPromoDays(
        r.v("start"),
        r.v("end"),
        r.v("platform"),
        fallback && (() => v(fallback))
      );
    }
    case "platformFigure":
      return r.wb.platformFigure(r.v("platform"), e.field, e.setting);
    case "firstPromoStart":
      return r.wb.firstPromoStart(r.v("sku"));
    case "promoWarehouseKey":
      return r.wb.promoWarehouseKey(r.v("sku"), r.v("start"));
    case "warehouseKeys":
      return r.row === r.firstRow ? r.wb.warehouseKeys() : "";
    case "productWarehouseKey":
      return r.wb.productWarehouseKey(r.v("sku"), r.v("warehouseEntry"));
    case "earlyFirstPromoStart":
      return r.wb.earlyFirstPromoStart(r.v("sku"), r.v("warehouseKey"));
    case "skuUnstamped":
      return r.wb.skuUnstamped(r.row);
    case "skuUnstampedKeys":
      return r.row === r.firstRow ? r.wb.skuUnstampedKeys() : "";
    case "skuRow":
    case "productRow":
      // Both are MATCH(sku,Products!$A:$A,0): the hint or the stamp only spares the scan when it holds (./text.ts).
      return r.wb.productRow(r.v("sku"));
    case "runningTotal":
      return r.wb.sum(r.sheet, e.field, r.firstRow, r.row);
    case "text":
      return e.value;
    case "call": {
      const out = invokeSingle(e.fn, e.args.map(v));
      return out instanceof FnError ? { error: out.code } : out;
    }
    case "times":
      return multiply(v(e.left), v(e.right));
    case "blankIf": {
      const tested = e.when.map((c) => ({ is: c.is, value: v(c.expr) }));
      const error = tested.find((c) => isError(c.value));
      if (error) return error.value;
      const holds = tested.some((c) => isEmpty(c.value) || (c.is === "zero" && c.value === 0));
      return holds ? "" : v(e.then);
    }
  }
}

/**
 * The value of every formula column of a sheet on one row, by field (none for a sheet without formulas). A formula
 * that reads another formula column of the row (Expected orders reads Expected visitors) gets that column's value.
 */
export function rowFormulaValues(
  sheet: SheetId,
  wb: FormulaWorkbook,
  row: number,
  firstRow: number
): Record<string, CellValue> {
  const formulas = formulasOf(sheet);
  const done = new Map<string, HostValue>();
  const r: FormulaRow = {
    sheet,
    row,
    firstRow,
    wb,
    v(field) {
      const f = formulas.get(field);
      if (!f) return wb.cell(sheet, field, row);
      if (!done.has(field)) done.set(field, formulaValue(f, r));
      return done.get(field) ?? null;
    },
  };
  return Object.fromEntries([...formulas.keys()].map((field) => [field, r.v(field)]));
}
