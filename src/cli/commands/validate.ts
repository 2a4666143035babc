/** `ops-planner validate <file.xlsx> [--json] [--lang en|zh-CN] [--fail-on error|warning]` (spec §5). */
import { isLang } from "../../core/i18n";
import { hasPlanSheet, identifySheet, readPlan } from "../../core/read/readPlan";
import type { Plan } from "../../core/plan";
import type { Lang, SheetId } from "../../core/schema/types";
import { orderedFindings, type Counts, type OrderedFindings } from "../../core/validate";
import { writeFindingsJson } from "../findingsJson";
import { writeFindingsTable } from "../findingsTable";
import { cliText, type CliText } from "../i18n";
import { CliError, type CliIO } from "../io";
import { OutputPieces } from "../outputPieces";
import { parseOptions } from "../parseOptions";
import { readWorkbook, WorkbookOpenError } from "../xlsx/readWorkbook";

export type FailOn = "error" | "warning";
const FAIL_ON: readonly FailOn[] = ["error", "warning"];

/** Sheets the add-in writes for people to look at: never read. */
const OUTPUT_SHEETS: readonly SheetId[] = ["timeline", "findings", "dashboard", "review"];

export function isInputSheet(name: string): boolean {
  const id = identifySheet(name);
  return id !== undefined && !OUTPUT_SHEETS.includes(id);
}

/** The language asked for, looked up leniently (for the help and for messages about bad arguments). */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v !== undefined && isLang(v)) return v;
  }
  return "en";
}

export const wantsHelp = (argv: readonly string[]): boolean => {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
};

interface ValidateArgs {
  file: string;
  json: boolean;
  lang: Lang;
  failOn: FailOn;
}

/** Node's parseArgs, its errors turned into one-line usage errors in the asked language. */
function parseValidateArgs(argv: string[], t: CliText): ValidateArgs {
  const parsed = parseOptions(
    argv,
    {
      json: { type: "boolean" },
      lang: { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    t
  );
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new CliError(t("missingFile"));
  if (positionals.length > 1) throw new CliError(t("extraArgument", { arg: positionals[1] }));
  const lang = values.lang ?? "en";
  if (!isLang(lang))
    throw new CliError(t("badValue", { option: "--lang", allowed: "en, zh-CN", value: lang }));
  const failOn = values["fail-on"] ?? "error";
  if (!FAIL_ON.includes(failOn as FailOn))
    throw new CliError(
      t("badValue", { option: "--fail-on", allowed: "error, warning", value: failOn })
    );
  return { file: positionals[0], json: values.json === true, lang, failOn: failOn as FailOn };
}

export function openErrorMessage(e: WorkbookOpenError, file: string, t: CliText): string {
  switch (e.problem) {
    case "missing":
      return t("fileMissing", { file });
    case "encrypted":
      return t("encrypted", { file });
    case "legacy-xls":
      return t("legacyXls", { file });
    case "damaged": {
      if (!e.damaged) break;
      const { part, damage, sheet } = e.damaged;
      const what = t(`damage_${damage}`, { part });
      return t("damaged", { file, what: sheet ? t("damageSheet", { what, sheet }) : what });
    }
  }
  return e.detail
    ? t("notAWorkbookDetail", { file, detail: e.detail.split("\n")[0] })
    : t("notAWorkbook", { file });
}

/** Whether the findings make the run fail: an unwaived error, or with --fail-on warning an unwaived warning too. */
export function fails(counts: Counts, failOn: FailOn): boolean {
  return counts.error > 0 || (failOn === "warning" && counts.warning > 0);
}

/** The plan of the file: its cells are garbage once this returns (they are read into the plan). */
async function planOf(file: string, t: CliText): Promise<Plan> {
  let workbook: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    workbook = await readWorkbook(file, isInputSheet);
  } catch (e) {
    if (e instanceof WorkbookOpenError) throw new CliError(openErrorMessage(e, file, t));
    throw e;
  }
  if (!hasPlanSheet(workbook)) {
    throw new CliError(
      t("noPlanSheet", { file, found: workbook.sheetNames.join(", ") || t("none") })
    );
  }
  return readPlan(workbook);
}

/** The findings of the file, in order: the plan is garbage once this returns (the findings hold what they need). */
async function findingsOf(args: ValidateArgs, t: CliText): Promise<OrderedFindings> {
  const plan = await planOf(args.file, t);
  return orderedFindings(plan, plan.settings, { lang: args.lang });
}

export async function runValidate(argv: string[], io: CliIO): Promise<number> {
  const helpT = cliText(langOf(argv));
  if (wantsHelp(argv)) {
    io.stdout(helpT("validateUsage"));
    return 0;
  }
  const args = parseValidateArgs(argv, helpT);
  const t = cliText(args.lang);
  // Findings are written one at a time, in the final order: never all of them, nor all the text, at once.
  const found = await findingsOf(args, t);
  const out = new OutputPieces(io);
  const write = (piece: string): void => out.write(piece);
  if (args.json) writeFindingsJson(found, write);
  else writeFindingsTable(found, t, write);
  out.end();
  return fails(found.counts, args.failOn) ? 1 : 0;
}
