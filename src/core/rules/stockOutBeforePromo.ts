/**
 * STOCK_OUT_BEFORE_PROMO: at the pace of the last Stock cover days of Sales, the stock projected on a promotion's
 * Start (after the SKU's earlier promotions) is below its Expected units (see src/core/review/stockCover.ts).
 */
import { cellOf, type Hit } from "../finding";
import { isoOfSerial } from "../read/dates";
import { planStockCover } from "../review";
import { count } from "../numberText";
import { defineRule } from "./rule";

export const stockOutBeforePromo = defineRule({
  id: "STOCK_OUT_BEFORE_PROMO",
  severity: "warning",
  reads: [
    "products.stock",
    "promotions.start",
    "promotions.expectedUnits",
    "sales.units",
    "settings.stockCoverDays",
    "settings.restockLeadDays",
  ],
  message: {
    en:
      "SKU {{sku}}: selling {{pace}} a day, it has about {{projected}} in stock when this promotion starts on " +
      "{{start}}, {{shortfall}} short of the {{expected}} expected. Order {{restock}} more by {{orderBy}}.",
    "zh-CN":
      "SKU {{sku}}：按日均 {{pace}} 件的销速，{{start}} 活动开始时约剩 {{projected}} 件库存，比预计销量 {{expected}} 件少 " +
      "{{shortfall}} 件。请在 {{orderBy}} 前补货 {{restock}} 件。",
  },
  check({ plan, settings, index }) {
    const hits: Hit[] = [];
    for (const c of planStockCover(plan, index, settings).covers) {
      for (const p of c.projections) {
        if (p.shortfall === undefined || p.expectedUnits === undefined || !c.restock) continue;
        hits.push({
          rule: "STOCK_OUT_BEFORE_PROMO",
          at: cellOf(p.promotion, "expectedUnits"),
          related: [cellOf(c.product, "stock")],
          sku: c.product.v.sku,
          params: {
            sku: c.product.v.sku,
            pace: count(Math.round((c.pace ?? 0) * 10) / 10),
            projected: count(Math.max(0, Math.floor(p.projected))),
            start: isoOfSerial(p.promotion.v.start),
            expected: count(p.expectedUnits),
            shortfall: count(p.shortfall),
            restock: count(c.restock.quantity),
            orderBy: isoOfSerial(c.restock.orderBy),
          },
        });
      }
    }
    return hits;
  },
});
