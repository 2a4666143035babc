/**
 * TEXTJOIN's 32,767-character limit (Excel's, and HyperFormula's: #VALUE! past it) on the Promotions Warehouse keys:
 * a plan whose late promotions' SKUs join to more than that still gets every Products Flags right, because the guard
 * reads an error (or anything not starting with "|") as "do the look-up". The core's evaluation encodes the limit
 * (src/core/formulas/workbook.ts), and so does the tests' own evaluator of the formula texts (./formulaEval.ts);
 * HyperFormula computes the formula text the template writes too; each must give the
 * late rows, and a guard without the "|" test would give none (shown on the same workbook).
 */
import { isCellError, type CellValue } from "../../src/core/cells";
import { isFormulaCell, type SheetLayout } from "../../src/core/write/layout";
import { formulaLayout } from "./formulaLayout";
import { FormulaEngine } from "../../src/preview/formulaEngine";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { FormulaEvaluator, XErr } from "./formulaEval";

jest.setTimeout(120_000);

const TODAY = new Date(Date.UTC(2026, 11, 1));
const day = (n: number): Date => new Date(Date.UTC(2027, 0, 1 + n));
// 170 SKUs of 200 characters: their keys join to 170 × 201 − 1 = 34,169 characters.
const SKUS = Array.from({ length: 170 }, (_, i) =>
  `L-${String(i).padStart(3, "0")}-`.padEnd(200, "x")
);

const sheetOf = (sheets: readonly SheetLayout[], id: string): SheetLayout => {
  const s = sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};
const at = (s: SheetLayout, field: string, i: number): string =>
  `${s.columns.find((c) => c.field === field)?.letter ?? "?"}${s.firstRow + i}`;
const result = (s: SheetLayout, field: string, i: number): CellValue => {
  const v = s.rows[i][s.columns.findIndex((c) => c.field === field)];
  return isFormulaCell(v) ? v.result : (v as CellValue);
};

test("over TEXTJOIN's limit the keys are #VALUE! and every product still gets its WAREHOUSE_LATE", async () => {
  // Each product's Warehouse entry is late only by its promotion (launch leaves time; the promotion starts 3 days
  // after the entry, lead days 7).
  const layout = formulaLayout({
    today: TODAY,
    data: {
      products: SKUS.map((sku) => ({
        sku,
        name: "P",
        tier: "launch",
        listPrice: 100,
        launchDate: day(150),
        warehouseEntry: day(100),
      })),
      promotions: SKUS.map((sku) => ({
        sku,
        platform: "Tmall",
        activity: "A",
        start: day(103),
        end: day(105),
        promoPrice: 90,
      })),
    },
  });
  const products = sheetOf(layout.sheets, "products");
  const promotions = sheetOf(layout.sheets, "promotions");
  // The core: the joined keys are the error, the Flags late.
  expect(result(promotions, "warehouseKeys", 0)).toEqual({ error: "#VALUE!" });
  const coreFlags = SKUS.map((_, i) => result(products, "flags", i));
  expect(coreFlags.every((f) => typeof f === "string" && f.includes("WAREHOUSE_LATE"))).toBe(true);

  // The tests' own evaluator of the formula texts (Excel's limit encoded): the same.
  const evaluator = new FormulaEvaluator(layout);
  const keysCell =
    promotions.rows[0][promotions.columns.findIndex((c) => c.field === "warehouseKeys")];
  if (!isFormulaCell(keysCell)) throw new Error("Warehouse keys is not a formula");
  expect(evaluator.evaluate(keysCell.formula, promotions.name)).toBeInstanceOf(XErr);
  const flagsAt = products.columns.findIndex((c) => c.field === "flags");
  const evaluated = products.rows.map((r) => {
    const f = r[flagsAt];
    return isFormulaCell(f) ? evaluator.evaluate(f.formula, products.name) : f;
  });
  expect(evaluated).toEqual(coreFlags);

  // HyperFormula on the formulas the template writes: the same.
  const wb = new MemoryWorkbook("en");
  await wb.applyPlanLayout(layout, { sample: false });
  wb.useCalculator(new FormulaEngine());
  const keys = wb.cell(promotions.name, at(promotions, "warehouseKeys", 0))?.value;
  expect(isCellError(keys as CellValue)).toBe(true);
  const engineFlags = SKUS.map((_, i) => wb.cell(products.name, at(products, "flags", i))?.value);
  expect(engineFlags).toEqual(coreFlags);

  // The guard without its "|" test (an error read as "no keys") would skip the look-up: no row late.
  const key = at(products, "warehouseKey", 0);
  const keysRef = `IFERROR(Promotions!$${at(promotions, "warehouseKeys", 0).replace(/(\d+)$/, "$$$1")}&"","")`;
  const wrong = `=IF(AND(${key}<>"",ISERROR(FIND(${key},${keysRef}))),"","looked up")`;
  const right = `=IF(AND(${key}<>"",LEFT(${keysRef},1)="|",ISERROR(FIND(${key},${keysRef}))),"","looked up")`;
  wb.setCell(products.name, "Z2", wrong);
  wb.setCell(products.name, "Z3", right);
  expect(wb.cell(products.name, "Z2")?.value).toBe("");
  expect(wb.cell(products.name, "Z3")?.value).toBe("looked up");
});
