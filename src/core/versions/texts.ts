/** The words of a comparison (the Changes sheet, `ops-planner diff`) in English and 简体中文. */
import { registerTexts, translator } from "../i18n";
import type { Lang } from "../schema/types";

registerTexts("versions", {
  en: {
    sheetName: "Changes",
    title: "Changes from {{before}} to {{after}}",
    equal: "No changes: the two plans hold the same rows and values.",
    hSheet: "Sheet",
    hChange: "Change",
    hRow: "Row",
    hRowBefore: "Row before",
    hRowAfter: "Row after",
    hColumn: "Column",
    hBefore: "Before",
    hAfter: "After",
    added: "added",
    removed: "removed",
    changed: "changed",
    sheetAdded: "sheet added",
    sheetRemoved: "sheet removed",
    sheetRenamed: "sheet renamed",
    columnRenamed: "column renamed",
    effects: "What the changes do",
    findingAppeared: "finding appears",
    findingDisappeared: "finding disappears",
    total_budget: "Budget total",
    total_expectedUnits: "Expected units",
    total_expectedOrders: "Expected orders",
    total_expectedRevenue: "Expected revenue",
    weeks: "Timeline weeks",
    weeksGained: "gains",
    weeksLost: "loses",
    weeks_deposit: "deposit weeks (D)",
    weeks_balance: "balance weeks (B)",
    summary:
      "{{sheets}} sheet(s) differ: {{added}} row(s) added, {{removed}} removed, {{changed}} changed; findings: {{appeared}} appear, {{disappeared}} disappear",
  },
  "zh-CN": {
    sheetName: "变更",
    title: "从 {{before}} 到 {{after}} 的变更",
    equal: "没有变更：两个计划的行和值相同。",
    hSheet: "工作表",
    hChange: "变更",
    hRow: "行",
    hRowBefore: "原行号",
    hRowAfter: "新行号",
    hColumn: "列",
    hBefore: "原值",
    hAfter: "新值",
    added: "新增",
    removed: "删除",
    changed: "修改",
    sheetAdded: "新增工作表",
    sheetRemoved: "删除工作表",
    sheetRenamed: "工作表改名",
    columnRenamed: "列改名",
    effects: "变更的影响",
    findingAppeared: "新增检查结果",
    findingDisappeared: "消失的检查结果",
    total_budget: "预算合计",
    total_expectedUnits: "预计销量",
    total_expectedOrders: "预计订单数",
    total_expectedRevenue: "预计销售额",
    weeks: "时间线周次",
    weeksGained: "新增",
    weeksLost: "移除",
    weeks_deposit: "定金周",
    weeks_balance: "尾款周",
    summary:
      "{{sheets}} 个工作表有差异：新增 {{added}} 行，删除 {{removed}} 行，修改 {{changed}} 行；检查结果：新增 {{appeared}} 条，消失 {{disappeared}} 条",
  },
});

export function versionsTranslator(
  lang: Lang
): (key: string, params?: Record<string, unknown>) => string {
  const t = translator(lang);
  return (key, params) => t(`versions:${key}`, params);
}
