/** STOCK_SHORT: the units a SKU's promotions expect to sell must not exceed its Stock. */
import { cellOf, type CellRef, type Hit } from "../finding";
import { defineRule } from "./rule";
import { count } from "../numberText";

/** True when Stock is given and the expected units exceed it (equal is fine). */
export function stockShortBreach(stock: number | null | undefined, expectedUnits: number): boolean {
  return stock !== null && stock !== undefined && expectedUnits > stock;
}

export const stockShort = defineRule({
  id: "STOCK_SHORT",
  severity: "warning",
  reads: ["products.stock", "promotions.expectedUnits"],
  message: {
    en:
      "SKU {{sku}}: its promotions expect to sell {{units}} units but Stock is {{stock}}, {{short}} short. " +
      "Order more stock or lower the expected units.",
    "zh-CN":
      "SKU {{sku}}：活动预计销量合计 {{units}} 件，库存只有 {{stock}} 件，缺口 {{short}} 件。请补货或下调预计销量。",
  },
  check({ plan, index }) {
    const hits: Hit[] = [];
    for (const p of plan.products) {
      const stock = p.v.stock;
      if (stock === undefined) continue;
      let units = 0;
      const cells: CellRef[] = [];
      for (const promo of index.promotionsOf(p.v.sku)) {
        if (promo.v.expectedUnits === undefined) continue;
        units += promo.v.expectedUnits;
        cells.push(cellOf(promo, "expectedUnits"));
      }
      if (!stockShortBreach(stock, units)) continue;
      hits.push({
        rule: "STOCK_SHORT",
        at: cellOf(p, "stock"),
        related: cells.sort((a, b) => a.row - b.row),
        sku: p.v.sku,
        params: {
          sku: p.v.sku,
          units: count(units),
          stock: count(stock),
          short: count(units - stock),
        },
      });
    }
    return hits;
  },
});
