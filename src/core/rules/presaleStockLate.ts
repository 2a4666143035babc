import { cellOf } from "../finding";
import { defineRule } from "./rule";
import { HitsByCell, iso } from "./promoHelpers";
import { presalesOf } from "./presaleWindows";

/**
 * Row-level PRESALE_STOCK_LATE: the Warehouse entry later than Balance start − Warehouse lead days. Exactly lead days
 * before is in time; no Warehouse entry is WAREHOUSE_MISSING's business.
 */
export function presaleStockLateBreach(
  warehouseEntry: number | null | undefined,
  balanceStart: number,
  leadDays: number
): { due: number; late: number } | null {
  if (typeof warehouseEntry !== "number") return null;
  const due = balanceStart - leadDays;
  return warehouseEntry > due ? { due, late: warehouseEntry - due } : null;
}

/**
 * On the product's Warehouse entry, once, measured against its presale with the earliest Balance start (every presale
 * it is late for related): the goods must be there when balance payers expect them to ship.
 */
export const presaleStockLate = defineRule({
  id: "PRESALE_STOCK_LATE",
  severity: "error",
  reads: [
    "promotions.depositStart",
    "promotions.balanceStart",
    "products.warehouseEntry",
    "settings.warehouseLeadDays",
  ],
  message: {
    en: "Warehouse entry {{entry}} is {{late}} day(s) late for the presale whose balance (尾款) opens on {{balanceStart}} ({{platform}}): goods must be in by {{due}}, {{leadDays}} days before.",
    "zh-CN":
      "入仓日期 {{entry}} 比 {{platform}} 预售尾款开始（{{balanceStart}}）要求的 {{due}} 晚了 {{late}} 天：货品须提前 {{leadDays}} 天入仓。",
  },
  check({ plan, settings, index }) {
    const leadDays = settings.warehouseLeadDays;
    const hits = new HitsByCell();
    const presales = presalesOf(plan.promotions)
      .filter((p) => p.v.balanceStart !== undefined)
      .sort((a, b) => (a.v.balanceStart as number) - (b.v.balanceStart as number) || a.row - b.row);
    for (const p of presales) {
      const product = index.product(p.v.sku);
      if (!product) continue;
      const balanceStart = p.v.balanceStart as number;
      const breach = presaleStockLateBreach(product.v.warehouseEntry, balanceStart, leadDays);
      if (!breach) continue;
      hits.add(cellOf(product, "warehouseEntry"), [cellOf(p, "balanceStart")], () => ({
        rule: "PRESALE_STOCK_LATE",
        params: {
          entry: iso(product.v.warehouseEntry as number),
          late: breach.late,
          balanceStart: iso(balanceStart),
          platform: p.v.platform,
          due: iso(breach.due),
          leadDays,
        },
        sku: p.v.sku,
      }));
    }
    return hits.hits();
  },
});
