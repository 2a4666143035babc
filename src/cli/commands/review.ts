/** `ops-planner review <file.xlsx> [--json] [--lang en|zh-CN] [--out <out.xlsx>] [--force]` (issue 15). */
import { existsSync } from "fs";
import { resolve } from "path";
import { isLang, registerTexts, translator } from "../../core/i18n";
import { isOutputSheetConflict } from "../../core/outputSheets";
import { buildIndex } from "../../core/planIndex";
import { hasPlanSheet, identifySheet, readPlan } from "../../core/read/readPlan";
import { reviewInputsOf, reviewLayout } from "../../core/review";
import type { Lang } from "../../core/schema/types";
import { cliText } from "../i18n";
import { CliError, type CliIO } from "../io";
import { parseOptions } from "../parseOptions";
import { reviewJson, reviewTable } from "../review/reviewOutput";
import { writeReviewSheet } from "../review/reviewSheet";
import { readForRewrite } from "../update/loadExcelJS";
import { unkeptContent } from "../update/unkept";
import { writeAtomically } from "../update/updateWorkbook";
import { readWorkbook, WorkbookOpenError } from "../xlsx/readWorkbook";
import { isInputSheet, langOf, openErrorMessage, wantsHelp } from "./validate";

registerTexts("reviewCli", {
  en: {
    usage: [
      "Usage: ops-planner review <file.xlsx> [--json] [--lang en|zh-CN] [--out <out.xlsx>] [--force]",
      "",
      "Reviews each promotion from the Sales sheet (during it, the days before and after it, last year's same",
      "event, its units against Expected units, its realised price and margin), each product's stock cover and",
      "restock, and the budget against Daily's ad spend, and prints it.",
      "",
      "Options:",
      "  --json            Print the review as JSON on stdout",
      "  --lang en|zh-CN   Language of the table and of the Review sheet (default: en)",
      "  --out <out.xlsx>  Also write the workbook with its Review sheet there",
      "  --force           Overwrite an existing <out.xlsx>, and write even though the file holds what cannot be",
      "                    kept (charts, pivot tables, macros…: named before anything is written)",
      "  -h, --help        Show this help",
      "",
      "Exit codes: 0 printed (and written); 2 a usage error, a file that cannot be read, or an --out refused.",
    ].join("\n"),
    missingFile: "review needs the workbook to review: ops-planner review <file.xlsx>",
    notXlsx: "{{file}}: the workbook written must be an .xlsx file",
    exists: "{{file}} exists: pass --force to overwrite it",
    sameFile: "{{file}}: --out must be another file than the one reviewed",
    conflict:
      "{{file}}: the sheet “{{sheet}}” was not written by Ops Planner: rename it to write the Review sheet; nothing was written",
    unkept: "{{file}} holds what cannot be kept when writing {{out}}: {{what}}",
    refused: "nothing was written: pass --force to write without them",
    cannotWrite: "{{file}}: cannot write the workbook ({{reason}})",
    wrote: "Wrote {{file}} with its {{sheet}} sheet",
  },
  "zh-CN": {
    usage: [
      "用法：ops-planner review <file.xlsx> [--json] [--lang en|zh-CN] [--out <out.xlsx>] [--force]",
      "",
      "根据销售表复盘每个活动（活动期、活动前后、去年同期、件数对比预计销量、成交均价和毛利），",
      "计算每个产品的库存可售天数与补货，并对比预算与日报的推广花费，然后打印结果。",
      "",
      "选项：",
      "  --json            在标准输出以 JSON 打印复盘结果",
      "  --lang en|zh-CN   表格和复盘表的语言（默认 en）",
      "  --out <out.xlsx>  同时把含复盘表的工作簿写入此文件",
      "  --force           覆盖已存在的 <out.xlsx>；文件含有无法保留的内容（图表、数据透视表、宏……，写入前会列出）时仍然写入",
      "  -h, --help        显示帮助",
      "",
      "退出码：0 已打印（并已写入）；2 用法错误、文件无法读取，或 --out 被拒绝。",
    ].join("\n"),
    missingFile: "review 需要要复盘的工作簿：ops-planner review <file.xlsx>",
    notXlsx: "{{file}}：写入的工作簿必须是 .xlsx 文件",
    exists: "{{file}} 已存在：加 --force 覆盖",
    sameFile: "{{file}}：--out 必须是另一个文件",
    conflict:
      "{{file}}：工作表“{{sheet}}”不是 Ops Planner 写的：请改名后再写复盘表；未写入任何内容",
    unkept: "{{file}} 含有写入 {{out}} 时无法保留的内容：{{what}}",
    refused: "未写入任何内容：加 --force 则不保留这些内容写入",
    cannotWrite: "{{file}}：无法写入工作簿（{{reason}}）",
    wrote: "已写入 {{file}}（含{{sheet}}表）",
  },
});

interface ReviewArgs {
  file: string;
  json: boolean;
  lang: Lang;
  out?: string;
  force: boolean;
}

function parseReviewArgs(argv: string[], lang: Lang): ReviewArgs {
  const t = cliText(lang);
  const rt = translator(lang);
  const { values, positionals } = parseOptions(
    argv,
    {
      json: { type: "boolean" },
      lang: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    t
  );
  if (positionals.length === 0) throw new CliError(rt("reviewCli:missingFile"));
  if (positionals.length > 1) throw new CliError(t("extraArgument", { arg: positionals[1] }));
  const chosen = values.lang ?? "en";
  if (!isLang(chosen))
    throw new CliError(t("badValue", { option: "--lang", allowed: "en, zh-CN", value: chosen }));
  const args: ReviewArgs = {
    file: positionals[0],
    json: values.json === true,
    lang: chosen,
    force: values.force === true,
  };
  if (values.out !== undefined) args.out = values.out;
  return args;
}

/** Writes the workbook with its Review sheet to `out`; every refusal is a CliError (exit 2). */
async function writeOut(
  args: ReviewArgs & { out: string },
  layout: ReturnType<typeof reviewLayout>,
  io: CliIO
): Promise<void> {
  const t = translator(args.lang);
  const update = translator(args.lang);
  if (!/\.xlsx$/i.test(args.out)) throw new CliError(t("reviewCli:notXlsx", { file: args.out }));
  if (resolve(args.out) === resolve(args.file))
    throw new CliError(t("reviewCli:sameFile", { file: args.out }));
  if (existsSync(args.out) && !args.force)
    throw new CliError(t("reviewCli:exists", { file: args.out }));
  const unkept = await unkeptContent(args.file);
  if (unkept.length > 0) {
    const what = unkept
      .map((u) => update(`update:unkept_${u}`))
      .join(update("update:listSeparator"));
    const line = t("reviewCli:unkept", { file: args.file, out: args.out, what });
    if (!args.force) throw new CliError(`${line}\nops-planner: ${t("reviewCli:refused")}`);
    io.stderr(`ops-planner: ${line}`);
  }
  let wb: Awaited<ReturnType<typeof readForRewrite>>;
  try {
    wb = await readForRewrite(args.file);
  } catch (e) {
    throw new CliError(
      t("reviewCli:cannotWrite", { file: args.out, reason: (e as Error).message.split("\n")[0] })
    );
  }
  try {
    writeReviewSheet(wb, layout);
  } catch (e) {
    if (isOutputSheetConflict(e))
      throw new CliError(t("reviewCli:conflict", { file: args.file, sheet: e.sheet }));
    throw e;
  }
  try {
    await writeAtomically(wb, args.out);
  } catch (e) {
    throw new CliError(
      t("reviewCli:cannotWrite", { file: args.out, reason: (e as Error).message.split("\n")[0] })
    );
  }
  io.stderr(t("reviewCli:wrote", { file: args.out, sheet: layout.name }));
}

export async function runReview(argv: string[], io: CliIO): Promise<number> {
  const helpLang = langOf(argv);
  if (wantsHelp(argv)) {
    io.stdout(translator(helpLang)("reviewCli:usage"));
    return 0;
  }
  const args = parseReviewArgs(argv, helpLang);
  const t = cliText(args.lang);
  let workbook: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    workbook = await readWorkbook(args.file, isInputSheet);
  } catch (e) {
    if (e instanceof WorkbookOpenError) throw new CliError(openErrorMessage(e, args.file, t));
    throw e;
  }
  if (!hasPlanSheet(workbook))
    throw new CliError(
      t("noPlanSheet", { file: args.file, found: workbook.sheetNames.join(", ") || t("none") })
    );
  const plan = readPlan(workbook);
  const ownSheet = workbook.sheetNames.find((n) => identifySheet(n) === "review");
  const inputs = reviewInputsOf(plan, buildIndex(plan), args.lang, ownSheet);
  const parts = {
    review: inputs.review,
    stock: inputs.stock,
    budget: inputs.budget,
    baselineDays: plan.settings.reviewBaselineDays,
  };
  if (args.out !== undefined) await writeOut({ ...args, out: args.out }, reviewLayout(inputs), io);
  io.stdout(args.json ? reviewJson(parts) : reviewTable(parts, args.lang));
  return 0;
}
