/**
 * The Product row hint of an existing sheet's rows (Promotions, Prices): for each data row, the sheet row its SKU
 * has in the workbook's Products sheet as the update finds it, written as a value beside the formulas. The Product
 * row formula verifies it (src/core/formulas/text.ts), so a hint that is wrong costs a scan, never a wrong result.
 */
import { columnIndex, type CellValue } from "../../cells";
import { skuStamps } from "../../formulas/skuStamps";
import { hostValue, keyOf, type HostValue } from "../../formulas/workbook";
import { origin } from "../../read/input";
import type { LayoutCell } from "../layout";
import { gridCell, gridRows, type LocatedSheet } from "./locate";
import type { AddedRow } from "./strategy";
import type { CellBlock } from "./types";

/** A SKU's first sheet row in Products, as MATCH(…,0) finds it (undefined where it finds none). */
export type ProductRowOf = (sku: CellValue) => number | undefined;

/** A located sheet's cell on a sheet row, by column letter. */
function cellAt(sheet: LocatedSheet, letter: string, row: number): CellValue {
  const { input } = sheet;
  const r = row - origin(input.firstRow);
  const c = columnIndex(letter) - origin(input.firstCol);
  return r < 0 || c < 0 ? undefined : gridCell(gridRows(input), r, c);
}

/** The first row of each SKU of the Products sheet the update found (its data rows as they are). */
export function productRowsOf(products: LocatedSheet | undefined): ProductRowOf | undefined {
  const sku = products?.placed.find((p) => p.column.field === "sku");
  if (!products || !sku || products.dataEnd === undefined) return undefined;
  const rows = new Map<string, number>();
  for (let r = products.dataFirst; r <= products.dataEnd; r++) {
    const k = keyOf(hostValue(cellAt(products, sku.letter, r)));
    if (k !== undefined && !rows.has(k)) rows.set(k, r);
  }
  return (v) => {
    const k = keyOf(hostValue(v ?? null));
    return k === undefined ? undefined : rows.get(k);
  };
}

/**
 * The SKU column of a located sheet as the update leaves it, rows `from`..`to`: an added row's own SKU, else the cell
 * as it is (undefined where the sheet has no SKU column).
 */
function skusAsUpdated(
  sheet: LocatedSheet,
  adding: readonly AddedRow[],
  from: number,
  to: number
): CellValue[] | undefined {
  const skuAt = sheet.placed.findIndex((p) => p.column.field === "sku");
  if (skuAt < 0) return undefined;
  const added = new Map(adding.map((a) => [a.row, a]));
  const out: CellValue[] = [];
  for (let r = from; r <= to; r++) {
    const a = added.get(r);
    out.push((a ? a.cells[skuAt] : cellAt(sheet, sheet.placed[skuAt].letter, r)) as CellValue);
  }
  return out;
}

/** The hint column's values on every data row of a located sheet (added rows by their own SKU). */
export function productRowHintBlock(
  sheet: LocatedSheet,
  adding: readonly AddedRow[],
  dataEnd: number | undefined,
  productRowOf: ProductRowOf | undefined
): CellBlock | undefined {
  const hint = sheet.placed.find((p) => p.column.field === "productRowHint");
  if (!hint || !productRowOf || dataEnd === undefined) return undefined;
  const skus = skusAsUpdated(sheet, adding, sheet.dataFirst, dataEnd);
  if (!skus) return undefined;
  const cells: LayoutCell[][] = skus.map((v) => [productRowOf(v) ?? null]);
  return { column: hint.letter, row: sheet.dataFirst, cells, ours: true };
}

/**
 * The SKU stamp column's values on every data row of the Products sheet (src/core/formulas/skuStamps.ts), from its
 * SKU column as the update leaves it: the cells above the data, the rows as they are, the added rows by their SKU.
 */
export function skuStampBlock(
  sheet: LocatedSheet,
  adding: readonly AddedRow[],
  dataEnd: number | undefined
): CellBlock | undefined {
  const stamp = sheet.placed.find((p) => p.column.field === "skuStamp");
  if (!stamp || dataEnd === undefined) return undefined;
  const skus = skusAsUpdated(sheet, adding, 1, dataEnd);
  if (!skus) return undefined;
  const column: HostValue[] = skus.map((v) => hostValue(v ?? null));
  const cells: LayoutCell[][] = skuStamps(column, sheet.dataFirst).map((s) => [s]);
  // A stamp left below the data (its row cleared since the last update) would prove its row again once a SKU is
  // typed there, though another row may hold that SKU first by then: cleared with the rest.
  const last = origin(sheet.input.firstRow) + gridRows(sheet.input).length - 1;
  let stale = last;
  while (stale > dataEnd && isBlankCell(cellAt(sheet, stamp.letter, stale))) stale--;
  for (let r = dataEnd + 1; r <= stale; r++) cells.push([null]);
  return { column: stamp.letter, row: sheet.dataFirst, cells, ours: true };
}

const isBlankCell = (v: CellValue): boolean => v === undefined || v === null || v === "";
