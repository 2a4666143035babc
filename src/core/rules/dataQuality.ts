/**
 * The data-quality rules (spec §3). The reader reports them (src/core/read), so their checks are empty; they are
 * declared here for their ids, severity and messages. Every message names the column and the value, and says how
 * to fix the cell.
 */
import { registerTexts } from "../i18n";
import type { Rule } from "./rule";
import type { DqRuleId } from "./ruleIds";

type DqMessages = Record<DqRuleId, { en: string; "zh-CN": string }>;

const MESSAGES: DqMessages = {
  DQ_MISSING_COLUMN: {
    en: "Sheet {{sheet}} is missing the column(s) {{missing}}: add these headers to its header row. Until then the sheet's rows are not read.",
    "zh-CN":
      "工作表 {{sheet}} 缺少列：{{missing}}。请在表头行补上这些列标题；补上之前，该表的数据行不会被读取。",
  },
  DQ_MISSING_VALUE: {
    en: "{{column}} is blank but required: fill it in, or delete the row.",
    "zh-CN": "{{column}} 为空，但这是必填项：请填写，或删除该行。",
  },
  DQ_NOT_A_NUMBER: {
    en: '{{column}}: "{{value}}" is not a number. Type a number such as 1234.5 (¥, %, thousands separators and 万 are fine).',
    "zh-CN":
      "{{column}}：“{{value}}”不是数字。请输入数字，如 1234.5（可带 ¥、%、千位分隔符或“万”）。",
  },
  DQ_NOT_A_DATE: {
    en: '{{column}}: "{{value}}" is not a date. Type it as year-month-day, e.g. 2027-06-18.',
    "zh-CN": "{{column}}：“{{value}}”不是有效日期。请按“年-月-日”输入，如 2027-06-18。",
  },
  DQ_AMBIGUOUS_DATE: {
    en: '{{column}}: "{{value}}" could be {{dayFirst}} or {{monthFirst}}. Type it as year-month-day, e.g. {{dayFirst}}.',
    "zh-CN":
      "{{column}}：“{{value}}”既可能是 {{dayFirst}}，也可能是 {{monthFirst}}。请按“年-月-日”输入，如 {{dayFirst}}。",
  },
  DQ_ERROR_VALUE: {
    en: "{{column}} holds the error {{value}}: fix the formula or type the value.",
    "zh-CN": "{{column}} 中是错误值 {{value}}：请修正公式或直接输入数值。",
  },
  DQ_NOT_CALCULATED: {
    en: "{{column}}: the formula {{value}} has no calculated value in the file. Open the file in a spreadsheet program (Excel, WPS, LibreOffice), save it, and validate again.",
    "zh-CN":
      "{{column}}：公式 {{value}} 在文件中没有计算结果。请用电子表格程序（Excel、WPS、LibreOffice）打开并保存该文件，再重新检查。",
  },
  DQ_NEGATIVE: {
    en: "{{column}}: {{value}} is negative. Amounts, prices and counts must be 0 or more.",
    "zh-CN": "{{column}}：{{value}} 是负数。金额、价格和数量不能小于 0。",
  },
  DQ_UNKNOWN_VALUE: {
    en: '{{column}}: "{{value}}" is not in the {{list}} list. Pick a value from the dropdown, or add it to the {{list}} column of the {{listsSheet}} sheet.',
    "zh-CN":
      "{{column}}：“{{value}}”不在“{{list}}”列表中。请从下拉列表中选择，或把它添加到工作表 {{listsSheet}} 的“{{list}}”列。",
  },
  DQ_UNKNOWN_SKU: {
    en: 'SKU "{{value}}" is not on the {{productsSheet}} sheet: add the product there, or correct the SKU.',
    "zh-CN": "SKU“{{value}}”不在工作表 {{productsSheet}} 中：请先在那里添加该产品，或更正 SKU。",
  },
  DQ_DUPLICATE_SKU: {
    en: 'SKU "{{value}}" is already on row {{firstRow}}: each product has one row. Merge the two rows or delete this one.',
    "zh-CN": "SKU“{{value}}”已在第 {{firstRow}} 行出现：每个产品只占一行。请合并这两行或删除本行。",
  },
  DQ_DATE_ORDER: {
    en: "{{column}} {{value}} is before {{startColumn}} {{start}}: swap or correct the dates.",
    "zh-CN": "{{column}} {{value}} 早于 {{startColumn}} {{start}}：请对调或更正日期。",
  },
  DQ_DUPLICATE_DAY: {
    en: "SKU {{sku}} on {{platform}} on {{value}} is already on row {{firstRow}}: one row per SKU, platform and day. Add the two rows up into one, or delete this one.",
    "zh-CN":
      "SKU {{sku}} 在 {{platform}} {{value}} 的数据已在第 {{firstRow}} 行：每个 SKU、平台、日期只占一行。请把两行合并为一行，或删除本行。",
  },
  DQ_REVENUE_WITHOUT_UNITS: {
    en: "{{column}} is 0 while {{revenueColumn}} is {{revenue}}: a day with revenue sold units. Type the units sold, or correct the revenue.",
    "zh-CN":
      "{{column}} 为 0，但 {{revenueColumn}} 为 {{revenue}}：有销售额就应有销量。请填写支付件数，或更正金额。",
  },
  DQ_BUYERS_OVER_INQUIRIES: {
    en: "{{column}} {{value}} is more than {{inquiriesColumn}} {{inquiries}}: buyers are counted among those who inquired, so the conversion would be over 100 %. Correct either cell.",
    "zh-CN":
      "{{column}} {{value}} 大于 {{inquiriesColumn}} {{inquiries}}：成交人数是询单人数中的一部分，否则转化率会超过 100%。请更正其中一格。",
  },
  DQ_BAND_ORDER: {
    en: "{{column}} {{value}} is below {{fromColumn}} {{from}}: no price falls in this band. Swap or correct the two bounds.",
    "zh-CN":
      "{{column}} {{value}} 低于 {{fromColumn}} {{from}}：没有价格能落在这个价格带里。请对调或更正两个边界。",
  },
};

/**
 * Variants chosen by the hit's `context` param (i18next contexts): a Calendar Kind outside its fixed choices,
 * and a Waivers Rule that is no rule id (neither list lives on the Lists sheet); a formula the file does not spell
 * out (a shared formula that cannot be moved to its cell).
 */
const CONTEXT_MESSAGES = {
  en: {
    DQ_UNKNOWN_VALUE_choice:
      '{{column}}: "{{value}}" is not allowed here. Use one of: {{allowed}}.',
    DQ_UNKNOWN_VALUE_rule:
      '{{column}}: "{{value}}" is not a rule id. Copy the rule id from the Findings sheet, e.g. PROMO_TOO_LONG.',
    DQ_DUPLICATE_SKU_platform:
      'Platform "{{value}}" is already on row {{firstRow}}: each platform has one row, and that one is used. Merge the two rows or delete this one.',
    DQ_NOT_CALCULATED_unknown:
      "{{column}}: this cell's formula has no calculated value in the file. Open the file in a spreadsheet program (Excel, WPS, LibreOffice), save it, and validate again.",
  },
  "zh-CN": {
    DQ_UNKNOWN_VALUE_choice: "{{column}}：这里不能填“{{value}}”。请填写以下之一：{{allowed}}。",
    DQ_UNKNOWN_VALUE_rule:
      "{{column}}：“{{value}}”不是规则编号。请从检查结果表中复制规则编号，如 PROMO_TOO_LONG。",
    DQ_DUPLICATE_SKU_platform:
      "平台“{{value}}”已在第 {{firstRow}} 行出现：每个平台只占一行，以该行为准。请合并这两行或删除本行。",
    DQ_NOT_CALCULATED_unknown:
      "{{column}}：该单元格的公式在文件中没有计算结果。请用电子表格程序（Excel、WPS、LibreOffice）打开并保存该文件，再重新检查。",
  },
};

export const DQ_RULES: Rule[] = (Object.keys(MESSAGES) as DqRuleId[]).map((id) => ({
  id,
  severity: "error",
  reads: [],
  message: MESSAGES[id],
  check: () => [],
}));

registerTexts("rules", {
  en: { ...Object.fromEntries(DQ_RULES.map((r) => [r.id, r.message.en])), ...CONTEXT_MESSAGES.en },
  "zh-CN": {
    ...Object.fromEntries(DQ_RULES.map((r) => [r.id, r.message["zh-CN"]])),
    ...CONTEXT_MESSAGES["zh-CN"],
  },
});
