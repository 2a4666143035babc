/**
 * Create / update lays each formula column out once and fills it with the row's number (filledByRow): every schema
 * formula, with English and Chinese sheet names, is the text made for that row; a formula that is not a function of
 * its row's number alone is made row by row.
 */
import { formulaText } from "../../../src/core/formulas/text";
import { sheetSpec } from "../../../src/core/schema/sheets";
import { SHEET_ORDER, type FormulaContext, type SheetId } from "../../../src/core/schema/types";
import { filledByRow } from "../../../src/core/write/update/parts";
import { columnLetter } from "../../../src/core/cells";

const ROWS = [2, 3, 4, 9, 10, 99, 100, 101, 12_345, 1_048_576];

describe("formulas filled by row", () => {
  test.each([
    ["the schema's letters", undefined],
    [
      "other sheets' names and letters",
      (sheet: SheetId, field: string) => `'产品 ${sheet}'!$${field.length > 3 ? "Q" : "B"}:$Z`,
    ],
  ])("every schema formula, %s, is the text made for each row", (_, ref) => {
    let formulas = 0;
    for (const id of SHEET_ORDER) {
      if (id === "timeline" || id === "dashboard" || id === "review") continue; // output sheets: no schema
      const spec = sheetSpec(id);
      const letters = new Map(spec.columns.map((c, i) => [c.field, columnLetter(i + 1)]));
      const col = (field: string): string => letters.get(field) ?? "ZZ";
      for (const c of spec.columns) {
        const declared = c.formula;
        if (!declared) continue;
        for (const firstRow of [2, 5]) {
          const make = (row: number): string => {
            const ctx: FormulaContext = { row, col, firstRow };
            if (ref) ctx.ref = ref;
            return formulaText(declared, ctx);
          };
          const filled = filledByRow(make, firstRow);
          for (const row of [firstRow, ...ROWS.filter((r) => r > firstRow)])
            expect([id, c.field, row, filled(row)]).toEqual([id, c.field, row, make(row)]);
          formulas++;
        }
      }
    }
    expect(formulas).toBeGreaterThan(20);
  });

  test("a formula that is more than its row's number is made row by row", () => {
    const arithmetic = (row: number): string => `A${row}+${row - 1}`;
    const filled = filledByRow(arithmetic, 2);
    expect([3, 4, 50].map(filled)).toEqual(["A3+2", "A4+3", "A50+49"]);
    const firstOnly = (row: number): string => (row < 10 ? `B${row}` : `C${row}`);
    const f = filledByRow(firstOnly, 2);
    expect([3, 9, 10, 11].map(f)).toEqual(["B3", "B9", "C10", "C11"]);
    const constant = filledByRow(() => '""', 2);
    expect([2, 3, 7].map(constant)).toEqual(['""', '""', '""']);
  });
});
