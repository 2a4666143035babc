/**
 * `ops-planner update` spawned as a user runs it (dist/): help, usage errors, a damaged file refused with validate's
 * message, --out and --force, in-place writing that leaves no temporary file, and what cannot be kept named in one
 * line before the refusal (exit 2) — in English and in Chinese.
 */
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { join } from "path";
import JSZip from "jszip";
import { writePlanWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { expectOneLineError, runCli, tempDir } from "./cliRun";

jest.setTimeout(120_000);

let tmp: ReturnType<typeof tempDir>;
let plan: string;
beforeAll(async () => {
  tmp = tempDir("update-cli");
  plan = join(tmp.dir, "plan.xlsx");
  await writePlanWorkbook(plan, { lang: "en", year: 2027, sample: true });
});
afterAll(() => tmp.cleanup());

it("prints its help (exit 0) and is listed in the main help", async () => {
  const help = await runCli(["update", "--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: ops-planner update <file.xlsx> \[--timeline\]/);
  const zh = await runCli(["update", "--help", "--lang", "zh-CN"]);
  expect(zh.stdout).toMatch(/^用法：ops-planner update/);
  expect((await runCli(["--help"])).stdout).toMatch(/update <file.xlsx>/);
});

it("refuses usage errors and a missing file with one line (exit 2)", async () => {
  const none = await runCli(["update"]);
  expect(none.code).toBe(2);
  expectOneLineError(none, /update needs the workbook/);
  const missing = await runCli(["update", join(tmp.dir, "nope.xlsx")]);
  expect(missing.code).toBe(2);
  expectOneLineError(missing, /nope\.xlsx: no such file/);
  const badOut = await runCli(["update", plan, "--out", join(tmp.dir, "x.csv")]);
  expect(badOut.code).toBe(2);
  expectOneLineError(badOut, /must be an \.xlsx file/);
});

it("gives a damaged file the same one-line message validate gives", async () => {
  const cut = join(tmp.dir, "cut.xlsx");
  const bytes = readFileSync(plan);
  writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const u = await runCli(["update", cut]);
  const v = await runCli(["validate", cut]);
  expect(u.code).toBe(2);
  expect(v.code).toBe(2);
  expectOneLineError(u, /damaged/);
  expect(u.stderr).toBe(v.stderr);
});

it("writes --out, an existing one only with --force", async () => {
  const out = join(tmp.dir, "out.xlsx");
  const first = await runCli(["update", plan, "--out", out, "--timeline"]);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(
    /^Wrote .*out\.xlsx: .* formulas entered; Timeline 2027: 50 products × 52 weeks/
  );
  const again = await runCli(["update", plan, "--out", out]);
  expect(again.code).toBe(2);
  expectOneLineError(again, /exists: pass --force/);
  expect((await runCli(["update", plan, "--out", out, "--force"])).code).toBe(0);
});

it("updates in place through a temporary file it does not leave behind", async () => {
  const dir = tempDir("update-inplace");
  try {
    const file = join(dir.dir, "mine.xlsx");
    copyFileSync(plan, file);
    const run = await runCli(["update", file, "--timeline", "--lang", "zh-CN"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已写入 .*mine\.xlsx/);
    expect(readdirSync(dir.dir)).toEqual(["mine.xlsx"]);
    const v = await runCli(["validate", file]);
    expect(v.code).toBe(1); // the sample's findings, read back
  } finally {
    dir.cleanup();
  }
});

it("in place through a symbolic link: the linked file is updated with its permissions, the link stays a link", async () => {
  const dir = tempDir("update-link");
  try {
    const real = join(dir.dir, "real.xlsx");
    const link = join(dir.dir, "link.xlsx");
    copyFileSync(plan, real);
    chmodSync(real, 0o640);
    symlinkSync(real, link);
    const before = readFileSync(real);
    const run = await runCli(["update", link]);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).equals(before)).toBe(false);
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir.dir).sort()).toEqual(["link.xlsx", "real.xlsx"]);
  } finally {
    dir.cleanup();
  }
});

it("names what it cannot keep in one line and refuses (exit 2) unless --force", async () => {
  const zip = await JSZip.loadAsync(readFileSync(plan));
  zip.file("xl/vbaProject.bin", Buffer.from("not really a VBA project"));
  zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
  const rich = join(tmp.dir, "rich.xlsx");
  writeFileSync(rich, await zip.generateAsync({ type: "nodebuffer" }));
  const before = readFileSync(rich);
  const refused = await runCli(["update", rich]);
  expect(refused.code).toBe(2);
  expect(refused.stdout).toBe("");
  const lines = refused.stderr.trimEnd().split("\n");
  expect(lines).toEqual([
    `ops-planner: ${rich} holds what this update cannot keep: charts, macros (vbaProject)`,
    "ops-planner: nothing was written: pass --force to write without them",
  ]);
  expect(readFileSync(rich).equals(before)).toBe(true);
  const zh = await runCli(["update", rich, "--lang", "zh-CN"]);
  expect(zh.stderr).toMatch(/含有此次更新无法保留的内容：图表、宏（vbaProject）/);
  const forced = await runCli(["update", rich, "--force", "--out", join(tmp.dir, "rich-up.xlsx")]);
  expect(forced.code).toBe(0);
  expect(forced.stderr).toMatch(/charts, macros \(vbaProject\): writing without them \(--force\)/);
});
