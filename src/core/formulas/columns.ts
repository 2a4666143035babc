/** Every declared formula column of the schema: the computed and Flags columns, by sheet and field. */
import { SHEETS } from "../schema/sheets";
import type { SheetId } from "../schema/types";
import type { FormulaExpr } from "./declare";

export interface FormulaColumn {
  sheet: SheetId;
  field: string;
  formula: FormulaExpr;
}

/** The formula columns of every sheet, in sheet and column order. */
export const FORMULA_COLUMNS: readonly FormulaColumn[] = SHEETS.flatMap((s) =>
  s.columns.flatMap((c) => (c.formula ? [{ sheet: s.id, field: c.field, formula: c.formula }] : []))
);

const BY_SHEET = new Map<SheetId, ReadonlyMap<string, FormulaExpr>>();

/** The formulas of one sheet's columns by field, in column order (empty for a sheet without formulas). */
export function formulasOf(sheet: SheetId): ReadonlyMap<string, FormulaExpr> {
  let m = BY_SHEET.get(sheet);
  if (!m) {
    m = new Map(FORMULA_COLUMNS.filter((c) => c.sheet === sheet).map((c) => [c.field, c.formula]));
    BY_SHEET.set(sheet, m);
  }
  return m;
}
