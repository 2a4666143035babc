import { defaultSettings } from "../../../src/core/settings";
import { hitsOf, PRICES_HEADER, read, sheet, TODAY } from "./helpers";

describe("Settings sheet", () => {
  const settingsSheet = (rows: unknown[][]) =>
    sheet("Settings", [["Setting", "Value", "Note"], ...(rows as never[][])]);

  test("missing sheet: every default, the plan year after today", () => {
    expect(read().settings).toEqual(defaultSettings(TODAY));
    expect(read().settings.planYear).toBe(2027);
  });

  test("the default plan year follows the planner's own calendar day, in any machine zone", () => {
    // 23:30 on 31 December locally: already 1 January in UTC west of Greenwich (Los Angeles).
    expect(defaultSettings(new Date(2026, 11, 31, 23, 30)).planYear).toBe(2027);
    // 07:00 on 1 January locally: still 31 December in UTC east of Greenwich (Shanghai).
    expect(defaultSettings(new Date(2027, 0, 1, 7, 0)).planYear).toBe(2028);
    // A day given as a UTC-midnight Date is that day.
    expect(defaultSettings(new Date(Date.UTC(2027, 0, 1))).planYear).toBe(2028);
  });

  test("percentages typed as 5%, 0.05 or 5 all mean 0.05", () => {
    const plan = read(
      settingsSheet([
        ["Price spread tolerance", "8%"],
        ["Saturation spend rise", 0.4],
        ["Saturation visitor rise", 6],
        ["Split-warehouse share", "20"],
      ])
    );
    expect(plan.settings.priceSpreadTolerance).toBeCloseTo(0.08, 12);
    expect(plan.settings.saturationSpendRise).toBeCloseTo(0.4, 12);
    expect(plan.settings.saturationVisitorRise).toBeCloseTo(0.06, 12);
    expect(plan.settings.splitWarehouseShare).toBeCloseTo(0.2, 12);
    expect(hitsOf(plan)).toEqual([]);
  });

  test.each<[unknown]>([["5%"], ["５％"], [0.05], [5], ["5"], ["0.05"]])(
    "Price spread tolerance %p → 0.05",
    (typed) => {
      const plan = read(settingsSheet([["Price spread tolerance", typed]]));
      expect(plan.settings.priceSpreadTolerance).toBeCloseTo(0.05, 12);
      expect(hitsOf(plan)).toEqual([]);
    }
  );

  test("names in English, 简体, 繁體 or as workbook names; blank and unknown ones keep the default", () => {
    const plan = read(
      sheet("设置", [
        ["Ops Planner settings"],
        ["设置项", "值", "说明"],
        ["计划年度", 2028, ""],
        ["  max PROMO days ", 5],
        ["活動保護期天數", 10],
        ["BudgetCap", "5万"],
        ["Currency", " usd "],
        ["Post-promo days", ""],
        ["Something of my own", "abc"],
        ["", 99],
      ])
    );
    expect(hitsOf(plan)).toEqual([]);
    expect(plan.settings).toEqual({
      ...defaultSettings(TODAY),
      planYear: 2028,
      maxPromoDays: 5,
      protectionDays: 10,
      budgetCap: 50000,
      currency: "USD",
    });
  });

  test("an unreadable value is a finding on the Value cell, and the default stays", () => {
    const plan = read(
      settingsSheet([
        ["Max promo days", "three"],
        ["Plan year", 2027.5],
        ["Budget cap", -100],
        ["Protection days", { error: "#REF!" }],
        ["Min days between promos", "45"],
        ["Max promo days", 9],
      ])
    );
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_NOT_A_NUMBER",
        address: "Settings!B2",
        params: { column: "Max promo days", value: "three" },
        related: [],
      },
      {
        rule: "DQ_NOT_A_NUMBER",
        address: "Settings!B3",
        params: { column: "Plan year", value: "2027.5" },
        related: [],
      },
      {
        rule: "DQ_NEGATIVE",
        address: "Settings!B4",
        params: { column: "Budget cap", value: "-100" },
        related: [],
      },
      {
        rule: "DQ_ERROR_VALUE",
        address: "Settings!B5",
        params: { column: "Protection days", value: "#REF!" },
        related: [],
      },
    ]);
    const defaults = defaultSettings(TODAY);
    expect(plan.settings).toEqual({ ...defaults, minDaysBetweenPromos: 45 });
  });

  test("plan year must be a whole year 1900–9999", () => {
    expect(read(settingsSheet([["Plan year", 1900]])).settings.planYear).toBe(1900);
    expect(read(settingsSheet([["Plan year", 9999]])).settings.planYear).toBe(9999);
    for (const bad of [1899, 10000, "next year"]) {
      const plan = read(settingsSheet([["Plan year", bad]]));
      expect(plan.settings.planYear).toBe(2027);
      expect(hitsOf(plan).map((h) => h.rule)).toEqual(["DQ_NOT_A_NUMBER"]);
    }
  });

  test("a Settings sheet without its Value header: one DQ_MISSING_COLUMN, defaults", () => {
    const plan = read(
      sheet("Settings", [
        ["Setting", "Amount"],
        ["Max promo days", 9],
      ])
    );
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_MISSING_COLUMN",
        address: "Settings!A1",
        params: { sheet: "Settings", missing: "Value" },
        related: [],
      },
    ]);
    expect(plan.settings.maxPromoDays).toBe(3);
  });
});

describe("Lists sheet", () => {
  test("a filled column replaces the default list; an empty one keeps it", () => {
    const plan = read(
      sheet("Lists", [
        ["Platform", "Channel", "Tier"],
        ["天猫", "", ""],
        ["Kuaishou", "", ""],
        ["TMALL", "", ""],
      ]),
      sheet("Prices", [
        PRICES_HEADER,
        ["A1", "tmall", 10, 46556],
        ["A1", "kuaishou", 10, 46556],
        ["A1", "JD", 10, 46556],
      ])
    );
    expect(plan.lists.platforms.map((e) => e.value)).toEqual(["Tmall", "Kuaishou"]);
    expect(plan.lists.channels.map((e) => e.value)).toContain("Fake orders");
    expect(plan.lists.tiers.map((e) => e.value)).toEqual([
      "launch",
      "hero",
      "secondary",
      "offline-only",
      "presale",
    ]);
    expect(plan.prices.map((r) => r.v.platform)).toEqual(["Tmall", "Kuaishou"]);
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_UNKNOWN_VALUE",
        address: "Prices!B4",
        params: { column: "Platform", value: "JD", list: "Platform", listsSheet: "Lists" },
        related: [],
        sku: "A1",
      },
    ]);
  });

  test("Chinese Lists sheet with a tier of the planner's own", () => {
    const plan = read(
      sheet("列表", [
        ["说明：可编辑"],
        ["层级", "平台"],
        ["首发", "天猫"],
        ["清仓", ""],
        ["主推", ""],
      ]),
      sheet("产品", [
        ["SKU", "层级", "标价"],
        ["A1", "清仓", 10],
        ["A2", "launch", 10],
        ["A3", "辅推", 10],
      ])
    );
    expect(plan.lists.tiers.map((e) => e.value)).toEqual(["launch", "清仓", "hero"]);
    expect(plan.products.map((r) => r.v.tier)).toEqual(["清仓", "launch"]);
    expect(
      hitsOf(plan).map((h) => [h.rule, h.address, h.params?.list, h.params?.listsSheet])
    ).toEqual([["DQ_UNKNOWN_VALUE", "产品!B4", "层级", "列表"]]);
  });

  test("an error in a Lists cell is a finding and not an entry", () => {
    const plan = read(sheet("Lists", [["Channel"], ["#N/A"], ["Coupons"]]));
    expect(plan.lists.channels.map((e) => e.value)).toEqual(["Coupons"]);
    expect(hitsOf(plan)).toEqual([
      {
        rule: "DQ_ERROR_VALUE",
        address: "Lists!A2",
        params: { column: "Channel", value: "#N/A" },
        related: [],
      },
    ]);
  });
});
