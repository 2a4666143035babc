import {
  splitWarehouse,
  splitWarehouseBreach,
  warehouseServesRegion,
} from "../../../src/core/rules/splitWarehouse";
import { hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

describe("SPLIT_WAREHOUSE", () => {
  it("points at the Suggestion of a big region with no warehouse or another region's, related to its Warehouse", () => {
    const plan = planOf({
      regions: [
        { region: "华东", ordersShare: 0.32, warehouse: "华东仓" },
        { region: "华南", ordersShare: 0.28, warehouse: "华东仓" },
        { region: "华北", ordersShare: 0.25 },
        { region: "西南", ordersShare: 0.1 },
      ],
    });
    const hits = hitsOf(splitWarehouse, plan);
    expect(hits.map((h) => [h.address, h.related])).toEqual([
      ["Regions!E3", ["Regions!C3"]],
      ["Regions!E4", ["Regions!C4"]],
    ]);
    expect(hits[0].params).toEqual({
      region: "华南",
      share: "28%",
      threshold: "25%",
      warehouse: "华东仓",
      context: "other",
    });
    expect(render(splitWarehouse, hits[0].params)).toBe(
      '华南 brings 28% of orders (split-warehouse share: 25%) but ships from "华东仓", another region\'s warehouse: ' +
        "consider a split warehouse in 华南 to deliver faster."
    );
    expect(render(splitWarehouse, hits[0].params, "zh-CN")).toBe(
      "华南贡献了 28% 的订单（分仓订单占比：25%），却由其他地区的仓库“华东仓”发货：建议在华南设分仓，缩短配送时间。"
    );
    expect(hits[1].params).toEqual({ region: "华北", share: "25%", threshold: "25%" });
    expect(render(splitWarehouse, hits[1].params)).toBe(
      "华北 brings 25% of orders (split-warehouse share: 25%) but has no Warehouse: consider a split warehouse in 华北 to deliver faster."
    );
    expect(render(splitWarehouse, hits[1].params, "zh-CN")).toBe(
      "华北贡献了 25% 的订单（分仓订单占比：25%），但没有填写仓库：建议在华北设分仓，缩短配送时间。"
    );
  });

  it("leaves regions below the share alone, and follows the setting", () => {
    const regions = [{ region: "East China", ordersShare: 0.249 }];
    expect(hitsOf(splitWarehouse, planOf({ regions }))).toEqual([]);
    expect(
      hitsOf(splitWarehouse, planOf({ regions, settings: { splitWarehouseShare: 0.2 } })).map(
        (h) => h.address
      )
    ).toEqual(["Regions!E2"]);
  });

  it("matches warehouse and region names loosely", () => {
    expect(warehouseServesRegion("华东仓", "华东")).toBe(true);
    expect(warehouseServesRegion("华东分仓", "华东地区")).toBe(true);
    expect(warehouseServesRegion("广东", "广东省")).toBe(true);
    expect(warehouseServesRegion("上海仓库", "上海市")).toBe(true);
    expect(warehouseServesRegion("广西仓", "广西壮族自治区")).toBe(true);
    expect(warehouseServesRegion("East China Warehouse", "east  china")).toBe(true);
    expect(warehouseServesRegion("Shanghai Pudong DC", "Shanghai")).toBe(true);
    expect(warehouseServesRegion("ＳＨＡＮＧＨＡＩ", "shanghai")).toBe(true);
    expect(warehouseServesRegion("华东仓", "华南")).toBe(false);
    expect(warehouseServesRegion("North China DC", "South China")).toBe(false);
    expect(warehouseServesRegion("Hudson", "Shanghai")).toBe(false);
  });

  it("exposes the predicate", () => {
    expect(splitWarehouseBreach(0.25, 0.25, undefined, "华北")).toBe(true);
    expect(splitWarehouseBreach(0.25, 0.25, "  ", "华北")).toBe(true);
    expect(splitWarehouseBreach(0.25, 0.25, "华北仓", "华北")).toBe(false);
    expect(splitWarehouseBreach(0.24, 0.25, null, "华北")).toBe(false);
  });
});
