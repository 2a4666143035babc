/** `validate` on files that are not plan workbooks: exit 2, one line on stderr naming the problem, no stack trace. */
import { copyFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { expectOneLineError, runCli, tempDir } from "./cliRun";

jest.setTimeout(60_000);

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir("files")));
afterAll(() => cleanup());

/** An OLE compound file header with directory entries named `names` (UTF-16LE, as OLE stores them). */
function oleFile(names: string[]): Buffer {
  const b = Buffer.alloc(8192);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  b.writeUInt16LE(0x3e, 0x18); // minor version
  b.writeUInt16LE(3, 0x1a); // major version 3
  b.writeUInt16LE(0xfffe, 0x1c); // little-endian
  b.writeUInt16LE(9, 0x1e); // 512-byte sectors
  b.writeUInt32LE(3, 0x30); // first directory sector: 3 (file offset 2048)
  names.forEach((n, i) => {
    Buffer.from(n, "utf16le").copy(b, 2048 + i * 128);
    b.writeUInt16LE((n.length + 1) * 2, 2048 + i * 128 + 0x40);
  });
  return b;
}

it("a missing file", async () => {
  const run = await runCli(["validate", join(dir, "nowhere.xlsx")]);
  expect(run.code).toBe(2);
  expectOneLineError(run, /^ops-planner: .*nowhere\.xlsx: no such file\n$/);
});

it("a text file renamed .xlsx", async () => {
  const file = join(dir, "plan.xlsx");
  writeFileSync(file, "SKU,Platform,Start\nKA-101,Tmall,2027-06-18\n");
  const run = await runCli(["validate", file]);
  expect(run.code).toBe(2);
  expectOneLineError(run, /^ops-planner: .*plan\.xlsx: not an \.xlsx workbook\n$/);
});

it("a corrupt (truncated) workbook", async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Products");
  for (let r = 1; r <= 3000; r++)
    ws.addRow([`SKU-${r}`, "hero", r * 1.5, `a product with a long name, number ${r}`]);
  const buf = Buffer.from(await book.xlsx.writeBuffer());
  const file = join(dir, "truncated.xlsx");
  writeFileSync(file, buf.subarray(0, Math.floor(buf.length * 0.6)));
  const run = await runCli(["validate", file]);
  expect(run.code).toBe(2);
  expectOneLineError(
    run,
    /^ops-planner: .*truncated\.xlsx: the workbook is damaged: the file is cut short or its zip directory is damaged/
  );
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
});

it("a password-protected workbook (an OLE file with an EncryptionInfo stream)", async () => {
  const file = join(dir, "locked.xlsx");
  writeFileSync(
    file,
    oleFile(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"])
  );
  const run = await runCli(["validate", file]);
  expect(run.code).toBe(2);
  expectOneLineError(run, /^ops-planner: .*locked\.xlsx: the workbook is password-protected/);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
});

it("a legacy .xls (an OLE file without encryption)", async () => {
  const file = join(dir, "old.xls");
  writeFileSync(file, oleFile(["Root Entry", "Workbook", "\u0005SummaryInformation"]));
  const run = await runCli(["validate", file]);
  expect(run.code).toBe(2);
  expectOneLineError(run, /^ops-planner: .*old\.xls: not an \.xlsx workbook \(a legacy \.xls/);
});

it("a workbook without any plan sheet names the sheets it found", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Inventory").addRow(["SKU", "Qty"]);
  const file = join(dir, "inventory.xlsx");
  await book.xlsx.writeFile(file);
  const run = await runCli(["validate", file]);
  expect(run.code).toBe(2);
  expectOneLineError(
    run,
    /^ops-planner: .*inventory\.xlsx: no plan sheet \(expected one of Products, .*; found: Inventory\)\n$/
  );
});

it("a workbook with only Settings and Lists is no plan either", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Settings").addRow(["Setting", "Value"]);
  book.addWorksheet("Lists").addRow(["Platform"]);
  const file = join(dir, "settings-only.xlsx");
  await book.xlsx.writeFile(file);
  const run = await runCli(["validate", file, "--json"]);
  expect(run.code).toBe(2);
  expectOneLineError(run, /no plan sheet .*found: Settings, Lists\)/);
});

it("messages in Chinese with --lang zh-CN", async () => {
  const file = join(dir, "文本.xlsx");
  copyFileSync(join(__dirname, "cliRun.ts"), file);
  const run = await runCli(["validate", file, "--lang", "zh-CN"]);
  expect(run.code).toBe(2);
  expectOneLineError(run, /文本\.xlsx：不是 \.xlsx 工作簿\n$/);
});
