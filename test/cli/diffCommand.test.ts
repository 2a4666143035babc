/**
 * `ops-planner diff` spawned as a user runs it (dist/): equal files exit 0, a change exits 1 with the change named
 * once, a usage or file error exits 2 — on files the CLI wrote and files openpyxl rewrote (a sheet and a column
 * renamed, a promotion moved).
 */
import { execFileSync } from "child_process";
import { copyFileSync, writeFileSync } from "fs";
import { join } from "path";
import { writePlanWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { expectOneLineError, runCli, tempDir } from "./cliRun";

jest.setTimeout(180_000);

let tmp: ReturnType<typeof tempDir>;
let base: string;
let edited: string;
beforeAll(async () => {
  tmp = tempDir("diff-cli");
  base = join(tmp.dir, "base.xlsx");
  edited = join(tmp.dir, "edited.xlsx");
  await writePlanWorkbook(base, { lang: "en", year: 2027, sample: true });
  // openpyxl rewrites it: Promotions renamed 活动, its Start header renamed 开始日期, row 2's Start moved a week on.
  const script = join(tmp.dir, "edit.py");
  writeFileSync(
    script,
    [
      "import sys, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "ws = wb['Promotions']",
      "ws.title = '活动'",
      "col = [c.value for c in ws[1]].index('Start') + 1",
      "ws.cell(1, col).value = '开始日期'",
      "ws.cell(2, col).value = ws.cell(2, col).value + __import__('datetime').timedelta(days=7)",
      "wb.save(sys.argv[2])",
    ].join("\n")
  );
  execFileSync("/usr/bin/python3", [script, base, edited]);
});
afterAll(() => tmp.cleanup());

it("prints its help and is listed in the main help", async () => {
  const help = await runCli(["diff", "--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: ops-planner diff <base.xlsx> <other.xlsx>/);
  expect((await runCli(["diff", "--help", "--lang", "zh-CN"])).stdout).toMatch(
    /^用法：ops-planner diff/
  );
  expect((await runCli(["--help"])).stdout).toMatch(/diff <base> <other>/);
});

it("exits 0 for a file and its copy", async () => {
  const copy = join(tmp.dir, "copy.xlsx");
  copyFileSync(base, copy);
  const run = await runCli(["diff", base, copy]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(run.stdout).toBe("No changes: the two plans hold the same rows and values.\n");
});

it("names a change once, matched through a renamed sheet and column (exit 1)", async () => {
  const run = await runCli(["diff", base, edited, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  const out = JSON.parse(run.stdout) as {
    equal: boolean;
    sheets: {
      id: string;
      before: string;
      after: string;
      renamedColumns: { after: string }[];
      added: unknown[];
      removed: unknown[];
      changed: { rowBefore: number; cells: { field: string; before: string; after: string }[] }[];
    }[];
  };
  expect(out.equal).toBe(false);
  expect(out.sheets).toHaveLength(1);
  const d = out.sheets[0];
  expect(d).toMatchObject({
    id: "promotions",
    before: "Promotions",
    after: "活动",
    added: [],
    removed: [],
  });
  expect(d.renamedColumns.map((c) => c.after)).toEqual(["开始日期"]);
  expect(d.changed).toHaveLength(1);
  expect(d.changed[0].rowBefore).toBe(2);
  expect(d.changed[0].cells.map((c) => c.field)).toEqual(["start"]);
  const text = await runCli(["diff", base, edited, "--lang", "zh-CN"]);
  expect(text.code).toBe(1);
  expect(text.stdout).toMatch(/^从 .*base\.xlsx 到 .*edited\.xlsx 的变更/);
  expect(text.stdout).toMatch(/活动\t修改\t/);
});

it("exits 2 on a usage or file error, in one line", async () => {
  expectOneLineError(await runCli(["diff", base]), /diff needs two workbooks/);
  expect((await runCli(["diff", base])).code).toBe(2);
  const missing = await runCli(["diff", base, join(tmp.dir, "nope.xlsx")]);
  expect(missing.code).toBe(2);
  expectOneLineError(missing, /nope\.xlsx: no such file/);
  const text = join(tmp.dir, "text.xlsx");
  writeFileSync(text, "a,b\n1,2\n");
  const bad = await runCli(["diff", text, base]);
  expect(bad.code).toBe(2);
  expectOneLineError(bad, /not an \.xlsx workbook/);
  expect((await runCli(["diff", base, base, "--lang", "fr"])).code).toBe(2);
});
