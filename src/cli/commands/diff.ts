/** `ops-planner diff <base.xlsx> <other.xlsx> [--json] [--lang en|zh-CN]`: two plan files compared as versions are. */
import { isLang } from "../../core/i18n";
import { hasPlanSheet } from "../../core/read/readPlan";
import type { WorkbookInput } from "../../core/read/input";
import { changesReport, changesSummary } from "../../core/versions/changesReport";
import { comparePlans } from "../../core/versions/compare/compare";
import { cliText, type CliText } from "../i18n";
import { CliError, type CliIO } from "../io";
import { parseOptions } from "../parseOptions";
import { readWorkbook, WorkbookOpenError } from "../xlsx/readWorkbook";
import { isInputSheet, langOf, openErrorMessage, wantsHelp } from "./validate";

async function readPlanFile(file: string, t: CliText): Promise<WorkbookInput> {
  let workbook: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    workbook = await readWorkbook(file, isInputSheet);
  } catch (e) {
    if (e instanceof WorkbookOpenError) throw new CliError(openErrorMessage(e, file, t));
    throw e;
  }
  if (!hasPlanSheet(workbook))
    throw new CliError(
      t("noPlanSheet", { file, found: workbook.sheetNames.join(", ") || t("none") })
    );
  return workbook;
}

export async function runDiff(argv: string[], io: CliIO): Promise<number> {
  const helpT = cliText(langOf(argv));
  if (wantsHelp(argv)) {
    io.stdout(helpT("diffUsage"));
    return 0;
  }
  const { values, positionals } = parseOptions(
    argv,
    { json: { type: "boolean" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
    helpT
  );
  if (positionals.length < 2) throw new CliError(helpT("diffMissingFiles"));
  if (positionals.length > 2) throw new CliError(helpT("extraArgument", { arg: positionals[2] }));
  const lang = values.lang ?? "en";
  if (!isLang(lang))
    throw new CliError(helpT("badValue", { option: "--lang", allowed: "en, zh-CN", value: lang }));
  const t = cliText(lang);
  const [baseFile, otherFile] = positionals;
  const base = await readPlanFile(baseFile, t);
  const other = await readPlanFile(otherFile, t);
  const c = comparePlans(base, other, { lang });
  const summary = changesSummary(c, lang);
  if (values.json === true) {
    io.stdout(
      JSON.stringify({ equal: c.equal, summary, sheets: c.sheets, effects: c.effects }, null, 2)
    );
  } else {
    const report = changesReport(c, { before: baseFile, after: otherFile }, lang);
    const lines = [report.title];
    if (report.rows.length > 0) {
      lines.push("", report.header.join("\t"));
      for (const r of report.rows)
        lines.push(r.map((x) => (x === null || x === undefined ? "" : String(x))).join("\t"));
    }
    if (!c.equal) lines.push("", summary);
    io.stdout(lines.join("\n"));
  }
  return c.equal ? 0 : 1;
}
