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
