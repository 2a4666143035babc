import { columnLetter } from "../../src/core/cells";
import { CALENDAR_FORMULA_LAST_ROW } from "../../src/core/formulas/calendarRows";
import { reserveEnd } from "../../src/core/write/update/parts";
import {
  BUDGET_SHEET,
  CALENDAR_SHEET,
  DAILY_SHEET,
  PRODUCTS_SHEET,
  PROMOTIONS_SHEET,
  REGIONS_SHEET,
  WAIVERS_SHEET,
} from "../../src/core/schema/sheets";
import { defaultSettings, SETTING_SPECS } from "../../src/core/settings";
import { listsRows, settingsLayout, settingsRows } from "../../src/core/write/fixedSheets";
import {
  isFormulaCell,
  isLinkCell,
  listRange,
  numFmtOf,
  settingsNames,
  sheetLayout,
  tableNameOf,
} from "../../src/core/write/layout";

const CNY = { currency: "CNY" };

describe("sheetLayout", () => {
  test("headers, letters and types follow the schema, in English", () => {
    const l = sheetLayout(PRODUCTS_SHEET, "en", [], CNY);
    expect(l.name).toBe("Products");
    expect(l.tableName).toBe("tblProducts");
    expect(l.headers).toEqual(PRODUCTS_SHEET.columns.map((c) => c.names.en));
    expect(l.columns.map((c) => c.letter)).toEqual(
      PRODUCTS_SHEET.columns.map((_, i) => columnLetter(i + 1))
    );
    expect(l.columns.find((c) => c.field === "launchDate")).toMatchObject({
      letter: "I",
      type: "date",
      numFmt: "yyyy-mm-dd",
      width: 12,
    });
    expect(l.columns.find((c) => c.field === "tier")).toMatchObject({ letter: "D", list: "tier" });
    expect(l.columns.find((c) => c.field === "flags")).toMatchObject({
      letter: "N",
      computed: true,
    });
    expect(l.columns.find((c) => c.field === "sku")?.computed).toBeUndefined();
  });

  test("headers and sheet name in 简体中文", () => {
    const l = sheetLayout(PROMOTIONS_SHEET, "zh-CN", [], CNY);
    expect(l.name).toBe("活动");
    expect(l.headers).toEqual([
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
      "定金开始",
      "定金结束",
      "定金",
      "尾款开始",
      "尾款结束",
      "预售标记",
      "入仓键",
      "入仓键汇总",
      "产品行提示",
      "产品行",
    ]);
    // The Warehouse key and Product row columns are hidden; no other column is.
    expect(l.columns.filter((c) => c.hidden).map((c) => c.letter)).toEqual(["R", "S", "T", "U"]);
  });

  test("{cur} becomes the quoted currency symbol", () => {
    expect(sheetLayout(PRODUCTS_SHEET, "en", [], CNY).columns[4].numFmt).toBe('"¥"#,##0.00');
    expect(sheetLayout(PRODUCTS_SHEET, "en", [], { currency: "usd" }).columns[4].numFmt).toBe(
      '"$"#,##0.00'
    );
    expect(numFmtOf("{cur}#,##0", "CHF")).toBe('"CHF "#,##0');
    expect(numFmtOf("0.0%", "CNY")).toBe("0.0%");
    expect(numFmtOf(undefined, "CNY")).toBeUndefined();
  });

  test("rows come out in column order; missing fields are empty cells", () => {
    const l = sheetLayout(
      WAIVERS_SHEET,
      "en",
      [{ reason: "ok", rule: "STOCK_SHORT", target: "KA-1", extra: "ignored" }],
      CNY
    );
    expect(l.rows).toEqual([["STOCK_SHORT", "KA-1", "ok", null, null]]);
  });

  test("computed columns carry plain values by default, {formula, result} on request", () => {
    const row = {
      sku: "A",
      platform: "Tmall",
      start: 46539,
      end: 46541,
      days: 3,
      promoPrice: 9,
      flags: "",
    };
    const plain = sheetLayout(PROMOTIONS_SHEET, "en", [row], CNY);
    expect(plain.rows[0][5]).toBe(3);
    expect(isFormulaCell(plain.rows[0][5])).toBe(false);

    const withFormulas = sheetLayout(PROMOTIONS_SHEET, "en", [row, row], {
      ...CNY,
      formulas: true,
    });
    expect(withFormulas.rows[1][5]).toEqual({
      formula: 'IF(OR(D3="",E3=""),"",PLAN.PROMODAYS(D3,E3))',
      result: 3,
    });
    // Input columns never become formulas.
    expect(withFormulas.rows[1][6]).toBe(9);
    expect(withFormulas.columns.find((c) => c.field === "days")?.formula?.(7)).toBe(
      'IF(OR(D7="",E7=""),"",PLAN.PROMODAYS(D7,E7))'
    );
  });

  test("firstRow moves the header and the running-total anchor of formulas", () => {
    const l = sheetLayout(BUDGET_SHEET, "en", [{ channel: "Coupons", amount: 5 }], {
      ...CNY,
      firstRow: 5,
      formulas: true,
    });
    expect(l.headerRow).toBe(4);
    expect(l.firstRow).toBe(5);
    const flags = l.rows[0][l.columns.findIndex((c) => c.field === "flags")];
    expect(isFormulaCell(flags) && flags.formula).toBe(
      "PLAN.BUDGETCHECK(A5,B5,SUM(B$5:B5),BudgetCap)"
    );
  });

  test("a row is coloured by Flags, or by Suggestion on Regions; other sheets have none", () => {
    expect(sheetLayout(BUDGET_SHEET, "en", [], CNY).highlight).toEqual({
      column: "K",
      kind: "flag",
    });
    expect(sheetLayout(REGIONS_SHEET, "en", [], CNY).highlight).toEqual({
      column: "E",
      kind: "suggestion",
    });
    expect(sheetLayout(DAILY_SHEET, "en", [], CNY).highlight).toBeUndefined();
  });

  test("formats, dropdowns and colouring reach 500 rows past the data, and row 1000 at least", () => {
    expect(sheetLayout(DAILY_SHEET, "en", [], CNY).reserveTo).toBe(1000);
    const rows = Array.from({ length: 700 }, () => ({}));
    expect(sheetLayout(DAILY_SHEET, "en", rows, CNY).reserveTo).toBe(701 + 500);
  });

  test("the Calendar's reach stops at the last row the Promotions Flags read, unless its events go further", () => {
    const events = (n: number) => Array.from({ length: n }, () => ({}));
    expect(CALENDAR_FORMULA_LAST_ROW).toBe(1000);
    expect(sheetLayout(CALENDAR_SHEET, "en", events(700), CNY).reserveTo).toBe(1000);
    expect(sheetLayout(CALENDAR_SHEET, "en", events(1200), CNY).reserveTo).toBe(1201);
    expect(reserveEnd(sheetLayout(CALENDAR_SHEET, "en", [], CNY), 1, 800)).toBe(1000);
    expect(reserveEnd(sheetLayout(DAILY_SHEET, "en", [], CNY), 1, 800)).toBe(1300);
  });

  test("link cells are recognised", () => {
    expect(isLinkCell({ text: "Products!A2", link: "Products!A2" })).toBe(true);
    expect(isLinkCell("Products!A2")).toBe(false);
    expect(isFormulaCell({ error: "#N/A" })).toBe(false);
  });

  test("table names are ASCII and distinct per sheet", () => {
    expect(tableNameOf("products")).toBe("tblProducts");
    expect(tableNameOf("calendar")).toBe("tblCalendar");
  });
});

describe("listRange", () => {
  test("each list is its own column of the Lists sheet, rows 2 to 200", () => {
    expect(listRange("platform", "en")).toBe("Lists!$A$2:$A$200");
    expect(listRange("channel", "en")).toBe("Lists!$B$2:$B$200");
    expect(listRange("tier", "zh-CN")).toBe("列表!$C$2:$C$200");
  });
});

describe("settingsNames", () => {
  test("one workbook name per setting, on its Value cell from row 2", () => {
    const en = settingsNames("en");
    expect(en).toHaveLength(SETTING_SPECS.length);
    expect(en[0]).toEqual({ name: "PlanYear", ref: "Settings!$B$2" });
    expect(en.find((n) => n.name === "BudgetCap")?.ref).toBe(
      `Settings!$B$${SETTING_SPECS.findIndex((s) => s.key === "budgetCap") + 2}`
    );
    expect(settingsNames("zh-CN")[12]).toEqual({ name: "SplitWarehouseShare", ref: "设置!$B$14" });
  });
});

describe("Settings and Lists sheets", () => {
  const settings = { ...defaultSettings(new Date(Date.UTC(2026, 10, 1))), planYear: 2030 };

  test("every setting with its value and note, in the language", () => {
    const en = settingsRows(settings, "en");
    expect(en).toHaveLength(SETTING_SPECS.length);
    expect(en[0]).toEqual({
      setting: "Plan year",
      value: 2030,
      note: "The calendar year this plan covers.",
    });
    expect(settingsRows(settings, "zh-CN")[7]).toEqual({
      setting: "价差容忍度",
      value: 0.05,
      note: "同一 SKU 各平台价格允许的最大差距。",
    });
  });

  test("the Value cells get a format by kind", () => {
    const l = settingsLayout(settings, "en");
    const fmt = (key: string): string | undefined =>
      l.cellFormats.find((f) => f.row === SETTING_SPECS.findIndex((s) => s.key === key) + 2)
        ?.numFmt;
    expect(fmt("priceSpreadTolerance")).toBe("0%");
    expect(fmt("budgetCap")).toBe('"¥"#,##0');
    expect(fmt("planYear")).toBe("0");
    expect(fmt("currency")).toBeUndefined();
    expect(l.cellFormats.every((f) => f.column === "B")).toBe(true);
  });

  test("the three default lists side by side, in Chinese for zh-CN", () => {
    const en = listsRows("en");
    expect(en).toHaveLength(10);
    expect(en[0]).toEqual({ platform: "Tmall", channel: "CPC search ads", tier: "launch" });
    expect(en[9]).toEqual({ platform: null, channel: "Fake orders", tier: null });
    const zh = listsRows("zh-CN");
    expect(zh.map((r) => r.platform).filter(Boolean)).toEqual([
      "天猫",
      "淘宝",
      "京东",
      "苏宁",
      "拼多多",
      "抖音",
      "官网",
      "线下",
    ]);
    expect(zh.map((r) => r.tier).filter(Boolean)).toEqual([
      "首发",
      "主推",
      "辅推",
      "线下专供",
      "预售",
    ]);
  });
});
