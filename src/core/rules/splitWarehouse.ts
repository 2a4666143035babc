/**
 * SPLIT_WAREHOUSE: a region that brings a large share of the orders deserves a warehouse of its own.
 *
 * Names are compared loosely, as planners write them: case, width and spaces are ignored (normKey), administrative
 * suffixes of the region (省 市 自治区 特别行政区 地区 区, province, region, area) and warehouse words at either end of the
 * Warehouse (仓库 仓 分仓 warehouse DC RDC hub) are dropped, and then the warehouse serves the region when one name
 * contains the other: "华东仓" serves 华东, "广东" serves 广东省, "Shanghai Pudong DC" serves Shanghai.
 */
import { cellOf, type Hit } from "../finding";
import { normKey } from "../lists";
import type { Region, Row } from "../plan";
import { defineRule } from "./rule";
import { registerContexts } from "./messageParts";
import { pct } from "../numberText";

const REGION_SUFFIX =
  /(特别行政区|特別行政區|自治区|自治區|地区|地區|省|市|区|區|province|region|area)$/u;
const WAREHOUSE_WORD = "(中心仓|中心倉|分仓|分倉|仓库|倉庫|仓|倉|warehouse|rdc|dc|hub)";
const WAREHOUSE_AFFIX = new RegExp(`^${WAREHOUSE_WORD}|${WAREHOUSE_WORD}$`, "gu");

function regionCore(region: string): string {
  const k = normKey(region);
  const core = k.replace(REGION_SUFFIX, "");
  return core.length > 0 ? core : k;
}

function warehouseCore(warehouse: string): string {
  const k = normKey(warehouse);
  const core = k.replace(WAREHOUSE_AFFIX, "");
  return core.length > 0 ? core : k;
}

/** Whether a Warehouse name is the region's own warehouse (see the file comment). */
export function warehouseServesRegion(warehouse: string, region: string): boolean {
  const w = warehouseCore(warehouse);
  const r = regionCore(region);
  if (w === r) return true;
  return (r.length >= 2 && w.includes(r)) || (w.length >= 2 && r.includes(w));
}

/** True when the share reaches the threshold (both fractions) and the Warehouse is blank or another region's. */
export function splitWarehouseBreach(
  share: number,
  threshold: number,
  warehouse: string | null | undefined,
  region: string
): boolean {
  if (share < threshold - 1e-9) return false;
  return (
    warehouse === null ||
    warehouse === undefined ||
    warehouse.trim() === "" ||
    !warehouseServesRegion(warehouse, region)
  );
}

// The Suggestion column is computed (the Region model does not read it), but it is where this finding belongs.
type RegionRow = Row<Region & { suggestion?: string }>;

registerContexts("SPLIT_WAREHOUSE", {
  other: {
    en:
      '{{region}} brings {{share}} of orders (split-warehouse share: {{threshold}}) but ships from "{{warehouse}}", ' +
      "another region's warehouse: consider a split warehouse in {{region}} to deliver faster.",
    "zh-CN":
      "{{region}}贡献了 {{share}} 的订单（分仓订单占比：{{threshold}}），却由其他地区的仓库“{{warehouse}}”发货：建议在{{region}}设分仓，缩短配送时间。",
  },
});

export const splitWarehouse = defineRule({
  id: "SPLIT_WAREHOUSE",
  severity: "warning",
  reads: [
    "regions.region",
    "regions.ordersShare",
    "regions.warehouse",
    "settings.splitWarehouseShare",
  ],
  message: {
    en:
      "{{region}} brings {{share}} of orders (split-warehouse share: {{threshold}}) but has no Warehouse: " +
      "consider a split warehouse in {{region}} to deliver faster.",
    "zh-CN":
      "{{region}}贡献了 {{share}} 的订单（分仓订单占比：{{threshold}}），但没有填写仓库：建议在{{region}}设分仓，缩短配送时间。",
  },
  check({ plan, settings }) {
    const threshold = settings.splitWarehouseShare;
    const hits: Hit[] = [];
    for (const r of plan.regions as RegionRow[]) {
      const { region, ordersShare, warehouse } = r.v;
      if (!splitWarehouseBreach(ordersShare, threshold, warehouse, region)) continue;
      const named = warehouse !== undefined && warehouse.trim() !== "";
      hits.push({
        rule: "SPLIT_WAREHOUSE",
        at: cellOf(r, "suggestion", "warehouse"),
        related: r.cols.warehouse ? [cellOf(r, "warehouse")] : [],
        params: {
          region,
          share: pct(ordersShare),
          threshold: pct(threshold),
          ...(named ? { warehouse: warehouse.trim(), context: "other" } : {}),
        },
      });
    }
    return hits;
  },
});
