import {
  BUDGETCHECK,
  CONVERSION,
  AOV,
  CPC,
  PRICECHECK,
  PRODUCTCHECK,
  PRESALECHECK,
  PROMOCHECK,
  PROMODAYS,
  ROAS,
  VISITORS,
} from "../functions/definitions";
import {
  blankIf,
  calendarMaxDays,
  cell,
  earlyFirstPromoStart,
  isBlank,
  isZero,
  plan,
  platformFigure,
  product,
  productRow,
  productWarehouseKey,
  promoWarehouseKey,
  runningTotal,
  setting,
  skuRow,
  skuUnstamped,
  skuUnstampedKeys,
  text,
  times,
  warehouseKeys,
} from "../formulas/declare";
import type { ColumnSpec, Names, SheetId, SheetSpec } from "./types";
import { CALENDAR_FORMULA_LAST_ROW } from "../formulas/calendarRows";

const DATE = "yyyy-mm-dd";
const MONEY = "{cur}#,##0.00";
const INT = "#,##0";
const PCT = "0.0%";
const DEC = "0.00";

const n = (en: string, zh: string, zhTW: string): Names => ({ en, zh, zhTW });

/*
 * Computed and Flags columns declare their formulas (src/core/formulas/declare.ts). None is wrapped in IFERROR: in a
 * workbook without the add-in a filled row shows #NAME? (and its row is coloured), never a blank that reads as clean.
 * Half-typed rows stay quiet all the same: a row check returns "" while a required argument is blank, and a metric
 * column is blank while a date it needs is blank, or the cell its metric divides by is blank or 0 (blankIf: a blank or
 * zero divisor is the metric's #DIV/0!, and a day without orders has no AOV).
 */

const flags: ColumnSpec = {
  field: "flags",
  names: n("Flags", "标记", "標記"),
  type: "text",
  computed: true,
  width: 36,
};

export const SETTINGS_SHEET: SheetSpec = {
  id: "settings",
  names: n("Settings", "设置", "設定"),
  columns: [
    {
      field: "setting",
      names: n("Setting", "设置项", "設定項"),
      type: "text",
      key: true,
      width: 30,
    },
    { field: "value", names: n("Value", "值", "值"), type: "any", key: true, width: 14 },
    { field: "note", names: n("Note", "说明", "說明"), type: "text", width: 60 },
  ],
};

export const LISTS_SHEET: SheetSpec = {
  id: "lists",
  names: n("Lists", "列表", "列表"),
  columns: [
    { field: "platform", names: n("Platform", "平台", "平台"), type: "text", width: 18 },
    { field: "channel", names: n("Channel", "渠道", "渠道"), type: "text", width: 24 },
    { field: "tier", names: n("Tier", "层级", "層級"), type: "text", width: 16 },
  ],
};

/**
 * Issue 13: the row's SKU in Products without a scan per row (src/core/formulas/text.ts productRowOf): the hint every
 * writer sets, and the formula that verifies it. Promotions and Prices end with these two hidden columns.
 */
const productRowColumns = (): ColumnSpec[] => [
  {
    field: "productRowHint",
    names: n("Product row hint", "产品行提示", "產品行提示"),
    type: "integer",
    computed: true,
    hidden: true,
    width: 8,
  },
  {
    field: "productRow",
    names: n("Product row", "产品行", "產品行"),
    type: "integer",
    computed: true,
    hidden: true,
    width: 8,
    formula: productRow(),
  },
];

export const PRODUCTS_SHEET: SheetSpec = {
  id: "products",
  names: n("Products", "产品", "產品"),
  columns: [
    { field: "sku", names: n("SKU", "SKU", "SKU"), type: "text", key: true, width: 14 },
    { field: "name", names: n("Name", "名称", "名稱"), type: "text", width: 28 },
    { field: "category", names: n("Category", "类目", "類目"), type: "text", width: 14 },
    {
      field: "tier",
      names: n("Tier", "层级", "層級"),
      type: "list",
      list: "tier",
      key: true,
      width: 14,
    },
    {
      field: "listPrice",
      names: n("List price", "标价", "標價"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "floorPrice",
      names: n("Floor price", "最低价", "最低價"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "unitCost",
      names: n("Unit cost", "单位成本", "單位成本"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "stock",
      names: n("Stock", "库存", "庫存"),
      type: "integer",
      nonNegative: true,
      format: INT,
      width: 10,
    },
    {
      field: "launchDate",
      names: n("Launch date", "首发日期", "首發日期"),
      type: "date",
      format: DATE,
      width: 12,
    },
    {
      field: "presaleStart",
      names: n("Presale start", "预售开始", "預售開始"),
      type: "date",
      format: DATE,
      width: 12,
    },
    {
      field: "warehouseEntry",
      names: n("Warehouse entry", "入仓日期", "入倉日期"),
      type: "date",
      format: DATE,
      width: 14,
    },
    {
      field: "platforms",
      names: n("Platforms", "销售平台", "銷售平台"),
      type: "platforms",
      width: 28,
    },
    { field: "owner", names: n("Owner", "负责人", "負責人"), type: "text", width: 12 },
    {
      ...flags,
      formula: plan(
        PRODUCTCHECK,
        cell("tier"),
        cell("launchDate"),
        cell("presaleStart"),
        cell("warehouseEntry"),
        setting("WarehouseLeadDays"),
        setting("PlanYear"),
        // The first promotion matters only for a product with a Warehouse entry (WAREHOUSE_LATE), and only when one
        // of its promotions starts fewer than lead days after that entry: otherwise the COUNTIFS/MINIFS over
        // Promotions, the costliest part of the sheet's recalculation, is not evaluated (the hidden key columns).
        blankIf([isBlank(cell("warehouseEntry"))], earlyFirstPromoStart())
      ),
    },
    {
      field: "warehouseKey",
      names: n("Warehouse key", "入仓键", "入倉鍵"),
      type: "text",
      computed: true,
      hidden: true,
      width: 14,
      formula: productWarehouseKey(),
    },
    {
      field: "skuRow",
      names: n("SKU row", "SKU首行", "SKU首行"),
      type: "integer",
      computed: true,
      hidden: true,
      width: 8,
      formula: skuRow(),
    },
    // Issue 13: what lets the SKU row skip its MATCH (src/core/formulas/skuStamps.ts, text.ts skuRowOf).
    {
      field: "skuStamp",
      names: n("SKU stamp", "SKU戳记", "SKU戳記"),
      type: "text",
      computed: true,
      hidden: true,
      width: 8,
    },
    {
      field: "skuUnstamped",
      names: n("Unstamped SKU", "未盖戳SKU", "未蓋戳SKU"),
      type: "text",
      computed: true,
      hidden: true,
      width: 8,
      formula: skuUnstamped(),
    },
    {
      field: "skuUnstampedKeys",
      names: n("Unstamped SKUs", "未盖戳SKU汇总", "未蓋戳SKU彙總"),
      type: "text",
      computed: true,
      hidden: true,
      width: 8,
      formula: skuUnstampedKeys(),
    },
  ],
};

export const PROMOTIONS_SHEET: SheetSpec = {
  id: "promotions",
  names: n("Promotions", "活动", "活動"),
  columns: [
    { field: "sku", names: n("SKU", "SKU", "SKU"), type: "text", key: true, width: 14 },
    {
      field: "platform",
      names: n("Platform", "平台", "平台"),
      type: "list",
      list: "platform",
      key: true,
      width: 12,
    },
    { field: "activity", names: n("Activity", "活动名称", "活動名稱"), type: "text", width: 18 },
    {
      field: "start",
      names: n("Start", "开始日期", "開始日期"),
      type: "date",
      key: true,
      format: DATE,
      width: 12,
    },
    {
      field: "end",
      names: n("End", "结束日期", "結束日期"),
      type: "date",
      key: true,
      format: DATE,
      width: 12,
    },
    {
      field: "days",
      names: n("Days", "天数", "天數"),
      type: "integer",
      computed: true,
      format: "0",
      width: 7,
      formula: blankIf(
        [isBlank(cell("start")), isBlank(cell("end"))],
        plan(PROMODAYS, cell("start"), cell("end"))
      ),
    },
    {
      field: "promoPrice",
      names: n("Promo price", "活动价", "活動價"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "coupon",
      names: n("Coupon", "优惠券", "優惠券"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 10,
    },
    {
      field: "postPromoPrice",
      names: n("Post-promo price", "活动后价格", "活動後價格"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 14,
    },
    {
      field: "expectedUnits",
      names: n("Expected units", "预计销量", "預計銷量"),
      type: "integer",
      nonNegative: true,
      format: INT,
      width: 12,
    },
    {
      ...flags,
      formula: plan(
        PROMOCHECK,
        cell("start"),
        cell("end"),
        cell("promoPrice"),
        product("listPrice"),
        cell("postPromoPrice"),
        product("floorPrice"),
        calendarMaxDays(platformFigure("maxPromoDays", "MaxPromoDays")),
        cell("coupon"),
        product("unitCost")
      ),
    },
    // Issue 16: a row with a Deposit start is a presale (its Promo price the presale price).
    {
      field: "depositStart",
      names: n("Deposit start", "定金开始", "定金開始"),
      type: "date",
      format: DATE,
      width: 12,
    },
    {
      field: "depositEnd",
      names: n("Deposit end", "定金结束", "定金結束"),
      type: "date",
      format: DATE,
      width: 12,
    },
    {
      field: "deposit",
      names: n("Deposit", "定金", "定金"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 10,
    },
    {
      field: "balanceStart",
      names: n("Balance start", "尾款开始", "尾款開始"),
      type: "date",
      format: DATE,
      width: 12,
    },
    {
      field: "balanceEnd",
      names: n("Balance end", "尾款结束", "尾款結束"),
      type: "date",
      format: DATE,
      width: 12,
    },
    {
      field: "presaleFlags",
      names: n("Presale flags", "预售标记", "預售標記"),
      type: "text",
      computed: true,
      width: 30,
      // Ship by is left out: the Calendar's platform events are the validator's (src/core/flags.ts).
      formula: plan(
        PRESALECHECK,
        cell("depositStart"),
        cell("depositEnd"),
        cell("balanceStart"),
        cell("balanceEnd"),
        cell("deposit"),
        cell("promoPrice"),
        platformFigure("maxDepositShare", "MaxDepositShare"),
        platformFigure("minDeposit", "MinDeposit")
      ),
    },
    {
      field: "warehouseKey",
      names: n("Warehouse key", "入仓键", "入倉鍵"),
      type: "text",
      computed: true,
      hidden: true,
      width: 14,
      formula: promoWarehouseKey(),
    },
    {
      field: "warehouseKeys",
      names: n("Warehouse keys", "入仓键汇总", "入倉鍵彙總"),
      type: "text",
      computed: true,
      hidden: true,
      width: 14,
      formula: warehouseKeys(),
    },
    ...productRowColumns(),
  ],
};

export const PRICES_SHEET: SheetSpec = {
  id: "prices",
  names: n("Prices", "价格", "價格"),
  columns: [
    { field: "sku", names: n("SKU", "SKU", "SKU"), type: "text", key: true, width: 14 },
    {
      field: "platform",
      names: n("Platform", "平台", "平台"),
      type: "list",
      list: "platform",
      key: true,
      width: 12,
    },
    {
      field: "price",
      names: n("Price", "价格", "價格"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "effectiveFrom",
      names: n("Effective from", "生效日期", "生效日期"),
      type: "date",
      key: true,
      format: DATE,
      width: 14,
    },
    {
      ...flags,
      // No platformPrices: the validator's PRICE_SPREAD compares the prices in force on each change date, which a
      // single-row formula cannot see; this Flags column covers BELOW_FLOOR and BELOW_COST.
      formula: plan(
        PRICECHECK,
        cell("price"),
        product("floorPrice"),
        text(""),
        setting("PriceSpreadTolerance"),
        product("unitCost")
      ),
    },
    ...productRowColumns(),
  ],
};

export const BUDGET_SHEET: SheetSpec = {
  id: "budget",
  names: n("Budget", "预算", "預算"),
  columns: [
    {
      field: "channel",
      names: n("Channel", "渠道", "渠道"),
      type: "list",
      list: "channel",
      key: true,
      width: 22,
    },
    {
      field: "amount",
      names: n("Amount", "金额", "金額"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "min",
      names: n("Min", "最低", "最低"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 10,
    },
    {
      field: "max",
      names: n("Max", "最高", "最高"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 10,
    },
    {
      field: "expectedCpc",
      names: n("Expected CPC", "预计点击单价", "預計點擊單價"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "expectedVisitors",
      names: n("Expected visitors", "预计访客数", "預計訪客數"),
      type: "integer",
      computed: true,
      format: INT,
      width: 12,
      formula: blankIf(
        [isZero(cell("expectedCpc"))],
        plan(VISITORS, cell("amount"), cell("expectedCpc"))
      ),
    },
    {
      field: "expectedConversion",
      names: n("Expected conversion", "预计转化率", "預計轉化率"),
      type: "percent",
      nonNegative: true,
      format: PCT,
      width: 12,
    },
    {
      field: "expectedOrders",
      names: n("Expected orders", "预计订单数", "預計訂單數"),
      type: "number",
      computed: true,
      format: INT,
      width: 12,
      // Blank until visitors and a conversion are there (Excel arithmetic would show 0, or #VALUE! for "").
      formula: blankIf(
        [isBlank(cell("expectedVisitors")), isBlank(cell("expectedConversion"))],
        times(cell("expectedVisitors"), cell("expectedConversion"))
      ),
    },
    {
      field: "expectedRevenue",
      names: n("Expected revenue", "预计销售额", "預計銷售額"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 14,
    },
    {
      field: "roas",
      names: n("ROAS", "投入产出比", "投入產出比"),
      type: "number",
      computed: true,
      format: DEC,
      width: 8,
      formula: blankIf(
        [isZero(cell("amount"))],
        plan(ROAS, cell("expectedRevenue"), cell("amount"))
      ),
    },
    {
      ...flags,
      formula: plan(
        BUDGETCHECK,
        cell("channel"),
        cell("amount"),
        runningTotal("amount"),
        setting("BudgetCap")
      ),
    },
  ],
};

export const DAILY_SHEET: SheetSpec = {
  id: "daily",
  names: n("Daily", "日报", "日報"),
  columns: [
    {
      field: "date",
      names: n("Date", "日期", "日期"),
      type: "date",
      key: true,
      format: DATE,
      width: 12,
    },
    {
      field: "platform",
      names: n("Platform", "平台", "平台"),
      type: "list",
      list: "platform",
      key: true,
      width: 12,
    },
    {
      field: "channel",
      names: n("Channel", "渠道", "渠道"),
      type: "list",
      list: "channel",
      width: 18,
    },
    {
      field: "visitors",
      names: n("Visitors", "访客数", "訪客數"),
      type: "integer",
      key: true,
      nonNegative: true,
      format: INT,
      width: 10,
    },
    {
      field: "orders",
      names: n("Orders", "支付买家数", "支付買家數"),
      type: "integer",
      nonNegative: true,
      format: INT,
      width: 10,
    },
    {
      field: "revenue",
      names: n("Revenue", "销售额", "銷售額"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "adSpend",
      names: n("Ad spend", "推广花费", "推廣花費"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "clicks",
      names: n("Clicks", "点击量", "點擊量"),
      type: "integer",
      nonNegative: true,
      format: INT,
      width: 10,
    },
    {
      field: "conversion",
      names: n("Conversion", "转化率", "轉化率"),
      type: "percent",
      computed: true,
      format: "0.00%",
      width: 10,
      formula: blankIf(
        [isZero(cell("visitors"))],
        plan(CONVERSION, cell("orders"), cell("visitors"))
      ),
    },
    {
      field: "aov",
      names: n("AOV", "客单价", "客單價"),
      type: "money",
      computed: true,
      format: MONEY,
      width: 10,
      formula: blankIf([isZero(cell("orders"))], plan(AOV, cell("revenue"), cell("orders"))),
    },
    {
      field: "cpc",
      names: n("CPC", "点击单价", "點擊單價"),
      type: "money",
      computed: true,
      format: MONEY,
      width: 10,
      formula: blankIf([isZero(cell("clicks"))], plan(CPC, cell("adSpend"), cell("clicks"))),
    },
    {
      field: "roas",
      names: n("ROAS", "投入产出比", "投入產出比"),
      type: "number",
      computed: true,
      format: DEC,
      width: 8,
      formula: blankIf([isZero(cell("adSpend"))], plan(ROAS, cell("revenue"), cell("adSpend"))),
    },
  ],
};

export const REGIONS_SHEET: SheetSpec = {
  id: "regions",
  names: n("Regions", "地区", "地區"),
  columns: [
    { field: "region", names: n("Region", "地区", "地區"), type: "text", key: true, width: 14 },
    {
      field: "ordersShare",
      names: n("Orders share", "订单占比", "訂單佔比"),
      type: "percent",
      key: true,
      nonNegative: true,
      format: PCT,
      width: 12,
    },
    { field: "warehouse", names: n("Warehouse", "仓库", "倉庫"), type: "text", width: 14 },
    {
      field: "deliveryDays",
      names: n("Delivery days", "配送天数", "配送天數"),
      type: "number",
      nonNegative: true,
      format: "0.0",
      width: 12,
    },
    {
      field: "suggestion",
      names: n("Suggestion", "建议", "建議"),
      type: "text",
      computed: true,
      width: 40,
    },
  ],
};

export const WAIVERS_SHEET: SheetSpec = {
  id: "waivers",
  names: n("Waivers", "豁免", "豁免"),
  columns: [
    { field: "rule", names: n("Rule", "规则", "規則"), type: "text", key: true, width: 22 },
    {
      field: "target",
      names: n("Cell or SKU", "单元格或SKU", "儲存格或SKU"),
      type: "text",
      key: true,
      width: 18,
    },
    { field: "reason", names: n("Reason", "原因", "原因"), type: "text", key: true, width: 40 },
    {
      field: "until",
      names: n("Until", "有效期至", "有效期至"),
      type: "date",
      format: DATE,
      width: 12,
    },
    { field: "owner", names: n("Owner", "负责人", "負責人"), type: "text", width: 12 },
  ],
};

export const CALENDAR_SHEET: SheetSpec = {
  id: "calendar",
  names: n("Calendar", "日历", "日曆"),
  // No dropdown invites an event below the rows the Promotions Flags read.
  reserveLastRow: CALENDAR_FORMULA_LAST_ROW,
  columns: [
    { field: "event", names: n("Event", "节点", "節點"), type: "text", key: true, width: 22 },
    {
      field: "from",
      names: n("From", "开始日期", "開始日期"),
      type: "date",
      key: true,
      format: DATE,
      width: 12,
    },
    {
      field: "to",
      names: n("To", "结束日期", "結束日期"),
      type: "date",
      key: true,
      format: DATE,
      width: 12,
    },
    { field: "kind", names: n("Kind", "类型", "類型"), type: "text", width: 18 },
    {
      field: "maxPromoDays",
      names: n("Max promo days", "最长活动天数", "最長活動天數"),
      type: "integer",
      nonNegative: true,
      format: "0",
      width: 14,
    },
    // Issue 16: an event of one platform (its own 618 dates and limits); blank: every platform.
    {
      field: "platform",
      names: n("Platform", "平台", "平台"),
      type: "list",
      list: "platform",
      width: 12,
    },
    {
      field: "shipBy",
      names: n("Ship by", "最晚发货日期", "最晚發貨日期"),
      type: "date",
      format: DATE,
      width: 12,
    },
  ],
};

const DAYS = (field: string, names: Names): ColumnSpec => ({
  field,
  names,
  type: "integer",
  nonNegative: true,
  format: "0",
  width: 12,
});

/**
 * One row per platform: its own thresholds (issue 16). A blank cell takes the Settings value of the same name
 * (src/core/platforms.ts resolves them); a platform with no row takes the Settings throughout.
 */
export const PLATFORMS_SHEET: SheetSpec = {
  id: "platforms",
  names: n("Platforms", "平台", "平台"),
  columns: [
    {
      field: "platform",
      names: n("Platform", "平台", "平台"),
      type: "list",
      list: "platform",
      key: true,
      width: 12,
    },
    DAYS("referencePriceDays", n("Reference price days", "参考价天数", "參考價天數")),
    {
      field: "minDiscount",
      names: n("Min discount below lowest", "低于最低价幅度", "低於最低價幅度"),
      type: "percent",
      nonNegative: true,
      format: PCT,
      width: 14,
    },
    DAYS("protectionDays", n("Protection days", "活动保护期天数", "活動保護期天數")),
    DAYS("priceProtectionDays", n("Price protection days after", "价保天数", "價保天數")),
    DAYS("postPromoDays", n("Post-promo days", "活动后控价天数", "活動後控價天數")),
    DAYS("maxPromoDays", n("Max promo days", "最长活动天数", "最長活動天數")),
    DAYS(
      "minDaysBetweenPromos",
      n("Min days between promos", "活动最小间隔天数", "活動最小間隔天數")
    ),
    {
      field: "priceSpreadTolerance",
      names: n("Price spread tolerance", "价差容忍度", "價差容忍度"),
      type: "percent",
      nonNegative: true,
      format: PCT,
      width: 12,
    },
    {
      field: "maxDepositShare",
      names: n("Max deposit share", "定金最高占比", "定金最高佔比"),
      type: "percent",
      nonNegative: true,
      format: PCT,
      width: 12,
    },
    {
      field: "minDeposit",
      names: n("Min deposit", "定金最低金额", "定金最低金額"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    { field: "note", names: n("Note", "说明", "說明"), type: "text", width: 60 },
  ],
};

/** Each product's own sales (issue 15): one row per SKU, platform and day, as the platforms' back ends report them. */
export const SALES_SHEET: SheetSpec = {
  id: "sales",
  names: n("Sales", "销售", "銷售"),
  columns: [
    {
      field: "date",
      names: n("Date", "日期", "日期"),
      type: "date",
      key: true,
      format: DATE,
      width: 12,
    },
    { field: "sku", names: n("SKU", "SKU", "SKU"), type: "text", key: true, width: 14 },
    {
      field: "platform",
      names: n("Platform", "平台", "平台"),
      type: "list",
      list: "platform",
      key: true,
      width: 12,
    },
    {
      field: "visitors",
      names: n("Visitors", "访客数", "訪客數"),
      type: "integer",
      nonNegative: true,
      format: INT,
      width: 10,
    },
    {
      field: "buyers",
      names: n("Buyers", "支付买家数", "支付買家數"),
      type: "integer",
      nonNegative: true,
      format: INT,
      width: 10,
    },
    {
      field: "units",
      names: n("Units", "支付件数", "支付件數"),
      type: "integer",
      key: true,
      nonNegative: true,
      format: INT,
      width: 10,
    },
    {
      field: "revenue",
      names: n("Revenue", "支付金额", "支付金額"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "refunds",
      names: n("Refunds", "退款金额", "退款金額"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "adSpend",
      names: n("Ad spend", "推广花费", "推廣花費"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
  ],
};

export const SERVICE_SHEET: SheetSpec = {
  id: "service",
  names: n("Service", "客服", "客服"),
  columns: [
    {
      field: "date",
      names: n("Date", "日期", "日期"),
      type: "date",
      key: true,
      format: DATE,
      width: 12,
    },
    { field: "agent", names: n("Agent", "客服", "客服"), type: "text", key: true, width: 14 },
    { field: "shift", names: n("Shift", "班次", "班次"), type: "text", width: 10 },
    {
      field: "platform",
      names: n("Platform", "平台", "平台"),
      type: "list",
      list: "platform",
      width: 12,
    },
    {
      field: "inquiries",
      names: n("Inquiries", "询单人数", "詢單人數"),
      type: "integer",
      key: true,
      nonNegative: true,
      format: INT,
      width: 10,
    },
    {
      field: "buyers",
      names: n("Buyers", "询单成交人数", "詢單成交人數"),
      type: "integer",
      key: true,
      nonNegative: true,
      format: INT,
      width: 12,
    },
    {
      field: "revenue",
      names: n("Revenue", "销售额", "銷售額"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 12,
    },
    {
      field: "responseSeconds",
      names: n("Response seconds", "平均响应秒数", "平均響應秒數"),
      type: "number",
      nonNegative: true,
      format: "0.0",
      width: 12,
    },
  ],
};

export const MARKET_SHEET: SheetSpec = {
  id: "market",
  names: n("Market", "市场", "市場"),
  columns: [
    {
      field: "month",
      names: n("Month", "月份", "月份"),
      type: "month",
      key: true,
      format: "yyyy-mm",
      width: 10,
    },
    { field: "category", names: n("Category", "类目", "類目"), type: "text", key: true, width: 14 },
    {
      field: "priceFrom",
      names: n("Price from", "价格带起", "價格帶起"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 11,
    },
    {
      field: "priceTo",
      names: n("Price to", "价格带止", "價格帶止"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 11,
    },
    {
      field: "marketUnits",
      names: n("Market units", "市场销量", "市場銷量"),
      type: "integer",
      key: true,
      nonNegative: true,
      format: INT,
      width: 12,
    },
    {
      field: "marketRevenue",
      names: n("Market revenue", "市场销售额", "市場銷售額"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 14,
    },
    {
      field: "storeUnits",
      names: n("Store units", "本店销量", "本店銷量"),
      type: "integer",
      nonNegative: true,
      format: INT,
      width: 11,
    },
    {
      field: "storeRevenue",
      names: n("Store revenue", "本店销售额", "本店銷售額"),
      type: "money",
      nonNegative: true,
      format: MONEY,
      width: 13,
    },
  ],
};

export const COMPETITORS_SHEET: SheetSpec = {
  id: "competitors",
  names: n("Competitors", "竞品", "競品"),
  columns: [
    { field: "sku", names: n("Our SKU", "本店SKU", "本店SKU"), type: "text", key: true, width: 14 },
    {
      field: "competitor",
      names: n("Competitor", "竞品店铺", "競品店鋪"),
      type: "text",
      key: true,
      width: 16,
    },
    {
      field: "product",
      names: n("Product", "竞品名称", "競品名稱"),
      type: "text",
      key: true,
      width: 28,
    },
    { field: "attributes", names: n("Attributes", "卖点", "賣點"), type: "text", width: 28 },
    {
      field: "price",
      names: n("Price", "价格", "價格"),
      type: "money",
      key: true,
      nonNegative: true,
      format: MONEY,
      width: 11,
    },
    {
      field: "monthlySales",
      names: n("Monthly sales", "月销量", "月銷量"),
      type: "integer",
      nonNegative: true,
      format: INT,
      width: 12,
    },
  ],
};

export const FINDINGS_SHEET: SheetSpec = {
  id: "findings",
  names: n("Findings", "检查结果", "檢查結果"),
  outputOnly: true,
  columns: [
    { field: "severity", names: n("Severity", "严重程度", "嚴重程度"), type: "text", width: 10 },
    { field: "rule", names: n("Rule", "规则", "規則"), type: "text", width: 22 },
    { field: "sheet", names: n("Sheet", "工作表", "工作表"), type: "text", width: 12 },
    { field: "cell", names: n("Cell", "单元格", "儲存格"), type: "text", width: 16 },
    { field: "message", names: n("Message", "说明", "說明"), type: "text", width: 80 },
  ],
};

/** Output-only sheets the add-in draws (no table schema): their names only. */
export const TIMELINE_NAMES: Names = n("Timeline", "时间线", "時間線");
export const DASHBOARD_NAMES: Names = n("Dashboard", "看板", "看板");
export const REVIEW_NAMES: Names = n("Review", "复盘", "復盤");

export const SHEETS: readonly SheetSpec[] = [
  SETTINGS_SHEET,
  LISTS_SHEET,
  PRODUCTS_SHEET,
  PROMOTIONS_SHEET,
  PRICES_SHEET,
  BUDGET_SHEET,
  DAILY_SHEET,
  REGIONS_SHEET,
  WAIVERS_SHEET,
  CALENDAR_SHEET,
  SALES_SHEET,
  PLATFORMS_SHEET,
  SERVICE_SHEET,
  MARKET_SHEET,
  COMPETITORS_SHEET,
  FINDINGS_SHEET,
];

const BY_ID = new Map<SheetId, SheetSpec>(SHEETS.map((s) => [s.id, s]));

export function sheetSpec(id: SheetId): SheetSpec {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`No schema for sheet ${id}`);
  return s;
}

export function columnSpec(sheet: SheetId, field: string): ColumnSpec {
  const col = sheetSpec(sheet).columns.find((c) => c.field === field);
  if (!col) throw new Error(`No column ${field} in sheet ${sheet}`);
  return col;
}
