/**
 * SELL_THROUGH_LOW: a launch or hero product whose Stock lasts longer than Sell-through days at the pace of its last
 * Stock cover days of Sales (or that sold nothing in those days while it has stock): money locked in stock.
 */
import { cellOf, type Hit, type Params } from "../finding";
import { registerTexts } from "../i18n";
import { planStockCover } from "../review";
import { count, money } from "../numberText";
import { defineRule } from "./rule";
import { tierOf } from "./tierOf";

export const sellThroughLow = defineRule({
  id: "SELL_THROUGH_LOW",
  severity: "warning",
  reads: [
    "products.tier",
    "products.stock",
    "products.unitCost",
    "sales.units",
    "settings.stockCoverDays",
    "settings.sellThroughDays",
  ],
  message: {
    en:
      "SKU {{sku}}: {{stock}} in stock, selling {{pace}} a day over the last {{window}} days, lasts {{days}} days " +
      "(more than {{limit}}): {{locked}} locked in stock. Push it harder, or order less next time.",
    "zh-CN":
      "SKU {{sku}}：库存 {{stock}} 件，最近 {{window}} 天日均卖 {{pace}} 件，可卖 {{days}} 天（超过 {{limit}} 天），" +
      "积压资金 {{locked}}。请加大推广，或下次少订货。",
  },
  check({ plan, settings, index }) {
    const hits: Hit[] = [];
    const limit = settings.sellThroughDays;
    for (const c of planStockCover(plan, index, settings).covers) {
      const tier = tierOf(c.product.v.tier);
      if (tier !== "launch" && tier !== "hero") continue;
      if (c.stock === undefined || c.stock <= 0 || c.pace === undefined) continue;
      const days = c.daysOfCover;
      if (days !== undefined && days <= limit) continue;
      const cost = c.product.v.unitCost;
      const params: Params = {
        sku: c.product.v.sku,
        stock: count(c.stock),
        pace: count(Math.round(c.pace * 10) / 10),
        window: String(Math.round(settings.stockCoverDays)),
        days: days === undefined ? "∞" : count(Math.round(days)),
        limit: count(limit),
      };
      if (cost === undefined) params.context = "noCost";
      else params.locked = money(c.stock * cost);
      hits.push({
        rule: "SELL_THROUGH_LOW",
        at: cellOf(c.product, "stock"),
        sku: c.product.v.sku,
        params,
      });
    }
    return hits;
  },
});

registerTexts("rules", {
  en: {
    SELL_THROUGH_LOW_noCost:
      "SKU {{sku}}: {{stock}} in stock, selling {{pace}} a day over the last {{window}} days, lasts {{days}} days " +
      "(more than {{limit}}): money locked in stock. Push it harder, or order less next time.",
  },
  "zh-CN": {
    SELL_THROUGH_LOW_noCost:
      "SKU {{sku}}：库存 {{stock}} 件，最近 {{window}} 天日均卖 {{pace}} 件，可卖 {{days}} 天（超过 {{limit}} 天），" +
      "资金积压在库存里。请加大推广，或下次少订货。",
  },
});
