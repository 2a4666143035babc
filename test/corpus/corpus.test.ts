/**
 * The corpus (test/corpus/README.md): the original plan written by programs nobody here wrote — openpyxl, XlsxWriter,
 * SheetJS, LibreOffice — each with what that writer does to a plan (ISO date-time cells, formulas without cached
 * values or with stale zeros, `_x000D_` escapes, tables with a total row, merged SKU cells, `_xldudf_` formulas…).
 * `ops-planner validate`, run as a user runs it under UTC, Asia/Shanghai and America/Los_Angeles, finds in each
 * exactly what the original plan holds. The files are committed (`npm test` needs Node alone);
 * test/corpus/generate/regenerate.js writes them anew, and test/e2e/corpusWriters.test.ts checks a fresh set.
 */
import { join } from "path";
import type { CellValue } from "../../src/core/cells";
import type { SheetInput } from "../../src/core/read/input";
import { readPlan } from "../../src/core/read/readPlan";
import { validatePlan } from "../../src/core/validate";
import { runCli, type ValidateJson } from "../cli/cliRun";
import { ZONES } from "../cli/zones";
import { loadPlanJson, type PlanJson } from "./planJson";

jest.setTimeout(120_000);

const CORPUS = __dirname;

/** Each corpus file and the original plan it was written from. */
export const CORPUS_FILES: { file: string; plan: "en" | "zh-CN"; writer: string }[] = [
  { file: "openpyxl-plan.xlsx", plan: "en", writer: "openpyxl" },
  { file: "openpyxl-plan.zh-CN.xlsx", plan: "zh-CN", writer: "openpyxl (plain)" },
  { file: "xlsxwriter-plan.xlsx", plan: "en", writer: "XlsxWriter" },
  { file: "sheetjs-plan.xlsx", plan: "en", writer: "SheetJS" },
  { file: "libreoffice-plan.xlsx", plan: "en", writer: "LibreOffice (re-saved openpyxl file)" },
  {
    file: "libreoffice-xlsxwriter-plan.xlsx",
    plan: "en",
    writer: "LibreOffice (re-saved XlsxWriter file)",
  },
];

type Found = Pick<ValidateJson["findings"][number], "rule" | "address" | "severity" | "message"> & {
  waived: boolean;
};

const view = (f: ValidateJson["findings"][number]): Found => ({
  rule: f.rule,
  address: f.address,
  severity: f.severity,
  message: f.message,
  waived: f.waived === true,
});

/** The original plan's findings: its sheets handed to the core as values (no file, no file reader). */
export function originalFindings(plan: PlanJson): Found[] {
  const sheets: SheetInput[] = plan.sheets.map((s) => ({
    name: s.name,
    rows: [
      s.columns.map((c) => c.header),
      ...s.rows.map((r) =>
        r.map((v): CellValue => (v !== null && typeof v === "object" ? v.result : v))
      ),
    ],
  }));
  const read = readPlan({ sheets });
  return validatePlan(read, read.settings, { lang: "en" }).map((f) =>
    view({ ...f, related: f.related })
  );
}

const plans = { en: loadPlanJson("en"), "zh-CN": loadPlanJson("zh-CN") };
const expected = { en: originalFindings(plans.en), "zh-CN": originalFindings(plans["zh-CN"]) };

test("the original plans break every rule they were written to break (25 findings, one waived)", () => {
  for (const lang of ["en", "zh-CN"] as const) {
    expect(expected[lang]).toHaveLength(25);
    expect(expected[lang].filter((f) => f.waived)).toHaveLength(1);
  }
});

describe.each(CORPUS_FILES)("$file ($writer)", ({ file, plan }) => {
  it.each(ZONES)("TZ=%s: the same findings as the original plan", async (zone) => {
    const run = await runCli(["validate", join(CORPUS, file), "--json"], { env: { TZ: zone } });
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as ValidateJson;
    expect(out.findings.map(view)).toEqual(expected[plan]);
    expect(run.code).toBe(1);
  });
});
