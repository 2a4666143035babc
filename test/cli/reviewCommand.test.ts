/**
 * `ops-planner review` spawned as a user runs it (dist/): the sample's review as a table and as JSON, --out writing the
 * workbook with its Review sheet (and refusing an existing file, a planner's own Review sheet), usage and file errors
 * (exit 2), in English and Chinese.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { writePlanWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { expectOneLineError, runCli, tempDir } from "./cliRun";

jest.setTimeout(180_000);

let tmp: ReturnType<typeof tempDir>;
let plan: string;
beforeAll(async () => {
  tmp = tempDir("review-cli");
  plan = join(tmp.dir, "plan.xlsx");
  await writePlanWorkbook(plan, { lang: "en", year: 2027, sample: true });
});
afterAll(() => tmp.cleanup());

interface ReviewJson {
  asOf: string;
  promotions: {
    address: string;
    sku: string;
    status: string;
    units: number | null;
    margin: number | null;
    completion: number | null;
    change: {
      vsBaseline: Record<string, number | null>;
      vsLastYear: Record<string, number | null>;
    };
  }[];
  notReviewed: number;
  stock: { sku: string; restock: { quantity: number; orderBy: string } | null }[];
  budget: { channel: string; over: number | null }[];
}

it("prints the sample's review as JSON: promotions by margin, no zero lift for a promotion without sales (exit 0)", async () => {
  const run = await runCli(["review", plan, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as ReviewJson;
  // Money sums without binary noise (147652.58000000002 is 147652.58).
  expect(run.stdout).not.toMatch(/\.\d*(0{7}|9{7})\d/);
  expect(json.asOf).toBe("2027-11-10");
  const sold = json.promotions.filter((p) => p.status !== "noSales");
  expect(sold.map((p) => p.margin)).toEqual(
    [...sold.map((p) => p.margin)].sort((a, b) => (b ?? 0) - (a ?? 0))
  );
  expect(json.promotions.some((p) => p.status === "inProgress")).toBe(true);
  const none = json.promotions.filter((p) => p.status === "noSales");
  expect(none.length).toBeGreaterThan(0);
  for (const p of none) {
    expect(p.units).toBeNull();
    expect(p.margin).toBeNull();
    expect(Object.values(p.change.vsBaseline).every((v) => v === null)).toBe(true);
  }
  const inProgress = json.promotions.find((p) => p.status === "inProgress");
  expect(inProgress?.change.vsLastYear.units).toEqual(expect.any(Number));
  expect(json.stock.find((s) => s.sku === "PC-206")?.restock).toEqual({
    quantity: expect.any(Number),
    orderBy: "2027-11-25",
  });
  expect(json.budget.filter((b) => (b.over ?? 0) > 0.1).map((b) => b.channel)).toEqual([
    "Livestream / KOL",
  ]);
});

it("prints a table in English or Chinese", async () => {
  const en = await runCli(["review", plan]);
  expect(en.code).toBe(0);
  expect(en.stdout).toMatch(/^Promotion review/);
  expect(en.stdout).toContain("no sales recorded");
  expect(en.stdout).toContain("in progress (2 of 3 days)");
  const zh = await runCli(["review", plan, "--lang", "zh-CN"]);
  expect(zh.stdout).toMatch(/^活动复盘/);
  expect(zh.stdout).toContain("无销售记录");
});

it("--out writes the workbook with its Review sheet, refuses an existing file without --force and a sheet not ours", async () => {
  const out = join(tmp.dir, "reviewed.xlsx");
  const run = await runCli(["review", plan, "--out", out, "--lang", "zh-CN"]);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain("复盘");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("复盘");
  expect(ws?.getCell("A1").value).toBe("活动复盘");
  expect(wb.getWorksheet("Products")).toBeDefined();
  const again = await runCli(["review", plan, "--out", out]);
  expect(again.code).toBe(2);
  expectOneLineError(again, /exists: pass --force/);
  const forced = await runCli(["review", out, "--out", join(tmp.dir, "twice.xlsx"), "--force"]);
  expect(forced.code).toBe(0);
  // Our Review sheet is rewritten in place; a planner's own "Review" sheet is never overwritten.
  const twice = new ExcelJS.Workbook();
  await twice.xlsx.readFile(join(tmp.dir, "twice.xlsx"));
  expect(twice.worksheets.filter((w) => /复盘|Review/.test(w.name)).map((w) => w.name)).toEqual([
    "复盘",
  ]);
  const own = new ExcelJS.Workbook();
  await own.xlsx.readFile(plan);
  own.addWorksheet("Review").getCell("A1").value = "My notes";
  const ownFile = join(tmp.dir, "own.xlsx");
  await own.xlsx.writeFile(ownFile);
  const conflict = await runCli(["review", ownFile, "--out", join(tmp.dir, "c.xlsx")]);
  expect(conflict.code).toBe(2);
  expectOneLineError(conflict, /“Review” was not written by Ops Planner/);
  expect(existsSync(join(tmp.dir, "c.xlsx"))).toBe(false);
});

it("usage and file errors are one line, exit 2", async () => {
  const none = await runCli(["review"]);
  expect(none.code).toBe(2);
  expectOneLineError(none, /review needs the workbook/);
  const missing = await runCli(["review", join(tmp.dir, "nope.xlsx")]);
  expect(missing.code).toBe(2);
  expectOneLineError(missing, /nope\.xlsx: no such file/);
  const bad = join(tmp.dir, "bad.xlsx");
  writeFileSync(bad, "a,b\n1,2\n");
  expectOneLineError(await runCli(["review", bad]), /not an \.xlsx workbook/);
  const badOut = await runCli(["review", plan, "--out", join(tmp.dir, "x.csv")]);
  expect(badOut.code).toBe(2);
  expectOneLineError(badOut, /must be an \.xlsx file/);
  expect((await runCli(["review", plan, "--lang", "fr"])).code).toBe(2);
  expect((await runCli(["review", plan, "--bogus"])).code).toBe(2);
  const help = await runCli(["review", "--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: ops-planner review <file.xlsx>/);
  expect((await runCli(["--help"])).stdout).toMatch(/review <file.xlsx>/);
  expect(readFileSync(plan).length).toBeGreaterThan(0);
});
