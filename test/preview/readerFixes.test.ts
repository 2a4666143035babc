/**
 * The browser preview's read path (MemoryWorkbook.readSheets) meets the reader fixes of issue 11: what the
 * in-memory workbook holds reaches the core reader, which decides once for every surface.
 */
import ExcelJS from "exceljs";
import { readPlan } from "../../src/core/read/readPlan";
import { validatePlan } from "../../src/core/validate";
import { engineFormula } from "../../src/preview/formulaEngine";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { newPreviewWorkbook } from "../../src/preview/newWorkbook";
import { editText } from "../../src/preview/numberFormat";
import { xlsxBytes } from "../../src/preview/xlsxDownload";

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

describe("a PLAN formula Excel saved without the add-in (_xldudf_PLAN_…, office-js#5611)", () => {
  it("is PLAN.… wherever the preview shows, computes or copies it", async () => {
    const wb = newPreviewWorkbook("en");
    wb.addSheet("Promotions", [
      ["SKU", "Platform", "Start", "End", "Days"],
      ["KA-1", "Tmall", 46556, 46558, null],
    ]);
    wb.setCell("Promotions", "E2", "=_xldudf_PLAN_PROMODAYS(C2,D2)");
    const cell = wb.cell("Promotions", "E2");
    expect(cell?.formula).toBe("PLAN.PROMODAYS(C2,D2)");
    // The formula bar and the cell editor.
    expect(editText(cell?.value, "_xldudf_PLAN_PROMODAYS(C2,D2)", undefined)).toBe(
      "=PLAN.PROMODAYS(C2,D2)"
    );
    // The formula engine computes it (3 days), as Excel does once the add-in is loaded.
    expect(engineFormula("_xldudf_PLAN_PROMODAYS(C2,D2)")).toBe("PLAN.PROMODAYS(C2,D2)");
    expect(cell?.value).toBe(3);
    // The downloaded .xlsx holds the PLAN formula.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsxBytes(wb, "en"));
    expect(book.getWorksheet("Promotions")?.getCell("E2").formula).toBe("PLAN.PROMODAYS(C2,D2)");
  });
});

describe("what the core decides for every surface, seen through the preview", () => {
  it("serial 60 is 29 February 1900 in messages; an invisible character in a SKU is named", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Products", [
      ["SKU", "Tier", "List price"],
      ["KA-1", "secondary", 100],
    ]);
    wb.addSheet("Promotions", [
      ["SKU", "Platform", "Start", "End", "Promo price"],
      ["KA-1", "Tmall", 60, 59, 80],
      ["KA-1\u200b", "JD", 46600, 46602, 85],
    ]);
    const plan = readPlan({ sheets: await wb.readSheets() }, { today: TODAY });
    expect(validatePlan(plan, plan.settings, { today: TODAY }).map((f) => f.message)).toEqual([
      "End 1900-02-28 is before Start 1900-02-29: swap or correct the dates.",
      'SKU "KA-1[U+200B]" is not on the Products sheet: add the product there, or correct the SKU. The value holds a zero-width space (U+200B), which a cell does not show: retype it.',
    ]);
  });
});
