import { hitKeys, hitsOf, read, sheet } from "./helpers";

const HEADER = [
  "Date",
  "SKU",
  "Platform",
  "Visitors",
  "Buyers",
  "Units",
  "Revenue",
  "Refunds",
  "Ad spend",
];
const PRODUCTS = sheet("Products", [
  ["SKU", "Tier", "List price"],
  ["A1", "hero", 100],
]);

describe("the Sales sheet (销售)", () => {
  test("reads one row per SKU, platform and day, forgivingly (Chinese headers, text numbers, text dates)", () => {
    const plan = read(
      PRODUCTS,
      sheet("销售", [
        [
          "日期",
          "SKU",
          "平台",
          "访客数",
          "支付买家数",
          "支付件数",
          "支付金额",
          "退款金额",
          "推广花费",
        ],
        ["2027-06-18", " A1 ", "天猫", "1,200", 30, "32", "¥3,200", "", 150],
        [46557, "A1", "JD", "", "", 5, 500, 0, ""],
      ])
    );
    expect(plan.readHits).toEqual([]);
    expect(plan.sheetNames.sales).toBe("销售");
    expect(plan.sales.map((r) => r.v)).toEqual([
      {
        date: 46556,
        sku: "A1",
        platform: "Tmall",
        visitors: 1200,
        buyers: 30,
        units: 32,
        revenue: 3200,
        refunds: undefined,
        adSpend: 150,
      },
      {
        date: 46557,
        sku: "A1",
        platform: "JD",
        visitors: undefined,
        buyers: undefined,
        units: 5,
        revenue: 500,
        refunds: 0,
        adSpend: undefined,
      },
    ]);
  });

  test("a day twice (the same SKU, platform and date) is DQ_DUPLICATE_DAY on the later row's Date", () => {
    const plan = read(
      PRODUCTS,
      sheet("Sales", [
        HEADER,
        [46556, "A1", "Tmall", 100, 3, 3, 300],
        [46556, "A1", "JD", 100, 3, 3, 300],
        ["2027-06-18", "A1", "tmall", 90, 2, 2, 200],
      ])
    );
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_DUPLICATE_DAY",
        address: "Sales!A4",
        params: { sku: "A1", platform: "Tmall", value: "2027-06-18", firstRow: 2 },
        related: ["Sales!A2"],
        sku: "A1",
      },
    ]);
    expect(plan.sales.map((r) => r.row)).toEqual([2, 3]);
  });

  test("negative refunds are DQ_NEGATIVE; revenue on a day of 0 units is DQ_REVENUE_WITHOUT_UNITS on Units", () => {
    const plan = read(
      PRODUCTS,
      sheet("Sales", [
        HEADER,
        [46556, "A1", "Tmall", 100, 3, 3, 300, -20],
        [46557, "A1", "Tmall", 100, 0, 0, 300],
        [46558, "A1", "Tmall", 100, 0, 0, 0],
      ])
    );
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_NEGATIVE",
        address: "Sales!H2",
        params: { column: "Refunds", value: "-20" },
        related: [],
        sku: "A1",
      },
      {
        rule: "DQ_REVENUE_WITHOUT_UNITS",
        address: "Sales!F3",
        params: { column: "Units", revenueColumn: "Revenue", revenue: "300" },
        related: [],
        sku: "A1",
      },
    ]);
    // A day without sales and without revenue is a day, not bad data.
    expect(plan.sales.map((r) => r.row)).toEqual([4]);
  });

  test("an unknown SKU is DQ_UNKNOWN_SKU; blank key cells are DQ_MISSING_VALUE; a missing key column names it", () => {
    const plan = read(
      PRODUCTS,
      sheet("Sales", [
        HEADER,
        [46556, "KA-1O", "Tmall", 1, 1, 1, 10],
        [46556, "A1", "Tmall", 1, 1, "", 10],
      ])
    );
    expect(hitKeys(plan)).toEqual(["DQ_MISSING_VALUE@Sales!F3", "DQ_UNKNOWN_SKU@Sales!B2"]);
    expect(plan.sales).toEqual([]);
    const noUnits = read(
      sheet("Sales", [HEADER.filter((h) => h !== "Units"), [46556, "A1", "Tmall", 1, 1, 10]])
    );
    expect(hitsOf(noUnits)).toMatchObject([
      { rule: "DQ_MISSING_COLUMN", address: "Sales!A1", params: { missing: "Units" } },
    ]);
  });
});
