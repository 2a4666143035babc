/** `ops-planner template <out.xlsx> [--sample] [--year Y] [--lang en|zh-CN] [--force]` (spec §5). */
import { existsSync } from "fs";
import { registerTexts, translator, isLang } from "../../core/i18n";
import type { Lang } from "../../core/schema/types";
import { defaultSettings } from "../../core/settings";
import { springFestival, SPRING_FESTIVAL_YEARS } from "../../core/sample/springFestival";
import { cliText } from "../i18n";
import { CliError, type CliIO } from "../io";
import { parseOptions } from "../parseOptions";
import { writePlanWorkbook, type WriteOptions } from "../xlsx/writeWorkbook";

/** Years a plan may be for: dates before 1900 do not exist in Excel's 1900 date system (the sample looks a year back). */
export const YEAR_RANGE = { min: 1901, max: 9998 } as const;

registerTexts("template", {
  en: {
    usage: [
      "Usage: ops-planner template <out.xlsx> [--sample] [--year Y] [--lang en|zh-CN] [--force]",
      "",
      "Writes a plan workbook: Settings, Lists, Products, Promotions, Prices, Budget, Daily, Regions, Waivers,",
      "Calendar (seeded with the plan year's festivals) and Findings — each an Excel table with dropdowns and formats.",
      "",
      "Options:",
      "  --sample          Add a sample plan that breaks every rule on purpose (see the README's table)",
      "  --year Y          Plan year (default: next calendar year)",
      "  --lang en|zh-CN   Language of sheet names, headers and list values (default: en)",
      "  --force           Overwrite <out.xlsx> if it exists",
      "  -h, --help        Show this help",
    ].join("\n"),
    missingOut: "template needs the file to write: ops-planner template <out.xlsx>",
    notXlsx: "{{file}}: the workbook must be an .xlsx file",
    exists: "{{file}} exists: pass --force to overwrite it",
    badYear: 'option --year must be a whole year from {{min}} to {{max}}, not "{{value}}"',
    sampleYear:
      "the sample needs a plan year whose Spring Festival date is known ({{first}}–{{last}}), not {{year}}",
    cannotWrite: "{{file}}: cannot write the workbook ({{reason}})",
    wrote: "Wrote {{file}} ({{sheets}} sheets, {{rows}} rows)",
  },
  "zh-CN": {
    usage: [
      "用法：ops-planner template <out.xlsx> [--sample] [--year Y] [--lang en|zh-CN] [--force]",
      "",
      "生成计划工作簿：设置、列表、产品、活动、价格、预算、日报、地区、豁免、日历（已填入计划年度的节日）",
      "和检查结果——每个工作表都是带下拉列表和格式的 Excel 表格。",
      "",
      "选项：",
      "  --sample          加入一份故意违反每条规则的示例计划（见 README 中的表格）",
      "  --year Y          计划年度（默认：下一个自然年）",
      "  --lang en|zh-CN   工作表名、表头和列表值的语言（默认 en）",
      "  --force           <out.xlsx> 已存在时覆盖",
      "  -h, --help        显示帮助",
    ].join("\n"),
    missingOut: "template 需要输出文件：ops-planner template <out.xlsx>",
    notXlsx: "{{file}}：工作簿必须是 .xlsx 文件",
    exists: "{{file}} 已存在：加 --force 覆盖",
    badYear: "选项 --year 必须是 {{min}} 到 {{max}} 之间的整数年份，而不是“{{value}}”",
    sampleYear: "示例计划需要已知春节日期的计划年度（{{first}}–{{last}}），而不是 {{year}}",
    cannotWrite: "{{file}}：无法写入工作簿（{{reason}}）",
    wrote: "已写入 {{file}}（{{sheets}} 个工作表，{{rows}} 行）",
  },
});

interface TemplateArgs extends WriteOptions {
  file: string;
  force: boolean;
}

/** `--help` anywhere before `--` wins over every other argument, good or bad. */
const wantsHelp = (argv: readonly string[]): boolean => {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
};

/** The language asked for, looked up leniently, so that even a bad command line gets messages in it. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v !== undefined && isLang(v)) return v;
  }
  return "en";
}

function parseTemplateArgs(argv: string[], lang: Lang, today: Date): TemplateArgs {
  const cli = cliText(lang);
  const t = translator(lang);
  const parsed = parseOptions(
    argv,
    {
      sample: { type: "boolean" },
      year: { type: "string" },
      lang: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    cli
  );
  const { values, positionals } = parsed;
  const langValue = values.lang ?? "en";
  if (!isLang(langValue))
    throw new CliError(
      cli("badValue", { option: "--lang", allowed: "en, zh-CN", value: langValue })
    );

  let year = defaultSettings(today).planYear;
  if (values.year !== undefined) {
    const text = values.year.trim();
    const y = /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (!(y >= YEAR_RANGE.min && y <= YEAR_RANGE.max))
      throw new CliError(t("template:badYear", { ...YEAR_RANGE, value: values.year }));
    year = y;
  }
  const sample = values.sample === true;
  if (positionals.length === 0) throw new CliError(t("template:missingOut"));
  if (positionals.length > 1) throw new CliError(cli("extraArgument", { arg: positionals[1] }));
  if (!/\.xlsx$/i.test(positionals[0]))
    throw new CliError(t("template:notXlsx", { file: positionals[0] }));
  if (sample && springFestival(year) === undefined)
    throw new CliError(t("template:sampleYear", { ...SPRING_FESTIVAL_YEARS, year }));
  return {
    file: positionals[0],
    force: values.force === true,
    sample,
    year,
    lang: langValue,
    today,
  };
}

/**
 * Runs `template`; resolves to 0 when written. A usage error, an existing file without --force or an unwritable path
 * throws a CliError (exit 2), which the dispatcher prints as one line on stderr, as every command does.
 */
export async function runTemplate(
  argv: string[],
  io: CliIO,
  today: Date = new Date()
): Promise<number> {
  const lang = langOf(argv);
  const t = translator(lang);
  if (wantsHelp(argv)) {
    io.stdout(t("template:usage"));
    return 0;
  }
  const args = parseTemplateArgs(argv, lang, today);
  if (existsSync(args.file) && !args.force)
    throw new CliError(t("template:exists", { file: args.file }));
  let summary;
  try {
    summary = await writePlanWorkbook(args.file, {
      lang: args.lang,
      year: args.year,
      sample: args.sample,
      today,
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new CliError(
      t("template:cannotWrite", { file: args.file, reason: err.code ?? err.message.split("\n")[0] })
    );
  }
  io.stdout(t("template:wrote", { file: args.file, ...summary }));
  return 0;
}
