import { computeColumns } from "../../src/core/compute";
import { splitWarehouse } from "../../src/core/rules/splitWarehouse";
import { LOCAL_DELIVERY_DAYS, warehousingSummary } from "../../src/core/warehousing";
import { addressesOf, planOf } from "./fixtures";

/** The sample's regions: warehouses in 华南 and 华北; 华东 brings 34 % of orders from the 华南 warehouse. */
const regions = [
  { region: "华东", ordersShare: 0.34, warehouse: "华南", deliveryDays: 2.5 },
  { region: "华南", ordersShare: 0.22, warehouse: "华南仓", deliveryDays: 1.2 },
  { region: "华北", ordersShare: 0.17, warehouse: "华北", deliveryDays: 1.5 },
  { region: "华中", ordersShare: 0.1, warehouse: "华南", deliveryDays: 2 },
  { region: "西南", ordersShare: 0.09, warehouse: "华南", deliveryDays: 2.8 },
  { region: "西北", ordersShare: 0.04, deliveryDays: 3.6 },
  { region: "东北", ordersShare: 0.04, warehouse: "华北" },
];

describe("warehousingSummary", () => {
  const plan = planOf({ regions });
  const s = warehousingSummary(plan, { lang: "zh-CN" });
  const byName = (name: string) => s.regions.find((r) => r.region === name)!;

  it("lists the regions by share of orders, largest first, and which are served locally", () => {
    expect(s.regions.map((r) => [r.region, r.share, r.servedLocally])).toEqual([
      ["华东", 0.34, false],
      ["华南", 0.22, true],
      ["华北", 0.17, true],
      ["华中", 0.1, false],
      ["西南", 0.09, false],
      ["西北", 0.04, false],
      ["东北", 0.04, false],
    ]);
    expect(s.shareTotal).toBeCloseTo(1, 12);
    expect(s.notLocalShare).toBeCloseTo(0.34 + 0.1 + 0.09 + 0.04 + 0.04, 12);
  });

  it("suggests a split warehouse exactly where SPLIT_WAREHOUSE points, on the same cell", () => {
    expect(s.regions.filter((r) => r.suggested).map((r) => r.region)).toEqual(["华东"]);
    const cell = byName("华东").suggestionCell;
    expect([`${cell.sheet}!${cell.column}${cell.row}`]).toEqual(addressesOf(splitWarehouse, plan));
    expect(byName("华东").suggestion).toBe("建议在华东设分仓");
    expect(byName("华中").suggestion).toBe("");
  });

  it("writes the same Suggestion text as the template's computed column, in both languages", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const computed = computeColumns({ regions }, { lang }).sheets.regions ?? [];
      const ours = warehousingSummary(plan, { lang });
      expect(computed).toHaveLength(7);
      for (const row of computed)
        expect(ours.regions.find((r) => r.region === row.region)?.suggestion).toBe(row.suggestion);
      expect(computed.filter((r) => r.suggestion !== "")).toHaveLength(1);
    }
  });

  it("counts the delivery days a local warehouse saves: Delivery days − 1, weighted by share", () => {
    expect(LOCAL_DELIVERY_DAYS).toBe(1);
    expect(byName("华东").daysSaved).toBeCloseTo(1.5, 12);
    expect(byName("华东").weightedDaysSaved).toBeCloseTo(0.51, 12);
    expect(byName("华南").daysSaved).toBe(0);
    expect(byName("东北").daysSaved).toBeNull();
    expect(s.daysSavedBySuggested).toBeCloseTo(0.51, 12);
    expect(s.daysSavedIfAllLocal).toBeCloseTo(0.51 + 0.1 * 1 + 0.09 * 1.8 + 0.04 * 2.6, 12);
    // Mean over the regions with Delivery days: Σ share × days / Σ share.
    const w = [0.34 * 2.5, 0.22 * 1.2, 0.17 * 1.5, 0.1 * 2, 0.09 * 2.8, 0.04 * 3.6].reduce(
      (a, b) => a + b,
      0
    );
    expect(s.meanDeliveryDays).toBeCloseTo(w / 0.96, 12);
  });

  it("never counts negative savings for a remote region that already delivers within a day", () => {
    const r = warehousingSummary(
      planOf({
        regions: [{ region: "上海", ordersShare: 0.3, warehouse: "苏州", deliveryDays: 0.8 }],
      }),
      { lang: "en" }
    );
    expect(r.regions[0].daysSaved).toBe(0);
    expect(r.regions[0].suggested).toBe(true);
  });

  it("explains each region in a sentence, and sums up", () => {
    expect(byName("华东").detail).toBe(
      "华东贡献了 34% 的订单（分仓订单占比：25%），从“华南”发货需 2.5 天送达：在华东设仓约 1 天可达，快 1.5 天。"
    );
    expect(byName("华南").detail).toBe("华南（订单占比 22%）由本地仓库“华南仓”发货。");
    expect(byName("西北").detail).toBe(
      "西北（订单占比 4%）从未填写的仓库发货，需 3.6 天送达，低于分仓订单占比 25%。"
    );
    expect(s.message).toBe(
      "61% 的订单来自没有本地仓库的地区。按建议设分仓，平均每单可少等 0.51 天（所有地区都设仓则少等 0.88 天）。"
    );
    const en = warehousingSummary(plan, { lang: "en" });
    expect(en.regions[0].detail).toBe(
      '华东 brings 34% of orders (split-warehouse share: 25%) and waits 2.5 days for delivery from "华南": a warehouse in 华东 would deliver in about 1 day, 1.5 days sooner.'
    );
    expect(en.regions.find((r) => r.region === "东北")?.detail).toBe(
      '东北 (4% of orders) ships from "华北", below the split-warehouse share of 25%.'
    );
    expect(en.message).toBe(
      "61% of orders come from regions without a warehouse of their own. The suggested split warehouses would save 0.51 delivery days per order on average (0.88 if every region had its own)."
    );
  });

  it("suggests for a large region without a warehouse (no Delivery days: no saving counted)", () => {
    const r = warehousingSummary(
      planOf({
        regions: [{ region: "Jiangsu", ordersShare: 0.4 }],
        settings: { splitWarehouseShare: 0.4 },
      }),
      { lang: "en" }
    );
    expect(r.regions[0]).toMatchObject({
      suggested: true,
      servedLocally: false,
      daysSaved: null,
      suggestion: "Open a split warehouse in Jiangsu",
    });
    expect(r.regions[0].detail).toBe(
      "Jiangsu brings 40% of orders (split-warehouse share: 40%) but ships from no named warehouse: open a split warehouse in Jiangsu."
    );
    expect(r.daysSavedBySuggested).toBe(0);
    expect(r.meanDeliveryDays).toBeNull();
  });
});
