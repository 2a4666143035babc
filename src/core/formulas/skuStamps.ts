/**
 * The SKU stamp of each Products row (issue 13): `5|SKU-1`, the row and the SKU as a writer wrote them, for a SKU no
 * other Products row holds (as MATCH compares: text case-insensitively) and that MATCH reads as plain text (no
 * `*` `?` `~`, at most 255 characters); blank for any other row. Every writer sets the column (the template, the
 * CLI's `update`, the pane's Create / update) from the Products rows as it writes them. While a row still holds its
 * stamp — its SKU and its row unchanged — and no row holds its SKU unstamped, it is its SKU's only row, so its SKU
 * row is itself without a MATCH (./text.ts skuRowOf).
 */
import { keyOf, type HostValue } from "./workbook";

const stampable = (sku: HostValue): sku is string =>
  typeof sku === "string" && sku !== "" && sku.length <= 255 && !/[*?~]/.test(sku);

/**
 * The stamps of the data rows (from sheet row `firstRow` down) of a Products SKU column given from sheet row 1 (null:
 * no stamp). The cells above the data count as holders too: MATCH over the whole column would find the header.
 */
export function skuStamps(column: readonly HostValue[], firstRow: number): (string | null)[] {
  const count = new Map<string, number>();
  for (const s of column) {
    const k = keyOf(s);
    if (k !== undefined) count.set(k, (count.get(k) ?? 0) + 1);
  }
  return column
    .slice(firstRow - 1)
    .map((s, i) =>
      stampable(s) && count.get(keyOf(s) ?? "") === 1 ? `${firstRow + i}|${s}` : null
    );
}
