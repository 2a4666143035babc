/**
 * The corpus (test/corpus/README.md): the original plan written by programs nobody here wrote — openpyxl, XlsxWriter,
 * SheetJS, LibreOffice — each with what that writer does to a plan (ISO date-time cells, formulas without cached
 * values or with stale zeros, `_x000D_` escapes, tables with a total row, merged SKU cells, `_xldudf_` formulas…).
 * `ops-planner validate`, run as a user runs it under UTC, Asia/Shanghai and America/Los_Angeles, finds in each
 * exactly what the original plan holds. The files are committed (`npm test` needs Node alone);
 * test/corpus/generate/regenerate.js writes them anew, and test/e2e/corpusWriters.test.ts checks a fresh set.
 */
import { join } from "path";
import { runCli, type ValidateJson } from "../cli/cliRun";
import { ZONES } from "../cli/zones";
import { CORPUS_FILES } from "./corpusFiles";
import { foundOf, loadPlanJson, originalFindings } from "./planJson";

jest.setTimeout(120_000);

const CORPUS = __dirname;

const plans = { en: loadPlanJson("en"), "zh-CN": loadPlanJson("zh-CN") };
const expected = { en: originalFindings(plans.en), "zh-CN": originalFindings(plans["zh-CN"]) };

// 25 findings the plan was written with, and BUDGET_PACE (issue 15) on Budget!B2, B3 and B5: the corpus predates the
// sample's lower Daily spend on those channels, so its spend runs ahead of their Amounts.
test("the original plans break every rule they were written to break (28 findings, one waived)", () => {
  // The sample's waiver holds until the end of its plan year.
  const waived = Date.now() < Date.UTC(2028, 0, 1) ? 1 : 0;
  for (const lang of ["en", "zh-CN"] as const) {
    expect(expected[lang]).toHaveLength(28);
    expect(expected[lang].filter((f) => f.rule === "BUDGET_PACE")).toHaveLength(3);
    expect(expected[lang].filter((f) => f.waived)).toHaveLength(waived);
  }
});

describe.each(CORPUS_FILES)("$file ($writer)", ({ file, plan }) => {
  it.each(ZONES)("TZ=%s: the same findings as the original plan", async (zone) => {
    const run = await runCli(["validate", join(CORPUS, file), "--json"], { env: { TZ: zone } });
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as ValidateJson;
    expect(out.findings.map(foundOf)).toEqual(expected[plan]);
    expect(run.code).toBe(1);
  });
});
