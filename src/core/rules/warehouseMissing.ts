/** WAREHOUSE_MISSING: a launch, hero or presale product needs a Warehouse entry. */
import { cellOf, type Hit } from "../finding";
import type { Serial } from "../plan";
import { defineRule } from "./rule";
import { tierZh } from "./messageParts";
import { tierOf } from "./tierOf";

const NEEDS_ENTRY = new Set(["launch", "hero", "presale"]);

export function warehouseMissingBreach(
  tier: string | null | undefined,
  warehouseEntry: Serial | null | undefined
): boolean {
  return NEEDS_ENTRY.has(tierOf(tier)) && (warehouseEntry === null || warehouseEntry === undefined);
}

export const warehouseMissing = defineRule({
  id: "WAREHOUSE_MISSING",
  severity: "warning",
  reads: ["products.tier", "products.warehouseEntry", "settings.warehouseLeadDays"],
  message: {
    en:
      "SKU {{sku}} is a {{tier}} product without a Warehouse entry: enter the date its goods arrive in the warehouse, " +
      "at least {{leadDays}} days before its launch or first promotion.",
    "zh-CN":
      "SKU {{sku}} 是{{tierZh}}产品，但没有入仓日期：请填写货品入仓日期，至少早于首发或首个活动 {{leadDays}} 天。",
  },
  check({ plan, settings }) {
    const hits: Hit[] = [];
    for (const p of plan.products) {
      if (!warehouseMissingBreach(p.v.tier, p.v.warehouseEntry)) continue;
      hits.push({
        rule: "WAREHOUSE_MISSING",
        at: cellOf(p, "warehouseEntry"),
        related: [],
        sku: p.v.sku,
        params: {
          sku: p.v.sku,
          tier: p.v.tier,
          tierZh: tierZh(p.v.tier),
          leadDays: settings.warehouseLeadDays,
        },
      });
    }
    return hits;
  },
});
