import { d } from "../fixtures";
import {
  hitKeys,
  hitsOf,
  PRICES_HEADER,
  PRODUCTS_HEADER,
  PROMOTIONS_HEADER,
  read,
  sheet,
} from "./helpers";

const P = PRODUCTS_HEADER;

describe("DQ_MISSING_COLUMN", () => {
  test("a key column missing: one finding on the header row's first cell, no rows read", () => {
    const plan = read(
      sheet("Promotions", [
        ["Plan of promotions"],
        ["", "SKU", "Platform", "Start", "Promo price", "Notes"],
        ["", "A1", "Tmall", 46556, "abc"],
        ["", "A2", "Tmall", 46556, 10],
      ])
    );
    expect(plan.promotions).toEqual([]);
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_MISSING_COLUMN",
        address: "Promotions!B2",
        params: { sheet: "Promotions", missing: "End" },
        related: [],
      },
    ]);
  });

  test("several missing: all named; the row with most key headers is the header", () => {
    const plan = read(sheet("Budget", [["Channel"], ["Channel", "Amount?"], ["x"]]));
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_MISSING_COLUMN",
        address: "Budget!A1",
        params: { sheet: "Budget", missing: "Amount" },
        related: [],
      },
    ]);
    const two = read(
      sheet("Products", [
        ["SKU", "Name"],
        ["A1", "x"],
      ])
    );
    expect(hitsOf(two)[0].params).toEqual({ sheet: "Products", missing: "Tier, List price" });
  });

  test("no key header at all: on the sheet's first cell (firstRow / firstCol)", () => {
    const plan = read(
      sheet(
        "Daily",
        [
          ["Day", "Shop", "UV"],
          [46556, "Tmall", 5],
        ],
        3,
        2
      )
    );
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_MISSING_COLUMN",
        address: "Daily!B3",
        params: { sheet: "Daily", missing: "Date, Platform, Visitors, Ad spend" },
        related: [],
      },
    ]);
    expect(plan.daily).toEqual([]);
  });

  test("no key header and an empty first row: on the first cell holding a value", () => {
    const plan = read(sheet("Daily", [[], [null, "Day", "Shop"], [null, 46556, "Tmall"]]));
    expect(hitsOf(plan).map((h) => h.address)).toEqual(["Daily!B2"]);
  });

  test("a sheet name needing quotes is quoted in the address", () => {
    const plan = read(sheet(" Products ", [["SKU"]]));
    expect(hitsOf(plan)[0].address).toBe("' Products '!A1");
  });
});

describe("cell findings point at the offending cell and carry the row's SKU", () => {
  const plan = read(
    sheet("Products", [
      P,
      ["", "no sku", "", "hero", 10],
      ["A2", "", "", "", 10],
      ["A3", "", "", "hero", "ten"],
      ["A4", "", "", "hero", -10],
      ["A5", "", "", "superhero", 10],
      ["A6", "", "", "hero", { error: "#N/A" }],
      ["A7", "", "", "hero", "#N/A"],
      [
        "A8",
        "",
        "",
        "hero",
        10,
        "",
        "",
        -1,
        "6/7/2027",
        "2027-02-30",
        "soon",
        "Tmall, Kuaishou, 快手",
      ],
      ["A9", "", "", "hero", 10, "", "", "", "", "", "", "Tmall"],
    ])
  );

  test("the addresses", () => {
    expect(hitKeys(plan)).toEqual(
      [
        "DQ_MISSING_VALUE@Products!A2",
        "DQ_MISSING_VALUE@Products!D3",
        "DQ_NOT_A_NUMBER@Products!E4",
        "DQ_NEGATIVE@Products!E5",
        "DQ_UNKNOWN_VALUE@Products!D6",
        "DQ_ERROR_VALUE@Products!E7",
        "DQ_ERROR_VALUE@Products!E8",
        "DQ_NEGATIVE@Products!H9",
        "DQ_AMBIGUOUS_DATE@Products!I9",
        "DQ_NOT_A_DATE@Products!J9",
        "DQ_NOT_A_DATE@Products!K9",
        "DQ_UNKNOWN_VALUE@Products!L9",
      ].sort()
    );
  });

  test("rows with a finding are left out", () => {
    expect(plan.products.map((r) => r.v.sku)).toEqual(["A9"]);
  });

  test("params name the column and the value; sku is set", () => {
    const hits = hitsOf(plan);
    const at = (a: string) => hits.find((h) => h.address === `Products!${a}`);
    expect(at("A2")).toEqual({
      rule: "DQ_MISSING_VALUE",
      address: "Products!A2",
      params: { column: "SKU" },
      related: [],
    });
    expect(at("D3")).toMatchObject({ params: { column: "Tier" }, sku: "A2" });
    expect(at("E4")).toMatchObject({ params: { column: "List price", value: "ten" }, sku: "A3" });
    expect(at("E5")).toMatchObject({ params: { column: "List price", value: "-10" }, sku: "A4" });
    expect(at("D6")).toMatchObject({
      params: { column: "Tier", value: "superhero", list: "Tier", listsSheet: "Lists" },
      sku: "A5",
    });
    expect(at("E7")).toMatchObject({ params: { column: "List price", value: "#N/A" }, sku: "A6" });
    expect(at("E8")).toMatchObject({ params: { column: "List price", value: "#N/A" }, sku: "A7" });
    expect(at("I9")).toMatchObject({
      rule: "DQ_AMBIGUOUS_DATE",
      params: {
        column: "Launch date",
        value: "6/7/2027",
        dayFirst: "2027-07-06",
        monthFirst: "2027-06-07",
      },
      sku: "A8",
    });
    expect(at("J9")).toMatchObject({ params: { column: "Presale start", value: "2027-02-30" } });
    expect(at("L9")).toMatchObject({
      params: {
        column: "Platforms",
        value: "Kuaishou, 快手",
        list: "Platform",
        listsSheet: "Lists",
      },
    });
  });
});

describe("error values in any read cell", () => {
  test("text, list, date and number cells; error objects and error text", () => {
    const plan = read(
      sheet("Promotions", [
        PROMOTIONS_HEADER,
        [
          { error: "#REF!" },
          "#VALUE!",
          "#NULL!",
          { error: "#N/A" },
          " #div/0! ",
          "",
          "#NUM!",
          "",
          "",
          "",
          "",
        ],
      ])
    );
    expect(hitsOf(plan).map((h) => [h.rule, h.address, h.params?.value])).toEqual([
      ["DQ_ERROR_VALUE", "Promotions!A2", "#REF!"],
      ["DQ_ERROR_VALUE", "Promotions!B2", "#VALUE!"],
      ["DQ_ERROR_VALUE", "Promotions!C2", "#NULL!"],
      ["DQ_ERROR_VALUE", "Promotions!D2", "#N/A"],
      ["DQ_ERROR_VALUE", "Promotions!E2", "#DIV/0!"],
      ["DQ_ERROR_VALUE", "Promotions!G2", "#NUM!"],
    ]);
  });

  test("text that merely starts with # is text", () => {
    const plan = read(sheet("Prices", [PRICES_HEADER, ["#1 seller", "Tmall", 10, 46556]]));
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.prices[0].v.sku).toBe("#1 seller");
  });
});

describe("DQ_NEGATIVE", () => {
  test("amounts, prices and counts; zero is fine; percent columns too", () => {
    const plan = read(
      sheet("Budget", [
        ["Channel", "Amount", "Expected conversion"],
        ["Coupons", 0, 0],
        ["Coupons", "-¥500", "3%"],
        ["Coupons", 100, -0.02],
      ]),
      sheet("Daily", [
        ["Date", "Platform", "Visitors", "Ad spend"],
        [46556, "Tmall", -1, -0.01],
      ])
    );
    expect(hitKeys(plan)).toEqual([
      "DQ_NEGATIVE@Budget!B3",
      "DQ_NEGATIVE@Budget!C4",
      "DQ_NEGATIVE@Daily!C2",
      "DQ_NEGATIVE@Daily!D2",
    ]);
    expect(plan.budget.map((r) => r.row)).toEqual([2]);
  });
});

describe("DQ_UNKNOWN_VALUE", () => {
  test("platform, channel and tier lists, case-insensitive, English or Chinese", () => {
    const plan = read(
      sheet("Prices", [PRICES_HEADER, ["A1", "TMALL", 10, 46556], ["A1", "Amazon", 10, 46556]]),
      sheet("Daily", [
        ["Date", "Platform", "Channel", "Visitors", "Ad spend"],
        [46556, "京东", "直通车", 1, 1],
        [46556, "JD", "SEO", 1, 1],
      ])
    );
    expect(hitKeys(plan)).toEqual(["DQ_UNKNOWN_VALUE@Daily!C3", "DQ_UNKNOWN_VALUE@Prices!B3"]);
    expect(plan.daily[0].v).toMatchObject({ platform: "JD", channel: "CPC search ads" });
    const params = (address: string) => hitsOf(plan).find((h) => h.address === address)?.params;
    expect(params("Daily!C3")).toEqual({
      column: "Channel",
      value: "SEO",
      list: "Channel",
      listsSheet: "Lists",
    });
    expect(params("Prices!B3")).toEqual({
      column: "Platform",
      value: "Amazon",
      list: "Platform",
      listsSheet: "Lists",
    });
  });

  test("the list is named as the workbook's Lists sheet names it, else in the sheet's language", () => {
    const plan = read(
      sheet("列表", [["平台"], ["天猫"]]),
      sheet("价格", [
        ["SKU", "平台", "价格", "生效日期"],
        ["A1", "京东", 10, 46556],
      ])
    );
    expect(hitsOf(plan)[0].params).toEqual({
      column: "平台",
      value: "京东",
      list: "平台",
      listsSheet: "列表",
    });
    const zh = read(
      sheet("日报", [
        ["日期", "平台", "渠道", "访客数", "推广花费"],
        [46556, "天猫", "SEO", 1, 1],
      ])
    );
    expect(hitsOf(zh)[0].params).toEqual({
      column: "渠道",
      value: "SEO",
      list: "渠道",
      listsSheet: "列表",
    });
  });

  test("Calendar Kind: festival / 节日 / 節日, logistics shutdown / shutdown / 物流停运 / 物流停運, past festival / 往年节日", () => {
    const kinds = [
      "festival",
      "节日",
      "節日",
      "Logistics Shutdown",
      "shutdown",
      "物流停运",
      "物流停運",
      "holiday",
      "Past Festival",
      "往年节日",
    ];
    const plan = read(
      sheet("Calendar", [
        ["Event", "From", "To", "Kind"],
        ...kinds.map((k) => ["e", 46556, 46557, k]),
      ])
    );
    expect(plan.calendar.map((r) => r.v.kind)).toEqual([
      "festival",
      "festival",
      "festival",
      "shutdown",
      "shutdown",
      "shutdown",
      "shutdown",
      "past",
      "past",
    ]);
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_UNKNOWN_VALUE",
        address: "Calendar!D9",
        params: {
          column: "Kind",
          value: "holiday",
          allowed: "festival, logistics shutdown, past festival",
          context: "choice",
        },
        related: [],
      },
    ]);
    const zh = read(
      sheet("日历", [
        ["节点", "开始日期", "结束日期", "类型"],
        ["e", 46556, 46557, "假期"],
      ])
    );
    expect(hitsOf(zh)[0].params).toMatchObject({
      allowed: "节日, 物流停运, 往年节日",
      context: "choice",
    });
  });

  test("Waivers Rule must be a rule id", () => {
    const plan = read(
      sheet("Waivers", [
        ["Rule", "Cell or SKU", "Reason"],
        ["DQ_UNKNOWN_SKU", "A1", "ok"],
        [" below-floor ", "A1", "ok"],
        ["TOO_CHEAP", "A1", "no such rule"],
      ])
    );
    expect(plan.waivers.map((r) => r.v.rule)).toEqual(["DQ_UNKNOWN_SKU", "BELOW_FLOOR"]);
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_UNKNOWN_VALUE",
        address: "Waivers!A4",
        params: { column: "Rule", value: "TOO_CHEAP", context: "rule" },
        related: [],
      },
    ]);
  });
});

describe("integrity across rows", () => {
  test("DQ_DUPLICATE_SKU: second and later occurrences, related to the first", () => {
    const plan = read(
      sheet("Products", [
        ["SKU", "Tier", "List price"],
        ["A1", "hero", 10],
        ["A2", "hero", 10],
        [" A1 ", "hero", 12],
        ["a1", "hero", 12],
        ["A1", "hero", "bad"],
      ])
    );
    expect(hitsOf(plan, "DQ_DUPLICATE_SKU")).toEqual([
      {
        rule: "DQ_DUPLICATE_SKU",
        address: "Products!A4",
        params: { column: "SKU", value: "A1", firstRow: 2 },
        related: ["Products!A2"],
        sku: "A1",
      },
      {
        rule: "DQ_DUPLICATE_SKU",
        address: "Products!A6",
        params: { column: "SKU", value: "A1", firstRow: 2 },
        related: ["Products!A2"],
        sku: "A1",
      },
    ]);
    // SKUs compare exactly: a1 is another product.
    expect(plan.products.map((r) => r.v.sku)).toEqual(["A1", "A2", "a1"]);
  });

  test("DQ_UNKNOWN_SKU: Promotions and Prices SKUs not in Products", () => {
    const plan = read(
      sheet("Products", [
        ["SKU", "Tier", "List price"],
        ["A1", "hero", 10],
        ["B1", "nope", 10],
      ]),
      sheet("Promotions", [
        PROMOTIONS_HEADER,
        ["A1", "Tmall", "", 46556, 46556, "", 9],
        ["Z9", "Tmall", "", 46556, 46556, "", 9],
      ]),
      sheet("Prices", [PRICES_HEADER, ["B1", "Tmall", 10, 46556], ["Z8", "Tmall", 10, 46556]])
    );
    expect(hitsOf(plan, "DQ_UNKNOWN_SKU")).toEqual([
      {
        rule: "DQ_UNKNOWN_SKU",
        address: "Promotions!A3",
        params: { column: "SKU", value: "Z9", productsSheet: "Products" },
        related: [],
        sku: "Z9",
      },
      {
        rule: "DQ_UNKNOWN_SKU",
        address: "Prices!A3",
        params: { column: "SKU", value: "Z8", productsSheet: "Products" },
        related: [],
        sku: "Z8",
      },
    ]);
    // B1 is on Products (its row is left out for its own finding), so its price is no unknown SKU.
    expect(plan.prices.map((r) => r.v.sku)).toEqual(["B1"]);
    expect(plan.promotions.map((r) => r.v.sku)).toEqual(["A1"]);
  });

  test("without a Products sheet (or without a readable one) no SKU is unknown", () => {
    const promos = sheet("Promotions", [
      PROMOTIONS_HEADER,
      ["Z9", "Tmall", "", 46556, 46556, "", 9],
    ]);
    expect(hitKeys(read(promos))).toEqual([]);
    expect(hitKeys(read(sheet("Products", [["SKU", "Name"]]), promos))).toEqual([
      "DQ_MISSING_COLUMN@Products!A1",
    ]);
  });

  test("DQ_DATE_ORDER: End before Start on End, To before From on To; the same day is fine", () => {
    const plan = read(
      sheet("Promotions", [
        PROMOTIONS_HEADER,
        ["A1", "Tmall", "", "2027-06-18", "2027-06-16", "", 9],
        ["A1", "Tmall", "", "2027-06-18", "2027-06-18", "", 9],
      ]),
      sheet("Calendar", [
        ["Event", "From", "To"],
        ["618", "2027-06-20", "2027-06-01"],
      ])
    );
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_DATE_ORDER",
        address: "Promotions!E2",
        params: { column: "End", value: "2027-06-16", startColumn: "Start", start: "2027-06-18" },
        related: ["Promotions!D2"],
        sku: "A1",
      },
      {
        rule: "DQ_DATE_ORDER",
        address: "Calendar!C2",
        params: { column: "To", value: "2027-06-01", startColumn: "From", start: "2027-06-20" },
        related: ["Calendar!B2"],
      },
    ]);
    expect(plan.promotions.map((r) => r.row)).toEqual([3]);
    expect(plan.calendar).toEqual([]);
    expect(d("2027-06-18")).toBe(plan.promotions[0].v.start);
  });
});
