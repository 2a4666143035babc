/**
 * `template` then `validate`, end to end through the built CLI: a blank plan is clean; the sample breaks exactly the
 * rules SAMPLE_BREACHES (the README's table) lists, at the cells it names, in English and in Chinese.
 */
import { join } from "path";
import ExcelJS from "exceljs";
import { breachAddress, SAMPLE_BREACHES } from "../../src/core/sample";
import { PLAN_RULE_IDS } from "../../src/core/rules/ruleIds";
import type { Lang } from "../../src/core/schema/types";
import { runCli, tempDir, type CliRun, type ValidateJson } from "./cliRun";

jest.setTimeout(120_000);

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir("template")));
afterAll(() => cleanup());

function parsed(run: CliRun): ValidateJson {
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as ValidateJson;
}

describe("a blank plan", () => {
  let file: string;
  beforeAll(async () => {
    file = join(dir, "blank.xlsx");
    const made = await runCli(["template", file]);
    expect(made.code).toBe(0);
  });

  it("validates with no findings and exit 0, even with --fail-on warning", async () => {
    const table = await runCli(["validate", file]);
    expect(table.code).toBe(0);
    expect(table.stdout.trimEnd().split("\n")).toEqual([
      "No findings.",
      "",
      "0 errors, 0 warnings, 0 waived",
    ]);
    const json = await runCli(["validate", file, "--json", "--fail-on", "warning"]);
    expect(json.code).toBe(0);
    expect(parsed(json)).toEqual({ findings: [], counts: { error: 0, warning: 0, waived: 0 } });
  });

  it("in Chinese too", async () => {
    const zh = join(dir, "blank-zh.xlsx");
    expect((await runCli(["template", zh, "--lang", "zh-CN"])).code).toBe(0);
    const run = await runCli(["validate", zh, "--lang", "zh-CN"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      "未发现问题。",
      "",
      "0 个错误，0 个警告，0 个已豁免",
    ]);
  });
});

describe.each<[Lang]>([["en"], ["zh-CN"]])("the sample plan (%s)", (lang) => {
  let file: string;
  let json: ValidateJson;
  let code: number | null;
  beforeAll(async () => {
    file = join(dir, `sample-${lang}.xlsx`);
    expect((await runCli(["template", file, "--sample", "--lang", lang])).code).toBe(0);
    const run = await runCli(["validate", file, "--json", "--lang", lang]);
    code = run.code;
    json = parsed(run);
  });

  it("fails validation (exit 1): it breaks rules on purpose", () => {
    expect(code).toBe(1);
    expect(json.counts.error).toBeGreaterThan(0);
  });

  it("is found breaking every rule SAMPLE_BREACHES lists, at the listed cell, waived where it says", () => {
    const found = new Map(json.findings.map((f) => [`${f.rule} ${f.address}`, f]));
    for (const b of SAMPLE_BREACHES) {
      const key = `${b.rule} ${breachAddress(b, lang)}`;
      expect({ key, found: found.has(key) }).toEqual({ key, found: true });
      expect({ key, waived: found.get(key)?.waived === true }).toEqual({
        key,
        waived: b.waived === true,
      });
    }
  });

  it("breaks nothing SAMPLE_BREACHES does not list (the README's table is complete)", () => {
    const listed = new Set(SAMPLE_BREACHES.map((b) => `${b.rule} ${breachAddress(b, lang)}`));
    expect(
      json.findings.map((f) => `${f.rule} ${f.address}`).filter((k) => !listed.has(k))
    ).toEqual([]);
  });

  it("breaks every plan rule of spec §3 at least once", () => {
    const rules = new Set(json.findings.map((f) => f.rule));
    // But the one about the workbook's shape: it needs a Calendar event below row 1000 (test/cli/badInputs.ts has it).
    expect(PLAN_RULE_IDS.filter((id) => !rules.has(id))).toEqual(["CALENDAR_PAST_FORMULA_ROWS"]);
  });

  it("counts what it lists", () => {
    const open = json.findings.filter((f) => !f.waived);
    expect(json.counts).toEqual({
      error: open.filter((f) => f.severity === "error").length,
      warning: open.filter((f) => f.severity === "warning").length,
      waived: json.findings.length - open.length,
    });
  });

  it("speaks English by default and Chinese with --lang zh-CN, whatever the workbook's language", async () => {
    const en = parsed(await runCli(["validate", file, "--json"]));
    const zh = parsed(await runCli(["validate", file, "--json", "--lang", "zh-CN"]));
    expect(zh.findings.map((f) => f.address)).toEqual(en.findings.map((f) => f.address));
    en.findings.forEach((f, i) => {
      expect(f.message).toMatch(/\b(the|is|a|an|of|on|at|in|to|its|no|not)\b/);
      expect(zh.findings[i].message).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.findings[i].message).not.toBe(f.message);
    });
  });
});

describe("--fail-on", () => {
  let file: string;
  beforeAll(async () => {
    // One unwaived warning (a hero without promotions) and one waived error (a launch without a launch date).
    const book = new ExcelJS.Workbook();
    const products = book.addWorksheet("Products");
    products.addRow(["SKU", "Tier", "List price", "Warehouse entry", "Platforms"]);
    products.addRow(["P1", "hero", 199, "2027-01-05", "Tmall"]);
    products.addRow(["P2", "launch", 99, "2027-01-05", "Tmall"]);
    const waivers = book.addWorksheet("Waivers");
    waivers.addRow(["Rule", "Cell or SKU", "Reason"]);
    waivers.addRow(["LAUNCH_DATE_MISSING", "P2", "Launch date not decided yet"]);
    file = join(dir, "warnings.xlsx");
    await book.xlsx.writeFile(file);
  });

  it("error (the default): a warning and a waived error pass", async () => {
    for (const extra of [[], ["--fail-on", "error"]]) {
      const run = await runCli(["validate", file, "--json", ...extra]);
      expect(run.code).toBe(0);
      const json = parsed(run);
      expect(json.counts).toEqual({ error: 0, warning: 1, waived: 1 });
      expect(json.findings.map((f) => [f.rule, f.address, f.waived ?? false])).toEqual([
        ["HERO_UNSUPPORTED", "Products!B2", false],
        ["LAUNCH_DATE_MISSING", "Products!A3", true],
      ]);
    }
  });

  it("warning: the warning fails the run", async () => {
    const run = await runCli(["validate", file, "--fail-on", "warning"]);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("0 errors, 1 warning, 1 waived");
  });
});
