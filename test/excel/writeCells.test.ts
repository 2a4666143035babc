import type { WorkbookPort } from "../../src/core/port";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { splitAddress } from "../../src/excel/writeCells";
import { FakeExcel } from "./fakeExcel";

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: () => void;

beforeEach(() => {
  fake = new FakeExcel(["Budget", "My budget"]);
  fake.addSheet("Other", [["x", 1]]);
  uninstall = fake.install("en");
  port = createExcelWorkbook();
});
afterEach(() => uninstall());

test("splitAddress unquotes sheet names", () => {
  expect(splitAddress("Budget!E5")).toEqual({ sheet: "Budget", cell: "E5" });
  expect(splitAddress("'Bob''s budget'!E12")).toEqual({ sheet: "Bob's budget", cell: "E12" });
  expect(() => splitAddress("E5")).toThrow();
});

test("writes every cell across sheets in one sync, leaving other cells alone", async () => {
  fake.resetCounters();
  await port.writeCells?.([
    { address: "Budget!E2", value: 12000 },
    { address: "Budget!E4", value: 3500.5 },
    { address: "'My budget'!B3", value: "kept" },
    { address: "Budget!E5", value: null },
  ]);
  expect(fake.syncs).toBe(1);
  expect(fake.cell("Budget", "E2")?.value).toBe(12000);
  expect(fake.cell("Budget", "E4")?.value).toBe(3500.5);
  expect(fake.cell("My budget", "B3")?.value).toBe("kept");
  expect(fake.cell("Budget", "E3")).toBeUndefined();
  expect(fake.cell("Other", "B1")?.value).toBe(1);
});

test("no cells: no sync", async () => {
  fake.resetCounters();
  await port.writeCells?.([]);
  expect(fake.syncs).toBe(0);
});
