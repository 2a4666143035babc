/**
 * The browser preview's read path (MemoryWorkbook.readSheets) meets the reader fixes of issue 11: what the
 * in-memory workbook holds reaches the core reader, which decides once for every surface.
 */
import { readPlan } from "../../src/core/read/readPlan";
import { validatePlan } from "../../src/core/validate";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";

const TODAY = new Date(Date.UTC(2026, 5, 1));

async function findingKeys(wb: MemoryWorkbook): Promise<string[]> {
  const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
  return validatePlan(plan, plan.settings, { today: TODAY }).map((f) => `${f.rule}@${f.address}`);
}

describe("control characters in cells (a line break in a header, a pasted carriage return)", () => {
  it("a header with a line break is found, and a SKU with a trailing CR is the SKU", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Products", [
      ["SKU", "Tier", "List\nprice", "Floor\r\nprice"],
      ["KA-1\r", "secondary", 100, 90],
    ]);
    wb.addSheet("Promotions", [
      ["SKU", "Platform", "Start", "End", "Promo price"],
      ["KA-1", "Tmall", 46556, 46558, 80],
    ]);
    expect(await findingKeys(wb)).toEqual(["BELOW_FLOOR@Promotions!E2"]);
  });
});

describe("merged SKU cells", () => {
  it("the rows under a merged SKU are that SKU's rows", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Products", [
      ["SKU", "Tier", "List price", "Floor price"],
      ["KA-1", "secondary", 100, 90],
    ]);
    const s = wb.addSheet("Promotions", [
      ["SKU", "Platform", "Start", "End", "Promo price"],
      ["KA-1", "Tmall", 46556, 46558, 95],
      [null, "JD", 46600, 46602, 85],
    ]);
    expect(await findingKeys(wb)).toEqual(["DQ_MISSING_VALUE@Promotions!A3"]);
    s.merges.push("A2:A3");
    expect(await findingKeys(wb)).toEqual(["BELOW_FLOOR@Promotions!E3"]);
  });
});
