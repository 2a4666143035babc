/** The CLI's own texts (help, labels, errors), in English and 简体中文, through i18next like every user-facing text. */
import { registerTexts, translator } from "../core/i18n";
import type { Lang } from "../core/schema/types";

const en: Record<string, string> = {
  usage: [
    "Usage: ops-planner <command> [options]",
    "",
    "Commands:",
    "  template <out.xlsx>   Write a plan workbook (add --sample for a sample plan that breaks every rule)",
    "  validate <file.xlsx>  Check a plan workbook against every rule",
    "",
    "Options:",
    "  -h, --help            Show this help; `ops-planner <command> --help` shows a command's help",
    "  -v, --version         Show the version",
  ].join("\n"),
  validateUsage: [
    "Usage: ops-planner validate <file.xlsx> [--json] [--lang en|zh-CN] [--fail-on error|warning]",
    "",
    "Reads the plan sheets of a workbook (Products, Promotions, Prices, Budget, Daily, Regions, Waivers,",
    "Calendar, Settings, Lists; English or Chinese names and headers) and prints every finding.",
    "",
    "Options:",
    '  --json                   Print { "findings": [...], "counts": { "error", "warning", "waived" } } on stdout',
    "  --lang en|zh-CN          Language of the messages (default: en)",
    "  --fail-on error|warning  Severity that makes the exit code 1 (default: error)",
    "  -h, --help               Show this help",
    "",
    "Exit codes: 0 nothing unwaived reaches the --fail-on level; 1 something does;",
    "            2 usage error, or a file that is missing, not an .xlsx workbook, password-protected or without plan sheets.",
  ].join("\n"),
  unknownCommand: 'unknown command "{{command}}"',
  noCommand: "no command given",
  unknownOption: "unknown option {{option}}",
  missingValue: "option {{option}} needs a value",
  badValue: 'option {{option}} must be one of {{allowed}}, not "{{value}}"',
  missingFile: "validate needs the workbook to check: ops-planner validate <file.xlsx>",
  extraArgument: 'unexpected argument "{{arg}}"',
  fileMissing: "{{file}}: no such file",
  notAWorkbook: "{{file}}: not an .xlsx workbook",
  notAWorkbookDetail: "{{file}}: not an .xlsx workbook ({{detail}})",
  legacyXls:
    "{{file}}: not an .xlsx workbook (a legacy .xls or another OLE document: save it as .xlsx)",
  encrypted:
    "{{file}}: the workbook is password-protected: remove the password (File > Info > Protect Workbook) and try again",
  noPlanSheet:
    "{{file}}: no plan sheet (expected one of Products, Promotions, Prices, Budget, Daily, Regions; found: {{found}})",
  internalError: "internal error: {{message}} (set OPS_PLANNER_DEBUG=1 for details)",
  colSeverity: "Severity",
  colRule: "Rule",
  colCell: "Cell",
  colMessage: "Message",
  error: "error",
  warning: "warning",
  waivedHeading: "Waived:",
  waivedReason: "waived: {{reason}}",
  noFindings: "No findings.",
  errors_one: "{{count}} error",
  errors_other: "{{count}} errors",
  warnings_one: "{{count}} warning",
  warnings_other: "{{count}} warnings",
  waived_one: "{{count}} waived",
  waived_other: "{{count}} waived",
  summary: "{{errors}}, {{warnings}}, {{waived}}",
  none: "none",
};

const zh: Record<string, string> = {
  usage: [
    "用法：ops-planner <命令> [选项]",
    "",
    "命令：",
    "  template <out.xlsx>   生成计划工作簿（加 --sample 生成违反每条规则的示例计划）",
    "  validate <file.xlsx>  按全部规则检查计划工作簿",
    "",
    "选项：",
    "  -h, --help            显示帮助；`ops-planner <命令> --help` 显示该命令的帮助",
    "  -v, --version         显示版本",
  ].join("\n"),
  validateUsage: [
    "用法：ops-planner validate <file.xlsx> [--json] [--lang en|zh-CN] [--fail-on error|warning]",
    "",
    "读取工作簿中的计划工作表（产品、活动、价格、预算、日报、地区、豁免、日历、设置、列表；",
    "中英文表名和表头均可），列出全部检查结果。",
    "",
    "选项：",
    '  --json                   在标准输出打印 { "findings": [...], "counts": { "error", "warning", "waived" } }',
    "  --lang en|zh-CN          消息语言（默认 en）",
    "  --fail-on error|warning  达到该严重程度即以 1 退出（默认 error）",
    "  -h, --help               显示帮助",
    "",
    "退出码：0 未豁免的结果均未达到 --fail-on 级别；1 有结果达到；",
    "        2 用法错误，或文件不存在、不是 .xlsx 工作簿、有密码保护、没有计划工作表。",
  ].join("\n"),
  unknownCommand: "未知命令“{{command}}”",
  noCommand: "未指定命令",
  unknownOption: "未知选项 {{option}}",
  missingValue: "选项 {{option}} 需要一个值",
  badValue: "选项 {{option}} 只能是 {{allowed}}，而不是“{{value}}”",
  missingFile: "validate 需要要检查的工作簿：ops-planner validate <file.xlsx>",
  extraArgument: "多余的参数“{{arg}}”",
  fileMissing: "{{file}}：文件不存在",
  notAWorkbook: "{{file}}：不是 .xlsx 工作簿",
  notAWorkbookDetail: "{{file}}：不是 .xlsx 工作簿（{{detail}}）",
  legacyXls: "{{file}}：不是 .xlsx 工作簿（是旧版 .xls 或其他 OLE 文档：请另存为 .xlsx）",
  encrypted: "{{file}}：工作簿有密码保护：请先取消密码（文件 > 信息 > 保护工作簿）再试",
  noPlanSheet:
    "{{file}}：没有计划工作表（应有 产品、活动、价格、预算、日报、地区 之一；实际有：{{found}}）",
  internalError: "内部错误：{{message}}（设置 OPS_PLANNER_DEBUG=1 查看详情）",
  colSeverity: "严重程度",
  colRule: "规则",
  colCell: "单元格",
  colMessage: "说明",
  error: "错误",
  warning: "警告",
  waivedHeading: "已豁免：",
  waivedReason: "已豁免：{{reason}}",
  noFindings: "未发现问题。",
  errors_other: "{{count}} 个错误",
  warnings_other: "{{count}} 个警告",
  waived_other: "{{count}} 个已豁免",
  summary: "{{errors}}，{{warnings}}，{{waived}}",
  none: "无",
};

registerTexts("cli", { en, "zh-CN": zh });

export type CliText = (key: string, params?: Record<string, unknown>) => string;

/** The CLI texts of one language: `text("fileMissing", { file })`. */
export function cliText(lang: Lang = "en"): CliText {
  const t = translator(lang);
  return (key, params) => t(`cli:${key}`, params);
}
