/** `ops-planner update <file.xlsx> [--timeline] [--lang en|zh-CN] [--out <out.xlsx>] [--force]` (issue 13). */
import { existsSync } from "fs";
import { resolve } from "path";
import { isLang, registerTexts, translator } from "../../core/i18n";
import { cliText } from "../i18n";
import { CliError, type CliIO } from "../io";
import { parseOptions } from "../parseOptions";
import { RewriteError, updateWorkbook } from "../update/updateWorkbook";
import type { Unkept } from "../update/unkept";
import { WorkbookOpenError } from "../xlsx/readWorkbook";
import { langOf, openErrorMessage, wantsHelp } from "./validate";

registerTexts("update", {
  en: {
    usage: [
      "Usage: ops-planner update <file.xlsx> [--timeline] [--lang en|zh-CN] [--out <out.xlsx>] [--force]",
      "",
      "Brings a workbook to the plan layout as the add-in's Create / update plan workbook does: adds the missing",
      "sheets and columns, enters the formulas (with their values) in the computed and Flags columns, adds the",
      "Settings names, number formats, dropdowns, row colouring and tables. A cell you typed is never overwritten.",
      "",
      "Options:",
      "  --timeline        Also write the Timeline sheet, as Write Timeline sheet does",
      "  --lang en|zh-CN   Language of new sheets, headers and messages (default: en)",
      "  --out <out.xlsx>  Write here instead of updating <file.xlsx> in place",
      "  --force           Overwrite an existing <out.xlsx>, and write even though the file holds what the",
      "                    update cannot keep (charts, pivot tables, macros…: named before anything is written)",
      "  -h, --help        Show this help",
      "",
      "Exit codes: 0 written; 2 refused (a sheet with a plan sheet's name that is not one, what cannot be kept",
      "            without --force, an existing --out without --force), a usage error, or a file that cannot be read.",
    ].join("\n"),
    missingFile: "update needs the workbook to update: ops-planner update <file.xlsx>",
    notXlsx: "{{file}}: the workbook written must be an .xlsx file",
    inPlaceNotXlsx: "{{file}} is not an .xlsx file: write the update with --out <out.xlsx>",
    exists: "{{file}} exists: pass --force to overwrite it",
    conflict:
      "{{file}}: the sheet “{{sheet}}” is not an Ops Planner sheet (its header row lacks {{missing}}): rename it, or add those headers; nothing was written",
    timelineConflict:
      "{{file}}: the sheet “{{sheet}}” was not written by Ops Planner: rename it to write the Timeline; nothing was written",
    unkept: "{{file}} holds what this update cannot keep: {{what}}",
    refused: "nothing was written: pass --force to write without them",
    forced: "writing without them (--force)",
    cannotRewrite: "{{file}}: the workbook cannot be rewritten ({{reason}}); nothing was written",
    cannotWrite: "{{file}}: cannot write the workbook ({{reason}})",
    wrote:
      "Wrote {{file}}: {{created}} sheets created, {{columns}} columns added, {{formulas}} formulas entered",
    wroteTimeline: "; Timeline {{year}}: {{products}} products × {{weeks}} weeks",
    unkept_charts: "charts",
    unkept_pivotTables: "pivot tables",
    unkept_macros: "macros (vbaProject)",
    unkept_shapes: "shapes and text boxes",
    unkept_controls: "form and ActiveX controls",
    unkept_embeddedObjects: "embedded objects",
    unkept_threadedComments: "threaded comments",
    unkept_comments: "notes (comments) in a place ExcelJS does not read",
    unkept_slicers: "slicers and timeline filters",
    unkept_externalLinks: "links to other workbooks",
    unkept_connections: "data connections and queries",
    unkept_formulaNames: "names that hold a formula or a constant",
    unkept_sheetNames: "sheet-level names (they become workbook names)",
    unkept_customProperties: "custom document properties",
    listSeparator: ", ",
  },
  "zh-CN": {
    usage: [
      "用法：ops-planner update <file.xlsx> [--timeline] [--lang en|zh-CN] [--out <out.xlsx>] [--force]",
      "",
      "像加载项的“创建/更新计划工作簿”一样把工作簿补齐为计划布局：添加缺少的工作表和列，在计算列和",
      "标记列中填入公式（含计算值），添加设置名称、数字格式、下拉列表、行着色和表格。不会覆盖您输入的单元格。",
      "",
      "选项：",
      "  --timeline        同时生成时间轴表，与“生成时间轴表”相同",
      "  --lang en|zh-CN   新工作表、表头和消息的语言（默认 en）",
      "  --out <out.xlsx>  写入此文件，而不是就地更新 <file.xlsx>",
      "  --force           覆盖已存在的 <out.xlsx>；文件含有更新无法保留的内容（图表、数据透视表、宏……，",
      "                    写入前会列出）时仍然写入",
      "  -h, --help        显示帮助",
      "",
      "退出码：0 已写入；2 拒绝写入（与计划工作表同名但不是计划工作表的工作表、未加 --force 时无法保留的内容、",
      "        未加 --force 时已存在的 --out），用法错误，或文件无法读取。",
    ].join("\n"),
    missingFile: "update 需要要更新的工作簿：ops-planner update <file.xlsx>",
    notXlsx: "{{file}}：写入的工作簿必须是 .xlsx 文件",
    inPlaceNotXlsx: "{{file}} 不是 .xlsx 文件：请用 --out <out.xlsx> 写入更新",
    exists: "{{file}} 已存在：加 --force 覆盖",
    conflict:
      "{{file}}：工作表“{{sheet}}”不是 Ops Planner 工作表（表头缺少 {{missing}}）：请重命名或补上这些表头；未写入任何内容",
    timelineConflict:
      "{{file}}：工作表“{{sheet}}”不是 Ops Planner 生成的：请重命名后再生成时间轴表；未写入任何内容",
    unkept: "{{file}} 含有此次更新无法保留的内容：{{what}}",
    refused: "未写入任何内容：加 --force 可在不保留这些内容的情况下写入",
    forced: "已加 --force，不保留这些内容写入",
    cannotRewrite: "{{file}}：无法改写此工作簿（{{reason}}）；未写入任何内容",
    cannotWrite: "{{file}}：无法写入工作簿（{{reason}}）",
    wrote:
      "已写入 {{file}}：新建 {{created}} 个工作表，添加 {{columns}} 列，填入 {{formulas}} 个公式",
    wroteTimeline: "；{{year}} 年时间轴：{{products}} 个产品 × {{weeks}} 周",
    unkept_charts: "图表",
    unkept_pivotTables: "数据透视表",
    unkept_macros: "宏（vbaProject）",
    unkept_shapes: "形状和文本框",
    unkept_controls: "表单和 ActiveX 控件",
    unkept_embeddedObjects: "嵌入对象",
    unkept_threadedComments: "批注（线程式）",
    unkept_comments: "ExcelJS 读不到的注释",
    unkept_slicers: "切片器和日程表",
    unkept_externalLinks: "指向其他工作簿的链接",
    unkept_connections: "数据连接和查询",
    unkept_formulaNames: "包含公式或常量的名称",
    unkept_sheetNames: "工作表级名称（将变为工作簿级名称）",
    unkept_customProperties: "自定义文档属性",
    listSeparator: "、",
  },
});

interface UpdateArgs {
  file: string;
  out: string;
  timeline: boolean;
  force: boolean;
  lang: "en" | "zh-CN";
}

function parseUpdateArgs(argv: string[], lang: "en" | "zh-CN"): UpdateArgs {
  const cli = cliText(lang);
  const t = translator(lang);
  const { values, positionals } = parseOptions(
    argv,
    {
      timeline: { type: "boolean" },
      lang: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    cli
  );
  const langValue = values.lang ?? "en";
  if (!isLang(langValue))
    throw new CliError(
      cli("badValue", { option: "--lang", allowed: "en, zh-CN", value: langValue })
    );
  if (positionals.length === 0) throw new CliError(t("update:missingFile"));
  if (positionals.length > 1) throw new CliError(cli("extraArgument", { arg: positionals[1] }));
  const file = positionals[0];
  const out = values.out ?? file;
  if (values.out !== undefined && !/\.xlsx$/i.test(values.out))
    throw new CliError(t("update:notXlsx", { file: values.out }));
  if (values.out === undefined && !/\.xlsx$/i.test(file))
    throw new CliError(t("update:inPlaceNotXlsx", { file }));
  return {
    file,
    out,
    timeline: values.timeline === true,
    force: values.force === true,
    lang: langValue,
  };
}

/** The one line naming what the file holds that the update cannot keep. */
export function unkeptLine(file: string, unkept: readonly Unkept[], lang: "en" | "zh-CN"): string {
  const t = translator(lang);
  const what = unkept.map((k) => t(`update:unkept_${k}`)).join(t("update:listSeparator"));
  return t("update:unkept", { file, what });
}

/**
 * Runs `update`; resolves to 0 when written. Every refusal, usage error and unreadable file throws a CliError (exit 2),
 * which the dispatcher prints as one line on stderr; what cannot be kept is named on stderr before the refusal.
 */
export async function runUpdate(argv: string[], io: CliIO, today?: Date): Promise<number> {
  const lang = langOf(argv);
  const t = translator(lang);
  if (wantsHelp(argv)) {
    io.stdout(t("update:usage"));
    return 0;
  }
  const args = parseUpdateArgs(argv, lang);
  const inPlace = resolve(args.out) === resolve(args.file);
  if (!inPlace && existsSync(args.out) && !args.force)
    throw new CliError(t("update:exists", { file: args.out }));

  let outcome;
  try {
    outcome = await updateWorkbook(args.file, args.out, {
      lang: args.lang,
      timeline: args.timeline,
      force: args.force,
      today,
    });
  } catch (e) {
    if (e instanceof WorkbookOpenError)
      throw new CliError(openErrorMessage(e, args.file, cliText(args.lang)));
    if (e instanceof RewriteError)
      throw new CliError(t("update:cannotRewrite", { file: args.file, reason: e.message }));
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code === "string" && /^E[A-Z]+$/.test(err.code))
      throw new CliError(t("update:cannotWrite", { file: args.out, reason: err.code }));
    throw e;
  }
  switch (outcome.kind) {
    case "unkept":
      io.stderr(`ops-planner: ${unkeptLine(args.file, outcome.unkept, lang)}`);
      throw new CliError(t("update:refused"));
    case "conflicts": {
      const c = outcome.conflicts[0];
      throw new CliError(
        t("update:conflict", {
          file: args.file,
          sheet: c.sheet,
          missing: c.missing.join(t("update:listSeparator")),
        })
      );
    }
    case "timelineConflict":
      throw new CliError(t("update:timelineConflict", { file: args.file, sheet: outcome.sheet }));
    case "written": {
      if (outcome.unkept.length > 0)
        io.stderr(
          `ops-planner: ${unkeptLine(args.file, outcome.unkept, lang)}: ${t("update:forced")}`
        );
      const s = outcome.summary;
      let text = t("update:wrote", {
        file: args.out,
        created: s.created.length,
        columns: s.addedColumns.reduce((n, a) => n + a.headers.length, 0),
        formulas: s.formulasEntered,
      });
      if (outcome.timeline) text += t("update:wroteTimeline", outcome.timeline);
      io.stdout(text);
      return 0;
    }
  }
}
