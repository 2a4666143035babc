import { hasPlanSheet, identifySheet, readPlan } from "../../../src/core/read/readPlan";
import { d } from "../fixtures";
import {
  hitKeys,
  hitsOf,
  PRICES_HEADER,
  PRODUCTS_HEADER,
  PROMOTIONS_HEADER,
  read,
  sheet,
  TODAY,
} from "./helpers";

describe("identifySheet", () => {
  test.each([
    ["Products", "products"],
    ["产品", "products"],
    ["產品", "products"],
    [" products ", "products"],
    ["PROMOTIONS", "promotions"],
    ["Ｐｒｉｃｅｓ", "prices"],
    ["活动", "promotions"],
    ["活動", "promotions"],
    ["价格", "prices"],
    ["預算", "budget"],
    ["日报", "daily"],
    ["日報", "daily"],
    ["地区", "regions"],
    ["豁免", "waivers"],
    ["日曆", "calendar"],
    ["设置", "settings"],
    ["設定", "settings"],
    ["列表", "lists"],
    ["Time line", "timeline"],
    ["看板", "dashboard"],
    ["检查结果", "findings"],
  ])("%s → %s", (name, id) => {
    expect(identifySheet(name)).toBe(id);
  });

  test("unknown names", () => {
    expect(identifySheet("Sheet1")).toBeUndefined();
    expect(identifySheet("Products 2027")).toBeUndefined();
    expect(identifySheet("")).toBeUndefined();
  });
});

describe("hasPlanSheet", () => {
  test("any of Products, Promotions, Prices, Budget, Daily, Regions", () => {
    for (const name of ["Products", "活动", "價格", "Budget", "日报", "Regions"]) {
      expect(
        hasPlanSheet({
          sheets: [
            { name: "Sheet1", rows: [] },
            { name, rows: [] },
          ],
        })
      ).toBe(true);
    }
  });
  test("Settings, Lists, Waivers, Calendar or Findings alone are not a plan", () => {
    const names = [
      "Settings",
      "Lists",
      "Waivers",
      "Calendar",
      "Findings",
      "Timeline",
      "Dashboard",
      "Sheet1",
    ];
    expect(hasPlanSheet({ sheets: names.map((name) => ({ name, rows: [] })) })).toBe(false);
    expect(hasPlanSheet({ sheets: [] })).toBe(false);
  });
});

describe("a clean English workbook", () => {
  const plan = read(
    sheet("Products", [
      PRODUCTS_HEADER,
      [
        "A1",
        "Face cream",
        "Beauty",
        "hero",
        199,
        149,
        60,
        1200,
        "2027-03-01",
        undefined,
        "2027-02-15",
        "Tmall, JD",
        "Li",
        "=formula result",
      ],
      [
        "A2",
        "Lotion",
        "",
        "首发",
        "¥99",
        "",
        "",
        "",
        46556,
        46540,
        new Date(Date.UTC(2027, 5, 1)),
        "天猫、京东；抖音",
        "",
        "",
      ],
    ]),
    sheet("Promotions", [
      PROMOTIONS_HEADER,
      [
        "A1",
        "Tmall",
        "618",
        "2027-06-16",
        "2027-06-18",
        { error: "#NAME?" },
        159,
        10,
        199,
        300,
        "#NAME?",
      ],
    ]),
    sheet("Prices", [PRICES_HEADER, ["A1", "jd", 189, "2027-05-01", ""]]),
    sheet("Budget", [
      [
        "Channel",
        "Amount",
        "Min",
        "Max",
        "Expected CPC",
        "Expected visitors",
        "Expected conversion",
        "Expected orders",
        "Expected revenue",
        "ROAS",
        "Flags",
      ],
      ["直通车", "1.2万", 5000, 20000, 1.5, "#NAME?", "3%", "#NAME?", 100000, "#NAME?", ""],
    ]),
    sheet("Daily", [
      [
        "Date",
        "Platform",
        "Channel",
        "Visitors",
        "Orders",
        "Revenue",
        "Ad spend",
        "Clicks",
        "Conversion",
        "AOV",
        "CPC",
        "ROAS",
      ],
      [46556, "Tmall", "", 5000, 150, 30000, 2000, 1000, "#NAME?", "#NAME?", "#NAME?", "#NAME?"],
    ]),
    sheet("Regions", [
      ["Region", "Orders share", "Warehouse", "Delivery days", "Suggestion"],
      ["Guangdong", 30, "Guangzhou", 1.5, "anything"],
    ]),
    sheet("Waivers", [
      ["Rule", "Cell or SKU", "Reason", "Until", "Owner"],
      ["promo too long", "Promotions!E2", "Agreed with Tmall", "2027-12-31", "Li"],
    ]),
    sheet("Calendar", [
      ["Event", "From", "To", "Kind", "Max promo days"],
      ["618", "2027-06-01", "2027-06-20", "", 20],
      ["Spring Festival", "2027-02-01", "2027-02-12", "logistics shutdown", ""],
    ])
  );

  test("no data-quality hits", () => {
    expect(hitKeys(plan)).toEqual([]);
  });

  test("products: every type read", () => {
    expect(plan.products).toHaveLength(2);
    const [a, b] = plan.products;
    expect(a).toMatchObject({ sheetId: "products", sheet: "Products", row: 2 });
    expect(a.v).toEqual({
      sku: "A1",
      name: "Face cream",
      category: "Beauty",
      tier: "hero",
      listPrice: 199,
      floorPrice: 149,
      unitCost: 60,
      stock: 1200,
      launchDate: d("2027-03-01"),
      warehouseEntry: d("2027-02-15"),
      platforms: ["Tmall", "JD"],
      owner: "Li",
    });
    expect(b.v).toEqual({
      sku: "A2",
      name: "Lotion",
      tier: "launch",
      listPrice: 99,
      launchDate: d("2027-06-18"),
      presaleStart: 46540,
      warehouseEntry: d("2027-06-01"),
      platforms: ["Tmall", "JD", "Douyin"],
    });
    expect(a.cols).toMatchObject({
      sku: "A",
      tier: "D",
      listPrice: "E",
      platforms: "L",
      flags: "N",
    });
  });

  test("promotions, prices, budget, daily, regions", () => {
    expect(plan.promotions.map((r) => r.v)).toEqual([
      {
        sku: "A1",
        platform: "Tmall",
        activity: "618",
        start: d("2027-06-16"),
        end: d("2027-06-18"),
        promoPrice: 159,
        coupon: 10,
        postPromoPrice: 199,
        expectedUnits: 300,
      },
    ]);
    expect(plan.promotions[0].cols).toMatchObject({ days: "F", postPromoPrice: "I" });
    expect(plan.prices.map((r) => r.v)).toEqual([
      { sku: "A1", platform: "JD", price: 189, effectiveFrom: d("2027-05-01") },
    ]);
    expect(plan.budget.map((r) => r.v)).toEqual([
      {
        channel: "CPC search ads",
        amount: 12000,
        min: 5000,
        max: 20000,
        expectedCpc: 1.5,
        expectedConversion: 0.03,
        expectedRevenue: 100000,
      },
    ]);
    expect(plan.daily.map((r) => r.v)).toEqual([
      {
        date: 46556,
        platform: "Tmall",
        visitors: 5000,
        orders: 150,
        revenue: 30000,
        adSpend: 2000,
        clicks: 1000,
      },
    ]);
    expect(plan.regions.map((r) => r.v)).toEqual([
      { region: "Guangdong", ordersShare: 0.3, warehouse: "Guangzhou", deliveryDays: 1.5 },
    ]);
    expect(plan.regions[0].cols).toMatchObject({ suggestion: "E" });
  });

  test("waivers: the rule id is canonicalised", () => {
    expect(plan.waivers.map((r) => r.v)).toEqual([
      {
        rule: "PROMO_TOO_LONG",
        target: "Promotions!E2",
        reason: "Agreed with Tmall",
        until: d("2027-12-31"),
        owner: "Li",
      },
    ]);
  });

  test("calendar: blank Kind is a festival", () => {
    expect(plan.calendar.map((r) => r.v)).toEqual([
      {
        event: "618",
        from: d("2027-06-01"),
        to: d("2027-06-20"),
        kind: "festival",
        maxPromoDays: 20,
      },
      { event: "Spring Festival", from: d("2027-02-01"), to: d("2027-02-12"), kind: "shutdown" },
    ]);
  });

  test("sheet names, defaults for missing Settings and Lists", () => {
    expect(plan.sheetNames).toMatchObject({
      products: "Products",
      promotions: "Promotions",
      calendar: "Calendar",
    });
    expect(plan.settings.planYear).toBe(2027);
    expect(plan.settings.maxPromoDays).toBe(3);
    expect(plan.lists.platforms.map((e) => e.value)).toContain("Tmall");
  });
});

describe("Chinese workbooks", () => {
  test("简体中文 sheet names and headers", () => {
    const plan = read(
      sheet("产品", [
        [
          "SKU",
          "名称",
          "类目",
          "层级",
          "标价",
          "最低价",
          "单位成本",
          "库存",
          "首发日期",
          "预售开始",
          "入仓日期",
          "销售平台",
          "负责人",
          "标记",
        ],
        [
          "B1",
          "面霜",
          "美妆",
          "主推",
          "¥１９９",
          "",
          "",
          "1,000",
          "2027年3月1日",
          "",
          "2027/2/15",
          "天猫，京东",
          "王",
          "",
        ],
      ]),
      sheet("活动", [
        [
          "SKU",
          "平台",
          "活动名称",
          "开始日期",
          "结束日期",
          "天数",
          "活动价",
          "优惠券",
          "活动后价格",
          "预计销量",
          "标记",
        ],
        ["B1", "天猫", "618", "2027.6.16", "20270618", "", "159", "", "", "", ""],
      ]),
      sheet("日历", [
        ["节点", "开始日期", "结束日期", "类型", "最长活动天数"],
        ["春节", "2027-02-01", "2027-02-12", "物流停运", ""],
      ])
    );
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.products[0].v).toMatchObject({
      sku: "B1",
      tier: "hero",
      listPrice: 199,
      stock: 1000,
      launchDate: d("2027-03-01"),
      platforms: ["Tmall", "JD"],
    });
    expect(plan.promotions[0].v).toMatchObject({
      platform: "Tmall",
      start: d("2027-06-16"),
      end: d("2027-06-18"),
      promoPrice: 159,
    });
    expect(plan.calendar[0].v.kind).toBe("shutdown");
    expect(plan.sheetNames.products).toBe("产品");
    expect(plan.promotions[0].sheet).toBe("活动");
  });

  test("繁體中文 sheet names and headers", () => {
    const plan = read(
      sheet("產品", [
        ["SKU", "名稱", "層級", "標價", "銷售平台"],
        ["C1", "乳液", "預售", 88, "天貓、京東"],
      ]),
      sheet("價格", [
        ["SKU", "平台", "價格", "生效日期"],
        ["C1", "京東", 80, "2027-05-01"],
      ]),
      sheet("日報", [
        ["日期", "平台", "訪客數", "推廣花費", "支付買家數"],
        ["2027-05-01", "抖音", 100, 50, 3],
      ]),
      sheet("地區", [
        ["地區", "訂單佔比", "倉庫"],
        ["廣東", "30%", "廣州"],
      ])
    );
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.products[0].v).toEqual({
      sku: "C1",
      name: "乳液",
      tier: "presale",
      listPrice: 88,
      platforms: ["Tmall", "JD"],
    });
    expect(plan.prices[0].v).toEqual({
      sku: "C1",
      platform: "JD",
      price: 80,
      effectiveFrom: d("2027-05-01"),
    });
    expect(plan.daily[0].v).toEqual({
      date: d("2027-05-01"),
      platform: "Douyin",
      visitors: 100,
      adSpend: 50,
      orders: 3,
    });
    expect(plan.regions[0].v).toEqual({ region: "廣東", ordersShare: 0.3, warehouse: "廣州" });
  });

  test("a missing column is named in the sheet's language", () => {
    const plan = read(
      sheet("产品", [
        ["SKU", "名称", "标价"],
        ["B1", "x", 1],
      ]),
      sheet("產品", [["SKU"]])
    );
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_MISSING_COLUMN",
        address: "产品!A1",
        params: { sheet: "产品", missing: "层级" },
        related: [],
      },
    ]);
  });
});

describe("layout the reader forgives", () => {
  test("title and note rows above the header, blank rows, extra and reordered columns, header spelling", () => {
    const plan = read(
      sheet("Products", [
        ["Product plan 2027"],
        [],
        ["Prices in CNY", "", "SKU is the marketplace code"],
        ["my notes", " list  PRICE* ", "ＳＫＵ", "TIER*", "Supplier"],
        [],
        ["x", 10, "A1", "Hero", "ACME"],
        [null, null, null, null, null],
        ["", "  ", "", "", "ignored because only extra columns hold values"],
        ["y", 20, "A2", "secondary", "ACME"],
      ])
    );
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.products.map((r) => [r.row, r.v.sku, r.v.listPrice, r.v.tier])).toEqual([
      [6, "A1", 10, "hero"],
      [9, "A2", 20, "secondary"],
    ]);
    expect(plan.products[0].cols).toEqual({ listPrice: "B", sku: "C", tier: "D" });
    expect(plan.products[0].v.platforms).toEqual([]);
  });

  test("a plain range starting elsewhere than A1: addresses follow firstRow / firstCol", () => {
    const plan = read(
      sheet(
        "Prices",
        [
          ["SKU", "Platform", "Price", "Effective from"],
          ["A1", "Tmall", "abc", "2027-05-01"],
        ],
        5,
        3
      )
    );
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_NOT_A_NUMBER",
        address: "Prices!E6",
        params: { column: "Price", value: "abc" },
        related: [],
        sku: "A1",
      },
    ]);
  });

  test("the header must be within the first 20 rows", () => {
    const padding = Array.from({ length: 20 }, () => ["note"]);
    const plan = read(sheet("Prices", [...padding, PRICES_HEADER, ["A1", "Tmall", 10, 46556]]));
    expect(plan.prices).toEqual([]);
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_MISSING_COLUMN",
        address: "Prices!A1",
        params: { sheet: "Prices", missing: "SKU, Platform, Price, Effective from" },
        related: [],
      },
    ]);
    const within = read(
      sheet("Prices", [...padding.slice(1), PRICES_HEADER, ["A1", "Tmall", 10, 46556]])
    );
    expect(within.prices.map((r) => r.row)).toEqual([21]);
  });

  test("a duplicate header: the first one wins", () => {
    const plan = read(
      sheet("Prices", [
        ["SKU", "Platform", "Price", "Effective from", "Price"],
        ["A1", "Tmall", 10, 46556, "junk"],
      ])
    );
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.prices[0].v.price).toBe(10);
    expect(plan.prices[0].cols.price).toBe("C");
  });

  test("computed columns are never read: #NAME? before the add-in loads is not bad data", () => {
    const plan = read(
      sheet("Promotions", [
        PROMOTIONS_HEADER,
        ["A1", "Tmall", "", 46556, 46557, "#NAME?", 10, "", "", "", { error: "#NAME?" }],
      ])
    );
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.promotions).toHaveLength(1);
  });

  test("a row holding values only in computed columns is blank", () => {
    const plan = read(
      sheet("Promotions", [
        PROMOTIONS_HEADER,
        [null, null, null, null, null, 0, null, null, null, null, ""],
      ])
    );
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.promotions).toEqual([]);
  });

  test("ragged rows and holes in the grid", () => {
    const rows = [
      PRICES_HEADER,
      ["A1", "Tmall", 10, 46556],
      undefined,
      ["A1"],
      [],
      ["A2", "JD", 12, 46556, "", "extra", "cells"],
    ];
    const plan = readPlan({ sheets: [{ name: "Prices", rows: rows as never }] }, { today: TODAY });
    expect(plan.prices.map((r) => r.row)).toEqual([2, 6]);
    expect(hitKeys(plan)).toEqual([
      "DQ_MISSING_VALUE@Prices!B4",
      "DQ_MISSING_VALUE@Prices!C4",
      "DQ_MISSING_VALUE@Prices!D4",
    ]);
  });

  test("text cells: numbers become their text, text is trimmed", () => {
    const plan = read(
      sheet("Products", [
        ["SKU", "Name", "Tier", "List price"],
        [10023, "  Face cream  ", "hero", 10],
      ]),
      sheet("Prices", [PRICES_HEADER, [10023, "Tmall", 9, 46556]])
    );
    expect(plan.products[0].v).toMatchObject({ sku: "10023", name: "Face cream" });
    expect(plan.prices[0].v.sku).toBe("10023");
    expect(hitKeys(plan)).toEqual([]);
  });

  test("ExcelJS object values: formula results, rich text, hyperlinks", () => {
    const plan = read(
      sheet("Products", [
        [
          { richText: [{ text: "SK" }, { text: "U" }] },
          "Tier",
          { formula: "1", result: "List price" },
        ],
        [
          { text: "A1", hyperlink: "https://example.com" },
          "hero",
          { formula: "100*2", result: 200 },
        ],
      ] as never)
    );
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.products[0].v).toMatchObject({ sku: "A1", tier: "hero", listPrice: 200 });
  });

  test("unknown sheets and output sheets are not read; missing plan sheets mean no rows", () => {
    const plan = read(
      sheet("Sheet1", [PRICES_HEADER, ["junk"]]),
      sheet("Findings", [
        ["Severity", "Rule"],
        ["x", "y"],
      ]),
      sheet("Timeline", [["SKU", "Name"], ["#REF!"]]),
      sheet("Prices", [PRICES_HEADER])
    );
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.products).toEqual([]);
    expect(plan.promotions).toEqual([]);
    expect(plan.prices).toEqual([]);
    expect(plan.sheetNames).toEqual({
      findings: "Findings",
      timeline: "Timeline",
      prices: "Prices",
    });
  });

  test("two sheets meaning the same schema sheet: the first is read", () => {
    const plan = read(
      sheet("Prices", [PRICES_HEADER, ["A1", "Tmall", 10, 46556]]),
      sheet("价格", [PRICES_HEADER, ["B1", "Tmall", "bad", 46556]])
    );
    expect(plan.prices.map((r) => r.v.sku)).toEqual(["A1"]);
    expect(hitKeys(plan)).toEqual([]);
  });

  test("an empty plan sheet has no rows and no finding", () => {
    const plan = read(sheet("Budget", []), sheet("Regions", [[], [null, ""]]));
    expect(hitKeys(plan)).toEqual([]);
    expect(plan.budget).toEqual([]);
  });

  test("without a today option the default plan year is the year after the current one", () => {
    expect(readPlan({ sheets: [] }).settings.planYear).toBe(new Date().getFullYear() + 1);
  });

  test("a waiver may name a SKU typed as a number", () => {
    const plan = read(
      sheet("Waivers", [
        ["Rule", "Cell or SKU", "Reason"],
        ["BELOW_COST", 10023, "clearance"],
      ])
    );
    expect(plan.waivers[0].v).toMatchObject({
      rule: "BELOW_COST",
      target: "10023",
      reason: "clearance",
    });
  });

  test("a workbook with odd input does not throw", () => {
    expect(() =>
      readPlan({
        sheets: [
          null,
          { name: 5 },
          { name: "Products", rows: null },
          { name: "Prices", rows: [5, "x", [Symbol("s")]] },
        ],
      } as never)
    ).not.toThrow();
    expect(() => readPlan({} as never)).not.toThrow();
  });
});
