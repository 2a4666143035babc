/**
 * The hidden key column: on row r, Promotions row r's SKU & "|" & Start (by ROW(): inserting rows in Promotions moves
 * nothing; "|" where INDEX finds nothing), to the Promotions' last row plus room to grow.
 */
import type { Promotion, Row } from "../plan";
import { MIN_RESERVE_TO, RESERVE_ROWS, type FormulaCell } from "../write/layout";
import type { InputRefs } from "./refs";

export const KEY_FIRST_ROW = 2;

export function keyFormula(Q: InputRefs["promotions"]): string {
  return `IFERROR(INDEX(${Q.sku},ROW())&"|"&INDEX(${Q.start},ROW()),"|")`;
}

/** The key cells from KEY_FIRST_ROW. */
export function keyCells(
  promotions: readonly Row<Promotion>[],
  Q: InputRefs["promotions"]
): FormulaCell[] {
  const keyByRow = new Map<number, string>();
  for (const p of promotions) keyByRow.set(p.row, `${p.v.sku}|${p.v.start}`);
  const lastPromoRow = promotions.reduce((mx, p) => Math.max(mx, p.row), 1);
  const to = Math.max(MIN_RESERVE_TO, lastPromoRow + RESERVE_ROWS);
  const formula = keyFormula(Q);
  const cells: FormulaCell[] = [];
  for (let r = KEY_FIRST_ROW; r <= to; r++) cells.push({ formula, result: keyByRow.get(r) ?? "|" });
  return cells;
}
