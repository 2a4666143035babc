/**
 * The task pane's read path (src/excel/readSheets.ts through the fake Excel) meets the reader fixes of issue 11: what
 * Excel hands over (values, tables, merged areas) reaches the core reader, which decides once for every surface.
 */
import type { WorkbookPort } from "../../src/core/port";
import { readPlan } from "../../src/core/read/readPlan";
import { validatePlan } from "../../src/core/validate";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FakeExcel } from "./fakeExcel";

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

  it("costs no extra sync", async () => {
    fake.addTable("Products", "tblProducts", "A1:C4", { showTotals: true });
    fake.resetCounters();
    await port.readSheets();
    expect(fake.syncs).toBe(3);
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
