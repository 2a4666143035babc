/**
 * The task pane's read path (src/excel/readSheets.ts through the fake Excel) meets the reader fixes of issue 11: what
 * Excel hands over (values, tables, merged areas) reaches the core reader, which decides once for every surface.
 */
import type { WorkbookPort } from "../../src/core/port";
import { readPlan } from "../../src/core/read/readPlan";
import { validatePlan } from "../../src/core/validate";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FakeExcel, rectOf } from "./fakeExcel";

const TODAY = new Date(Date.UTC(2026, 5, 1));

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function setUp(apiVersion = "1.17"): void {
  fake = new FakeExcel([]);
  uninstall = fake.install("en-US", apiVersion);
  port = createExcelWorkbook();
}

async function findingKeys(): Promise<string[]> {
  const sheets = await port.readSheets();
  const plan = readPlan({ sheets }, { today: TODAY });
  return validatePlan(plan, plan.settings, { today: TODAY }).map((f) => `${f.rule}@${f.address}`);
}

describe("an Excel table's Total Row", () => {
  beforeEach(() => {
    setUp();
    fake.addSheet("Products", [
      ["SKU", "Tier", "List price"],
      ["KA-1", "secondary", 100],
      ["KA-2", "secondary", 120],
      ["Total", null, { formula: "=SUBTOTAL(109,[List price])", value: 220 }],
    ]);
  });

  it("is not data when the table shows it (Table.showTotals)", async () => {
    fake.addTable("Products", "tblProducts", "A1:C4", { showTotals: true });
    expect(await findingKeys()).toEqual([]);
  });

  it("is a data row when the table has none (a typed Total row in a plain range)", async () => {
    fake.addTable("Products", "tblProducts", "A1:C4");
    expect(await findingKeys()).toEqual(["DQ_MISSING_VALUE@Products!B4"]);
  });

  it("costs no sync of its own: collections, sizes and tables, values, merged SKU cells", async () => {
    fake.addTable("Products", "tblProducts", "A1:C4", { showTotals: true });
    fake.resetCounters();
    await port.readSheets();
    expect(fake.syncs).toBe(4);
  });
});

describe("control characters Excel hands over decoded (a line break in a header, a pasted carriage return)", () => {
  it("a header typed with Alt+Enter is found, and a SKU with a trailing CR is the SKU", async () => {
    setUp();
    fake.addSheet("Products", [
      ["SKU", "Tier", "List\nprice", "Floor\r\nprice"],
      ["KA-1\r", "secondary", 100, 90],
    ]);
    fake.addSheet("Promotions", [
      ["SKU", "Platform", "Start", "End", "Promo price"],
      ["KA-1", "Tmall", 46556, 46558, 80],
    ]);
    expect(await findingKeys()).toEqual(["BELOW_FLOOR@Promotions!E2"]);
  });
});

describe("merged SKU cells (Range.getMergedAreasOrNullObject, ExcelApi 1.13)", () => {
  function seed(): void {
    fake.addSheet("Products", [
      ["SKU", "Tier", "List price", "Floor price"],
      ["KA-1", "secondary", 100, 90],
    ]);
    fake.addSheet("Promotions", [
      ["SKU", "Platform", "Start", "End", "Promo price"],
      ["KA-1", "Tmall", 46556, 46558, 95],
      [null, "JD", 46600, 46602, 85],
    ]);
    const s = fake.sheet("Promotions");
    if (s) s.merges = [rectOf("A2:A3")];
  }

  it("with ExcelApi 1.13, the rows under a merged SKU are that SKU's rows", async () => {
    setUp("1.13");
    seed();
    expect(await findingKeys()).toEqual(["BELOW_FLOOR@Promotions!E3"]);
  });

  it("without it (ExcelApi 1.12), merged SKU cells read as stored: the value in the first cell only", async () => {
    setUp("1.12");
    seed();
    expect(await findingKeys()).toEqual(["DQ_MISSING_VALUE@Promotions!A3"]);
  });

  it("over 512 merged areas in a SKU column Excel refuses the request: merged SKUs read as stored, nothing else lost", async () => {
    setUp("1.17");
    seed();
    // 600 SKUs, each merged over two price rows (Tmall and JD).
    const rows: (string | number | null)[][] = [["SKU", "Platform", "Price", "Effective from"]];
    for (let i = 0; i < 600; i++)
      rows.push([`KA-1`, "Tmall", 100, 46000 + i], [null, "JD", 100, 46000 + i]);
    fake.addSheet("Prices", rows);
    const prices = fake.sheet("Prices");
    if (prices)
      prices.merges = Array.from({ length: 600 }, (_, i) => rectOf(`A${2 + 2 * i}:A${3 + 2 * i}`));
    const keys = await findingKeys();
    expect(keys.filter((k) => k.startsWith("DQ_MISSING_VALUE@Prices!A"))).toHaveLength(600);
    expect(keys.filter((k) => !k.startsWith("DQ_MISSING_VALUE@Prices!A"))).toEqual([
      "DQ_MISSING_VALUE@Promotions!A3",
    ]);
  });
});

describe("what the core decides for every surface, seen through the task pane", () => {
  it("serial 60 is 29 February 1900 in messages; an invisible character in a SKU is named", async () => {
    setUp();
    fake.addSheet("Products", [
      ["SKU", "Tier", "List price"],
      ["KA-1", "secondary", 100],
    ]);
    fake.addSheet("Promotions", [
      ["SKU", "Platform", "Start", "End", "Promo price"],
      ["KA-1", "Tmall", 60, 59, 80],
      ["KA-1\u200b", "JD", 46600, 46602, 85],
    ]);
    const sheets = await port.readSheets();
    const plan = readPlan({ sheets }, { today: TODAY });
    const messages = validatePlan(plan, plan.settings, { today: TODAY }).map((f) => f.message);
    expect(messages).toEqual([
      "End 1900-02-28 is before Start 1900-02-29: swap or correct the dates.",
      'SKU "KA-1[U+200B]" is not on the Products sheet: add the product there, or correct the SKU. The value holds a zero-width space (U+200B), which a cell does not show: retype it.',
    ]);
  });
});
