/** The Service, Market and Competitors sheets are read as forgivingly as every plan sheet, with the same DQ_ findings. */
import { translator } from "../../../src/core/i18n";
import "../../../src/core/rules/dataQuality"; // registers the DQ messages
import { hitsOf, read, sheet } from "./helpers";

describe("Service (客服)", () => {
  test("read in 简体中文, with title rows, text numbers and dates; shift and platform optional", () => {
    const plan = read(
      sheet("客服", [
        ["客服转化记录"],
        ["日期", "客服", "班次", "平台", "询单人数", "询单成交人数", "销售额"],
        ["2027年3月1日", " 小美 ", "白班", "天猫", "1,200", 380, "¥98,000"],
        [46083, "大伟", null, null, 40, 9, null],
      ])
    );
    expect(plan.readHits).toEqual([]);
    expect(
      plan.service.map((r) => [r.row, r.v.agent, r.v.shift, r.v.platform, r.v.inquiries])
    ).toEqual([
      [3, "小美", "白班", "Tmall", 1200],
      [4, "大伟", undefined, undefined, 40],
    ]);
  });

  test("bad cells are findings on the cell, and their rows are left out", () => {
    const plan = read(
      sheet("Service", [
        ["Date", "Agent", "Shift", "Inquiries", "Buyers"],
        ["2027-03-01", "A", "Day", "ten", 3],
        ["2027-03-01", "B", "Day", -5, 3],
        ["2027-03-01", "", "Day", 50, 3],
        ["6/7/2027", "C", "Day", 50, 3],
        ["2027-03-01", "D", "Day", 50, "#N/A"],
        ["2027-03-01", "E", "Night", 50, 4],
      ])
    );
    expect(hitsOf(plan).map((h) => `${h.rule} ${h.address}`)).toEqual([
      "DQ_NOT_A_NUMBER Service!D2",
      "DQ_NEGATIVE Service!D3",
      "DQ_MISSING_VALUE Service!B4",
      "DQ_AMBIGUOUS_DATE Service!A5",
      "DQ_ERROR_VALUE Service!E6",
    ]);
    expect(plan.service.map((r) => r.v.agent)).toEqual(["E"]);
  });

  test("a key column missing: DQ_MISSING_COLUMN naming it, no rows", () => {
    const plan = read(
      sheet("Service", [
        ["Date", "Agent", "Inquiries"],
        ["2027-03-01", "A", 5],
      ])
    );
    expect(hitsOf(plan).map((h) => [h.rule, h.address])).toEqual([
      ["DQ_MISSING_COLUMN", "Service!A1"],
    ]);
    expect(plan.service).toEqual([]);
  });
});

describe("contradicting cells: a finding on the cell, never a silent rate or band", () => {
  const plan = read(
    sheet("Service", [
      ["Date", "Agent", "Shift", "Inquiries", "Buyers"],
      ["2027-03-01", "A", "Day", 50, 51],
      ["2027-03-01", "B", "Day", 50, 50],
      ["2027-03-02", "C", "Night", 0, 1],
    ]),
    sheet("市场", [
      ["月份", "类目", "价格带起", "价格带止", "市场销量", "市场销售额"],
      ["2027-03", "厨房小电", 300, 199, 10, 2500],
      ["2027-03", "厨房小电", 200, 200, 10, 2000],
      ["2027-03", "厨房小电", 100, 199.5, 10, 1500],
    ])
  );

  test("Buyers above Inquiries: DQ_BUYERS_OVER_INQUIRIES on Buyers; Price to below Price from: DQ_BAND_ORDER on Price to", () => {
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_BUYERS_OVER_INQUIRIES",
        address: "Service!E2",
        params: { column: "Buyers", value: "51", inquiriesColumn: "Inquiries", inquiries: "50" },
        related: ["Service!D2"],
      },
      {
        rule: "DQ_BUYERS_OVER_INQUIRIES",
        address: "Service!E4",
        params: { column: "Buyers", value: "1", inquiriesColumn: "Inquiries", inquiries: "0" },
        related: ["Service!D4"],
      },
      {
        rule: "DQ_BAND_ORDER",
        address: "市场!D2",
        params: { column: "价格带止", value: "199", fromColumn: "价格带起", from: "300" },
        related: ["市场!C2"],
      },
    ]);
    // Their rows are left out: equal is fine (every inquirer bought; a one-price band).
    expect(plan.service.map((r) => r.v.agent)).toEqual(["B"]);
    expect(plan.market.map((r) => r.row)).toEqual([3, 4]);
  });

  test("the messages name both cells' values and say how to fix them (en, zh-CN)", () => {
    const [buyers, , band] = hitsOf(plan);
    const en = translator("en");
    const zh = translator("zh-CN");
    expect(en(`rules:${buyers.rule}`, buyers.params)).toBe(
      "Buyers 51 is more than Inquiries 50: buyers are counted among those who inquired, so the conversion would be over 100 %. Correct either cell."
    );
    expect(zh(`rules:${buyers.rule}`, buyers.params)).toBe(
      "Buyers 51 大于 Inquiries 50：成交人数是询单人数中的一部分，否则转化率会超过 100%。请更正其中一格。"
    );
    expect(en(`rules:${band.rule}`, band.params)).toBe(
      "价格带止 199 is below 价格带起 300: no price falls in this band. Swap or correct the two bounds."
    );
    expect(zh(`rules:${band.rule}`, band.params)).toBe(
      "价格带止 199 低于 价格带起 300：没有价格能落在这个价格带里。请对调或更正两个边界。"
    );
  });
});

describe("Market (市场)", () => {
  test("months typed any way read as their first day; store columns optional", () => {
    const plan = read(
      sheet("市场", [
        ["月份", "类目", "价格带起", "价格带止", "市场销量", "市场销售额", "本店销量"],
        ["2027年3月", "厨房小电", 100, 199, "13.3万", "1,980,000", 160],
        ["2027-04-18", "厨房小电", 100, 199, 120000, 1800000, null],
        ["spring", "厨房小电", 100, 199, 1, 1, null],
      ])
    );
    expect(plan.market.map((r) => [r.v.month, r.v.marketUnits, r.v.storeUnits])).toEqual([
      [46447, 133000, 160],
      [46478, 120000, undefined],
    ]);
    expect(hitsOf(plan).map((h) => `${h.rule} ${h.address}`)).toEqual(["DQ_NOT_A_DATE 市场!A4"]);
  });
});

describe("Competitors (竞品)", () => {
  test("an SKU not on Products is DQ_UNKNOWN_SKU, like Promotions and Prices", () => {
    const plan = read(
      sheet("Products", [
        ["SKU", "Tier", "List price"],
        ["KA-1", "hero", 100],
      ]),
      sheet("Competitors", [
        ["Our SKU", "Competitor", "Product", "Price", "Monthly sales"],
        ["KA-1", "Midea", "Fryer 6L", 89, "1.2万"],
        ["KA-1O", "Bear", "Fryer 5L", 79, null],
      ])
    );
    expect(hitsOf(plan).map((h) => `${h.rule} ${h.address}`)).toEqual([
      "DQ_UNKNOWN_SKU Competitors!A3",
    ]);
    expect(plan.competitors.map((r) => [r.v.competitor, r.v.monthlySales])).toEqual([
      ["Midea", 12000],
    ]);
  });
});
